import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { conflict, forbidden } from '../../platform/errors.ts';
import { loadClientWithGrants, type ClientWithGrants, type ZgwClient } from './zgw-auth.ts';
import { applicaties } from './zgw.schema.ts';
import { clientCache, type ClientCacheDeps } from './zgw-auth.cache.ts';

interface ApiClientAuth {
  authenticateApiClientWith(
    authorization: string | undefined,
    lookup: (clientId: string) => Promise<ClientWithGrants | undefined>,
  ): Promise<{
    id: string;
    gemeenteCode?: string | undefined;
    userId: string | undefined;
    userRepresentation: string | undefined;
    with: ClientWithGrants['with'];
  }>;
  saveApiClient(c: {
    clientId: string;
    gemeenteCode: string;
    secret: string;
    naam: string;
    scopes: string[];
  }): Promise<unknown>;
  apiClient(clientId: string): Promise<{ gemeenteCode: string } | undefined>;
}

/** ZGW clients: authentication by the ZGW JWT, authorisation by the Applicaties of the Autorisaties API. */
export function zgwService(deps: {
  db: Db;
  identity: ApiClientAuth;
  listen?: ClientCacheDeps['listen'];
  onError?: ClientCacheDeps['onError'];
}) {
  const { db } = deps;
  const clients = clientCache({
    load: (id) => loadClientWithGrants(db, id),
    listen: deps.listen,
    onError: deps.onError,
  });
  return {
    async authenticate(authorization: string | undefined): Promise<ZgwClient> {
      const c = await deps.identity.authenticateApiClientWith(authorization, (id) => clients.get(id));
      if (!c.gemeenteCode) throw forbidden('De client hoort bij geen gemeente.');
      return {
        clientId: c.id,
        gemeenteCode: c.gemeenteCode,
        userId: c.userId ?? '',
        userRepresentation: c.userRepresentation ?? '',
        ...c.with,
      };
    },

    /**
     * Registers a client's secret for a municipality (`npx loket zgw-client add`). With `alles`,
     * an Applicatie with all authorisations; without, none until an Applicatie grants them.
     */
    async addClient(input: { gemeenteCode: string; clientId: string; secret: string; alles: boolean }) {
      try {
        const existing = await deps.identity.apiClient(input.clientId);
        if (existing && existing.gemeenteCode !== input.gemeenteCode) {
          throw forbidden(`Client ${input.clientId} hoort bij een andere gemeente.`);
        }
        await deps.identity.saveApiClient({
          clientId: input.clientId,
          gemeenteCode: input.gemeenteCode,
          secret: input.secret,
          naam: input.clientId,
          scopes: [],
        });
        if (input.alles) {
          // ac-001: a client id is in one applicatie at most; a client that has one keeps it.
          const [found] = await db
            .select()
            .from(applicaties)
            .where(
              and(
                eq(applicaties.gemeenteCode, input.gemeenteCode),
                sql`${input.clientId} = any(${applicaties.clientIds})`,
              ),
            );
          if (found && !found.heeftAlleAutorisaties) {
            throw conflict(
              `Client ${input.clientId} staat al in applicatie '${found.label}'; wijzig die via de Autorisaties API.`,
            );
          }
          if (!found) {
            await db.insert(applicaties).values({
              id: randomUUID(),
              gemeenteCode: input.gemeenteCode,
              clientIds: [input.clientId],
              label: `Alle autorisaties: ${input.clientId}`,
              heeftAlleAutorisaties: true,
            });
          }
        }
      } finally {
        // Also when the applicatie check refused after the client was saved.
        clients.vergeet();
      }
    },

    /** To call after this process changed clients or autorisaties otherwise (once committed). */
    vergeet: clients.vergeet,
  };
}

export type ZgwService = ReturnType<typeof zgwService>;
