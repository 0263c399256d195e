import { and, asc, desc, eq, getTableColumns, inArray, or, sql, type SQL } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/types.ts';
import { zaakinformatieobjecten } from '../documents/documents.schema.ts';
import {
  opschortingen,
  resultaten,
  rollen,
  verlengingen,
  zaakeigenschappen,
  zaakobjecten,
  zaken,
} from './cases.schema.ts';
import { zaakTellingen } from './zaken-api.schema.ts';
import type { Ordering } from './zaken-api.filters.ts';
import type { Tak } from './zaken-api.toegang.ts';

/**
 * The SQL of the Zaken API's lists: one statement for a page (with the URLs of everything a
 * zaak refers to), one for its exact count, both parameterised and prepared.
 */

export type Zaak = typeof zaken.$inferSelect;

/** The columns the ZGW representation shows: not the portal's application data and the like. */
const { aanvraag, createdAt, updatedAt, correspondentie, communicatiekanaal, ...zaakVelden } =
  getTableColumns(zaken);
void [aanvraag, createdAt, updatedAt, correspondentie, communicatiekanaal];
export type ZaakVelden = Omit<
  Zaak,
  'aanvraag' | 'createdAt' | 'updatedAt' | 'correspondentie' | 'communicatiekanaal'
>;

/** A zaak with the ids of what the ZGW representation refers to. */
export interface ApiZaakRow {
  zaak: ZaakVelden;
  rollen: string[];
  eigenschappen: string[];
  zaakobjecten: string[];
  zaakinformatieobjecten: string[];
  deelzaken: string[];
  resultaat: string | null;
  /** The reason of the running suspension; null when none runs. */
  opschorting: string | null;
  /** Reason and duration of the latest extension. */
  verlenging: string[] | null;
}

/** The outer zaak, qualified: in a one-table select Drizzle leaves column names bare. */
const ZAAK_ID = sql.raw('"zaken"."id"');

const idsOf = (t: SQL, order: SQL) =>
  sql<string[]>`array(select x.id::text from ${t} x where x.zaak_id = ${ZAAK_ID} order by ${order})`;

/** The columns of a zaak's representation; the correlated subqueries run for the page's rows only. */
const representatie = {
  zaak: zaakVelden,
  rollen: idsOf(sql`${rollen}`, sql`x.registratiedatum, x.id`),
  eigenschappen: idsOf(sql`${zaakeigenschappen}`, sql`x.id`),
  zaakobjecten: idsOf(sql`${zaakobjecten}`, sql`x.id`),
  zaakinformatieobjecten: idsOf(sql`${zaakinformatieobjecten}`, sql`x.registratiedatum, x.id`),
  deelzaken: sql<
    string[]
  >`array(select d.id::text from zaken d where d.hoofdzaak_id = ${ZAAK_ID} order by d.identificatie)`,
  resultaat: sql<string | null>`(select r.id::text from ${resultaten} r where r.zaak_id = ${ZAAK_ID})`,
  opschorting: sql<
    string | null
  >`(select o.reden from ${opschortingen} o where o.zaak_id = ${ZAAK_ID} and o.tot is null limit 1)`,
  verlenging: sql<
    string[] | null
  >`(select array[v.reden, v.duur] from ${verlengingen} v where v.zaak_id = ${ZAAK_ID} order by v.datum desc, v.created_at desc limit 1)`,
};

const takCondition = (t: Tak): SQL | undefined =>
  and(
    t.zaaktypeId !== null ? eq(zaken.zaaktypeId, t.zaaktypeId) : undefined,
    t.vas !== null ? inArray(zaken.vertrouwelijkheidaanduiding, t.vas) : undefined,
  );

