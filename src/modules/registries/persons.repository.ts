import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import type { PersonenQuery } from './brp/personen-request.ts';
import { personen } from './registries.schema.ts';

export type PersoonRow = typeof personen.$inferSelect;
export type NewPersoonRow = typeof personen.$inferInsert;

const jsonText = (...path: string[]) => sql`${personen.persoon} #>> ${`{${path.join(',')}}`}`;

/** `*` is Haal Centraal's wildcard; the rest of the pattern is matched literally and case-insensitively. */
const likePattern = (value: string) =>
  value
    .toLowerCase()
    .replace(/[\\%_]/g, (c) => `\\${c}`)
    .replace(/\*/g, '%');

/** The SQL condition that finds the candidates of a query; finer rules are applied by the service. */
function condition(q: PersonenQuery): SQL | undefined {
  const gemeente =
    q.gemeenteVanInschrijving !== undefined
      ? eq(personen.gemeenteCode, q.gemeenteVanInschrijving)
      : undefined;
  switch (q.type) {
    case 'RaadpleegMetBurgerservicenummer':
      return and(inArray(personen.bsn, q.burgerservicenummer), gemeente);
    case 'ZoekMetGeslachtsnaamEnGeboortedatum':
      return and(
        eq(personen.geboortedatum, q.geboortedatum),
        sql`lower(${personen.geslachtsnaam}) like ${likePattern(q.geslachtsnaam)}`,
        gemeente,
      );
    case 'ZoekMetNaamEnGemeenteVanInschrijving':
      return and(
        eq(personen.gemeenteCode, q.gemeenteVanInschrijving),
        sql`lower(${personen.geslachtsnaam}) like ${likePattern(q.geslachtsnaam)}`,
      );
    case 'ZoekMetPostcodeEnHuisnummer':
      return and(
        sql`upper(replace(${jsonText('verblijfplaats', 'verblijfadres', 'postcode')}, ' ', '')) = ${q.postcode.replace(/\s/g, '').toUpperCase()}`,
        sql`${jsonText('verblijfplaats', 'verblijfadres', 'huisnummer')} = ${String(q.huisnummer)}`,
        gemeente,
      );
    case 'ZoekMetStraatHuisnummerEnGemeenteVanInschrijving':
      return and(
        eq(personen.gemeenteCode, q.gemeenteVanInschrijving),
        sql`${jsonText('verblijfplaats', 'verblijfadres', 'huisnummer')} = ${String(q.huisnummer)}`,
      );
    case 'ZoekMetNummeraanduidingIdentificatie':
      return and(
        eq(jsonText('verblijfplaats', 'nummeraanduidingIdentificatie'), q.nummeraanduidingIdentificatie),
        gemeente,
      );
    case 'ZoekMetAdresseerbaarObjectIdentificatie':
      return and(
        eq(
          jsonText('verblijfplaats', 'adresseerbaarObjectIdentificatie'),
          q.adresseerbaarObjectIdentificatie,
        ),
        gemeente,
      );
  }
}

/** At most `limit` candidates in one municipality's registry: a search that matches more is too broad to answer. */
export const findCandidates = (db: Db, gemeenteCode: string, q: PersonenQuery, limit: number) =>
  db
    .select()
    .from(personen)
    .where(and(eq(personen.gemeenteCode, gemeenteCode), condition(q)))
    .limit(limit);

export async function findByBsn(db: Db, bsn: string): Promise<PersoonRow | undefined> {
  const [row] = await db.select().from(personen).where(eq(personen.bsn, bsn));
  return row;
}

/** A resident: the person list held by this municipality. */
export async function findResident(
  db: Db,
  gemeenteCode: string,
  bsn: string,
): Promise<PersoonRow | undefined> {
  const [row] = await db
    .select()
    .from(personen)
    .where(and(eq(personen.gemeenteCode, gemeenteCode), eq(personen.bsn, bsn)));
  return row;
}

export async function upsertMany(db: Db, rows: NewPersoonRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    await db
      .insert(personen)
      .values(rows.slice(i, i + 200))
      .onConflictDoUpdate({
        target: personen.bsn,
        set: {
          gemeenteCode: sql`excluded.gemeente_code`,
          aNummer: sql`excluded.a_nummer`,
          geslachtsnaam: sql`excluded.geslachtsnaam`,
          voornamen: sql`excluded.voornamen`,
          geboortedatum: sql`excluded.geboortedatum`,
          persoon: sql`excluded.persoon`,
          bron: sql`excluded.bron`,
          updatedAt: sql`now()`,
        },
      });
  }
}

export async function countByGemeente(db: Db): Promise<{ gemeenteCode: string; n: number }[]> {
  return db
    .select({ gemeenteCode: personen.gemeenteCode, n: sql<number>`count(*)::int` })
    .from(personen)
    .groupBy(personen.gemeenteCode);
}
