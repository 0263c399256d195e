import { and, asc, desc, eq, getTableColumns, inArray, or, sql, type SQL } from 'drizzle-orm';
import { PgDialect, unionAll } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/types.ts';
import { insertZaakMet, type NewZaak } from './cases.repository.ts';
import { zaken } from './cases.schema.ts';
import { zaakTellingen } from './zaken-api.schema.ts';
import type { Ordering } from './zaken-api.filters.ts';
import type { Tak } from './zaken-api.toegang.ts';
import { isUuid } from '../../platform/ids.ts';
import { VERTROUWELIJKHEID } from '../catalog/catalog.schema.ts';
import type { Collection, ZakenApiUrls } from './zaken-api.urls.ts';

/**
 * The SQL of the Zaken API's lists: one statement for a page (each zaak's representation as JSON,
 * with the URLs of everything it refers to), one for its exact count, both prepared.
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

/**
 * A zaak as the Zaken API shows it: the columns (for checks and changes) and its ZGW
 * representation as JSON text, which PostgreSQL builds in the same statement. The lists send that
 * text on as it is; single resources parse it.
 */
export interface ApiZaakRow {
  zaak: ZaakVelden;
  json: string;
}

const BETALING: Record<string, string> = {
  nvt: 'Er is geen sprake van te betalen, met de zaak gemoeide, kosten.',
  nog_niet: 'De met de zaak gemoeide kosten zijn (nog) niet betaald.',
  gedeeltelijk: 'De met de zaak gemoeide kosten zijn gedeeltelijk betaald.',
  geheel: 'De met de zaak gemoeide kosten zijn geheel betaald.',
};

/** A column of the outer zaak, qualified: in a one-table select Drizzle leaves column names bare. */
const z = (column: string) => sql.raw(`"zaken"."${column}"`);

/**
 * Values written into the text of the list statements rather than sent as parameters: with the
 * municipality, LIMIT and OFFSET as parameters PostgreSQL judges its generic plan costlier than
 * a custom one and plans the page anew on every execution (~0.7 ms, a sixth of its work). With
 * them in the text the prepared statement is planned once per connection. Only values Loket
 * checked itself go here: a municipality code, zaaktype ids (uuids), confidentialities (an
 * enum), page numbers and the configured base URL.
 */
const literal = (value: string) => sql.raw(`'${value.replaceAll("'", "''")}'`);
const literalNumber = (n: number) => {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`Geen paginagetal: ${n}`);
  // Drizzle renders an SQL object given as LIMIT/OFFSET as it is.
  return sql.raw(String(n)) as unknown as number;
};
const vanGemeente = (gemeenteCode: string) => {
  if (!/^[0-9]{4}$/.test(gemeenteCode)) throw new Error(`Geen gemeentecode: ${gemeenteCode}`);
  return sql`${zaken.gemeenteCode} = ${literal(gemeenteCode)}`;
};

/** The URL of one of Loket's resources: the collection's prefix and the id. */
const url = (u: ZakenApiUrls, c: Collection, id: SQL) => sql`(${literal(u.url(c, ''))} || ${id}::text)`;

/**
 * The ZGW representation of the zaak in scope (Zaken API 1.7.0, `Zaak`), as compact JSON text.
 * Optional URLs that are empty are left out (an empty string is no URI); timestamps are UTC with
 * milliseconds; the URLs of its parts come from the ids the triggers keep on the zaak's row.
 */
