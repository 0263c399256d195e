import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import type { Adres, AdresQuery } from './addresses.adapter.ts';
import { adressen } from './addresses.schema.ts';

export type AdresRow = typeof adressen.$inferInsert;

/** The table keeps '' for 'none' so that the columns can be compared without null logic. */
function toAdres(row: typeof adressen.$inferSelect): Adres {
  return {
    ...row,
    huisletter: row.huisletter === '' ? null : row.huisletter,
    huisnummertoevoeging: row.huisnummertoevoeging === '' ? null : row.huisnummertoevoeging,
  };
}

export async function findAdressen(db: Db, q: AdresQuery): Promise<Adres[]> {
  const rows = await db
    .select()
    .from(adressen)
    .where(
      and(
        eq(adressen.postcode, q.postcode),
        eq(adressen.huisnummer, q.huisnummer),
        q.huisletter !== undefined
          ? sql`lower(${adressen.huisletter}) = ${q.huisletter.toLowerCase()}`
          : undefined,
        q.huisnummertoevoeging !== undefined
          ? sql`lower(${adressen.huisnummertoevoeging}) = ${q.huisnummertoevoeging.toLowerCase()}`
          : undefined,
      ),
    )
    .orderBy(asc(adressen.huisletter), asc(adressen.huisnummertoevoeging));
  return rows.map(toAdres);
}

/** Adds addresses; one already known by its nummeraanduiding is left as it is. */
export async function insertMissing(db: Db, rows: AdresRow[]): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += 200) {
    const result = await db
      .insert(adressen)
      .values(rows.slice(i, i + 200))
      .onConflictDoNothing({ target: adressen.nummeraanduidingId })
      .returning({ id: adressen.nummeraanduidingId });
    inserted += result.length;
  }
  return inserted;
}

export async function countAll(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(adressen);
  return row?.n ?? 0;
}
