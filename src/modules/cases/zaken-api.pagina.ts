import { and, asc, desc, inArray, or, sql, type SQL } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/types.ts';
import { zaken } from './cases.schema.ts';
import { zaakTellingen } from './zaken-api.schema.ts';
import type { Ordering } from './zaken-api.filters.ts';
import type { Tak } from './zaken-api.toegang.ts';
import type { ZakenApiUrls } from './zaken-api.urls.ts';
import { representatie } from './zaken-api.representatie.ts';
import { literalNumber, vanGemeente } from './zaken-api.sql-tekst.ts';
import { takCondition, tellingenWhere, type Tellingen, type ZaakJsonRow } from './zaken-api.repository.ts';

/**
 * The statements of a page of the Zaken API's lists: page 1 straight from the index scans (merged
 * per zaaktype for a client of several), later pages by their ids first; as rows of
 * representations, or as the one JSON array a page without expand is sent as.
 */

const COLUMN = {
  startdatum: zaken.startdatum,
  einddatum: zaken.einddatum,
  publicatiedatum: zaken.publicatiedatum,
  archiefactiedatum: zaken.archiefactiedatum,
  registratiedatum: zaken.registratiedatum,
  identificatie: zaken.identificatie,
} as const;

/** Identificatie is unique within a municipality; other orders end on the id, for stable pages. */
const uniek = (ordering: Ordering[]) => ordering.some((o) => o.field === 'identificatie');
const orderOn = (ordering: Ordering[]) => [
  ...ordering.map((o) => (o.desc ? desc(COLUMN[o.field]) : asc(COLUMN[o.field]))),
  ...(uniek(ordering) ? [] : [desc(zaken.id)]),
];

/** Up to this many parts a page is merged from per-part index scans; beyond, one filtered scan. */
const MAX_TAKKEN_UNION = 16;

export interface PageQuery {
  gemeenteCode: string;
  takken: Tak[];
  filters: SQL[];
  ordering: Ordering[];
  offset: number;
  size: number;
}

/** The ids of one page, in order: per part from its own index when a client sees several zaaktypen. */
const eenScan = (q: PageQuery) => q.takken.length <= 1 || q.takken.length > MAX_TAKKEN_UNION;
const pageWhere = (q: PageQuery, cond: SQL | undefined) =>
  and(vanGemeente(zaken.gemeenteCode, q.gemeenteCode), cond, ...q.filters);
const alleTakken = (q: PageQuery) =>
  q.takken.length === 1 ? takCondition(q.takken[0]!) : or(...q.takken.map(takCondition));

/** The ordering's values under fixed names (o0, o1, … and id), to order again outside a subquery. */
const volgordeVelden = (ordering: Ordering[]) =>
  Object.fromEntries(ordering.map((o, i) => [`o${i}`, sql`${COLUMN[o.field]}`.as(`o${i}`)]));
const volgordeBuiten = (ordering: Ordering[]) => [
  ...ordering.map((o, i) => sql`${sql.identifier(`o${i}`)} ${sql.raw(o.desc ? 'desc' : 'asc')}`),
  ...(uniek(ordering) ? [] : [sql`${sql.identifier('id')} desc`]),
];

function pageIds(db: Db, q: PageQuery) {
  const where = (cond: SQL | undefined) => pageWhere(q, cond);
  if (eenScan(q)) {
    return db
      .select({ id: zaken.id })
      .from(zaken)
      .where(where(alleTakken(q)))
      .orderBy(...orderOn(q.ordering))
      .limit(literalNumber(q.size))
      .offset(literalNumber(q.offset));
  }
  const fields = volgordeVelden(q.ordering);
  const parts = q.takken.map((t) =>
    db
      .select({ id: zaken.id, ...fields })
      .from(zaken)
      .where(where(takCondition(t)))
      .orderBy(...orderOn(q.ordering))
      .limit(literalNumber(q.offset + q.size)),
  );
  const [first, second, ...rest] = parts;
  const u = unionAll(first!, second!, ...rest).as('u');
  return db
    .select({ id: sql<string>`${sql.identifier('id')}` })
    .from(u)
    .orderBy(...volgordeBuiten(q.ordering))
    .limit(literalNumber(q.size))
    .offset(literalNumber(q.offset));
}

/**
 * Page 1 for a client with several parts: the first rows of each part from its own index, merged
 * in order (PostgreSQL's Merge Append), under the name `zaken` so that the representation reads
 * the merged rows as it reads the table's.
 */
const perTak = (db: Db, q: PageQuery) => {
  const [first, second, ...rest] = q.takken.map((t) =>
    db
      .select()
      .from(zaken)
      .where(pageWhere(q, takCondition(t)))
      .orderBy(...orderOn(q.ordering))
      .limit(literalNumber(q.size)),
  );
  return unionAll(first!, second!, ...rest).as('zaken');
};

type PaginaRij = ZaakJsonRow & { n?: number };

/** The count from the counters, as a column of the page's statement. */
const telling = (q: PageQuery, tellingen: Tellingen) =>
  sql<number>`(select coalesce(sum(${zaakTellingen.aantal}), 0) from ${zaakTellingen} where ${tellingenWhere(q, tellingen)})`;

/** A page's columns: the id, the representation and (with `tellingen`) the exact count. */
const paginaVelden = (u: ZakenApiUrls, q: PageQuery, tellingen: Tellingen | false) => ({
  id: zaken.id,
  json: representatie(u).json,
  ...(tellingen ? { n: telling(q, tellingen).mapWith(Number) } : {}),
});

