import type { Catalogus, ZaaktypeRow } from './catalogi-api.repository.ts';
import type { CatalogusIndex, Version, ZaaktypeChildren } from './catalogi-context.repository.ts';
import type { SubtypeRow } from './catalogi-subtypes.repository.ts';
import type { ZtcUrls } from './catalogi.urls.ts';
import type {
  CatalogusJson,
  EigenschapJson,
  ResultaattypeJson,
  RoltypeJson,
  StatustypeJson,
  ZaakobjecttypeJson,
  ZaaktypeInformatieobjecttypeJson,
  ZaaktypeJson,
} from './catalogi-api.schemas.ts';

/**
 * The JSON of the Catalogi API, built from rows: pure functions. Relations by name resolve, as
 * the standard asks, to the published versions in force on the date asked (`datumGeldigheid`,
 * else today) in the same catalogus.
 */

export const EMPTY_INDEX: CatalogusIndex = {
  zaaktypen: [],
  besluittypen: [],
  informatieobjecttypen: [],
  ziot: [],
  resultaattypen: [],
};

export const geldig = (v: Version, datum: string) =>
  !v.concept && v.beginGeldigheid <= datum && (v.eindeGeldigheid === null || v.eindeGeldigheid >= datum);

export const unique = <T>(xs: T[]) => [...new Set(xs)];

/** Versions of the named types that are published and valid on the date. */
export const inForce = <T extends Version>(
  refs: T[],
  naam: (r: T) => string,
  names: string[],
  datum: string,
) => refs.filter((r) => names.includes(naam(r)) && geldig(r, datum));

export function catalogusView(c: Catalogus, idx: CatalogusIndex, urls: ZtcUrls): CatalogusJson {
  return {
    url: urls.url('catalogus', c.id),
    domein: c.domein,
    rsin: c.rsin,
    contactpersoonBeheerNaam: c.contactpersoonBeheerNaam,
    ...(c.contactpersoonBeheerTelefoonnummer
      ? { contactpersoonBeheerTelefoonnummer: c.contactpersoonBeheerTelefoonnummer }
      : {}),
    ...(c.contactpersoonBeheerEmailadres
      ? { contactpersoonBeheerEmailadres: c.contactpersoonBeheerEmailadres }
      : {}),
    zaaktypen: idx.zaaktypen.map((z) => urls.url('zaaktype', z.id)),
    besluittypen: idx.besluittypen.map((b) => urls.url('besluittype', b.id)),
    besluittypeOmschrijving: unique(idx.besluittypen.map((b) => b.omschrijving)),
    informatieobjecttypen: idx.informatieobjecttypen.map((i) => urls.url('informatieobjecttype', i.id)),
    informatieobjecttypeOmschrijving: unique(idx.informatieobjecttypen.map((i) => i.omschrijving)),
    naam: c.naam,
    versie: c.versie,
    begindatumVersie: c.begindatumVersie,
  };
}

