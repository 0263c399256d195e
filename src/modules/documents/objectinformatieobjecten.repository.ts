import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/types.ts';
import { besluitinformatieobjecten } from '../decisions/decisions.schema.ts';
import { informatieobjecten, objectinformatieobjecten, zaakinformatieobjecten } from './documents.schema.ts';
import { ioAccessFilter, type IoAccess, type ObjectRef } from './informatieobjecten.repository.ts';

/**
 * An objectinformatieobject: the relations of zaken and besluiten of Loket's own are read from
 * zaak- and besluitinformatieobjecten (same id), so the two sides can never differ; only
 * relations with objects elsewhere are rows of their own.
 */
export interface OioRow {
  id: string;
  informatieobjectId: string;
  objectType: 'zaak' | 'besluit' | 'verzoek';
  /** The zaak or besluit of Loket's own. */
  objectId: string | null;
  /** An object elsewhere. */
  object: string | null;
}

const z = zaakinformatieobjecten;
const b = besluitinformatieobjecten;
const o = objectinformatieobjecten;

function union(
  gemeenteCode: string,
  f: { informatieobjectId?: string | undefined; object?: ObjectRef; id?: string },
) {
  const byIo = (col: AnyPgColumn) =>
    f.informatieobjectId !== undefined ? sql` and ${col} = ${f.informatieobjectId}` : sql``;
  const byId = (col: AnyPgColumn) => (f.id !== undefined ? sql` and ${col} = ${f.id}` : sql``);
  const ref = f.object;
  const zaak =
    ref === undefined || ref.kind === 'zaak'
      ? sql`select ${z.id} as id, ${z.informatieobjectId} as informatieobject_id, 'zaak' as object_type,
          ${z.zaakId} as object_id, null::text as object, ${z.registratiedatum} as sinds
          from ${z} where ${z.gemeenteCode} = ${gemeenteCode}${byIo(z.informatieobjectId)}${byId(z.id)}${
            ref?.kind === 'zaak' ? sql` and ${z.zaakId} = ${ref.id}` : sql``
          }`
      : undefined;
  const besluit =
    ref === undefined || ref.kind === 'besluit'
      ? sql`select ${b.id} as id, ${b.informatieobjectId} as informatieobject_id, 'besluit' as object_type,
          ${b.besluitId} as object_id, null::text as object, ${b.registratiedatum} as sinds
          from ${b} where ${b.gemeenteCode} = ${gemeenteCode}${byIo(b.informatieobjectId)}${byId(b.id)}${
            ref?.kind === 'besluit' ? sql` and ${b.besluitId} = ${ref.id}` : sql``
          }`
      : undefined;
  const elders =
    ref === undefined || ref.kind === 'url'
      ? sql`select ${o.id} as id, ${o.informatieobjectId} as informatieobject_id, ${o.objectType} as object_type,
          null::uuid as object_id, ${o.object} as object, null::timestamptz as sinds
          from ${o} where ${o.gemeenteCode} = ${gemeenteCode}${byIo(o.informatieobjectId)}${byId(o.id)}${
            ref?.kind === 'url' ? sql` and ${o.object} = ${ref.url}` : sql``
          }`
      : undefined;
  const parts = [zaak, besluit, elders].filter((p): p is SQL => p !== undefined);
  return sql.join(parts, sql` union all `);
}

export async function listOio(
  db: Db,
  gemeenteCode: string,
  f: { informatieobjectId?: string | undefined; object?: ObjectRef | undefined },
  access: IoAccess,
): Promise<OioRow[]> {
  const u = sql`(${union(gemeenteCode, { informatieobjectId: f.informatieobjectId, ...(f.object ? { object: f.object } : {}) })}) as oio`;
  const rows = await db
    .select({
      id: sql<string>`oio.id`,
      informatieobjectId: sql<string>`oio.informatieobject_id`,
      objectType: sql<OioRow['objectType']>`oio.object_type`,
      objectId: sql<string | null>`oio.object_id`,
      object: sql<string | null>`oio.object`,
    })
    .from(u)
    .innerJoin(informatieobjecten, sql`${informatieobjecten.id} = oio.informatieobject_id`)
    .where(and(eq(informatieobjecten.gemeenteCode, gemeenteCode), ioAccessFilter(access)))
    .orderBy(sql`oio.sinds nulls last`, sql`oio.id`);
  return rows;
}

export async function findOio(db: Db, gemeenteCode: string, id: string): Promise<OioRow | undefined> {
  const u = sql`(${union(gemeenteCode, { id })}) as oio`;
  const [row] = await db
    .select({
      id: sql<string>`oio.id`,
      informatieobjectId: sql<string>`oio.informatieobject_id`,
      objectType: sql<OioRow['objectType']>`oio.object_type`,
      objectId: sql<string | null>`oio.object_id`,
      object: sql<string | null>`oio.object`,
    })
    .from(u);
  return row;
}

export async function insertOio(db: Db, values: typeof o.$inferInsert): Promise<string> {
  const [row] = await db.insert(o).values(values).returning({ id: o.id });
  if (!row) throw new Error('insert into objectinformatieobjecten returned no row');
  return row.id;
}

export async function deleteOio(db: Db, gemeenteCode: string, id: string): Promise<void> {
  await db.delete(o).where(and(eq(o.id, id), eq(o.gemeenteCode, gemeenteCode)));
}
