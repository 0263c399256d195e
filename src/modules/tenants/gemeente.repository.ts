import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { gemeenten } from './gemeente.schema.ts';

export type Gemeente = typeof gemeenten.$inferSelect;
export type NewGemeente = typeof gemeenten.$inferInsert;

export const findAll = (db: Db) => db.select().from(gemeenten).orderBy(asc(gemeenten.naam));

export async function findByCode(db: Db, code: string): Promise<Gemeente | undefined> {
  const [row] = await db.select().from(gemeenten).where(eq(gemeenten.code, code));
  return row;
}

export async function findBySlug(db: Db, slug: string): Promise<Gemeente | undefined> {
  const [row] = await db.select().from(gemeenten).where(eq(gemeenten.slug, slug));
  return row;
}

export async function findByHostname(db: Db, hostname: string): Promise<Gemeente | undefined> {
  const [row] = await db
    .select()
    .from(gemeenten)
    .where(sql`${hostname} = any(${gemeenten.hostnames})`);
  return row;
}

/** Insert or update by gemeentecode; the code is the natural key. */
export async function upsert(db: Db, g: NewGemeente): Promise<void> {
  await db
    .insert(gemeenten)
    .values(g)
    .onConflictDoUpdate({
      target: gemeenten.code,
      set: {
        naam: g.naam,
        oin: g.oin,
        slug: g.slug,
        hostnames: g.hostnames,
        theme: g.theme,
        settings: g.settings,
      },
    });
}
