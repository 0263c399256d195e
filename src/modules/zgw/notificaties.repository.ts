import { and, asc, eq, isNull, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { abonnementen, kanalen } from '../events/events.schema.ts';

export type KanaalRow = typeof kanalen.$inferSelect;
export type NewKanaal = typeof kanalen.$inferInsert;
export type AbonnementRow = typeof abonnementen.$inferSelect;

/** The kanalen a municipality sees: the standard ones (of all) and its own. */
const zichtbaar = (gemeenteCode: string, ...more: (SQL | undefined)[]) =>
  and(or(isNull(kanalen.gemeenteCode), eq(kanalen.gemeenteCode, gemeenteCode)), ...more);

export const kanalenVan = (db: Db, gemeenteCode: string, naam?: string) =>
  db
    .select()
    .from(kanalen)
    .where(zichtbaar(gemeenteCode, naam !== undefined ? eq(kanalen.naam, naam) : undefined))
    .orderBy(asc(kanalen.naam), asc(kanalen.id));

export async function kanaalById(db: Db, gemeenteCode: string, id: string): Promise<KanaalRow | undefined> {
  const [row] = await db
    .select()
    .from(kanalen)
    .where(zichtbaar(gemeenteCode, eq(kanalen.id, id)));
  return row;
}

/** Inserts a municipality's kanaal; undefined when the name is taken (the unique constraint). */
export async function insertKanaal(db: Db, row: NewKanaal): Promise<KanaalRow | undefined> {
  const [created] = await db.insert(kanalen).values(row).onConflictDoNothing().returning();
  return created;
}

/** The standard kanalen: inserted, or brought up to date by their fixed ids. Idempotent. */
export async function upsertStandaardKanalen(db: Db, rows: NewKanaal[]): Promise<void> {
  for (const row of rows) {
    await db
      .insert(kanalen)
      .values(row)
      .onConflictDoUpdate({
        target: kanalen.id,
        set: { filters: row.filters ?? [], documentatieLink: row.documentatieLink ?? null },
      });
  }
}

/** The municipality's active subscriptions (ended ones look missing). */
export const abonnementenVan = (db: Db, gemeenteCode: string) =>
  db
    .select()
    .from(abonnementen)
    .where(and(eq(abonnementen.gemeenteCode, gemeenteCode), eq(abonnementen.actief, true)))
    .orderBy(asc(abonnementen.createdAt), asc(abonnementen.id));

export async function abonnementById(
  db: Db,
  gemeenteCode: string,
  id: string,
): Promise<AbonnementRow | undefined> {
  const [row] = await db
    .select()
    .from(abonnementen)
    .where(
      and(
        eq(abonnementen.id, id),
        eq(abonnementen.gemeenteCode, gemeenteCode),
        eq(abonnementen.actief, true),
      ),
    );
  return row;
}
