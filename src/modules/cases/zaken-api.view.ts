import type { AuditRow } from '../../platform/audit/audit.repository.ts';
import type { Collection, ZakenApiUrls } from './zaken-api.urls.ts';

/**
 * The ZGW representations of the Zaken API's resources: plain functions from rows to JSON, with
 * absolute URLs. Empty optional URLs are left out (an empty string is no URI).
 */

type Json = Record<string, unknown>;

const iso = (d: Date | string) => (typeof d === 'string' ? new Date(d) : d).toISOString();
const optional = (key: string, value: string | null | undefined): Json => (value ? { [key]: value } : {});

/** The representation of a zaak, which PostgreSQL builds (see zaken-api.repository.ts). */
export const zaakJson = (r: { json: string }): Json => JSON.parse(r.json) as Json;

export interface StatusRow {
  id: string;
  zaakId: string;
  statustypeId: string;
  datumStatusGezet: Date;
  statustoelichting: string;
  gezetdoorId: string | null;
  laatste: boolean;
  zaakinformatieobjecten: string[];
}

export const statusJson = (s: StatusRow, u: ZakenApiUrls): Json => ({
  url: u.url('status', s.id),
  uuid: s.id,
  zaak: u.url('zaak', s.zaakId),
  statustype: u.url('statustype', s.statustypeId),
  datumStatusGezet: iso(s.datumStatusGezet),
  statustoelichting: s.statustoelichting,
  indicatieLaatstGezetteStatus: s.laatste,
  ...(s.gezetdoorId ? { gezetdoor: u.url('rol', s.gezetdoorId) } : {}),
  zaakinformatieobjecten: s.zaakinformatieobjecten.map(u.of('zaakinformatieobject')),
});

export interface RolRow {
  id: string;
  zaakId: string;
  roltypeId: string;
  omschrijving: string;
  omschrijvingGeneriek: string;
  betrokkeneType: string;
  betrokkene: string | null;
  afwijkendeNaamBetrokkene: string;
  roltoelichting: string;
  registratiedatum: Date;
  indicatieMachtiging: string;
  contactpersoonRol: Record<string, string> | null;
  betrokkeneIdentificatie: Record<string, unknown>;
  statussen: string[];
}

export const rolJson = (r: RolRow, u: ZakenApiUrls): Json => ({
  url: u.url('rol', r.id),
  uuid: r.id,
  zaak: u.url('zaak', r.zaakId),
  ...optional('betrokkene', r.betrokkene),
  betrokkeneType: r.betrokkeneType,
  afwijkendeNaamBetrokkene: r.afwijkendeNaamBetrokkene,
  roltype: u.url('roltype', r.roltypeId),
  omschrijving: r.omschrijving,
  omschrijvingGeneriek: r.omschrijvingGeneriek,
  roltoelichting: r.roltoelichting,
  registratiedatum: iso(r.registratiedatum),
  indicatieMachtiging: r.indicatieMachtiging,
  contactpersoonRol: r.contactpersoonRol,
  statussen: r.statussen.map(u.of('status')),
  betrokkeneIdentificatie: r.betrokkeneIdentificatie,
});

export const resultaatJson = (
  r: { id: string; zaakId: string; resultaattypeId: string; toelichting: string },
  u: ZakenApiUrls,
): Json => ({
  url: u.url('resultaat', r.id),
  uuid: r.id,
  zaak: u.url('zaak', r.zaakId),
  resultaattype: u.url('resultaattype', r.resultaattypeId),
  toelichting: r.toelichting,
});