export function zaaktypeView(
  z: ZaaktypeRow,
  children: ZaaktypeChildren,
  idx: CatalogusIndex,
  urls: ZtcUrls,
  datum: string,
): ZaaktypeJson {
  const zaaktypeUrl = (identificatie: string) => {
    const versions = idx.zaaktypen.filter((v) => v.identificatie === identificatie);
    const v = versions.find((x) => geldig(x, datum)) ?? versions.at(-1);
    return v ? urls.url('zaaktype', v.id) : undefined;
  };
  return {
    url: urls.url('zaaktype', z.id),
    identificatie: z.identificatie,
    omschrijving: z.omschrijving,
    omschrijvingGeneriek: z.omschrijvingGeneriek,
    vertrouwelijkheidaanduiding: z.vertrouwelijkheidaanduiding,
    doel: z.doel,
    aanleiding: z.aanleiding,
    toelichting: z.toelichting,
    indicatieInternOfExtern: z.indicatieInternOfExtern,
    handelingInitiator: z.handelingInitiator,
    onderwerp: z.onderwerp,
    handelingBehandelaar: z.handelingBehandelaar,
    doorlooptijd: z.doorlooptijd,
    servicenorm: z.servicenorm,
    opschortingEnAanhoudingMogelijk: z.opschortingEnAanhoudingMogelijk,
    verlengingMogelijk: z.verlengingMogelijk,
    verlengingstermijn: z.verlengingstermijn,
    trefwoorden: z.trefwoorden,
    publicatieIndicatie: z.publicatieIndicatie,
    publicatietekst: z.publicatietekst,
    verantwoordingsrelatie: z.verantwoordingsrelatie,
    productenOfDiensten: z.productenOfDiensten,
    ...(z.selectielijstProcestype ? { selectielijstProcestype: z.selectielijstProcestype } : {}),
    referentieproces: {
      naam: z.referentieproces.naam,
      ...(z.referentieproces.link ? { link: z.referentieproces.link } : {}),
    },
    verantwoordelijke: z.verantwoordelijke,
    zaakobjecttypen: children.zaakobjecttypen.map(urls.of('zaakobjecttype')),
    ...(z.broncatalogus ? { broncatalogus: z.broncatalogus } : {}),
    ...(z.bronzaaktype ? { bronzaaktype: z.bronzaaktype } : {}),
    catalogus: urls.url('catalogus', z.catalogusId),
    statustypen: children.statustypen.map(urls.of('statustype')),
    resultaattypen: children.resultaattypen.map(urls.of('resultaattype')),
    resultaattypeOmschrijving: unique(children.resultaattypeOmschrijving),
    eigenschappen: children.eigenschappen.map(urls.of('eigenschap')),
    informatieobjecttypen: inForce(
      idx.informatieobjecttypen,
      (i) => i.omschrijving,
      children.informatieobjecttypen,
      datum,
    ).map((i) => urls.url('informatieobjecttype', i.id)),
    informatieobjecttypeOmschrijving: unique(children.informatieobjecttypen),
    roltypen: children.roltypen.map(urls.of('roltype')),
    besluittypen: inForce(idx.besluittypen, (b) => b.omschrijving, z.besluittypen, datum).map((b) =>
      urls.url('besluittype', b.id),
    ),
    besluittypeOmschrijving: z.besluittypen,
    deelzaaktypen: inForce(idx.zaaktypen, (d) => d.identificatie, z.deelzaaktypen, datum).map((d) =>
      urls.url('zaaktype', d.id),
    ),
    deelzaaktypeIdentificaties: z.deelzaaktypen,
    gerelateerdeZaaktypen: z.gerelateerdeZaaktypen.flatMap((r) => {
      const url = zaaktypeUrl(r.zaaktype);
      return url
        ? [
            {
              zaaktype: url,
              zaaktypeIdentificatie: r.zaaktype,
              aardRelatie: r.aardRelatie,
              toelichting: r.toelichting,
            },
          ]
        : [];
    }),
    beginGeldigheid: z.beginGeldigheid,
    eindeGeldigheid: z.eindeGeldigheid,
    beginObject: z.beginObject,
    eindeObject: z.eindeObject,
    versiedatum: z.versiedatum,
    concept: z.concept,
  };
}

/** What every type of a zaaktype version shares with it. */
function ofZaaktype(url: string, z: ZaaktypeRow, urls: ZtcUrls) {
  return {
    url,
    zaaktype: urls.url('zaaktype', z.id),
    zaaktypeIdentificatie: z.identificatie,
    catalogus: urls.url('catalogus', z.catalogusId),
    beginGeldigheid: z.beginGeldigheid,
    eindeGeldigheid: z.eindeGeldigheid,
    beginObject: z.beginObject,
    eindeObject: z.eindeObject,
  };
}

export function statustypeView(
  s: SubtypeRow<'statustype'>,
  z: ZaaktypeRow,
  eindVolgnummer: number,
  urls: ZtcUrls,
): StatustypeJson {
  return {
    ...ofZaaktype(urls.url('statustype', s.id), z, urls),
    omschrijving: s.omschrijving,
    omschrijvingGeneriek: s.omschrijvingGeneriek,
    statustekst: s.statustekst,
    volgnummer: s.volgnummer,
    isEindstatus: s.volgnummer === eindVolgnummer,
    informeren: s.informeren,
    doorlooptijd: s.doorlooptijd,
    toelichting: s.toelichting,
    checklistitemStatustype: s.checklistitemStatustype.map((c) => ({
      itemnaam: c.itemnaam,
      toelichting: c.toelichting,
      vraagstelling: c.vraagstelling,
      verplicht: c.verplicht,
    })),
    eigenschappen: s.eigenschappen.map(urls.of('eigenschap')),
  };
}

