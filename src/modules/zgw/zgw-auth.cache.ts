import type { ListenHandlers } from '../../platform/db/types.ts';
import type { ClientWithGrants } from './zgw-auth.ts';

/** The channel PostgreSQL announces every committed change of clients and autorisaties on. */
export const AUTORISATIES_KANAAL = 'loket_autorisaties';

/**
 * At most this long is a client kept: what a notification lost with its connection can cost
 * (postgres.js listens again by itself, and everything is forgotten when it does).
 */
export const HOOGSTENS_MS = 2_000;

export interface ClientCacheDeps {
  load(clientId: string): Promise<ClientWithGrants | undefined>;
  /** Database.listen; without it nothing is kept. */
  listen?: (channel: string, handlers: ListenHandlers) => Promise<unknown>;
  now?: () => number;
  onError?: (err: unknown) => void;
}

/**
 * The registered clients with their grants, kept between requests so that a request does not
 * read them again. A change still counts from the next request on: PostgreSQL announces every
 * committed change of api_clients, applicaties and autorisaties (a trigger), and every Loket
 * process forgets what it kept when it hears it (another process a moment after the commit);
 * this process forgets right after its own changes (`vergeet`). Nothing is kept until the
 * listening connection is up, everything is forgotten when it listens again after a loss, and
 * nothing is kept longer than HOOGSTENS_MS. Unknown clients are never kept.
 */
export function clientCache(deps: ClientCacheDeps) {
  const now = deps.now ?? (() => Date.now());
  const kept = new Map<string, { at: number; client: ClientWithGrants }>();
  /** Counts what was forgotten: a read that began before a change is not kept after it. */
  let generatie = 0;
  let luistert = false;
  let begonnen = false;

  const vergeet = () => {
    generatie++;
    kept.clear();
  };

  function luister() {
    begonnen = true;
    if (!deps.listen) return;
    deps
      .listen(AUTORISATIES_KANAAL, {
        onNotify: vergeet,
        onListen: () => {
          vergeet();
          luistert = true;
        },
      })
      .catch((err: unknown) => deps.onError?.(err));
  }

  return {
    async get(clientId: string): Promise<ClientWithGrants | undefined> {
      if (!begonnen) luister();
      const k = kept.get(clientId);
      if (k && now() - k.at < HOOGSTENS_MS) return k.client;
      const g = generatie;
      const client = await deps.load(clientId);
      if (client && luistert && g === generatie) kept.set(clientId, { at: now(), client });
      return client;
    },
    /** After a change made by this process, once it is committed. */
    vergeet,
  };
}

export type ClientCache = ReturnType<typeof clientCache>;
