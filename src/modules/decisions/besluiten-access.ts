import type { Db } from '../../platform/db/types.ts';
import { notFound } from '../../platform/errors.ts';
import { auditZgw, type Outbox, type ZgwCall, type ZgwWijziging } from '../documents/documenten-access.ts';
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
    c: ZgwWijziging & { resource: 'besluit' | 'besluitinformatieobject' },
  ) => {
    await auditZgw(tx, 'BRC', { gemeenteCode: besluit.gemeenteCode, id: besluit.id }, call, c);
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
