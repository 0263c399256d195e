import type { ZgwMessage, ZgwOutbox, ZgwOutboxDeel } from '../events/events.rules.ts';
import type { Db } from '../../platform/db/types.ts';
import { forbidden, invalid, notFound } from '../../platform/errors.ts';
import { isUuid } from '../../platform/ids.ts';
import { auditRij, writeAudit, type AuditEntry } from '../../platform/audit/audit.repository.ts';
import { dutchDate } from '../../platform/dates.ts';
import type { Vertrouwelijkheid } from '../catalog/catalog.schema.ts';
import { mayOn, typeGrants, zgwActor, type ZgwClient } from '../zgw/zgw-auth.ts';
import type { ZaakToegang } from './zaken-api.toegang.ts';
import * as catalogus from './zaken-api.catalogus.repository.ts';
import { fetchJson, zakenApiUrls, type Collection } from './zaken-api.urls.ts';
import { zaakSpiegels, type SpiegelDeps } from './zaak-spiegels.ts';
import { zaakAanmaken } from './zaak-aanmaken.repository.ts';

/** Who calls, for authorisation and the audit trail's who-columns. */
export interface Aanroep {
  client: ZgwClient;
  requestId: string;
  /** X-Audit-Toelichting. */
  toelichting: string;
}

export interface ZakenOutbox extends ZgwOutbox, ZgwOutboxDeel {
  /** A request to another register, sent after the commit with the outbox's retries. */
  opdracht: SpiegelDeps['outbox']['opdracht'];
}

export interface ZakenApiDeps {
  db: Db;
  baseUrl: string;
  fetch: typeof fetch;
  outbox: ZakenOutbox;
  diensten: SpiegelDeps['diensten'];
  today?: () => Date;
}

export type Actie = 'create' | 'update' | 'partial_update' | 'destroy';

type ZrcAuditEntry = Omit<AuditEntry, 'bron' | 'gemeenteCode'> & { gemeenteCode?: string };

