import { Type, type Static, type TProperties } from '@sinclair/typebox';
import {
  AARD_RELATIE,
  ARCHIEFNOMINATIE,
  RICHTING,
  ROL_OMSCHRIJVING_GENERIEK,
  VERTROUWELIJKHEID,
} from './catalog.schema.ts';
import { DateStr, Duration, Enum, Nullable, Str, Uri } from './catalogi-api.validate.ts';

/**
 * The writable fields of each Catalogi API resource, as the OpenAPI document gives them: the
 * check of a POST or PUT body, and (all optional) of a PATCH body.
 */
const body = <R extends TProperties, O extends TProperties>(required: R, optional: O) => {
  const full = Type.Composite([Type.Object(required), Type.Partial(Type.Object(optional))]);
  return { full, patch: Type.Partial(full) };
};

const versie = {
  beginGeldigheid: Nullable(DateStr()),
  eindeGeldigheid: Nullable(DateStr()),
  beginObject: Nullable(DateStr()),
  eindeObject: Nullable(DateStr()),
};

export const catalogusBody = body(
  { domein: Str(5), rsin: Type.String({ pattern: '^[0-9]{9}$' }), contactpersoonBeheerNaam: Str(40) },
  {
    contactpersoonBeheerTelefoonnummer: Str(20),
    contactpersoonBeheerEmailadres: Type.String({ format: 'email', maxLength: 254 }),
    naam: Nullable(Str(200)),
    versie: Nullable(Str(20)),
    begindatumVersie: Nullable(DateStr()),
  },
);

export const zaaktypeBody = body(
  {
    identificatie: Str(50),
    omschrijving: Str(80),
    vertrouwelijkheidaanduiding: Enum(VERTROUWELIJKHEID),
    doel: Str(),
    aanleiding: Str(),
    indicatieInternOfExtern: Enum(['intern', 'extern'] as const),
    handelingInitiator: Str(20),
    onderwerp: Str(80),
    handelingBehandelaar: Str(20),
    doorlooptijd: Duration(),
    opschortingEnAanhoudingMogelijk: Type.Boolean(),
    verlengingMogelijk: Type.Boolean(),
    publicatieIndicatie: Type.Boolean(),
    productenOfDiensten: Type.Array(Uri()),
    referentieproces: Type.Object({ naam: Str(80), link: Type.Optional(Type.String({ maxLength: 200 })) }),
    verantwoordelijke: Str(50),
    catalogus: Uri(),
    besluittypen: Type.Array(Str()),
    gerelateerdeZaaktypen: Type.Array(
      Type.Object({
        zaaktype: Str(),
        aardRelatie: Enum(AARD_RELATIE),
        toelichting: Type.Optional(Str(255)),
      }),
    ),
    beginGeldigheid: DateStr(),
  },
  {
    omschrijvingGeneriek: Str(80),
    toelichting: Str(),
    servicenorm: Nullable(Duration()),
    verlengingstermijn: Nullable(Duration()),
    trefwoorden: Type.Array(Str(30)),
    publicatietekst: Str(),
    verantwoordingsrelatie: Type.Array(Str(40)),
    selectielijstProcestype: Type.Union([Uri(200), Type.Literal('')]),
    broncatalogus: Nullable(Type.Object({ url: Uri(200), domein: Str(5), rsin: Str(9) })),
    bronzaaktype: Nullable(Type.Object({ url: Uri(200), identificatie: Str(50), omschrijving: Str(80) })),
    deelzaaktypen: Type.Array(Str()),
    eindeGeldigheid: Nullable(DateStr()),
    beginObject: Nullable(DateStr()),
    eindeObject: Nullable(DateStr()),
    versiedatum: DateStr(),
  },
);

export const statustypeBody = body(
  { omschrijving: Str(80), zaaktype: Uri(), volgnummer: Type.Integer({ minimum: 1, maximum: 9999 }) },
  {
    omschrijvingGeneriek: Str(80),
    statustekst: Str(1000),
    informeren: Type.Boolean(),
    doorlooptijd: Nullable(Duration()),
    toelichting: Nullable(Str(1000)),
    checklistitemStatustype: Type.Array(
      Type.Object({
        itemnaam: Str(30),
        toelichting: Type.Optional(Nullable(Str(1000))),
        vraagstelling: Str(255),
        verplicht: Type.Optional(Type.Boolean()),
      }),
    ),
    eigenschappen: Type.Array(Uri()),
    ...versie,
  },
);

export const AFLEIDINGSWIJZE = [
  'afgehandeld',
  'ander_datumkenmerk',
  'eigenschap',
  'gerelateerde_zaak',
  'hoofdzaak',
  'ingangsdatum_besluit',
  'termijn',
  'vervaldatum_besluit',
  'zaakobject',
] as const;

export const OBJECTTYPE = [
  'adres', 'besluit', 'buurt', 'enkelvoudig_document', 'gemeente', 'gemeentelijke_openbare_ruimte',
  'huishouden', 'inrichtingselement', 'kadastrale_onroerende_zaak', 'kunstwerkdeel',
  'maatschappelijke_activiteit', 'medewerker', 'natuurlijk_persoon', 'niet_natuurlijk_persoon',
  'openbare_ruimte', 'organisatorische_eenheid', 'pand', 'spoorbaandeel', 'status', 'terreindeel',
  'terrein_gebouwd_object', 'vestiging', 'waterdeel', 'wegdeel', 'wijk', 'woonplaats', 'woz_deelobject',
  'woz_object', 'woz_waarde', 'zakelijk_recht', 'overige',
] as const; // prettier-ignore

