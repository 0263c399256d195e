import { Type, type Static, type TSchema } from '@sinclair/typebox';

/**
 * The response bodies of the Catalogi API (OpenAPI 1.3.3): the type the views build and the
 * schema each route declares, so no field leaks that the standard does not name.
 */
const S = Type.String();
const N = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const O = <T extends TSchema>(t: T) => Type.Optional(t);
const Strings = Type.Array(S);
const NS = N(S);
/** Results of `expand`: the expanded objects by field name. */
const Expand = O(Type.Record(S, Type.Unknown()));

const versie = {
  beginGeldigheid: O(NS),
  eindeGeldigheid: O(NS),
  beginObject: O(NS),
  eindeObject: O(NS),
};

export const CatalogusSchema = Type.Object({
  url: S,
  domein: S,
  rsin: S,
  contactpersoonBeheerNaam: S,
  contactpersoonBeheerTelefoonnummer: O(S),
  contactpersoonBeheerEmailadres: O(S),
  zaaktypen: Strings,
  besluittypen: Strings,
  besluittypeOmschrijving: Strings,
  informatieobjecttypen: Strings,
  informatieobjecttypeOmschrijving: Strings,
  naam: NS,
  versie: NS,
  begindatumVersie: NS,
  _expand: Expand,
});

export const ZaaktypeSchema = Type.Object({
  url: S,
  identificatie: S,
  omschrijving: S,
  omschrijvingGeneriek: S,
  vertrouwelijkheidaanduiding: S,
  doel: S,
  aanleiding: S,
  toelichting: S,
  indicatieInternOfExtern: S,
  handelingInitiator: S,
  onderwerp: S,
  handelingBehandelaar: S,
  doorlooptijd: S,
  servicenorm: NS,
  opschortingEnAanhoudingMogelijk: Type.Boolean(),
  verlengingMogelijk: Type.Boolean(),
  verlengingstermijn: NS,
  trefwoorden: Strings,
  publicatieIndicatie: Type.Boolean(),
  publicatietekst: S,
  verantwoordingsrelatie: Strings,
  productenOfDiensten: Strings,
  selectielijstProcestype: O(S),
  referentieproces: Type.Object({ naam: S, link: O(S) }),
  verantwoordelijke: S,
  zaakobjecttypen: Strings,
  broncatalogus: O(Type.Object({ url: S, domein: S, rsin: S })),
  bronzaaktype: O(Type.Object({ url: S, identificatie: S, omschrijving: S })),
  catalogus: S,
  statustypen: Strings,
  resultaattypen: Strings,
  resultaattypeOmschrijving: Strings,
  eigenschappen: Strings,
  informatieobjecttypen: Strings,
  informatieobjecttypeOmschrijving: Strings,
  roltypen: Strings,
  besluittypen: Strings,
  besluittypeOmschrijving: Strings,
  deelzaaktypen: Strings,
  deelzaaktypeIdentificaties: Strings,
  gerelateerdeZaaktypen: Type.Array(
    Type.Object({ zaaktype: S, zaaktypeIdentificatie: S, aardRelatie: S, toelichting: S }),
  ),
  beginGeldigheid: S,
  eindeGeldigheid: NS,
  beginObject: NS,
  eindeObject: NS,
  versiedatum: S,
  concept: Type.Boolean(),
  _expand: Expand,
});

const subtype = { url: S, zaaktype: S, zaaktypeIdentificatie: S, catalogus: S };

export const StatustypeSchema = Type.Object({
  ...subtype,
  omschrijving: S,
  omschrijvingGeneriek: S,
  statustekst: S,
  volgnummer: Type.Integer(),
  isEindstatus: Type.Boolean(),
  informeren: Type.Boolean(),
  doorlooptijd: NS,
  toelichting: NS,
  checklistitemStatustype: Type.Array(
    Type.Object({ itemnaam: S, toelichting: NS, vraagstelling: S, verplicht: Type.Boolean() }),
  ),
  eigenschappen: Strings,
  ...versie,
  _expand: Expand,
});

export const ResultaattypeSchema = Type.Object({
  ...subtype,
  omschrijving: S,
  resultaattypeomschrijving: S,
  omschrijvingGeneriek: S,
  selectielijstklasse: S,
  toelichting: S,
  archiefnominatie: S,
  archiefactietermijn: NS,
  brondatumArchiefprocedure: Type.Object({
    afleidingswijze: S,
    datumkenmerk: S,
    einddatumBekend: Type.Boolean(),
    objecttype: S,
    registratie: S,
    procestermijn: NS,
  }),
  procesobjectaard: NS,
  indicatieSpecifiek: N(Type.Boolean()),
  procestermijn: NS,
  besluittypen: Strings,
  besluittypeOmschrijving: Strings,
  informatieobjecttypen: Strings,
  informatieobjecttypeOmschrijving: Strings,
  ...versie,
  _expand: Expand,
});