/** A page as it is sent: the representations joined into one JSON array, or rows of them. */
type Vorm = 'rijen' | 'tekst';
const velden = (vorm: Vorm, u: ZakenApiUrls, q: PageQuery, tellingen: Tellingen | false) =>
  vorm === 'tekst' ? { json: representatie(u).json.as('json') } : paginaVelden(u, q, tellingen);

/**
 * A page as one value: the JSON array of its representations, in the page's order (an ARRAY of a
 * subquery keeps the order of its rows), and the count. Node then receives one value instead of a
 * hundred rows, which it would hold, a hundred strings and objects, while the rest of the page
 * arrives; PostgreSQL needs no sort, as string_agg(… order by …) would.
 */
const alsTekst = (db: Db, q: PageQuery, tellingen: Tellingen | false, pagina: SQL) =>
  db
    .select({
      json: sql<string>`'[' || array_to_string(array(${pagina}), ',') || ']'`,
      ...(tellingen ? { n: telling(q, tellingen) } : {}),
    })
    .from(sql`(select) as ${sql.identifier('een')}`);

/**
 * Page 1 straight from the index scans, which stop after the rows it shows (with an OFFSET the
 * skipped rows would be represented too, so other pages select their ids first).
 */
function bouwEerstePagina(db: Db, u: ZakenApiUrls, q: PageQuery, tellingen: Tellingen | false, vorm: Vorm) {
  const pagina = db
    .select(velden(vorm, u, q, tellingen))
    .from(eenScan(q) ? zaken : perTak(db, q))
    .where(eenScan(q) ? pageWhere(q, alleTakken(q)) : undefined)
    .orderBy(...orderOn(q.ordering))
    .limit(literalNumber(q.size));
  return vorm === 'tekst'
    ? alsTekst(db, q, tellingen, pagina.getSQL()).prepare('zaken_page_1_text')
    : pagina.prepare('zaken_page_1');
}

/** Up to this many page-1 statements are kept per database (the most recently used). */
const EERSTE_PAGINAS = 64;
const eerstePaginas = new WeakMap<Db, Map<string, ReturnType<typeof bouwEerstePagina>>>();

/**
 * Page 1 without filters is the same statement for every request of a client (its values are in
 * the text), so it is kept as Drizzle built it: for a client of several zaaktypen the building was
 * about a third of Loket's CPU per page.
 */
function eerstePagina(db: Db, u: ZakenApiUrls, q: PageQuery, tellingen: Tellingen | false, vorm: Vorm) {
  if (q.filters.length > 0) return bouwEerstePagina(db, u, q, tellingen, vorm);
  const key = JSON.stringify([
    u.url('zaak', ''),
    q.gemeenteCode,
    q.takken,
    q.ordering,
    q.size,
    tellingen,
    vorm,
  ]);
  let kept = eerstePaginas.get(db);
  if (!kept) {
    kept = new Map();
    eerstePaginas.set(db, kept);
  }
  let p = kept.get(key);
  if (p) kept.delete(key);
  else p = bouwEerstePagina(db, u, q, tellingen, vorm);
  kept.set(key, p);
  if (kept.size > EERSTE_PAGINAS) kept.delete(kept.keys().next().value!);
  return p;
}

/** The statement of a page after the first: its ids first, then their representations. */
function verderePagina(db: Db, u: ZakenApiUrls, q: PageQuery, tellingen: Tellingen | false, vorm: Vorm) {
  const pagina = db
    .select(velden(vorm, u, q, tellingen))
    .from(zaken)
    .where(inArray(zaken.id, pageIds(db, q)))
    .orderBy(...orderOn(q.ordering));
  return vorm === 'tekst'
    ? alsTekst(db, q, tellingen, pagina.getSQL()).prepare('zaken_page_text')
    : pagina.prepare('zaken_page');
}

const pagina = (db: Db, u: ZakenApiUrls, q: PageQuery, tellingen: Tellingen | false, vorm: Vorm) =>
  (q.offset === 0 ? eerstePagina : verderePagina)(db, u, q, tellingen, vorm).execute();

/**
 * One page of zaken as their representations. With `tellingen` the exact count comes from the
 * counters in the same statement (on every row; a page beyond the end has no rows and no count).
 */
export async function zakenPage(
  db: Db,
  u: ZakenApiUrls,
  q: PageQuery,
  tellingen: Tellingen | false = false,
): Promise<{ rows: ZaakJsonRow[]; count: number | undefined }> {
  if (q.takken.length === 0) return { rows: [], count: 0 };
  // Prepared: PostgreSQL parses and plans a page query once per connection.
  const rows = (await pagina(db, u, q, tellingen, 'rijen')) as PaginaRij[];
  return { rows: rows.map(({ id, json }) => ({ id, json })), count: rows[0]?.n };
}

/**
 * One page of zaken as the JSON array it is sent as (`[]` when empty), and with `tellingen` the
 * exact count from the counters, in the same statement.
 */
export async function zakenPageTekst(
  db: Db,
  u: ZakenApiUrls,
  q: PageQuery,
  tellingen: Tellingen | false = false,
): Promise<{ tekst: string; count: number | undefined }> {
  if (q.takken.length === 0) return { tekst: '[]', count: 0 };
  const [row] = (await pagina(db, u, q, tellingen, 'tekst')) as { json: string; n?: unknown }[];
  return { tekst: row!.json, count: row!.n === undefined ? undefined : Number(row!.n) };
}
