import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { apiClients, medewerkers, oidcPayloads, rateLimits, sessions } from './identity.schema.ts';

export type Medewerker = typeof medewerkers.$inferSelect;
export type ApiClient = typeof apiClients.$inferSelect;

export async function getSession(db: Db, id: string): Promise<Record<string, unknown> | undefined> {
  const [row] = await db
    .select({ data: sessions.data })
    .from(sessions)
    .where(and(eq(sessions.id, id), sql`${sessions.expiresAt} > now()`));
  return row?.data;
}

export async function putSession(
  db: Db,
  id: string,
  data: Record<string, unknown>,
  expiresAt: Date,
): Promise<void> {
  await db
    .insert(sessions)
    .values({ id, data, expiresAt })
    .onConflictDoUpdate({ target: sessions.id, set: { data, expiresAt } });
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

/** Removes what has expired: sessions, finished rate-limit windows, the provider's old records. */
export async function deleteExpired(db: Db): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, sql`now()`));
  await db.delete(rateLimits).where(lt(rateLimits.windowStart, sql`now() - interval '1 day'`));
  await db.delete(oidcPayloads).where(lt(oidcPayloads.expiresAt, sql`now()`));
}

export async function medewerkerByGebruikersnaam(
  db: Db,
  gebruikersnaam: string,
): Promise<Medewerker | undefined> {
  const [row] = await db.select().from(medewerkers).where(eq(medewerkers.gebruikersnaam, gebruikersnaam));
  return row;
}

export async function medewerkerById(db: Db, id: string): Promise<Medewerker | undefined> {
  const [row] = await db.select().from(medewerkers).where(eq(medewerkers.id, id));
  return row;
}

export const medewerkersList = (db: Db) =>
  db.select().from(medewerkers).orderBy(medewerkers.gemeenteCode, medewerkers.gebruikersnaam);

/** The active employees of one municipality, by name: whom a coordinator can assign a case to. */
export const medewerkersVan = (db: Db, gemeenteCode: string) =>
  db
    .select()
    .from(medewerkers)
    .where(and(eq(medewerkers.gemeenteCode, gemeenteCode), eq(medewerkers.actief, true)))
    .orderBy(medewerkers.naam, medewerkers.gebruikersnaam);

export async function upsertMedewerker(db: Db, m: typeof medewerkers.$inferInsert): Promise<void> {
  await db
    .insert(medewerkers)
    .values(m)
    .onConflictDoUpdate({
      target: medewerkers.gebruikersnaam,
      set: { gemeenteCode: m.gemeenteCode, naam: m.naam, rollen: m.rollen, actief: m.actief ?? true },
    });
}

export async function apiClientById(db: Db, clientId: string): Promise<ApiClient | undefined> {
  // Prepared: read on every API request.
  const [row] = await db
    .select()
    .from(apiClients)
    .where(eq(apiClients.clientId, clientId))
    .prepare('api_client')
    .execute();
  return row;
}

export async function upsertApiClient(db: Db, c: typeof apiClients.$inferInsert): Promise<void> {
  await db
    .insert(apiClients)
    .values(c)
    .onConflictDoUpdate({
      target: apiClients.clientId,
      set: { gemeenteCode: c.gemeenteCode, secret: c.secret, naam: c.naam, scopes: c.scopes },
    });
}

/** Counts a hit in a fixed window, atomically across processes; returns the hits in the window. */
export async function hit(
  db: Db,
  key: string,
  windowMs: number,
): Promise<{ hits: number; windowStart: Date }> {
  const rows = await db
    .insert(rateLimits)
    .values({ key, windowStart: sql`now()`, hits: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        hits: sql`case when ${rateLimits.windowStart} < now() - ${`${windowMs} milliseconds`}::interval then 1 else ${rateLimits.hits} + 1 end`,
        windowStart: sql`case when ${rateLimits.windowStart} < now() - ${`${windowMs} milliseconds`}::interval then now() else ${rateLimits.windowStart} end`,
      },
    })
    .returning({ hits: rateLimits.hits, windowStart: rateLimits.windowStart });
  return rows[0]!;
}