function zaakJsonSql(u: ZakenApiUrls): SQL<string> {
  /** A JSON array of URLs from an array of ids on the row: the prefix before each id. */
  const urls = (column: string, prefix: SQL) =>
    sql`(case when cardinality(${z(column)}) = 0 then '[]' else '["' || ${prefix} || array_to_string(${z(column)}, '","' || ${prefix}) || '"]' end)::json`;
  /** A collection's prefix as it appears inside a JSON string. */
  const prefix = (c: Collection) => literal(JSON.stringify(u.url(c, '')).slice(1, -1));
  const optional = (key: string, column: string) =>
    sql`coalesce(${literal(`,"${key}":`)} || to_json(nullif(${z(column)}, ''))::text, '')`;
  const betaling = sql.join(
    Object.entries(BETALING).map(([k, v]) => sql`when ${literal(k)} then ${literal(v)}`),
    sql` `,
  );
  return sql<string>`(select left(row_to_json(j)::text, -1) || ${optional('communicatiekanaal', 'communicatiekanaal_url')} || ${optional('selectielijstklasse', 'selectielijstklasse')} || '}' from (select
    ${url(u, 'zaak', z('id'))} as url,
    ${z('id')} as uuid,
    ${z('identificatie')} as identificatie,
    ${z('bronorganisatie')}::text as bronorganisatie,
    ${z('omschrijving')} as omschrijving,
    ${z('toelichting')} as toelichting,
    ${url(u, 'zaaktype', z('zaaktype_id'))} as zaaktype,
    ${z('registratiedatum')} as registratiedatum,
    ${z('verantwoordelijke_organisatie')}::text as "verantwoordelijkeOrganisatie",
    ${z('startdatum')} as startdatum,
    ${z('einddatum')} as einddatum,
    ${z('einddatum_gepland')} as "einddatumGepland",
    ${z('uiterlijke_einddatum_afdoening')} as "uiterlijkeEinddatumAfdoening",
    ${z('publicatiedatum')} as publicatiedatum,
    ${z('producten_of_diensten')} as "productenOfDiensten",
    ${z('vertrouwelijkheidaanduiding')} as vertrouwelijkheidaanduiding,
    ${z('betalingsindicatie')} as betalingsindicatie,
    case ${z('betalingsindicatie')} ${betaling} else '' end as "betalingsindicatieWeergave",
    to_char(${z('laatste_betaaldatum')} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "laatsteBetaaldatum",
    ${z('zaakgeometrie')} as zaakgeometrie,
    ${z('verlenging')} as verlenging,
    json_build_object('indicatie', ${z('opschorting_reden')} is not null, 'reden', coalesce(${z('opschorting_reden')}, '')) as opschorting,
    case when ${z('hoofdzaak_id')} is null then null else ${url(u, 'zaak', z('hoofdzaak_id'))} end as hoofdzaak,
    ${urls('deelzaak_ids', prefix('zaak'))} as deelzaken,
    ${z('relevante_andere_zaken')} as "relevanteAndereZaken",
    ${urls('zaakeigenschap_ids', sql`${prefix('zaak')} || ${z('id')}::text || '/zaakeigenschappen/'`)} as eigenschappen,
    ${urls('rol_ids', prefix('rol'))} as rollen,
    case when ${z('status_id')} is null then null else ${url(u, 'status', z('status_id'))} end as status,
    ${urls('zaakinformatieobject_ids', prefix('zaakinformatieobject'))} as zaakinformatieobjecten,
    ${urls('zaakobject_ids', prefix('zaakobject'))} as zaakobjecten,
    ${z('kenmerken')} as kenmerken,
    ${z('archiefnominatie')} as archiefnominatie,
    ${z('archiefstatus')} as archiefstatus,
    ${z('archiefactiedatum')} as archiefactiedatum,
    case when ${z('resultaat_id')} is null then null else ${url(u, 'resultaat', z('resultaat_id'))} end as resultaat,
    ${z('opdrachtgevende_organisatie')} as "opdrachtgevendeOrganisatie",
    ${z('processobjectaard')} as processobjectaard,
    ${z('startdatum_bewaartermijn')} as "startdatumBewaartermijn",
    ${z('processobject')} as processobject
  ) j)`;
}

const representaties = new WeakMap<ZakenApiUrls, { zaak: typeof zaakVelden; json: SQL<string> }>();
/**
 * The columns of a zaak and its representation, once per set of URLs. The representation has no
 * parameters, so it is rendered to text once: Drizzle would otherwise walk its few hundred
 * pieces again for every statement that names it (a fifth of the CPU of a POST /zaken).
 */
