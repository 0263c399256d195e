/**
 * The Haal Centraal BRP Personen v2 representation of a person (schema `Persoon` in
 * personen-v2.yaml), as far as Loket derives it from a person list. Every field is optional:
 * the API leaves out what the registry does not hold. Not modelled: inOnderzoek, gezag,
 * indicatieGezagMinderjarige and the letter lines of adressering (aanhef, aanschrijfwijze,
 * gebruikInLopendeTekst).
 */
import type { Persoonslijst } from './lo-gba.ts';
import { decodeerPersoonslijst } from './decode/persoonslijst.ts';

export interface Waardetabel {
  code?: string;
  omschrijving?: string;
}

export interface AdellijkeTitelPredicaat extends Waardetabel {
  soort?: 'titel' | 'predicaat';
}

export interface VolledigeDatum {
  type: 'Datum';
  datum: string;
  langFormaat: string;
}
export interface DatumOnbekend {
  type: 'DatumOnbekend';
  onbekend: true;
  langFormaat: 'onbekend';
}
export interface JaarDatum {
  type: 'JaarDatum';
  jaar: number;
  langFormaat: string;
}
export interface JaarMaandDatum {
  type: 'JaarMaandDatum';
  jaar: number;
  maand: number;
  langFormaat: string;
}
export type AbstractDatum = VolledigeDatum | DatumOnbekend | JaarDatum | JaarMaandDatum;

export interface NaamGerelateerde {
  voornamen?: string;
  adellijkeTitelPredicaat?: AdellijkeTitelPredicaat;
  voorvoegsel?: string;
  geslachtsnaam?: string;
  voorletters?: string;
}

export interface NaamPersoon extends NaamGerelateerde {
  volledigeNaam?: string;
  aanduidingNaamgebruik?: Waardetabel;
}

export interface Geboorte {
  datum?: AbstractDatum;
  land?: Waardetabel;
  plaats?: Waardetabel;
}

export type Overlijden = Geboorte;

interface NationaliteitBasis {
  redenOpname?: Waardetabel;
  datumIngangGeldigheid?: AbstractDatum;
}
export interface NationaliteitBekend extends NationaliteitBasis {
  type: 'Nationaliteit';
  nationaliteit?: Waardetabel;
}
export interface BijzondereNationaliteit extends NationaliteitBasis {
  type: 'BehandeldAlsNederlander' | 'VastgesteldNietNederlander' | 'Staatloos' | 'NationaliteitOnbekend';
}
export type Nationaliteit = NationaliteitBekend | BijzondereNationaliteit;

export interface VerblijfadresBinnenland {
  officieleStraatnaam?: string;
  korteStraatnaam?: string;
  huisnummer?: number;
  huisletter?: string;
  huisnummertoevoeging?: string;
  aanduidingBijHuisnummer?: Waardetabel;
  postcode?: string;
  woonplaats?: string;
}

export interface VerblijfadresBuitenland {
  regel1?: string;
  regel2?: string;
  regel3?: string;
  land?: Waardetabel;
}

interface VerblijfplaatsBasis {
  datumVan?: AbstractDatum;
  /** Deprecated in the spec, still delivered. */
  datumIngangGeldigheid?: AbstractDatum;
}
export interface Adres extends VerblijfplaatsBasis {
  type: 'Adres';
  verblijfadres?: VerblijfadresBinnenland;
  functieAdres?: Waardetabel;
  adresseerbaarObjectIdentificatie?: string;
  nummeraanduidingIdentificatie?: string;
  indicatieVastgesteldVerblijftNietOpAdres?: boolean;
}
export interface Locatie extends VerblijfplaatsBasis {
  type: 'Locatie';
  verblijfadres?: { locatiebeschrijving?: string };
  functieAdres?: Waardetabel;
  indicatieVastgesteldVerblijftNietOpAdres?: boolean;
}
export interface VerblijfplaatsBuitenland extends VerblijfplaatsBasis {
  type: 'VerblijfplaatsBuitenland';
  verblijfadres?: VerblijfadresBuitenland;
}
export interface VerblijfplaatsOnbekend extends VerblijfplaatsBasis {
  type: 'VerblijfplaatsOnbekend';
}
export type Verblijfplaats = Adres | Locatie | VerblijfplaatsBuitenland | VerblijfplaatsOnbekend;

