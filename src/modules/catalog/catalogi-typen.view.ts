import type { BesluittypeRow, InformatieobjecttypeRow } from './catalogi-api.repository.ts';
import type { CatalogusIndex } from './catalogi-context.repository.ts';
import type { BesluittypeJson, InformatieobjecttypeJson } from './catalogi-api.schemas.ts';
import type { ZtcUrls } from './catalogi.urls.ts';
import { geldig, unique } from './catalogi-api.view.ts';

/**
 * The JSON of informatieobjecttypen and besluittypen, with the zaaktypen and besluittypen that
 * name them: those in force on the date for the URLs, every version for the names.
 */

export function informatieobjecttypeView(
  i: InformatieobjecttypeRow,
  idx: CatalogusIndex,
  urls: ZtcUrls,
  datum: string,
): InformatieobjecttypeJson {
  const zaaktypeIds = new Set(
    idx.ziot.filter((z) => z.omschrijving === i.omschrijving).map((z) => z.zaaktypeId),
  );
  const zaaktypen = idx.zaaktypen.filter((z) => zaaktypeIds.has(z.id));
  const besluittypen = idx.besluittypen.filter((b) => b.informatieobjecttypen.includes(i.omschrijving));
  return {
    url: urls.url('informatieobjecttype', i.id),
    catalogus: urls.url('catalogus', i.catalogusId),
    omschrijving: i.omschrijving,
    vertrouwelijkheidaanduiding: i.vertrouwelijkheidaanduiding,
    beginGeldigheid: i.beginGeldigheid,
    eindeGeldigheid: i.eindeGeldigheid,
    beginObject: i.beginObject,
    eindeObject: i.eindeObject,
    concept: i.concept,
    zaaktypen: zaaktypen.filter((z) => geldig(z, datum)).map((z) => urls.url('zaaktype', z.id)),
    zaaktypeIdentificaties: unique(zaaktypen.map((z) => z.identificatie)),
    besluittypen: besluittypen.filter((b) => geldig(b, datum)).map((b) => urls.url('besluittype', b.id)),
    besluittypeOmschrijving: unique(besluittypen.map((b) => b.omschrijving)),
    informatieobjectcategorie: i.informatieobjectcategorie,
    trefwoord: i.trefwoord,
    ...(i.omschrijvingGeneriek ? { omschrijvingGeneriek: i.omschrijvingGeneriek } : {}),
  };
}

export function besluittypeView(
  b: BesluittypeRow,
  idx: CatalogusIndex,
  urls: ZtcUrls,
  datum: string,
): BesluittypeJson {
  const zaaktypen = idx.zaaktypen.filter((z) => z.besluittypen.includes(b.omschrijving));
  const inForce = new Set(zaaktypen.filter((z) => geldig(z, datum)).map((z) => z.id));
  const resultaattypen = idx.resultaattypen.filter(
    (r) => inForce.has(r.zaaktypeId) && r.besluittypen.includes(b.omschrijving),
  );
  return {
    url: urls.url('besluittype', b.id),
    catalogus: urls.url('catalogus', b.catalogusId),
    zaaktypen: [...inForce].map(urls.of('zaaktype')),
    zaaktypeIdentificaties: unique(zaaktypen.map((z) => z.identificatie)),
    omschrijving: b.omschrijving,
    omschrijvingGeneriek: b.omschrijvingGeneriek,
    besluitcategorie: b.besluitcategorie,
    reactietermijn: b.reactietermijn,
    publicatieIndicatie: b.publicatieIndicatie,
    publicatietekst: b.publicatietekst,
    publicatietermijn: b.publicatietermijn,
    toelichting: b.toelichting,
    informatieobjecttypen: idx.informatieobjecttypen
      .filter((i) => b.informatieobjecttypen.includes(i.omschrijving) && geldig(i, datum))
      .map((i) => urls.url('informatieobjecttype', i.id)),
    informatieobjecttypeOmschrijvingen: b.informatieobjecttypen,
    beginGeldigheid: b.beginGeldigheid,
    eindeGeldigheid: b.eindeGeldigheid,
    beginObject: b.beginObject,
    eindeObject: b.eindeObject,
    concept: b.concept,
    resultaattypen: resultaattypen.map((r) => urls.url('resultaattype', r.id)),
    resultaattypenOmschrijving: unique(resultaattypen.map((r) => r.omschrijving)),
    vastgelegdIn: b.informatieobjecttypen,
  };
}
