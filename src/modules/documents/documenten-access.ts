import type { ZgwOutbox } from '../events/events.rules.ts';
import type { Db } from '../../platform/db/types.ts';
import { writeAudit, type AuditActor, type AuditEntry } from '../../platform/audit/audit.repository.ts';
import { notFound } from '../../platform/errors.ts';
import { VERTROUWELIJKHEID } from '../catalog/catalog.schema.ts';
import { mayOn, requireScope, typeGrants, type ZgwClient } from '../zgw/zgw-auth.ts';
import type { IoAccess, IoRow } from './informatieobjecten.repository.ts';
import type { DrcBrcUrls } from './zgw-urls.ts';

/** One call of a ZGW API: who, the audit trail's who-columns and its toelichting. */
export interface ZgwCall {
  client: ZgwClient;
  actor: AuditActor;
  /** X-Audit-Toelichting. */
  toelichting: string;
  /** The caller's Authorization header, to fetch what `expand` asks for on its behalf. */
  authorization?: string | undefined;
}

export type Outbox = ZgwOutbox;

export const typeUrlOf = (
  urls: DrcBrcUrls,
  row: Pick<IoRow, 'informatieobjecttypeId' | 'informatieobjecttypeUrl'>,
) =>
  row.informatieobjecttypeId
    ? urls.url('informatieobjecttype', row.informatieobjecttypeId)
    : (row.informatieobjecttypeUrl ?? '');

/** The documents a scope lets the client see, for the SQL filter; 403 without the scope at all. */
export function ioAccess(client: ZgwClient, scope: string, urls: DrcBrcUrls): IoAccess {
  requireScope(client, 'drc', scope);
  const g = typeGrants(client, 'drc', scope, 'informatieobjecttype');
  if (g === 'all') return 'all';
  const access: Exclude<IoAccess, 'all'> = { ids: [], urls: [] };
  for (const { type, max } of g) {
    const id = urls.idOf('informatieobjecttype', type);
    const rank = VERTROUWELIJKHEID.indexOf(max);
    if (id) access.ids.push({ id, max: rank });
    else access.urls.push({ url: type, max: rank });
  }
  return access;
}

export const mayOnIo = (
  client: ZgwClient,
  scope: string,
  urls: DrcBrcUrls,
  row: Pick<IoRow, 'informatieobjecttypeId' | 'informatieobjecttypeUrl' | 'vertrouwelijkheidaanduiding'>,
) =>
  mayOn(client, 'drc', scope, 'informatieobjecttype', typeUrlOf(urls, row), row.vertrouwelijkheidaanduiding);

/** 404 unless the scope covers the document (a denied document looks like a missing one). */
export function requireOnIo(call: ZgwCall, scope: string, urls: DrcBrcUrls, row: IoRow | undefined): IoRow {
  requireScope(call.client, 'drc', scope);
  if (!row || !mayOnIo(call.client, scope, urls, row)) throw notFound('Informatieobject niet gevonden.');
  return row;
}

export const ACTIES = {
  create: 'Object aangemaakt',
  update: 'Object bijgewerkt',
  partial_update: 'Object deels bijgewerkt',
  destroy: 'Object verwijderd',
  lock: 'Object vergrendeld',
  unlock: 'Object ontgrendeld',
} as const;
export type Actie = keyof typeof ACTIES;

export type DrcResource =
  'enkelvoudiginformatieobject' | 'gebruiksrechten' | 'verzending' | 'objectinformatieobject';

/** What an audit-trail row of a change through the Documenten or Besluiten API says of it. */
export interface ZgwWijziging {
  resource: string;
  resourceId: string;
  actie: Actie;
  weergave: string;
  oud?: AuditEntry['oud'];
  nieuw?: AuditEntry['nieuw'];
}

/** The audit-trail row of such a change, under its main object (document or besluit). */
export const auditZgw = (
  tx: Db,
  bron: 'DRC' | 'BRC',
  hoofd: { gemeenteCode: string; id: string },
  call: Pick<ZgwCall, 'actor' | 'toelichting'>,
  c: ZgwWijziging,
) =>
  writeAudit(tx, call.actor, {
    gemeenteCode: hoofd.gemeenteCode,
    bron,
    actie: c.actie,
    actieWeergave: ACTIES[c.actie],
    resultaat: c.actie === 'create' ? 201 : c.actie === 'destroy' ? 204 : 200,
    hoofdObjectId: hoofd.id,
    resource: c.resource,
    resourceId: c.resourceId,
    resourceWeergave: c.weergave.slice(0, 200) || c.resourceId,
    toelichting: call.toelichting,
    oud: c.oud ?? null,
    nieuw: c.nieuw ?? null,
  });

/**
 * A change in the Documenten API, in the caller's transaction: its audit-trail row under the
 * document and (for the resources that have them) its notification on kanaal 'documenten'.
 */
export function drcChange(outbox: Outbox, urls: DrcBrcUrls) {
  return async (
    tx: Db,
    call: Pick<ZgwCall, 'actor' | 'toelichting'>,
    doc: IoRow,
    c: ZgwWijziging & { resource: DrcResource; notify?: boolean },
  ) => {
    await auditZgw(tx, 'DRC', { gemeenteCode: doc.gemeenteCode, id: doc.id }, call, c);
    if (c.notify === false || c.resource === 'objectinformatieobject') return;
    await outbox.zgw(tx, {
      gemeenteCode: doc.gemeenteCode,
      kanaal: 'documenten',
      hoofdObject: urls.url('enkelvoudiginformatieobject', doc.id),
      resource: c.resource,
      resourceUrl: urls.url(c.resource, c.resourceId),
      actie: c.actie,
      kenmerken: {
        bronorganisatie: doc.bronorganisatie,
        informatieobjecttype: typeUrlOf(urls, doc),
        vertrouwelijkheidaanduiding: doc.vertrouwelijkheidaanduiding,
      },
    });
  };
}
