import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { rollen } from '../cases/cases.schema.ts';
import { informatieobjecten, verzendingen, zaakinformatieobjecten } from './documents.schema.ts';
import { ioAccessFilter, type IoAccess } from './informatieobjecten.repository.ts';

export type VerzendingRow = typeof verzendingen.$inferSelect;
const v = verzendingen;

/**
 * A verzending with the initiator's rol on the document's (first) zaak: the betrokkene of a
 * letter the portal or back office sent, which has no betrokkene URL of its own.
 */
const columns = {
  verzending: v,
  initiatorRolId: sql<string | null>`(select ${rollen.id} from ${zaakinformatieobjecten}
    join ${rollen} on ${rollen.zaakId} = ${zaakinformatieobjecten.zaakId}
    where ${zaakinformatieobjecten.informatieobjectId} = ${v.informatieobjectId}
      and ${rollen.omschrijvingGeneriek} = 'initiator'
    order by ${zaakinformatieobjecten.registratiedatum}, ${rollen.registratiedatum} limit 1)`,
};
export type VerzendingRecord = { verzending: VerzendingRow; initiatorRolId: string | null };

export interface VerzendingFilter {
  aardRelatie?: string | undefined;
  informatieobjectId?: string | undefined;
  betrokkene?: string | undefined;
}

export async function list(
  db: Db,
  gemeenteCode: string,
  f: VerzendingFilter,
  access: IoAccess,
  page: { number: number; size: number },
): Promise<{ count: number; rows: VerzendingRecord[] }> {
  const where = and(
    eq(v.gemeenteCode, gemeenteCode),
    ioAccessFilter(access),
    f.aardRelatie !== undefined ? eq(v.aardRelatie, f.aardRelatie) : undefined,
    f.informatieobjectId !== undefined ? eq(v.informatieobjectId, f.informatieobjectId) : undefined,
    f.betrokkene !== undefined ? eq(v.betrokkene, f.betrokkene) : undefined,
  );
  const [total] = await db
    .select({ n: count() })
    .from(v)
    .innerJoin(informatieobjecten, eq(informatieobjecten.id, v.informatieobjectId))
    .where(where);
  const rows = await db
    .select(columns)
    .from(v)
    .innerJoin(informatieobjecten, eq(informatieobjecten.id, v.informatieobjectId))
    .where(where)
    .orderBy(asc(v.createdAt), asc(v.id))
    .limit(page.size)
    .offset((page.number - 1) * page.size);
  return { count: total?.n ?? 0, rows };
}

export async function find(db: Db, gemeenteCode: string, id: string): Promise<VerzendingRecord | undefined> {
  // Joined, so that the columns in the subquery are named with their tables.
  const [row] = await db
    .select(columns)
    .from(v)
    .innerJoin(informatieobjecten, eq(informatieobjecten.id, v.informatieobjectId))
    .where(and(eq(v.id, id), eq(v.gemeenteCode, gemeenteCode)));
  return row;
}

/** Is there already a verzending from a sender (afzender) for the document, other than this one? */
export async function hasAfzender(db: Db, informatieobjectId: string, except?: string): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(v)
    .where(
      and(
        eq(v.informatieobjectId, informatieobjectId),
        eq(v.aardRelatie, 'afzender'),
        except !== undefined ? sql`${v.id} <> ${except}` : undefined,
      ),
    );
  return (row?.n ?? 0) > 0;
}

export async function insert(db: Db, values: typeof v.$inferInsert): Promise<VerzendingRow> {
  const [row] = await db.insert(v).values(values).returning();
  if (!row) throw new Error('insert into verzendingen returned no row');
  return row;
}

export async function update(
  db: Db,
  id: string,
  values: Partial<typeof v.$inferInsert>,
): Promise<VerzendingRow> {
  const [row] = await db.update(v).set(values).where(eq(v.id, id)).returning();
  if (!row) throw new Error(`verzending ${id} vanished`);
  return row;
}

export async function remove(db: Db, id: string): Promise<void> {
  await db.delete(v).where(eq(v.id, id));
}