export const RoltypeSchema = Type.Object({
  ...subtype,
  omschrijving: S,
  omschrijvingGeneriek: S,
  ...versie,
  _expand: Expand,
});

export const EigenschapSchema = Type.Object({
  ...subtype,
  naam: S,
  definitie: S,
  specificatie: Type.Object({
    groep: O(S),
    formaat: S,
    lengte: S,
    kardinaliteit: S,
    waardenverzameling: Strings,
  }),
  toelichting: S,
  statustype: NS,
  ...versie,
  _expand: Expand,
});

export const InformatieobjecttypeSchema = Type.Object({
  url: S,
  catalogus: S,
  omschrijving: S,
  vertrouwelijkheidaanduiding: S,
  beginGeldigheid: S,
  eindeGeldigheid: NS,
  beginObject: NS,
  eindeObject: NS,
  concept: Type.Boolean(),
  zaaktypen: Strings,
  zaaktypeIdentificaties: Strings,
  besluittypen: Strings,
  besluittypeOmschrijving: Strings,
  informatieobjectcategorie: S,
  trefwoord: Strings,
  omschrijvingGeneriek: O(
    Type.Object({
      informatieobjecttypeOmschrijvingGeneriek: S,
      definitieInformatieobjecttypeOmschrijvingGeneriek: S,
      herkomstInformatieobjecttypeOmschrijvingGeneriek: S,
      hierarchieInformatieobjecttypeOmschrijvingGeneriek: S,
      opmerkingInformatieobjecttypeOmschrijvingGeneriek: O(NS),
    }),
  ),
  _expand: Expand,
});

export const BesluittypeSchema = Type.Object({
  url: S,
  catalogus: S,
  zaaktypen: Strings,
  zaaktypeIdentificaties: Strings,
  omschrijving: S,
  omschrijvingGeneriek: S,
  besluitcategorie: S,
  reactietermijn: NS,
  publicatieIndicatie: Type.Boolean(),
  publicatietekst: S,
  publicatietermijn: NS,
  toelichting: S,
  informatieobjecttypen: Strings,
  informatieobjecttypeOmschrijvingen: Strings,
  beginGeldigheid: S,
  eindeGeldigheid: NS,
  beginObject: NS,
  eindeObject: NS,
  concept: Type.Boolean(),
  resultaattypen: Strings,
  resultaattypenOmschrijving: Strings,
  vastgelegdIn: Strings,
  _expand: Expand,
});

export const ZaaktypeInformatieobjecttypeSchema = Type.Object({
  ...subtype,
  informatieobjecttype: S,
  volgnummer: Type.Integer(),
  richting: S,
  statustype: NS,
  _expand: Expand,
});

export const ZaakobjecttypeSchema = Type.Object({
  ...subtype,
  anderObjecttype: Type.Boolean(),
  beginGeldigheid: S,
  eindeGeldigheid: NS,
  beginObject: NS,
  eindeObject: NS,
  objecttype: S,
  relatieOmschrijving: S,
  resultaattypen: Strings,
  resultaattypeOmschrijving: Strings,
  statustypen: Strings,
  _expand: Expand,
});

/** `{count, next, previous, results}` of one resource. */
export const PaginatedSchema = <T extends TSchema>(item: T) =>
  Type.Object({ count: Type.Integer(), next: NS, previous: NS, results: Type.Array(item) });

export type CatalogusJson = Static<typeof CatalogusSchema>;
export type ZaaktypeJson = Static<typeof ZaaktypeSchema>;
export type StatustypeJson = Static<typeof StatustypeSchema>;
export type ResultaattypeJson = Static<typeof ResultaattypeSchema>;
export type RoltypeJson = Static<typeof RoltypeSchema>;
export type EigenschapJson = Static<typeof EigenschapSchema>;
export type InformatieobjecttypeJson = Static<typeof InformatieobjecttypeSchema>;
export type BesluittypeJson = Static<typeof BesluittypeSchema>;
export type ZaaktypeInformatieobjecttypeJson = Static<typeof ZaaktypeInformatieobjecttypeSchema>;
export type ZaakobjecttypeJson = Static<typeof ZaakobjecttypeSchema>;
