import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { verwerkingenLog, verwerkingsactiviteiten } from './registries.schema.ts';

export type VerwerkingEntry = typeof verwerkingenLog.$inferInsert;
export type Verwerkingsactiviteit = typeof verwerkingsactiviteiten.$inferSelect;

export async function insertEntries(db: Db, entries: VerwerkingEntry[]): Promise<void> {
  if (entries.length > 0) await db.insert(verwerkingenLog).values(entries);
}

export const entriesFor = (db: Db, betrokkene: string, limit = 100) =>
  db
    .select()
    .from(verwerkingenLog)
    .where(eq(verwerkingenLog.betrokkene, betrokkene))
    .orderBy(desc(verwerkingenLog.startTime))
    .limit(limit);

/** The latest version of a processing activity. */
export async function latestActiviteit(db: Db, id: string): Promise<Verwerkingsactiviteit | undefined> {
  const [row] = await db
    .select()
    .from(verwerkingsactiviteiten)
    .where(eq(verwerkingsactiviteiten.id, id))
    .orderBy(desc(verwerkingsactiviteiten.versie))
    .limit(1);
  return row;
}

export async function upsertActiviteit(
  db: Db,
  a: typeof verwerkingsactiviteiten.$inferInsert,
): Promise<void> {
  const [current] = await db
    .select()
    .from(verwerkingsactiviteiten)
    .where(and(eq(verwerkingsactiviteiten.id, a.id), eq(verwerkingsactiviteiten.versie, a.versie)));
  if (!current) await db.insert(verwerkingsactiviteiten).values(a);
}
