import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { zgwDiensten } from './diensten.schema.ts';

export type ZgwDienst = typeof zgwDiensten.$inferSelect;

/** Insert, or a new client id and secret for the municipality's API root. */
export async function upsertDienst(db: Db, d: typeof zgwDiensten.$inferInsert): Promise<void> {
  await db
    .insert(zgwDiensten)
    .values(d)
    .onConflictDoUpdate({
      target: [zgwDiensten.gemeenteCode, zgwDiensten.apiRoot],
      set: { clientId: d.clientId, secret: d.secret },
    });
}

/** Without the secrets, by municipality and root. */
export const dienstenList = (db: Db, gemeenteCode: string | undefined) =>
  db
    .select({
      gemeenteCode: zgwDiensten.gemeenteCode,
      apiRoot: zgwDiensten.apiRoot,
      clientId: zgwDiensten.clientId,
      createdAt: zgwDiensten.createdAt,
    })
    .from(zgwDiensten)
    .where(gemeenteCode !== undefined ? eq(zgwDiensten.gemeenteCode, gemeenteCode) : undefined)
    .orderBy(asc(zgwDiensten.gemeenteCode), asc(zgwDiensten.apiRoot));

export async function deleteDienst(db: Db, gemeenteCode: string, apiRoot: string): Promise<boolean> {
  const rows = await db
    .delete(zgwDiensten)
    .where(and(eq(zgwDiensten.gemeenteCode, gemeenteCode), eq(zgwDiensten.apiRoot, apiRoot)))
    .returning({ id: zgwDiensten.id });
  return rows.length > 0;
}

/** The municipality's service whose root the URL lies under; the longest root wins. */
export async function dienstVoorUrl(
  db: Db,
  gemeenteCode: string,
  url: string,
): Promise<ZgwDienst | undefined> {
  const [row] = await db
    .select()
    .from(zgwDiensten)
    .where(and(eq(zgwDiensten.gemeenteCode, gemeenteCode), sql`starts_with(${url}, ${zgwDiensten.apiRoot})`))
    .orderBy(desc(sql`length(${zgwDiensten.apiRoot})`))
    .limit(1);
  return row;
}