/** The zaken of the municipality a client may see, as one condition (for joins from sub-resources). */
export function zichtbaar(gemeenteCode: string, takken: Tak[]): SQL {
  if (takken.length === 0) return sql`false`;
  return and(eq(zaken.gemeenteCode, gemeenteCode), or(...takken.map(takCondition)) ?? sql`true`)!;
}

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
function pageIds(db: Db, q: PageQuery) {
  const where = (cond: SQL | undefined) => and(eq(zaken.gemeenteCode, q.gemeenteCode), cond, ...q.filters);
  if (q.takken.length <= 1 || q.takken.length > MAX_TAKKEN_UNION) {
    return db
      .select({ id: zaken.id })
      .from(zaken)
      .where(where(q.takken.length === 1 ? takCondition(q.takken[0]!) : or(...q.takken.map(takCondition))))
      .orderBy(...orderOn(q.ordering))
      .limit(q.size)
      .offset(q.offset);
  }
  const fields = Object.fromEntries(q.ordering.map((o, i) => [`o${i}`, sql`${COLUMN[o.field]}`.as(`o${i}`)]));
  const parts = q.takken.map((t) =>
    db
      .select({ id: zaken.id, ...fields })
      .from(zaken)
      .where(where(takCondition(t)))
      .orderBy(...orderOn(q.ordering))
      .limit(q.offset + q.size),
  );
  const [first, second, ...rest] = parts;
  const u = unionAll(first!, second!, ...rest).as('u');
  const outer = [
    ...q.ordering.map((o, i) => sql`${sql.identifier(`o${i}`)} ${sql.raw(o.desc ? 'desc' : 'asc')}`),
    ...(uniek(q.ordering) ? [] : [sql`${sql.identifier('id')} desc`]),
  ];
  return db
    .select({ id: sql<string>`${sql.identifier('id')}` })
    .from(u)
    .orderBy(...outer)
    .limit(q.size)
    .offset(q.offset);
}

/** One page of zaken with everything their representation refers to. */
export async function zakenPage(db: Db, q: PageQuery): Promise<ApiZaakRow[]> {
  if (q.takken.length === 0) return [];
  // Prepared: PostgreSQL parses and plans a page query once per connection.
  return db
    .select(representatie)
    .from(zaken)
    .where(inArray(zaken.id, pageIds(db, q)))
    .orderBy(...orderOn(q.ordering))
    .prepare('zaken_page')
    .execute();
}

/** The exact count: from the counters when only municipality, parts and open/closed filter. */
export async function countZaken(
  db: Db,
  q: Pick<PageQuery, 'gemeenteCode' | 'takken' | 'filters'>,
  tellingen: { afgesloten?: boolean } | false,
): Promise<number> {
  if (q.takken.length === 0) return 0;
  if (tellingen) {
    const tak = (t: Tak) =>
      and(
        t.zaaktypeId !== null ? eq(zaakTellingen.zaaktypeId, t.zaaktypeId) : undefined,
        t.vas !== null ? inArray(zaakTellingen.vertrouwelijkheidaanduiding, t.vas) : undefined,
      );
    const [row] = await db
      .select({ n: sql<number>`coalesce(sum(${zaakTellingen.aantal}), 0)`.mapWith(Number) })
      .from(zaakTellingen)
      .where(
        and(
          eq(zaakTellingen.gemeenteCode, q.gemeenteCode),
          or(...q.takken.map(tak)),
          tellingen.afgesloten !== undefined ? eq(zaakTellingen.afgesloten, tellingen.afgesloten) : undefined,
        ),
      )
      .prepare('zaken_telling')
      .execute();
    return row?.n ?? 0;
  }
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(zaken)
    .where(and(zichtbaar(q.gemeenteCode, q.takken), ...q.filters))
    .prepare('zaken_count')
    .execute();
  return row?.n ?? 0;
}

/** One zaak of the municipality with everything its representation refers to. */
export async function apiZaak(db: Db, gemeenteCode: string, id: string): Promise<ApiZaakRow | undefined> {
  const [row] = await db
    .select(representatie)
    .from(zaken)
    .where(and(eq(zaken.gemeenteCode, gemeenteCode), eq(zaken.id, id)))
    .prepare('zaak')
    .execute();
  return row;
}

/** Zaken by id (for expand), only those the condition lets through. */
export const apiZakenWhere = (db: Db, where: SQL, ids: string[]): Promise<ApiZaakRow[]> =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .select(representatie)
        .from(zaken)
        .where(and(where, inArray(zaken.id, ids)));

/** The deelzaken of zaken (for expand), only those the condition lets through. */
export const deelzakenWhere = (db: Db, where: SQL, hoofdzaakIds: string[]): Promise<ApiZaakRow[]> =>
  hoofdzaakIds.length === 0
    ? Promise.resolve([])
    : db
        .select(representatie)
        .from(zaken)
        .where(and(where, inArray(zaken.hoofdzaakId, hoofdzaakIds)))
        .orderBy(asc(zaken.identificatie));
