import type { AuditRow } from '../../platform/audit/audit.repository.ts';
import type { IoRow, PartRow } from './informatieobjecten.repository.ts';
import { typeUrlOf } from './documenten-access.ts';
import type { DrcBrcUrls } from './zgw-urls.ts';

/** The ZGW EnkelvoudigInformatieObject of a document (version); `inhoud` is its download link. */
export function eioView(urls: DrcBrcUrls, row: IoRow, parts: PartRow[] = []) {
  return {
    url: urls.url('enkelvoudiginformatieobject', row.id),
    identificatie: row.identificatie,
    bronorganisatie: row.bronorganisatie,
    creatiedatum: row.creatiedatum,
    titel: row.titel,
    vertrouwelijkheidaanduiding: row.vertrouwelijkheidaanduiding,
    isGereedVoorPublicatie: row.isGereedVoorPublicatie,
    tonenAanInitiator: row.tonenAanInitiator,
    auteur: row.auteur,
    status: row.status,
    inhoudIsVervallen: row.inhoudIsVervallen,
    formaat: row.formaat,
    taal: row.taal,
    versie: row.versie,
    beginRegistratie: row.beginRegistratie.toISOString(),
    bestandsnaam: row.bestandsnaam,
    inhoud: row.inhoudVersie === null ? null : urls.download(row.id, row.versie),
    bestandsomvang: row.bestandsomvang,
    // An empty link is no URI: left out rather than sent as "".
    ...(row.link ? { link: row.link } : {}),
    beschrijving: row.beschrijving,
    ontvangstdatum: row.ontvangstdatum,
    verzenddatum: row.verzenddatum,
    indicatieGebruiksrecht: row.indicatieGebruiksrecht,
    verschijningsvorm: row.verschijningsvorm,
    ondertekening: row.ondertekening,
    integriteit: row.integriteit,
    informatieobjecttype: typeUrlOf(urls, row),
    locked: row.lock !== null,
    bestandsdelen: parts
      .filter((p) => p.informatieobjectId === row.id)
      .map((p) => ({
        url: urls.url('bestandsdeel', p.id),
        volgnummer: p.volgnummer,
        omvang: p.omvang,
        voltooid: p.voltooid,
        // The lock is the uploader's secret: only the lock and create answers carry it.
        lock: '',
      })),
    trefwoorden: row.trefwoorden,
  };
}

export type EioJson = ReturnType<typeof eioView>;

/** The metadata of a document as the audit trail keeps it (no content, no lock). */
export function auditSnapshot(urls: DrcBrcUrls, row: IoRow): Record<string, unknown> {
  const { bestandsdelen: _parts, ...rest } = eioView(urls, row);
  return rest;
}

/** A row of the audit trail as the ZGW AuditTrail resource. */
export function auditView(
  urls: DrcBrcUrls,
  hoofd: 'enkelvoudiginformatieobject' | 'besluit',
  row: AuditRow,
  resourceUrl: (resource: string, id: string) => string,
) {
  return {
    uuid: row.id,
    bron: row.bron.toLowerCase(),
    applicatieId: row.applicatieId.slice(0, 100),
    applicatieWeergave: row.applicatieWeergave.slice(0, 200),
    gebruikersId: row.gebruikersId.slice(0, 255),
    gebruikersWeergave: row.gebruikersWeergave.slice(0, 255),
    actie: row.actie,
    actieWeergave: row.actieWeergave,
    resultaat: row.resultaat,
    hoofdObject: urls.url(hoofd, row.hoofdObjectId),
    resource: row.resource,
    resourceUrl: resourceUrl(row.resource, row.resourceId),
    toelichting: row.toelichting,
    resourceWeergave: row.resourceWeergave.slice(0, 200),
    aanmaakdatum: row.aanmaakdatum.toISOString(),
    wijzigingen: { oud: row.oud ?? {}, nieuw: row.nieuw ?? {} },
  };
}
