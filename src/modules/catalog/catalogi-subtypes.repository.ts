import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import {
  eigenschappen,
  resultaattypen,
  roltypen,
  statustypen,
  zaakobjecttypen,
  zaaktypeInformatieobjecttypen,
  zaaktypen,
} from './catalog.schema.ts';
import {
  PAGE_SIZE,
  versionFilter,
  type Paged,
  type StatusFilter,
  type ZaaktypeRow,
} from './catalogi-api.repository.ts';

/**
 * The SQL of the types that belong to one zaaktype version (statustypen, resultaattypen,
 * roltypen, eigenschappen, zaaktype-informatieobjecttypen, zaakobjecttypen): each read with its
 * zaaktype, whose catalogus, identificatie, validity and concept state they share.
 */
export const SUBTYPE_TABLES = {
  statustype: statustypen,
  resultaattype: resultaattypen,
  roltype: roltypen,
  eigenschap: eigenschappen,
  zaaktypeInformatieobjecttype: zaaktypeInformatieobjecttypen,
  zaakobjecttype: zaakobjecttypen,
};
export type Subtype = keyof typeof SUBTYPE_TABLES;
// Drizzle does not type one query over a union of tables. The six share the columns these
// queries use (id, zaaktypeId, gemeenteCode), so each query is typed as over one of them and
// its rows typed back by kind.
export type SubtypeRow<K extends Subtype> = (typeof SUBTYPE_TABLES)[K]['$inferSelect'];
export type SubtypeInsert<K extends Subtype> = (typeof SUBTYPE_TABLES)[K]['$inferInsert'];
export interface WithZaaktype<K extends Subtype> {
  row: SubtypeRow<K>;
  zaaktype: ZaaktypeRow;
}

const countAll = sql<number>`count(*)::int`;

export interface SubtypeFilter {
  zaaktypeId?: string | undefined;
  zaaktypeIdentificatie?: string | undefined;
  catalogusId?: string | undefined;
  /** Of the zaaktype: concept, published or both. */
  status?: StatusFilter | undefined;
  datum?: string | undefined;
  /** Conditions on the type's own columns. */
  where?: (SQL | undefined)[];
}

export async function findSubtype<K extends Subtype>(
  db: Db,
  kind: K,
  gemeenteCode: string,
  id: string,
): Promise<WithZaaktype<K> | undefined> {
  const t = SUBTYPE_TABLES[kind] as typeof statustypen;
  const [r] = await db
    .select({ row: t, zaaktype: zaaktypen })
    .from(t)
    .innerJoin(zaaktypen, eq(zaaktypen.id, t.zaaktypeId))
    .where(and(eq(t.id, id), eq(t.gemeenteCode, gemeenteCode)));
  return r;
}

export async function listSubtypes<K extends Subtype>(
  db: Db,
  kind: K,
  gemeenteCode: string,
  f: SubtypeFilter,
  page: number,
): Promise<Paged<WithZaaktype<K>>> {
  const t = SUBTYPE_TABLES[kind] as typeof statustypen;
  const where = and(
    eq(t.gemeenteCode, gemeenteCode),
    f.zaaktypeId ? eq(t.zaaktypeId, f.zaaktypeId) : undefined,
    f.zaaktypeIdentificatie !== undefined ? eq(zaaktypen.identificatie, f.zaaktypeIdentificatie) : undefined,
    f.catalogusId ? eq(zaaktypen.catalogusId, f.catalogusId) : undefined,
    ...versionFilter(zaaktypen, f),
    ...(f.where ?? []),
  );
  // Statustypen and zaaktype-informatieobjecttypen in their order within the zaaktype.
  const volgnummer = 'volgnummer' in SUBTYPE_TABLES[kind] ? [asc(t.volgnummer)] : [];
  const rows = await db
    .select({ row: t, zaaktype: zaaktypen })
    .from(t)
    .innerJoin(zaaktypen, eq(zaaktypen.id, t.zaaktypeId))
    .where(where)
    .orderBy(
      asc(zaaktypen.identificatie),
      asc(zaaktypen.beginGeldigheid),
      asc(zaaktypen.id),
      ...volgnummer,
      asc(t.id),
    )
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE);
  const [c] = await db
    .select({ count: countAll })
    .from(t)
    .innerJoin(zaaktypen, eq(zaaktypen.id, t.zaaktypeId))
    .where(where);
  return { count: c?.count ?? 0, rows: rows };
}

export async function insertSubtype<K extends Subtype>(
  tx: Db,
  kind: K,
  v: SubtypeInsert<K>,
): Promise<string> {
  const t = SUBTYPE_TABLES[kind] as typeof statustypen;
  const [row] = await tx
    .insert(t)
    .values(v as typeof statustypen.$inferInsert)
    .returning({ id: t.id });
  return row!.id;
}

export async function updateSubtype<K extends Subtype>(
  tx: Db,
  kind: K,
  id: string,
  v: Partial<SubtypeInsert<K>>,
): Promise<void> {
  const t = SUBTYPE_TABLES[kind] as typeof statustypen;
  await tx.update(t).set(v).where(eq(t.id, id));
}

export async function deleteSubtype(tx: Db, kind: Subtype, id: string): Promise<void> {
  const t = SUBTYPE_TABLES[kind] as typeof statustypen;
  await tx.delete(t).where(eq(t.id, id));
}

/** Statustypen or eigenschappen by id, limited to one zaaktype: the ones that really belong to it. */
export async function idsOfZaaktype(
  db: Db,
  kind: 'statustype' | 'eigenschap',
  zaaktypeId: string,
  ids: string[],
) {
  if (ids.length === 0) return new Set<string>();
  const t = SUBTYPE_TABLES[kind] as typeof statustypen;
  const rows = await db
    .select({ id: t.id })
    .from(t)
    .where(and(eq(t.zaaktypeId, zaaktypeId), inArray(t.id, ids)));
  return new Set(rows.map((r) => r.id));
}

/** Another statustype of the zaaktype with this volgnummer. */
export async function statustypeWithVolgnummer(db: Db, zaaktypeId: string, volgnummer: number) {
  const [row] = await db
    .select({ id: statustypen.id })
    .from(statustypen)
    .where(and(eq(statustypen.zaaktypeId, zaaktypeId), eq(statustypen.volgnummer, volgnummer)));
  return row?.id;
}
