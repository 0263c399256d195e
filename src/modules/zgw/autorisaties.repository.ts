import { and, arrayOverlaps, asc, count, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { apiClients } from '../identity/identity.schema.ts';
import { applicaties, autorisaties } from './zgw.schema.ts';
import type { ApplicatieRow, AutorisatieRow } from './autorisaties.view.ts';

export type NewApplicatie = typeof applicaties.$inferInsert;
export type NewAutorisatie = Omit<typeof autorisaties.$inferInsert, 'id' | 'applicatieId'>;

export interface ApplicatieMet {
  applicatie: ApplicatieRow;
  autorisaties: AutorisatieRow[];
}

const ofGemeente = (gemeenteCode: string, ...more: (SQL | undefined)[]) =>
  and(eq(applicaties.gemeenteCode, gemeenteCode), ...more);

/** The autorisaties of these applicaties, in the order they were given. */
async function withAutorisaties(db: Db, rows: ApplicatieRow[]): Promise<ApplicatieMet[]> {
  if (rows.length === 0) return [];
  const grants = await db
    .select()
    .from(autorisaties)
    .where(
      inArray(
        autorisaties.applicatieId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(autorisaties.component), asc(autorisaties.id));
  return rows.map((applicatie) => ({
    applicatie,
    autorisaties: grants.filter((g) => g.applicatieId === applicatie.id),
  }));
}

/** A page of the municipality's applicaties (optionally those with one of the client ids) and the exact count. */
export async function listApplicaties(
  db: Db,
  gemeenteCode: string,
  filter: { clientIds?: string[] },
  limit: number,
  offset: number,
): Promise<{ count: number; results: ApplicatieMet[] }> {
  const where = ofGemeente(
    gemeenteCode,
    filter.clientIds ? arrayOverlaps(applicaties.clientIds, filter.clientIds) : undefined,
  );
  const [total] = await db.select({ n: count() }).from(applicaties).where(where);
  const rows = await db
    .select()
    .from(applicaties)
    .where(where)
    .orderBy(asc(applicaties.createdAt), asc(applicaties.id))
    .limit(limit)
    .offset(offset);
  return { count: total?.n ?? 0, results: await withAutorisaties(db, rows) };
}

export async function applicatieById(
  db: Db,
  gemeenteCode: string,
  id: string,
): Promise<ApplicatieMet | undefined> {
  const rows = await db
    .select()
    .from(applicaties)
    .where(ofGemeente(gemeenteCode, eq(applicaties.id, id)));
  return (await withAutorisaties(db, rows))[0];
}

export async function applicatieByClientId(
  db: Db,
  gemeenteCode: string,
  clientId: string,
): Promise<ApplicatieMet | undefined> {
  const rows = await db
    .select()
    .from(applicaties)
    .where(ofGemeente(gemeenteCode, sql`${clientId} = any(${applicaties.clientIds})`))
    .orderBy(asc(applicaties.createdAt))
    .limit(1);
  return (await withAutorisaties(db, rows))[0];
}

/**
 * Serialises changes to one municipality's applicaties until the transaction ends, so that two
 * requests cannot both give away the same client id (ac-001).
 */
export async function lockApplicaties(tx: Db, gemeenteCode: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`applicaties:${gemeenteCode}`}))`);
}

/** Other applicaties of the municipality that already hold one of these client ids. */
export const holdersOf = (tx: Db, gemeenteCode: string, clientIds: string[], except?: string) =>
  clientIds.length === 0
    ? Promise.resolve([])
    : tx
        .select({ id: applicaties.id, clientIds: applicaties.clientIds })
        .from(applicaties)
        .where(
          ofGemeente(
            gemeenteCode,
            arrayOverlaps(applicaties.clientIds, clientIds),
            except ? ne(applicaties.id, except) : undefined,
          ),
        );

export async function insertApplicatie(
  tx: Db,
  row: NewApplicatie,
  grants: NewAutorisatie[],
): Promise<string> {
  const [created] = await tx.insert(applicaties).values(row).returning({ id: applicaties.id });
  await replaceAutorisaties(tx, created!.id, grants);
  return created!.id;
}

export async function updateApplicatie(
  tx: Db,
  gemeenteCode: string,
  id: string,
  changes: Pick<
    NewApplicatie,
    'clientIds' | 'label' | 'heeftAlleAutorisaties' | 'alleenIsGereedVoorPublicatie'
  >,
): Promise<void> {
  await tx
    .update(applicaties)
    .set(changes)
    .where(ofGemeente(gemeenteCode, eq(applicaties.id, id)));
}

export async function replaceAutorisaties(
  tx: Db,
  applicatieId: string,
  grants: NewAutorisatie[],
): Promise<void> {
  await tx.delete(autorisaties).where(eq(autorisaties.applicatieId, applicatieId));
  if (grants.length > 0) await tx.insert(autorisaties).values(grants.map((g) => ({ ...g, applicatieId })));
}

/** Deletes the applicatie (its autorisaties cascade). True when there was one. */
export async function deleteApplicatie(tx: Db, gemeenteCode: string, id: string): Promise<boolean> {
  const rows = await tx
    .delete(applicaties)
    .where(ofGemeente(gemeenteCode, eq(applicaties.id, id)))
    .returning({ id: applicaties.id });
  return rows.length > 0;
}

/** The municipality's registered API clients, without their secrets. */
export const clientsOf = (db: Db, gemeenteCode: string) =>
  db
    .select({ clientId: apiClients.clientId, naam: apiClients.naam, createdAt: apiClients.createdAt })
    .from(apiClients)
    .where(eq(apiClients.gemeenteCode, gemeenteCode))
    .orderBy(asc(apiClients.clientId));

/** All applicaties of the municipality with their autorisaties (for the administrator's page). */
export async function allApplicaties(db: Db, gemeenteCode: string): Promise<ApplicatieMet[]> {
  const rows = await db
    .select()
    .from(applicaties)
    .where(ofGemeente(gemeenteCode))
    .orderBy(asc(applicaties.createdAt), asc(applicaties.id));
  return withAutorisaties(db, rows);
}