export const brondatumBody = Type.Object({
  afleidingswijze: Enum(AFLEIDINGSWIJZE),
  datumkenmerk: Type.Optional(Str(80)),
  einddatumBekend: Type.Optional(Type.Boolean()),
  objecttype: Type.Optional(Type.Union([Enum(OBJECTTYPE), Type.Literal('')])),
  registratie: Type.Optional(Str(80)),
  procestermijn: Type.Optional(Nullable(Duration())),
});
export type BrondatumBody = Static<typeof brondatumBody>;

export const resultaattypeBody = body(
  { zaaktype: Uri(), omschrijving: Str(30), resultaattypeomschrijving: Uri(), selectielijstklasse: Uri() },
  {
    toelichting: Str(),
    archiefnominatie: Type.Union([Enum(ARCHIEFNOMINATIE), Type.Literal('')]),
    archiefactietermijn: Nullable(Duration()),
    brondatumArchiefprocedure: brondatumBody,
    procesobjectaard: Nullable(Str(200)),
    catalogus: Nullable(Uri()),
    indicatieSpecifiek: Nullable(Type.Boolean()),
    procestermijn: Nullable(Duration()),
    besluittypen: Type.Array(Str()),
    informatieobjecttypen: Type.Array(Str()),
    ...versie,
  },
);

export const roltypeBody = body(
  { zaaktype: Uri(), omschrijving: Str(100), omschrijvingGeneriek: Enum(ROL_OMSCHRIJVING_GENERIEK) },
  { catalogus: Nullable(Uri()), ...versie },
);

export const eigenschapBody = body(
  {
    naam: Str(20),
    definitie: Str(255),
    zaaktype: Uri(),
    specificatie: Type.Object({
      groep: Type.Optional(Str(32)),
      formaat: Enum(['tekst', 'getal', 'datum', 'datum_tijd'] as const),
      lengte: Str(14),
      kardinaliteit: Str(3),
      waardenverzameling: Type.Optional(Type.Array(Str(100))),
    }),
  },
  { toelichting: Str(1000), statustype: Nullable(Uri()), ...versie },
);

export const informatieobjecttypeBody = body(
  {
    catalogus: Uri(),
    omschrijving: Str(80),
    vertrouwelijkheidaanduiding: Enum(VERTROUWELIJKHEID),
    beginGeldigheid: DateStr(),
    informatieobjectcategorie: Str(80),
  },
  {
    eindeGeldigheid: Nullable(DateStr()),
    beginObject: Nullable(DateStr()),
    eindeObject: Nullable(DateStr()),
    trefwoord: Type.Array(Str(30)),
    omschrijvingGeneriek: Type.Object({
      informatieobjecttypeOmschrijvingGeneriek: Str(80),
      definitieInformatieobjecttypeOmschrijvingGeneriek: Str(255),
      herkomstInformatieobjecttypeOmschrijvingGeneriek: Str(12),
      hierarchieInformatieobjecttypeOmschrijvingGeneriek: Str(80),
      opmerkingInformatieobjecttypeOmschrijvingGeneriek: Type.Optional(Nullable(Str(255))),
    }),
  },
);

export const besluittypeBody = body(
  {
    catalogus: Uri(),
    publicatieIndicatie: Type.Boolean(),
    informatieobjecttypen: Type.Array(Str()),
    beginGeldigheid: DateStr(),
  },
  {
    omschrijving: Str(80),
    omschrijvingGeneriek: Str(80),
    besluitcategorie: Str(40),
    reactietermijn: Nullable(Duration()),
    publicatietekst: Str(),
    publicatietermijn: Nullable(Duration()),
    toelichting: Str(),
    eindeGeldigheid: Nullable(DateStr()),
    beginObject: Nullable(DateStr()),
    eindeObject: Nullable(DateStr()),
  },
);

export const zaaktypeInformatieobjecttypeBody = body(
  {
    zaaktype: Uri(),
    informatieobjecttype: Str(1000),
    volgnummer: Type.Integer({ minimum: 1, maximum: 999 }),
    richting: Enum(RICHTING),
  },
  { statustype: Nullable(Uri()) },
);

export const zaakobjecttypeBody = body(
  {
    anderObjecttype: Type.Boolean(),
    objecttype: Uri(200),
    relatieOmschrijving: Str(80),
    zaaktype: Uri(),
    catalogus: Uri(),
  },
  versie,
);

export type CatalogusBody = Static<typeof catalogusBody.patch>;
export type ZaaktypeBody = Static<typeof zaaktypeBody.patch>;
export type StatustypeBody = Static<typeof statustypeBody.patch>;
export type ResultaattypeBody = Static<typeof resultaattypeBody.patch>;
export type RoltypeBody = Static<typeof roltypeBody.patch>;
export type EigenschapBody = Static<typeof eigenschapBody.patch>;
export type InformatieobjecttypeBody = Static<typeof informatieobjecttypeBody.patch>;
export type BesluittypeBody = Static<typeof besluittypeBody.patch>;
export type ZaaktypeInformatieobjecttypeBody = Static<typeof zaaktypeInformatieobjecttypeBody.patch>;
export type ZaakobjecttypeBody = Static<typeof zaakobjecttypeBody.patch>;