function representatie(u: ZakenApiUrls) {
  let r = representaties.get(u);
  if (!r) {
    const query = new PgDialect().sqlToQuery(zaakJsonSql(u));
    if (query.params.length > 0) throw new Error('The representation of a zaak takes no parameters.');
    r = { zaak: zaakVelden, json: sql.raw(query.sql) as SQL<string> };
    representaties.set(u, r);
  }
  return r;
}

const takCondition = (t: Tak): SQL | undefined => {
  if (t.zaaktypeId !== null && !isUuid(t.zaaktypeId)) throw new Error('Een zaaktype-id is een uuid.');
  return and(
    t.zaaktypeId !== null ? sql`${zaken.zaaktypeId} = ${literal(t.zaaktypeId)}` : undefined,
    t.vas !== null
      ? sql`${zaken.vertrouwelijkheidaanduiding} in (${sql.join(
          t.vas.filter((v) => VERTROUWELIJKHEID.includes(v)).map(literal),
          sql`, `,
        )})`
      : undefined,
  );
};

/** The zaken of the municipality a client may see, as one condition (for joins from sub-resources). */
export function zichtbaar(gemeenteCode: string, takken: Tak[]): SQL {
  if (takken.length === 0) return sql`false`;
  return and(vanGemeente(gemeenteCode), or(...takken.map(takCondition)) ?? sql`true`)!;
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
const eenScan = (q: PageQuery) => q.takken.length <= 1 || q.takken.length > MAX_TAKKEN_UNION;
const pageWhere = (q: PageQuery, cond: SQL | undefined) =>
  and(vanGemeente(q.gemeenteCode), cond, ...q.filters);
const alleTakken = (q: PageQuery) =>
  q.takken.length === 1 ? takCondition(q.takken[0]!) : or(...q.takken.map(takCondition));

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
  const fields = Object.fromEntries(q.ordering.map((o, i) => [`o${i}`, sql`${COLUMN[o.field]}`.as(`o${i}`)]));
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
  const outer = [
    ...q.ordering.map((o, i) => sql`${sql.identifier(`o${i}`)} ${sql.raw(o.desc ? 'desc' : 'asc')}`),
    ...(uniek(q.ordering) ? [] : [sql`${sql.identifier('id')} desc`]),
  ];
  return db
    .select({ id: sql<string>`${sql.identifier('id')}` })
    .from(u)
    .orderBy(...outer)
    .limit(literalNumber(q.size))
    .offset(literalNumber(q.offset));
}

/** A zaak in a list: its id and its representation (JSON text). */
export interface ZaakJsonRow {
  id: string;
  json: string;
}

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
  const fields = {
    id: zaken.id,
    json: representatie(u).json,
    ...(tellingen
      ? {
          n: sql<number>`(select coalesce(sum(${zaakTellingen.aantal}), 0) from ${zaakTellingen} where ${tellingenWhere(q, tellingen)})`.mapWith(
            Number,
          ),
        }
      : {}),
  };
  // Prepared: PostgreSQL parses and plans a page query once per connection.
  const rows: (ZaakJsonRow & { n?: number })[] =
    eenScan(q) && q.offset === 0
      ? // Page 1 straight from the index scan, which stops after the rows it shows (with an
        // OFFSET the skipped rows would be represented too, so other pages select their ids first).
        await db
          .select(fields)
          .from(zaken)
          .where(pageWhere(q, alleTakken(q)))
          .orderBy(...orderOn(q.ordering))
          .limit(literalNumber(q.size))
          .prepare('zaken_page_1')
          .execute()
      : await db
          .select(fields)
          .from(zaken)
          .where(inArray(zaken.id, pageIds(db, q)))
          .orderBy(...orderOn(q.ordering))
          .prepare('zaken_page')
          .execute();
  return { rows: rows.map(({ id, json }) => ({ id, json })), count: rows[0]?.n };
}