/** What the services of the Zaken API share: URLs, authorisation, audit and notification. */
export function zakenApiContext(deps: ZakenApiDeps) {
  const urls = zakenApiUrls(deps.baseUrl);
  const now = () => (deps.today ?? (() => new Date()))();

  /** The Zaken API's own columns of an audit row: the component, and the caller's explanation. */
  const zrc = (a: Aanroep, entry: ZrcAuditEntry): AuditEntry => ({
    bron: 'ZRC',
    toelichting: a.toelichting,
    ...entry,
    gemeenteCode: entry.gemeenteCode ?? a.client.gemeenteCode,
  });

  /** The ZGW notification of a change of (a part of) a zaak, on kanaal 'zaken'. */
  const notificatie = (
    z: {
      id: string;
      gemeenteCode: string;
      bronorganisatie: string;
      zaaktypeId: string;
      vertrouwelijkheidaanduiding: string;
    },
    resource: string,
    resourceUrl: string,
    actie: Actie,
  ): ZgwMessage => ({
    gemeenteCode: z.gemeenteCode,
    kanaal: 'zaken',
    hoofdObject: urls.url('zaak', z.id),
    resource,
    resourceUrl,
    actie,
    kenmerken: {
      bronorganisatie: z.bronorganisatie,
      zaaktype: urls.url('zaaktype', z.zaaktypeId),
      vertrouwelijkheidaanduiding: z.vertrouwelijkheidaanduiding,
    },
  });

  /** The zaken a scope reaches for the client (zrc-006), by local zaaktype id. */
  function toegang(client: ZgwClient, scope: string): ZaakToegang {
    const g = typeGrants(client, 'zrc', scope, 'zaaktype');
    if (g === 'all') return 'all';
    return g.flatMap((x) => {
      const zaaktypeId = urls.idOf('zaaktype', x.type);
      return zaaktypeId ? [{ zaaktypeId, max: x.max }] : [];
    });
  }

  /** May the client use one of the scopes on a zaak of this zaaktype and confidentiality? */
  const mag = (
    client: ZgwClient,
    scopes: string[],
    z: { zaaktypeId: string; vertrouwelijkheidaanduiding: Vertrouwelijkheid },
  ) =>
    scopes.some((s) =>
      mayOn(client, 'zrc', s, 'zaaktype', urls.url('zaaktype', z.zaaktypeId), z.vertrouwelijkheidaanduiding),
    );

  /**
   * Published types do not change (a zaak's zaaktype was published when the zaak was made), so
   * they are kept a minute: a cache, never the only copy, and only of published zaaktypen.
   */
  const bewaard = <T>(load: (key: string) => Promise<T | undefined>, keep: (v: T) => boolean) => {
    const cache = new Map<string, { at: number; value: T }>();
    return async (key: string): Promise<T | undefined> => {
      const hit = cache.get(key);
      if (hit && Date.now() - hit.at < 60_000) return hit.value;
      const value = await load(key);
      if (value !== undefined && keep(value)) {
        if (cache.size >= 1000) cache.clear();
        cache.set(key, { at: Date.now(), value });
      }
      return value;
    };
  };
  const zaaktypen = bewaard(
    (key) => catalogus.zaaktype(deps.db, key.slice(0, 4), key.slice(5)),
    (z) => !z.concept,
  );
  const statustypen = bewaard(
    (zaaktypeId) => catalogus.statustypenVan(deps.db, zaaktypeId),
    () => true,
  );

  return {
    ...deps,
    urls,
    /** The links to other registers' resources, mirrored there (zrc-024, zrc-025). */
    spiegels: zaakSpiegels({ outbox: deps.outbox, diensten: deps.diensten, urls }),
    /** A zaaktype of the municipality (published ones from the cache). */
    zaaktype: (gemeenteCode: string, id: string) => zaaktypen(`${gemeenteCode}:${id}`),
    /** The statustypen of the zaaktype of a zaak, by volgnummer (the zaaktype is published). */
    statustypen: async (zaaktypeId: string) => (await statustypen(zaaktypeId)) ?? [],
    now,
    today: () => dutchDate(now()),
    toegang,
    mag,
    /** 403 unless one of the scopes covers the zaak (zrc-006). */
    eis(
      client: ZgwClient,
      scopes: string[],
      z: { zaaktypeId: string; vertrouwelijkheidaanduiding: Vertrouwelijkheid },
    ) {
      if (!mag(client, scopes, z)) throw forbidden(`Geen ${scopes.join(' of ')} voor deze zaak.`);
    },

    /** The uuid of a path parameter; anything else is a missing record. */
    uuid(id: string) {
      if (!isUuid(id)) throw notFound('Niet gevonden.');
      return id.toLowerCase();
    },

    /** The id in one of our own URLs of the collection, or a 400 'bad-url' on the field. */
    eigenId(c: Collection, url: string, field: string): string {
      const id = urls.idOf(c, url);
      if (!id) throw badUrl(field);
      return id;
    },

    /** Does a URL (of another register, or an unauthenticated one of ours) resolve to a JSON object? */
    haal: (url: string) => fetchJson(deps.fetch, url),

    /** The audit row of a change through the Zaken API (for a change made in one statement). */
    auditRij: (a: Aanroep, entry: ZrcAuditEntry) => auditRij(zgwActor(a.client, a.requestId), zrc(a, entry)),

    audit: (tx: Db, a: Aanroep, entry: ZrcAuditEntry) =>
      writeAudit(tx, zgwActor(a.client, a.requestId), zrc(a, entry)),

    notificatie,

    /** The one statement that makes a zaak with its count, audit row and notification. */
    zaakAanmaken: zaakAanmaken(urls, deps.outbox),

    /** The ZGW notification of a change, in the transaction of the change (kanaal 'zaken'). */
    notify: (tx: Db, ...m: Parameters<typeof notificatie>) => deps.outbox.zgw(tx, notificatie(...m)),
  };
}

export type ZakenApiContext = ReturnType<typeof zakenApiContext>;

export const badUrl = (name: string, reason = 'De URL is ongeldig of de resource bestaat niet.') =>
  invalid('Ongeldige URL.', [{ name, code: 'bad-url', reason }]);

/** A 400 on one field with a code of the standard. */
export const fout = (name: string, code: string, reason: string) => invalid(reason, [{ name, code, reason }]);

/** Values that differ between two versions, for the audit trail's wijzigingen. */
export function verschil(oud: Record<string, unknown>, nieuw: Record<string, unknown>) {
  const keys = Object.keys(nieuw).filter((k) => JSON.stringify(oud[k]) !== JSON.stringify(nieuw[k]));
  return {
    oud: Object.fromEntries(keys.map((k) => [k, oud[k] ?? null])),
    nieuw: Object.fromEntries(keys.map((k) => [k, nieuw[k] ?? null])),
  };
}
