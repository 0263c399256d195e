import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/types.ts';
import { zaken } from './cases.schema.ts';
import { zaakTellingen } from './zaken-api.schema.ts';
import type { Tak } from './zaken-api.toegang.ts';
import { isUuid } from '../../platform/ids.ts';
import { VERTROUWELIJKHEID } from '../catalog/catalog.schema.ts';
import type { ZakenApiUrls } from './zaken-api.urls.ts';
import { representatie, type ZaakVelden } from './zaken-api.representatie.ts';
import { literal, vanGemeente } from './zaken-api.sql-tekst.ts';
import type { PageQuery } from './zaken-api.pagina.ts';

/**
 * The SQL of the Zaken API's reads: which zaken a client may see, the exact count of a list, and
 * zaken with their representation (the statements of a page are in zaken-api.pagina.ts).
 */

/**
 * A zaak as the Zaken API shows it: the columns (for checks and changes) and its ZGW
 * representation as JSON text, which PostgreSQL builds in the same statement. The lists send that
 * text on as it is; single resources parse it.
 */
export interface ApiZaakRow {
  zaak: ZaakVelden;
  json: string;
}

/** The condition of one part of a list, on a table with a zaak's zaaktype and confidentiality. */
export const deel = (
  t: Tak,
  cols: { zaaktypeId: AnyPgColumn; vertrouwelijkheidaanduiding: AnyPgColumn },
): SQL | undefined => {
  if (t.zaaktypeId !== null && !isUuid(t.zaaktypeId)) throw new Error('Een zaaktype-id is een uuid.');
  return and(
    t.zaaktypeId !== null ? sql`${cols.zaaktypeId} = ${literal(t.zaaktypeId)}` : undefined,
    t.vas !== null
      ? sql`${cols.vertrouwelijkheidaanduiding} in (${sql.join(
          t.vas.filter((v) => VERTROUWELIJKHEID.includes(v)).map(literal),
          sql`, `,
        )})`
      : undefined,
  );
};
export const takCondition = (t: Tak) => deel(t, zaken);

/** A zaak in a list: its id and its representation (JSON text). */
export interface ZaakJsonRow {
  id: string;
  json: string;
}

/** The zaken of the municipality a client may see, as one condition (for joins from sub-resources). */
export function zichtbaar(gemeenteCode: string, takken: Tak[]): SQL {
  if (takken.length === 0) return sql`false`;
  return and(vanGemeente(zaken.gemeenteCode, gemeenteCode), or(...takken.map(takCondition)) ?? sql`true`)!;
}

/** Which counters a count sums: the municipality's, of the parts, open or closed if asked. */
export function tellingenWhere(q: Pick<PageQuery, 'gemeenteCode' | 'takken'>, tellingen: Tellingen): SQL {
  return and(
    vanGemeente(zaakTellingen.gemeenteCode, q.gemeenteCode),
    or(...q.takken.map((t) => deel(t, zaakTellingen))),
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