export interface Immigratie {
  landVanwaarIngeschreven?: Waardetabel;
  datumVestigingInNederland?: AbstractDatum;
  vanuitVerblijfplaatsOnbekend?: boolean;
  indicatieVestigingVanuitBuitenland?: boolean;
}

export interface Adressering {
  adresregel1?: string;
  adresregel2?: string;
  adresregel3?: string;
  land?: Waardetabel;
  indicatieVastgesteldVerblijftNietOpAdres?: boolean;
}

export interface Kind {
  burgerservicenummer?: string;
  naam?: NaamGerelateerde;
  geboorte?: Geboorte;
}

export interface Ouder {
  burgerservicenummer?: string;
  geslacht?: Waardetabel;
  ouderAanduiding?: '1' | '2';
  datumIngangFamilierechtelijkeBetrekking?: AbstractDatum;
  naam?: NaamGerelateerde;
  geboorte?: Geboorte;
}

export interface Partner {
  burgerservicenummer?: string;
  geslacht?: Waardetabel;
  soortVerbintenis?: Waardetabel;
  naam?: NaamGerelateerde;
  geboorte?: Geboorte;
  aangaanHuwelijkPartnerschap?: { datum?: AbstractDatum; land?: Waardetabel; plaats?: Waardetabel };
  ontbindingHuwelijkPartnerschap?: { datum?: AbstractDatum };
}

export interface OpschortingBijhouding {
  reden?: Waardetabel;
  datum?: AbstractDatum;
}

export interface Verificatie {
  datum?: AbstractDatum;
  omschrijving?: string;
}

export interface RniDeelnemer {
  deelnemer?: Waardetabel;
  omschrijvingVerdrag?: string;
  categorie?: string;
}

export interface UitsluitingKiesrecht {
  uitgeslotenVanKiesrecht?: boolean;
  einddatum?: AbstractDatum;
}

export interface EuropeesKiesrecht {
  aanduiding?: Waardetabel;
  einddatumUitsluiting?: AbstractDatum;
}

export interface Verblijfstitel {
  aanduiding?: Waardetabel;
  datumEinde?: AbstractDatum;
  datumIngang?: AbstractDatum;
}

export interface Persoon {
  aNummer?: string;
  burgerservicenummer?: string;
  datumEersteInschrijvingGBA?: AbstractDatum;
  geheimhoudingPersoonsgegevens?: boolean;
  geslacht?: Waardetabel;
  uitsluitingKiesrecht?: UitsluitingKiesrecht;
  europeesKiesrecht?: EuropeesKiesrecht;
  /** Depends on the day of the query: set by withLeeftijd, never by the decoder. */
  leeftijd?: number;
  naam?: NaamPersoon;
  nationaliteiten?: Nationaliteit[];
  geboorte?: Geboorte;
  opschortingBijhouding?: OpschortingBijhouding;
  overlijden?: Overlijden;
  verblijfplaats?: Verblijfplaats;
  immigratie?: Immigratie;
  gemeenteVanInschrijving?: Waardetabel;
  datumInschrijvingInGemeente?: AbstractDatum;
  adressering?: Adressering;
  indicatieCurateleRegister?: boolean;
  verblijfstitel?: Verblijfstitel;
  kinderen?: Kind[];
  ouders?: Ouder[];
  partners?: Partner[];
  rni?: RniDeelnemer[];
  verificatie?: Verificatie;
}

/** A decoded person list: the search keys Loket stores beside the full representation. */
export interface DecodedPersoon {
  bsn: string | null;
  aNummer: string | null;
  /** Four-digit code of the municipality of registration (08.09.10). */
  gemeenteVanInschrijving: string | null;
  geslachtsnaam: string | null;
  voornamen: string | null;
  /** 'YYYY-MM-DD' when the birth date is fully known, otherwise null. */
  geboortedatum: string | null;
  persoon: Persoon;
}

/** Decodes the current data of a person list into the Haal Centraal representation. */
export function decodePersoonslijst(pl: Persoonslijst): DecodedPersoon {
  return decodeerPersoonslijst(pl);
}

export { withLeeftijd, opPeildatum } from './leeftijd.ts';