/** Which counters a count sums: the municipality's, of the parts, open or closed if asked. */
function tellingenWhere(q: Pick<PageQuery, 'gemeenteCode' | 'takken'>, tellingen: Tellingen): SQL {
  if (!/^[0-9]{4}$/.test(q.gemeenteCode)) throw new Error('Een gemeentecode is vier cijfers.');
  const tak = (t: Tak) => {
    if (t.zaaktypeId !== null && !isUuid(t.zaaktypeId)) throw new Error('Een zaaktype-id is een uuid.');
    return and(
      t.zaaktypeId !== null ? sql`${zaakTellingen.zaaktypeId} = ${literal(t.zaaktypeId)}` : undefined,
      t.vas !== null
        ? sql`${zaakTellingen.vertrouwelijkheidaanduiding} in (${sql.join(
            t.vas.filter((v) => VERTROUWELIJKHEID.includes(v)).map(literal),
            sql`, `,
          )})`
        : undefined,
    );
  };
  return and(
    sql`${zaakTellingen.gemeenteCode} = ${literal(q.gemeenteCode)}`,
    or(...q.takken.map(tak)),
    tellingen.afgesloten !== undefined
      ? sql`${zaakTellingen.afgesloten} = ${sql.raw(String(tellingen.afgesloten))}`
      : undefined,
  )!;
}

/** A count the counters can answer: only municipality, parts and open or closed filter. */
export type Tellingen = { afgesloten?: boolean };

/** The exact count: from the counters when only municipality, parts and open/closed filter. */
export async function countZaken(
  db: Db,
  q: Pick<PageQuery, 'gemeenteCode' | 'takken' | 'filters'>,
  tellingen: Tellingen | false,
): Promise<number> {
  if (q.takken.length === 0) return 0;
  if (tellingen) {
    const [row] = await db
      .select({ n: sql<number>`coalesce(sum(${zaakTellingen.aantal}), 0)`.mapWith(Number) })
      .from(zaakTellingen)
      .where(tellingenWhere(q, tellingen))
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

/** One zaak of the municipality: its columns and its representation. */
export async function apiZaak(
  db: Db,
  u: ZakenApiUrls,
  gemeenteCode: string,
  id: string,
): Promise<ApiZaakRow | undefined> {
  const [row] = await db
    .select(representatie(u))
    .from(zaken)
    .where(and(eq(zaken.gemeenteCode, gemeenteCode), eq(zaken.id, id)))
    .prepare('zaak')
    .execute();
  return row;
}

/** Zaken by id (for expand), only those the condition lets through. */
export const apiZakenWhere = (db: Db, u: ZakenApiUrls, where: SQL, ids: string[]): Promise<ZaakJsonRow[]> =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .select({ id: zaken.id, json: representatie(u).json })
        .from(zaken)
        .where(and(where, inArray(zaken.id, ids)));

/** The deelzaken of zaken (for expand), only those the condition lets through. */
export const deelzakenWhere = (
  db: Db,
  u: ZakenApiUrls,
  where: SQL,
  hoofdzaakIds: string[],
): Promise<(ZaakJsonRow & { hoofdzaakId: string | null })[]> =>
  hoofdzaakIds.length === 0
    ? Promise.resolve([])
    : db
        .select({ id: zaken.id, hoofdzaakId: zaken.hoofdzaakId, json: representatie(u).json })
        .from(zaken)
        .where(and(where, inArray(zaken.hoofdzaakId, hoofdzaakIds)))
        .orderBy(asc(zaken.identificatie));

/** Inserts a zaak of the API (and counts it), returning its columns and representation. */
export async function insertApiZaak(tx: Db, u: ZakenApiUrls, z: NewZaak): Promise<ApiZaakRow> {
  const r = representatie(u);
  const [row] = await insertZaakMet(
    tx,
    z,
    tx
      .insert(zaken)
      .values(z)
      .returning({ ...r.zaak, json: r.json }),
  );
  const { json, ...zaak } = row!;
  return { zaak, json };
}