export function resultaattypeView(
  r: SubtypeRow<'resultaattype'>,
  z: ZaaktypeRow,
  idx: CatalogusIndex,
  urls: ZtcUrls,
  datum: string,
): ResultaattypeJson {
  const b = r.brondatumArchiefprocedure;
  return {
    ...ofZaaktype(urls.url('resultaattype', r.id), z, urls),
    omschrijving: r.omschrijving,
    resultaattypeomschrijving: r.resultaattypeomschrijving,
    omschrijvingGeneriek: r.omschrijvingGeneriek,
    selectielijstklasse: r.selectielijstklasse,
    toelichting: r.toelichting,
    archiefnominatie: r.archiefnominatie,
    archiefactietermijn: r.archiefactietermijn,
    brondatumArchiefprocedure: {
      afleidingswijze: b.afleidingswijze,
      datumkenmerk: b.datumkenmerk ?? '',
      einddatumBekend: b.einddatumBekend ?? false,
      objecttype: b.objecttype ?? '',
      registratie: b.registratie ?? '',
      procestermijn: b.procestermijn ?? null,
    },
    procesobjectaard: r.procesobjectaard,
    indicatieSpecifiek: r.indicatieSpecifiek,
    procestermijn: r.procestermijn,
    besluittypen: inForce(idx.besluittypen, (x) => x.omschrijving, r.besluittypen, datum).map((x) =>
      urls.url('besluittype', x.id),
    ),
    besluittypeOmschrijving: r.besluittypen,
    informatieobjecttypen: inForce(
      idx.informatieobjecttypen,
      (x) => x.omschrijving,
      r.informatieobjecttypen,
      datum,
    ).map((x) => urls.url('informatieobjecttype', x.id)),
    informatieobjecttypeOmschrijving: r.informatieobjecttypen,
  };
}

export const roltypeView = (r: SubtypeRow<'roltype'>, z: ZaaktypeRow, urls: ZtcUrls): RoltypeJson => ({
  ...ofZaaktype(urls.url('roltype', r.id), z, urls),
  omschrijving: r.omschrijving,
  omschrijvingGeneriek: r.omschrijvingGeneriek,
});

export const eigenschapView = (
  e: SubtypeRow<'eigenschap'>,
  z: ZaaktypeRow,
  urls: ZtcUrls,
): EigenschapJson => ({
  ...ofZaaktype(urls.url('eigenschap', e.id), z, urls),
  naam: e.naam,
  definitie: e.definitie,
  specificatie: {
    ...(e.specificatie.groep ? { groep: e.specificatie.groep } : {}),
    formaat: e.specificatie.formaat,
    lengte: e.specificatie.lengte,
    kardinaliteit: e.specificatie.kardinaliteit,
    waardenverzameling: e.specificatie.waardenverzameling,
  },
  toelichting: e.toelichting,
  statustype: e.statustypeId ? urls.url('statustype', e.statustypeId) : null,
});

export function zaaktypeInformatieobjecttypeView(
  r: SubtypeRow<'zaaktypeInformatieobjecttype'>,
  z: ZaaktypeRow,
  idx: CatalogusIndex,
  urls: ZtcUrls,
  datum: string,
): ZaaktypeInformatieobjecttypeJson {
  // One informatieobjecttype: the version in force, else the newest (a concept being built).
  const versions = idx.informatieobjecttypen.filter((i) => i.omschrijving === r.informatieobjecttype);
  const iot = versions.find((i) => geldig(i, datum)) ?? versions.at(-1);
  const {
    beginGeldigheid: _b,
    eindeGeldigheid: _e,
    beginObject: _bo,
    eindeObject: _eo,
    ...shared
  } = ofZaaktype(urls.url('zaaktypeInformatieobjecttype', r.id), z, urls);
  return {
    ...shared,
    informatieobjecttype: iot ? urls.url('informatieobjecttype', iot.id) : r.informatieobjecttype,
    volgnummer: r.volgnummer,
    richting: r.richting,
    statustype: r.statustypeId ? urls.url('statustype', r.statustypeId) : null,
  };
}

export const zaakobjecttypeView = (
  o: SubtypeRow<'zaakobjecttype'>,
  z: ZaaktypeRow,
  urls: ZtcUrls,
): ZaakobjecttypeJson => ({
  ...ofZaaktype(urls.url('zaakobjecttype', o.id), z, urls),
  beginGeldigheid: z.beginGeldigheid,
  anderObjecttype: o.anderObjecttype,
  objecttype: o.objecttype,
  relatieOmschrijving: o.relatieOmschrijving,
  resultaattypen: [],
  resultaattypeOmschrijving: [],
  statustypen: [],
});
