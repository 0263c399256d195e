import { and, asc, count, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { gebruiksrechten, informatieobjecten } from './documents.schema.ts';
import { ioAccessFilter, type IoAccess } from './informatieobjecten.repository.ts';

export type GebruiksrechtRow = typeof gebruiksrechten.$inferSelect;
const g = gebruiksrechten;

export async function countFor(db: Db, informatieobjectId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(g).where(eq(g.informatieobjectId, informatieobjectId));
  return row?.n ?? 0;
}

export interface GebruiksrechtFilter {
  informatieobjectId?: string | undefined;
  /** Comparisons on startdatum/einddatum: [column, operator, moment]. */
  dates: { column: 'startdatum' | 'einddatum'; op: '<' | '<=' | '>' | '>='; at: Date }[];
}

const OPS = { '<': sql`<`, '<=': sql`<=`, '>': sql`>`, '>=': sql`>=` } as const;

export async function list(db: Db, gemeenteCode: string, f: GebruiksrechtFilter, access: IoAccess) {
  const dateConditions: SQL[] = f.dates.map(
    (d) => sql`${g[d.column]} ${OPS[d.op]} ${d.at.toISOString()}::timestamptz`,
  );
  return db
    .select({ recht: g })
    .from(g)
    .innerJoin(informatieobjecten, eq(informatieobjecten.id, g.informatieobjectId))
    .where(
      and(
        eq(g.gemeenteCode, gemeenteCode),
        ioAccessFilter(access),
        f.informatieobjectId !== undefined ? eq(g.informatieobjectId, f.informatieobjectId) : undefined,
        ...dateConditions,
      ),
    )
    .orderBy(asc(g.startdatum), asc(g.id))
    .then((rows) => rows.map((r) => r.recht));
}

export async function find(db: Db, gemeenteCode: string, id: string): Promise<GebruiksrechtRow | undefined> {
  const [row] = await db
    .select()
    .from(g)
    .where(and(eq(g.id, id), eq(g.gemeenteCode, gemeenteCode)));
  return row;
}

export async function insert(db: Db, values: typeof g.$inferInsert): Promise<GebruiksrechtRow> {
  const [row] = await db.insert(g).values(values).returning();
  if (!row) throw new Error('insert into gebruiksrechten returned no row');
  return row;
}

export async function update(
  db: Db,
  id: string,
  values: Partial<typeof g.$inferInsert>,
): Promise<GebruiksrechtRow> {
  const [row] = await db.update(g).set(values).where(eq(g.id, id)).returning();
  if (!row) throw new Error(`gebruiksrecht ${id} vanished`);
  return row;
}

export async function remove(db: Db, id: string): Promise<void> {
  await db.delete(g).where(eq(g.id, id));
}

/** drc-006: the document's indicatie follows its gebruiksrechten (true with any, null without). */
export async function syncIndicatie(db: Db, informatieobjectId: string): Promise<void> {
  const n = await countFor(db, informatieobjectId);
  await db
    .update(informatieobjecten)
    .set({ indicatieGebruiksrecht: n > 0 ? true : null })
    .where(eq(informatieobjecten.id, informatieobjectId));
}
