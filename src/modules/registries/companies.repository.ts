import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { bedrijven } from './registries.schema.ts';

export type Bedrijf = typeof bedrijven.$inferSelect;

export async function findBedrijf(db: Db, kvkNummer: string): Promise<Bedrijf | undefined> {
  const [row] = await db.select().from(bedrijven).where(eq(bedrijven.kvkNummer, kvkNummer));
  return row;
}

export const listBedrijven = (db: Db) => db.select().from(bedrijven).orderBy(asc(bedrijven.naam));

export async function upsertBedrijf(db: Db, b: typeof bedrijven.$inferInsert): Promise<void> {
  await db.insert(bedrijven).values(b).onConflictDoUpdate({ target: bedrijven.kvkNummer, set: b });
}
