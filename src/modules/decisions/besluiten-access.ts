import type { Db } from '../../platform/db/types.ts';
import { writeAudit, type AuditEntry } from '../../platform/audit/audit.repository.ts';
import { notFound } from '../../platform/errors.ts';
import { ACTIES, type Actie, type Outbox, type ZgwCall } from '../documents/documenten-access.ts';
import type { DrcBrcUrls } from '../documents/zgw-urls.ts';
import { mayOn, requireScope, typeGrants, type ZgwClient } from '../zgw/zgw-auth.ts';
import type { BesluitAccess, BesluitRow } from './besluiten.repository.ts';

export const besluittypeUrlOf = (
  urls: DrcBrcUrls,
  b: Pick<BesluitRow, 'besluittypeId' | 'besluittypeUrl'>,
) => (b.besluittypeId ? urls.url('besluittype', b.besluittypeId) : (b.besluittypeUrl ?? ''));

export const zaakUrlOf = (urls: DrcBrcUrls, b: Pick<BesluitRow, 'zaakId' | 'zaakUrl'>) =>
  b.zaakId ? urls.url('zaak', b.zaakId) : b.zaakUrl;

/** The besluiten a scope lets the client see, for the SQL filter; 403 without the scope at all. */
export function besluitAccess(client: ZgwClient, scope: string, urls: DrcBrcUrls): BesluitAccess {
  requireScope(client, 'brc', scope);
  const g = typeGrants(client, 'brc', scope, 'besluittype');
  if (g === 'all') return 'all';
  const access = { ids: [] as string[], urls: [] as string[] };
  for (const { type } of g) {
    const id = urls.idOf('besluittype', type);
    if (id) access.ids.push(id);
    else access.urls.push(type);
  }
  return access;
}

/** Besluiten carry no vertrouwelijkheidaanduiding: only the besluittype limits a grant. */
export const mayOnBesluit = (client: ZgwClient, scope: string, urls: DrcBrcUrls, b: BesluitRow) =>
  mayOn(client, 'brc', scope, 'besluittype', besluittypeUrlOf(urls, b), 'openbaar');

/** 404 unless the scope covers the besluit (a denied besluit looks like a missing one). */
export function requireOnBesluit(call: ZgwCall, scope: string, urls: DrcBrcUrls, b: BesluitRow | undefined) {
  requireScope(call.client, 'brc', scope);
  if (!b || !mayOnBesluit(call.client, scope, urls, b)) throw notFound('Besluit niet gevonden.');
  return b;
}

/**
 * A change in the Besluiten API, in the caller's transaction: its audit-trail row under the
 * besluit and its notification on kanaal 'besluiten'.
 */
export function brcChange(outbox: Outbox, urls: DrcBrcUrls) {
  return async (
    tx: Db,
    call: Pick<ZgwCall, 'actor' | 'toelichting'>,
    besluit: BesluitRow,
    c: {
      resource: 'besluit' | 'besluitinformatieobject';
      resourceId: string;
      actie: Actie;
      weergave: string;
      oud?: AuditEntry['oud'];
      nieuw?: AuditEntry['nieuw'];
    },
  ) => {
    await writeAudit(tx, call.actor, {
      gemeenteCode: besluit.gemeenteCode,
      bron: 'BRC',
      actie: c.actie,
      actieWeergave: ACTIES[c.actie],
      resultaat: c.actie === 'create' ? 201 : c.actie === 'destroy' ? 204 : 200,
      hoofdObjectId: besluit.id,
      resource: c.resource,
      resourceId: c.resourceId,
      resourceWeergave: c.weergave.slice(0, 200) || c.resourceId,
      toelichting: call.toelichting,
      oud: c.oud ?? null,
      nieuw: c.nieuw ?? null,
    });
    await outbox.zgw(tx, {
      gemeenteCode: besluit.gemeenteCode,
      kanaal: 'besluiten',
      hoofdObject: urls.url('besluit', besluit.id),
      resource: c.resource,
      resourceUrl: urls.url(c.resource, c.resourceId),
      actie: c.actie,
      kenmerken: {
        verantwoordelijke_organisatie: besluit.verantwoordelijkeOrganisatie,
        besluittype: besluittypeUrlOf(urls, besluit),
      },
    });
  };
}
