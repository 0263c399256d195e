import { and, asc, desc, eq, gte, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import type { PersonenQuery } from './brp/personen-request.ts';
import type { Persoon, Verblijfplaats } from './brp/persoon.ts';
import { personen, verblijfplaatsHistorie } from './registries.schema.ts';

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

/** What an address is recognised by on a person list: the BAG object, or the address itself. */
export interface AdresSleutel {
  adresseerbaarObjectIdentificatie: string | null;
  postcode: string;
  huisnummer: number;
  huisletter: string | null;
  huisnummertoevoeging: string | null;
}

const verblijfadres = (veld: string) => jsonText('verblijfplaats', 'verblijfadres', veld);

function opAdres(a: AdresSleutel): SQL | undefined {
  return or(
    a.adresseerbaarObjectIdentificatie !== null
      ? eq(jsonText('verblijfplaats', 'adresseerbaarObjectIdentificatie'), a.adresseerbaarObjectIdentificatie)
      : undefined,
    and(
      sql`upper(replace(${verblijfadres('postcode')}, ' ', '')) = ${a.postcode.replace(/\s/g, '').toUpperCase()}`,
      sql`${verblijfadres('huisnummer')} = ${String(a.huisnummer)}`,
      sql`lower(coalesce(${verblijfadres('huisletter')}, '')) = ${(a.huisletter ?? '').toLowerCase()}`,
      sql`lower(coalesce(${verblijfadres('huisnummertoevoeging')}, '')) = ${(a.huisnummertoevoeging ?? '').toLowerCase()}`,
    ),
  );
}

/** Living at the address: a woonadres (not a briefadres) on a list not suspended by death or emigration. */
const woontEr = and(
  sql`${jsonText('verblijfplaats', 'type')} = 'Adres'`,
  sql`coalesce(${jsonText('verblijfplaats', 'functieAdres', 'code')}, 'W') = 'W'`,
  sql`${personen.persoon} -> 'overlijden' is null`,
  sql`${personen.persoon} -> 'opschortingBijhouding' is null`,
);

/** The persons registered as living at an address, in every municipality's registry. */
export async function countAtAddress(db: Db, a: AdresSleutel): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(personen)
    .where(and(opAdres(a), woontEr));
  return row?.n ?? 0;
}

export async function findByBsns(db: Db, bsns: string[]): Promise<PersoonRow[]> {
  if (bsns.length === 0) return [];
  return db.select().from(personen).where(inArray(personen.bsn, bsns));
}

/** The person list locked for the rest of the transaction, so that two changes cannot interleave. */
export async function findByBsnForUpdate(tx: Db, bsn: string): Promise<PersoonRow | undefined> {
  const [row] = await tx.select().from(personen).where(eq(personen.bsn, bsn)).for('update');
  return row;
}

export async function updatePersoon(
  tx: Db,
  bsn: string,
  change: { persoon: Persoon; gemeenteCode: string },
): Promise<void> {
  await tx
    .update(personen)
    .set({ persoon: change.persoon, gemeenteCode: change.gemeenteCode, updatedAt: sql`now()` })
    .where(eq(personen.bsn, bsn));
}

/** Every current verblijfplaats of type Adres, in BSN order so that whoever reads them gets a stable order. */
export async function listAdresVerblijfplaatsen(
  db: Db,
): Promise<{ bsn: string; gemeenteCode: string; verblijfplaats: Verblijfplaats }[]> {
  const rows = await db
    .select({
      bsn: personen.bsn,
      gemeenteCode: personen.gemeenteCode,
      verblijfplaats: sql<Verblijfplaats>`${personen.persoon} -> 'verblijfplaats'`,
    })
    .from(personen)
    .where(sql`${jsonText('verblijfplaats', 'type')} = 'Adres'`)
    .orderBy(asc(personen.bsn));
  return rows;
}

export type NewVerblijfplaatsHistorieRow = typeof verblijfplaatsHistorie.$inferInsert;

export async function insertVerblijfplaatsHistorie(tx: Db, row: NewVerblijfplaatsHistorieRow): Promise<void> {
  await tx.insert(verblijfplaatsHistorie).values(row);
}

export interface VertrokkenRow {
  bsn: string;
  naam: string | null;
  datumVertrek: string;
  naarGemeenteCode: string;
  verblijfplaats: Record<string, unknown>;
  zaakId: string | null;
}

/** Who moved out of a municipality (a move within it is no departure), newest first. */
export async function findVertrokken(
  db: Db,
  gemeenteCode: string,
  options: { sinds?: string; limit?: number } = {},
): Promise<VertrokkenRow[]> {
  const h = verblijfplaatsHistorie;
  return db
    .select({
      bsn: h.bsn,
      naam: sql<string | null>`${personen.persoon} #>> '{naam,volledigeNaam}'`,
      datumVertrek: h.datumTot,
      naarGemeenteCode: h.naarGemeenteCode,
      verblijfplaats: h.verblijfplaats,
      zaakId: h.zaakId,
    })
    .from(h)
    .leftJoin(personen, eq(personen.bsn, h.bsn))
    .where(
      and(
        eq(h.gemeenteCode, gemeenteCode),
        ne(h.naarGemeenteCode, gemeenteCode),
        options.sinds !== undefined ? gte(h.datumTot, options.sinds) : undefined,
      ),
    )
    .orderBy(desc(h.datumTot), desc(h.createdAt))
    .limit(options.limit ?? 500);
}
