import { and, arrayContains, asc, eq, gte, inArray, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/types.ts';
import {
  besluittypen,
  catalogi,
  eigenschappen,
  informatieobjecttypen,
  resultaattypen,
  roltypen,
  statustypen,
  zaakobjecttypen,
  zaaktypeInformatieobjecttypen,
  zaaktypen,
} from './catalog.schema.ts';

/** The SQL of the Catalogi API: catalogi and the three versioned types, each within one municipality. */

export type Catalogus = typeof catalogi.$inferSelect;
export type ZaaktypeRow = typeof zaaktypen.$inferSelect;
export type InformatieobjecttypeRow = typeof informatieobjecttypen.$inferSelect;
export type BesluittypeRow = typeof besluittypen.$inferSelect;
export type StatusFilter = 'alles' | 'concept' | 'definitief';

export const PAGE_SIZE = 100;
export interface Paged<T> {
  count: number;
  rows: T[];
}

interface Versioned {
  concept: AnyPgColumn;
  beginGeldigheid: AnyPgColumn;
  eindeGeldigheid: AnyPgColumn;
}

/** Valid on a date: begun and not ended, the end day included. */
export const geldigOp = (t: Versioned, datum: string) =>
  and(lte(t.beginGeldigheid, datum), or(isNull(t.eindeGeldigheid), gte(t.eindeGeldigheid, datum)));

/** The `status` filter: concepts, published versions (the default) or both. */
export const statusIs = (t: Versioned, status: StatusFilter | undefined) =>
  status === 'alles' ? undefined : eq(t.concept, status === 'concept');

export const versionFilter = (
  t: Versioned,
  f: { status?: StatusFilter | undefined; datum?: string | undefined },
) => [statusIs(t, f.status), f.datum === undefined ? undefined : geldigOp(t, f.datum)];

const offset = (page: number) => (page - 1) * PAGE_SIZE;
const count = sql<number>`count(*)::int`;

/** A page of a table's rows in this order, with the exact count of all rows that match. */
async function paged<T extends PgTable>(
  db: Db,
  t: T,
  where: SQL | undefined,
  order: SQL[],
  page: number,
): Promise<Paged<T['$inferSelect']>> {
  const table = t as PgTable;
  const [rows, [c]] = await Promise.all([
    db
      .select()
      .from(table)
      .where(where)
      .orderBy(...order)
      .limit(PAGE_SIZE)
      .offset(offset(page)),
    db.select({ count }).from(table).where(where),
  ]);
  return { count: c?.count ?? 0, rows };
}

// Catalogi

export async function findCatalogus(db: Db, gemeenteCode: string, id: string) {
  const [row] = await db
    .select()
    .from(catalogi)
    .where(and(eq(catalogi.id, id), eq(catalogi.gemeenteCode, gemeenteCode)));
  return row;
}

export async function listCatalogi(
  db: Db,
  gemeenteCode: string,
  f: { domein?: string[] | undefined; rsin?: string[] | undefined },
  page: number,
): Promise<Paged<Catalogus>> {
  const where = and(
    eq(catalogi.gemeenteCode, gemeenteCode),
    f.domein ? inArray(catalogi.domein, f.domein) : undefined,
    f.rsin ? inArray(catalogi.rsin, f.rsin) : undefined,
  );
  return paged(db, catalogi, where, [asc(catalogi.domein), asc(catalogi.id)], page);
}

/** Another catalogus of the municipality with this domein (domein is unique per municipality). */
export async function catalogusWithDomein(db: Db, gemeenteCode: string, domein: string, except?: string) {
  const [row] = await db
    .select({ id: catalogi.id })
    .from(catalogi)
    .where(
      and(
        eq(catalogi.gemeenteCode, gemeenteCode),
        eq(catalogi.domein, domein),
        except ? ne(catalogi.id, except) : undefined,
      ),
    );
  return row;
}

export const insertCatalogus = async (tx: Db, v: typeof catalogi.$inferInsert) =>
  (await tx.insert(catalogi).values(v).returning())[0]!;

export const updateCatalogus = (tx: Db, id: string, v: Partial<typeof catalogi.$inferInsert>) =>
  tx.update(catalogi).set(v).where(eq(catalogi.id, id));

// Zaaktypen

export async function findZaaktype(db: Db, gemeenteCode: string, id: string) {
  const [row] = await db
    .select()
    .from(zaaktypen)
    .where(and(eq(zaaktypen.id, id), eq(zaaktypen.gemeenteCode, gemeenteCode)));
  return row;
}

export interface ZaaktypeFilter {
  catalogusId?: string | undefined;
  identificatie?: string | undefined;
  trefwoorden?: string[] | undefined;
  status?: StatusFilter | undefined;
  datum?: string | undefined;
}

export async function listZaaktypen(
  db: Db,
  gemeenteCode: string,
  f: ZaaktypeFilter,
  page: number,
): Promise<Paged<ZaaktypeRow>> {
  const where = and(
    eq(zaaktypen.gemeenteCode, gemeenteCode),
    f.catalogusId ? eq(zaaktypen.catalogusId, f.catalogusId) : undefined,
    f.identificatie !== undefined ? eq(zaaktypen.identificatie, f.identificatie) : undefined,
    f.trefwoorden ? arrayContains(zaaktypen.trefwoorden, f.trefwoorden) : undefined,
    ...versionFilter(zaaktypen, f),
  );
  return paged(
    db,
    zaaktypen,
    where,
    [asc(zaaktypen.identificatie), asc(zaaktypen.beginGeldigheid), asc(zaaktypen.id)],
    page,
  );
}

export const insertZaaktype = async (tx: Db, v: typeof zaaktypen.$inferInsert) =>
  (await tx.insert(zaaktypen).values(v).returning({ id: zaaktypen.id }))[0]!.id;

export const updateZaaktype = (tx: Db, id: string, v: Partial<typeof zaaktypen.$inferInsert>) =>
  tx.update(zaaktypen).set(v).where(eq(zaaktypen.id, id));

/** A concept zaaktype goes with the types that exist only in it. */
export async function deleteZaaktype(tx: Db, id: string) {
  await tx.delete(zaaktypeInformatieobjecttypen).where(eq(zaaktypeInformatieobjecttypen.zaaktypeId, id));
  await tx.delete(eigenschappen).where(eq(eigenschappen.zaaktypeId, id));
  await tx.delete(resultaattypen).where(eq(resultaattypen.zaaktypeId, id));
  await tx.delete(roltypen).where(eq(roltypen.zaaktypeId, id));
  await tx.delete(zaakobjecttypen).where(eq(zaakobjecttypen.zaaktypeId, id));
  await tx.delete(statustypen).where(eq(statustypen.zaaktypeId, id));
  await tx.delete(zaaktypen).where(eq(zaaktypen.id, id));
}

// Informatieobjecttypen and besluittypen

export async function findInformatieobjecttype(db: Db, gemeenteCode: string, id: string) {
  const [row] = await db
    .select()
    .from(informatieobjecttypen)
    .where(and(eq(informatieobjecttypen.id, id), eq(informatieobjecttypen.gemeenteCode, gemeenteCode)));
  return row;
}

export async function findBesluittype(db: Db, gemeenteCode: string, id: string) {
  const [row] = await db
    .select()
    .from(besluittypen)
    .where(and(eq(besluittypen.id, id), eq(besluittypen.gemeenteCode, gemeenteCode)));
  return row;
}

export interface TypeFilter {
  catalogusId?: string | undefined;
  omschrijving?: string | undefined;
  status?: StatusFilter | undefined;
  datum?: string | undefined;
}

export async function listInformatieobjecttypen(db: Db, gemeenteCode: string, f: TypeFilter, page: number) {
  const t = informatieobjecttypen;
  const where = and(
    eq(t.gemeenteCode, gemeenteCode),
    f.catalogusId ? eq(t.catalogusId, f.catalogusId) : undefined,
    f.omschrijving !== undefined ? eq(t.omschrijving, f.omschrijving) : undefined,
    ...versionFilter(t, f),
  );
  return paged(db, t, where, [asc(t.omschrijving), asc(t.beginGeldigheid), asc(t.id)], page);
}

/**
 * Besluittypen, also those possible in a zaaktype (`inOmschrijvingen`) or laid down in an
 * informatieobjecttype (`metInformatieobjecttype`): relations by omschrijving.
 */
export async function listBesluittypen(
  db: Db,
  gemeenteCode: string,
  f: TypeFilter & { inOmschrijvingen?: string[] | undefined; metInformatieobjecttype?: string | undefined },
  page: number,
) {
  const t = besluittypen;
  const conditions: (SQL | undefined)[] = [
    eq(t.gemeenteCode, gemeenteCode),
    f.catalogusId ? eq(t.catalogusId, f.catalogusId) : undefined,
    f.omschrijving !== undefined ? eq(t.omschrijving, f.omschrijving) : undefined,
    f.inOmschrijvingen ? inArray(t.omschrijving, f.inOmschrijvingen) : undefined,
    f.metInformatieobjecttype !== undefined
      ? sql`${f.metInformatieobjecttype} = any(${t.informatieobjecttypen})`
      : undefined,
    ...versionFilter(t, f),
  ];
  const where = and(...conditions);
  return paged(db, t, where, [asc(t.omschrijving), asc(t.beginGeldigheid), asc(t.id)], page);
}

export const insertInformatieobjecttype = async (tx: Db, v: typeof informatieobjecttypen.$inferInsert) =>
  (await tx.insert(informatieobjecttypen).values(v).returning({ id: informatieobjecttypen.id }))[0]!.id;

export const updateInformatieobjecttype = (
  tx: Db,
  id: string,
  v: Partial<typeof informatieobjecttypen.$inferInsert>,
) => tx.update(informatieobjecttypen).set(v).where(eq(informatieobjecttypen.id, id));

export const deleteInformatieobjecttype = (tx: Db, id: string) =>
  tx.delete(informatieobjecttypen).where(eq(informatieobjecttypen.id, id));

export const insertBesluittype = async (tx: Db, v: typeof besluittypen.$inferInsert) =>
  (await tx.insert(besluittypen).values(v).returning({ id: besluittypen.id }))[0]!.id;

export const updateBesluittype = (tx: Db, id: string, v: Partial<typeof besluittypen.$inferInsert>) =>
  tx.update(besluittypen).set(v).where(eq(besluittypen.id, id));

export const deleteBesluittype = (tx: Db, id: string) =>
  tx.delete(besluittypen).where(eq(besluittypen.id, id));
