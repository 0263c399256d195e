import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { gemeenten } from '../tenants/gemeente.schema.ts';
import { personen } from './registries.schema.ts';

/**
 * Test persons offered by the development DigiD: living adults, a few per municipality, plus
 * the ones the documentation names. Only used by the development identity provider.
 */
export async function devIdpTestPersons(db: Db): Promise<{ bsn: string; naam: string; gemeente: string }[]> {
  const rows = await db
    .select({
      bsn: personen.bsn,
      naam: sql<string>`coalesce(${personen.persoon} #>> '{naam,volledigeNaam}', ${personen.geslachtsnaam})`,
      gemeente: gemeenten.naam,
      rank: sql<number>`row_number() over (partition by ${personen.gemeenteCode} order by ${personen.bsn})`,
    })
    .from(personen)
    .innerJoin(gemeenten, eq(gemeenten.code, personen.gemeenteCode))
    .where(
      sql`${personen.persoon} -> 'overlijden' is null and ${personen.geboortedatum} < current_date - interval '18 years'`,
    )
    .orderBy(asc(gemeenten.naam), asc(personen.bsn));
  const featured = new Set(['999993653']);
  return rows
    .filter((r) => r.rank <= 8 || featured.has(r.bsn))
    .map(({ bsn, naam, gemeente }) => ({ bsn, naam, gemeente }));
}