export const zaakobjectJson = (
  o: {
    id: string;
    zaakId: string;
    object: string;
    zaakobjecttype: string | null;
    objectType: string;
    objectTypeOverige: string;
    objectTypeOverigeDefinitie: Record<string, string> | null;
    relatieomschrijving: string;
    objectIdentificatie: Record<string, unknown>;
  },
  u: ZakenApiUrls,
): Json => ({
  url: u.url('zaakobject', o.id),
  uuid: o.id,
  zaak: u.url('zaak', o.zaakId),
  ...optional('object', o.object),
  ...optional('zaakobjecttype', o.zaakobjecttype),
  objectType: o.objectType,
  ...optional('objectTypeOverige', o.objectTypeOverige),
  objectTypeOverigeDefinitie: o.objectTypeOverigeDefinitie,
  relatieomschrijving: o.relatieomschrijving,
  ...(Object.keys(o.objectIdentificatie).length > 0 ? { objectIdentificatie: o.objectIdentificatie } : {}),
});

export const zaakeigenschapJson = (
  e: { id: string; zaakId: string; eigenschapId: string; naam: string; waarde: string },
  u: ZakenApiUrls,
): Json => ({
  url: u.zaakeigenschap(e.zaakId, e.id),
  uuid: e.id,
  zaak: u.url('zaak', e.zaakId),
  eigenschap: u.url('eigenschap', e.eigenschapId),
  naam: e.naam,
  waarde: e.waarde,
});

export interface ZioRow {
  id: string;
  zaakId: string;
  informatieobjectId: string;
  titel: string;
  beschrijving: string;
  aardRelatieWeergave: string;
  registratiedatum: Date;
  statusId: string | null;
  vernietigingsdatum: Date | null;
}

export const zioJson = (z: ZioRow, u: ZakenApiUrls): Json => ({
  url: u.url('zaakinformatieobject', z.id),
  uuid: z.id,
  informatieobject: u.url('informatieobject', z.informatieobjectId),
  zaak: u.url('zaak', z.zaakId),
  aardRelatieWeergave: z.aardRelatieWeergave,
  titel: z.titel,
  beschrijving: z.beschrijving,
  registratiedatum: iso(z.registratiedatum),
  vernietigingsdatum: z.vernietigingsdatum ? iso(z.vernietigingsdatum) : null,
  status: z.statusId ? u.url('status', z.statusId) : null,
});

const RESOURCES: Record<string, Collection> = {
  status: 'status',
  rol: 'rol',
  resultaat: 'resultaat',
  zaakobject: 'zaakobject',
  zaakinformatieobject: 'zaakinformatieobject',
  klantcontact: 'klantcontact',
  zaakcontactmoment: 'zaakcontactmoment',
  zaakverzoek: 'zaakverzoek',
  zaaknotitie: 'zaaknotitie',
};

/** An audit row of a zaak; resources without a ZGW URL of their own point at the zaak. */
export function auditJson(a: AuditRow, u: ZakenApiUrls): Json {
  const resource = RESOURCES[a.resource];
  const zaakUrl = u.url('zaak', a.hoofdObjectId);
  const resourceUrl =
    a.resource === 'zaak'
      ? u.url('zaak', a.resourceId)
      : a.resource === 'zaakeigenschap'
        ? u.zaakeigenschap(a.hoofdObjectId, a.resourceId)
        : a.resource === 'enkelvoudiginformatieobject'
          ? u.url('informatieobject', a.resourceId)
          : resource
            ? u.url(resource, a.resourceId)
            : zaakUrl;
  return {
    uuid: a.id,
    bron: a.bron.toLowerCase(),
    applicatieId: a.applicatieId.slice(0, 100),
    applicatieWeergave: a.applicatieWeergave.slice(0, 200),
    gebruikersId: a.gebruikersId.slice(0, 255),
    gebruikersWeergave: a.gebruikersWeergave.slice(0, 255),
    actie: a.actie,
    actieWeergave: a.actieWeergave.slice(0, 200),
    resultaat: a.resultaat,
    hoofdObject: zaakUrl,
    resource: a.resource,
    resourceUrl,
    toelichting: a.toelichting,
    resourceWeergave: a.resourceWeergave.slice(0, 200),
    aanmaakdatum: iso(a.aanmaakdatum),
    wijzigingen: { oud: a.oud ?? {}, nieuw: a.nieuw ?? {} },
  };
}
