/**
 * The tree of field paths the `fields` parameter knows, per kind of response, as the spec's
 * schemas Persoon, PersoonBeperkt and GezagPersoonBeperkt define them. 'waarde' is a plain
 * value; a Waardetabel, adellijke titel or date may also be asked for by one of its parts.
 */

/** Which response the paths are for: a full Persoon, or the limited one of the searches. */
export type FieldsSoort = 'Persoon' | 'PersoonBeperkt' | 'GezagPersoonBeperkt';

export interface Groep {
  readonly velden: Readonly<Record<string, Veld>>;
  /** An array of such objects, e.g. partners. */
  readonly lijst?: boolean;
  /** A polymorphic object whose 'type' is delivered with any of its fields. */
  readonly metType?: boolean;
  /** Delivered automatically with the group. */
  readonly automatisch?: readonly string[];
}
export type Veld = 'waarde' | 'waardetabel' | 'titel' | 'datum' | Groep;

export const DELEN: Record<'waardetabel' | 'titel' | 'datum', readonly string[]> = {
  waardetabel: ['code', 'omschrijving'],
  titel: ['code', 'omschrijving', 'soort'],
  datum: ['type', 'datum', 'jaar', 'maand', 'onbekend', 'langFormaat'],
};

const groep = (velden: Record<string, Veld>, opties: Omit<Groep, 'velden'> = {}): Groep => ({
  velden,
  ...opties,
});

const naamGerelateerde = {
  voornamen: 'waarde',
  adellijkeTitelPredicaat: 'titel',
  voorvoegsel: 'waarde',
  geslachtsnaam: 'waarde',
  voorletters: 'waarde',
} as const;
const geboorte = groep({ datum: 'datum', land: 'waardetabel', plaats: 'waardetabel' });
const NIET_OP_ADRES = ['indicatieVastgesteldVerblijftNietOpAdres'];

const verblijfplaatsVelden: Record<string, Veld> = {
  datumVan: 'datum',
  datumIngangGeldigheid: 'datum',
  functieAdres: 'waardetabel',
  adresseerbaarObjectIdentificatie: 'waarde',
  nummeraanduidingIdentificatie: 'waarde',
};
const binnenlandsAdres: Record<string, Veld> = {
  officieleStraatnaam: 'waarde',
  korteStraatnaam: 'waarde',
  huisnummer: 'waarde',
  huisletter: 'waarde',
  huisnummertoevoeging: 'waarde',
  aanduidingBijHuisnummer: 'waardetabel',
  postcode: 'waarde',
  woonplaats: 'waarde',
  locatiebeschrijving: 'waarde',
};
const verblijfplaats = groep(
  {
    ...verblijfplaatsVelden,
    verblijfadres: groep({
      ...binnenlandsAdres,
      regel1: 'waarde',
      regel2: 'waarde',
      regel3: 'waarde',
      land: 'waardetabel',
    }),
  },
  { metType: true, automatisch: NIET_OP_ADRES },
);
const adressering = groep(
  {
    adresregel1: 'waarde',
    adresregel2: 'waarde',
    adresregel3: 'waarde',
    land: 'waardetabel',
    aanhef: 'waarde',
    aanschrijfwijze: groep({ naam: 'waarde', aanspreekvorm: 'waarde' }),
    gebruikInLopendeTekst: 'waarde',
  },
  { automatisch: NIET_OP_ADRES },
);
const naamBeperkt = { ...naamGerelateerde, volledigeNaam: 'waarde' } as const;

/** Aliases for callers authorised for domestic addresses only. */
export const ALIASSEN: Readonly<Record<string, string>> = {
  verblijfplaatsBinnenland: 'verblijfplaats',
  adresseringBinnenland: 'adressering',
};

const persoonBeperkt: Record<string, Veld> = {
  burgerservicenummer: 'waarde',
  geboorte: groep({ datum: 'datum' }),
  geslacht: 'waardetabel',
  leeftijd: 'waarde',
  naam: groep(naamBeperkt),
  adressering: groep(
    { adresregel1: 'waarde', adresregel2: 'waarde', adresregel3: 'waarde', land: 'waardetabel' },
    {
      automatisch: NIET_OP_ADRES,
    },
  ),
  adresseringBinnenland: groep({ adresregel1: 'waarde', adresregel2: 'waarde' }),
};

const persoon: Record<string, Veld> = {
  aNummer: 'waarde',
  burgerservicenummer: 'waarde',
  datumEersteInschrijvingGBA: 'datum',
  datumInschrijvingInGemeente: 'datum',
  geslacht: 'waardetabel',
  gemeenteVanInschrijving: 'waardetabel',
  leeftijd: 'waarde',
  indicatieCurateleRegister: 'waarde',
  indicatieGezagMinderjarige: 'waardetabel',
  gezag: 'waarde',
  naam: groep({ ...naamBeperkt, aanduidingNaamgebruik: 'waardetabel' }),
  geboorte,
  overlijden: groep({ datum: 'datum', land: 'waardetabel', plaats: 'waardetabel' }),
  nationaliteiten: groep(
    { nationaliteit: 'waardetabel', redenOpname: 'waardetabel', datumIngangGeldigheid: 'datum' },
    { lijst: true, metType: true },
  ),
  verblijfplaats,
  verblijfplaatsBinnenland: groep(
    { ...verblijfplaatsVelden, verblijfadres: groep(binnenlandsAdres) },
    { metType: true, automatisch: NIET_OP_ADRES },
  ),
  adressering,
  adresseringBinnenland: groep(
    { adresregel1: 'waarde', adresregel2: 'waarde' },
    { automatisch: NIET_OP_ADRES },
  ),
  immigratie: groep({
    landVanwaarIngeschreven: 'waardetabel',
    datumVestigingInNederland: 'datum',
    vanuitVerblijfplaatsOnbekend: 'waarde',
    indicatieVestigingVanuitBuitenland: 'waarde',
  }),
  uitsluitingKiesrecht: groep({ uitgeslotenVanKiesrecht: 'waarde', einddatum: 'datum' }),
  europeesKiesrecht: groep({ aanduiding: 'waardetabel', einddatumUitsluiting: 'datum' }),
  verblijfstitel: groep({ aanduiding: 'waardetabel', datumEinde: 'datum', datumIngang: 'datum' }),
  kinderen: groep(
    { burgerservicenummer: 'waarde', naam: groep(naamGerelateerde), geboorte },
    { lijst: true },
  ),
  ouders: groep(
    {
      burgerservicenummer: 'waarde',
      geslacht: 'waardetabel',
      ouderAanduiding: 'waarde',
      datumIngangFamilierechtelijkeBetrekking: 'datum',
      naam: groep(naamGerelateerde),
      geboorte,
    },
    { lijst: true },
  ),
  partners: groep(
    {
      burgerservicenummer: 'waarde',
      geslacht: 'waardetabel',
      soortVerbintenis: 'waardetabel',
      naam: groep(naamGerelateerde),
      geboorte,
      aangaanHuwelijkPartnerschap: groep({ datum: 'datum', land: 'waardetabel', plaats: 'waardetabel' }),
      ontbindingHuwelijkPartnerschap: groep({ datum: 'datum' }),
    },
    { lijst: true },
  ),
};

const AUTOMATISCH = ['geheimhoudingPersoonsgegevens', 'opschortingBijhouding', 'rni', 'verificatie'];

export const BOMEN: Record<FieldsSoort, Groep> = {
  Persoon: groep(persoon, { automatisch: AUTOMATISCH }),
  PersoonBeperkt: groep(persoonBeperkt, { automatisch: AUTOMATISCH }),
  GezagPersoonBeperkt: groep({ ...persoonBeperkt, gezag: 'waarde' }, { automatisch: AUTOMATISCH }),
};
