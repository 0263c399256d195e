import { and, asc, count, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { auditOfBron } from '../../platform/audit/audit.repository.ts';
import type { Db } from '../../platform/db/types.ts';
import { auditTrail } from '../../platform/audit/audit.schema.ts';
import { informatieobjecttypen, VERTROUWELIJKHEID } from '../catalog/catalog.schema.ts';
import { besluitinformatieobjecten } from '../decisions/decisions.schema.ts';
import {
  bestandsdelen,
  informatieobjecten,
  informatieobjectInhoud,
  informatieobjectVersies,
  objectinformatieobjecten,
  verzendingen,
  zaakinformatieobjecten,
} from './documents.schema.ts';

export type IoRow = typeof informatieobjecten.$inferSelect;
export type NewIo = typeof informatieobjecten.$inferInsert;
const io = informatieobjecten;

/** Which documents a scope covers: all, or per type (own id or remote URL) up to a confidentiality rank. */
export type IoAccess = 'all' | { ids: { id: string; max: number }[]; urls: { url: string; max: number }[] };

/** An object a document relates to: a zaak or besluit of Loket's own, or a URL elsewhere. */
export type ObjectRef = { kind: 'zaak' | 'besluit'; id: string } | { kind: 'url'; url: string };

const rankOf = (column: SQL | typeof io.vertrouwelijkheidaanduiding) =>
  sql`array_position(array[${sql.join(
    VERTROUWELIJKHEID.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[], ${column}::text)`;

/** The documents a client may see under a scope, in SQL (a denied document looks like a missing one). */
export function ioAccessFilter(a: IoAccess): SQL | undefined {
  if (a === 'all') return undefined;
  const rank = rankOf(io.vertrouwelijkheidaanduiding);
  const parts = [
    ...a.ids.map((g) => sql`(${io.informatieobjecttypeId} = ${g.id} and ${rank} <= ${g.max + 1})`),
    ...a.urls.map((g) => sql`(${io.informatieobjecttypeUrl} = ${g.url} and ${rank} <= ${g.max + 1})`),
  ];
  return parts.length > 0 ? or(...parts) : sql`false`;
}

/** Does the document have a relation to this object (or any object of this type)? */
function relatedTo(ref: ObjectRef | undefined, objectType: string | undefined): SQL | undefined {
  const zio = (extra: SQL) =>
    sql`exists (select 1 from ${zaakinformatieobjecten} where ${zaakinformatieobjecten.informatieobjectId} = ${io.id} and ${extra})`;
  const bio = (extra: SQL) =>
    sql`exists (select 1 from ${besluitinformatieobjecten} where ${besluitinformatieobjecten.informatieobjectId} = ${io.id} and ${extra})`;
  const oio = (extra: SQL) =>
    sql`exists (select 1 from ${objectinformatieobjecten} where ${objectinformatieobjecten.informatieobjectId} = ${io.id} and ${extra})`;
  const conditions: SQL[] = [];
  if (ref?.kind === 'zaak') conditions.push(zio(sql`${zaakinformatieobjecten.zaakId} = ${ref.id}`));
  if (ref?.kind === 'besluit') conditions.push(bio(sql`${besluitinformatieobjecten.besluitId} = ${ref.id}`));
  if (ref?.kind === 'url') {
    const byType = objectType ? sql` and ${objectinformatieobjecten.objectType} = ${objectType}` : sql``;
    conditions.push(oio(sql`${objectinformatieobjecten.object} = ${ref.url}${byType}`));
  }
  if (ref && ref.kind !== 'url' && objectType && objectType !== ref.kind) conditions.push(sql`false`);
  if (!ref && objectType) {
    const own =
      objectType === 'zaak' ? zio(sql`true`) : objectType === 'besluit' ? bio(sql`true`) : sql`false`;
    conditions.push(or(own, oio(sql`${objectinformatieobjecten.objectType} = ${objectType}`)) ?? sql`false`);
  }
  return conditions.length > 0 ? and(...conditions) : undefined;
}

export interface IoFilter {
  identificatie?: string | undefined;
  bronorganisatie?: string | undefined;
  object?: ObjectRef | undefined;
  objectType?: string | undefined;
  trefwoorden?: string[] | undefined;
  ids?: string[] | undefined;
}

export async function listInformatieobjecten(
  db: Db,
  gemeenteCode: string,
  f: IoFilter,
  access: IoAccess,
  page: { number: number; size: number },
): Promise<{ count: number; rows: IoRow[] }> {
  const where = and(
    eq(io.gemeenteCode, gemeenteCode),
    ioAccessFilter(access),
    f.identificatie !== undefined ? eq(io.identificatie, f.identificatie) : undefined,
    f.bronorganisatie !== undefined ? eq(io.bronorganisatie, f.bronorganisatie) : undefined,
    relatedTo(f.object, f.objectType),
    f.trefwoorden?.length
      ? sql`${io.trefwoorden} @> array[${sql.join(
          f.trefwoorden.map((w) => sql`${w}`),
          sql`, `,
        )}]::text[]`
      : undefined,
    f.ids !== undefined ? (f.ids.length > 0 ? inArray(io.id, f.ids) : sql`false`) : undefined,
  );
  const [total] = await db.select({ n: count() }).from(io).where(where);
  const rows = await db
    .select()
    .from(io)
    .where(where)
    .orderBy(asc(io.createdAt), asc(io.id))
    .limit(page.size)
    .offset((page.number - 1) * page.size);
  return { count: total?.n ?? 0, rows };
}

export async function findInformatieobject(
  db: Db,
  gemeenteCode: string,
  id: string,
  access: IoAccess = 'all',
): Promise<IoRow | undefined> {
  const [row] = await db
    .select()
    .from(io)
    .where(and(eq(io.id, id), eq(io.gemeenteCode, gemeenteCode), ioAccessFilter(access)));
  return row;
}

/** The row locked for the rest of the transaction: concurrent updates of one document queue. */
export async function lockInformatieobject(
  db: Db,
  gemeenteCode: string,
  id: string,
): Promise<IoRow | undefined> {
  const [row] = await db
    .select()
    .from(io)
    .where(and(eq(io.id, id), eq(io.gemeenteCode, gemeenteCode)))
    .for('update');
  return row;
}

export async function identificatieInUse(db: Db, bronorganisatie: string, identificatie: string) {
  const [row] = await db
    .select({ id: io.id })
    .from(io)
    .where(and(eq(io.bronorganisatie, bronorganisatie), eq(io.identificatie, identificatie)));
  return row !== undefined;
}

export async function insertInformatieobject(db: Db, values: NewIo): Promise<IoRow> {
  const [row] = await db.insert(io).values(values).returning();
  if (!row) throw new Error('insert into informatieobjecten returned no row');
  return row;
}

export async function updateInformatieobject(db: Db, id: string, values: Partial<NewIo>): Promise<IoRow> {
  const [row] = await db.update(io).set(values).where(eq(io.id, id)).returning();
  if (!row) throw new Error(`informatieobject ${id} vanished`);
  return row;
}

/** Keeps the version being replaced, as it was. */
export async function keepVersion(db: Db, row: IoRow): Promise<void> {
  const gegevens = JSON.parse(JSON.stringify(row)) as Record<string, unknown>;
  await db.insert(informatieobjectVersies).values({
    informatieobjectId: row.id,
    versie: row.versie,
    beginRegistratie: row.beginRegistratie,
    gegevens,
  });
}

const revive = (g: Record<string, unknown>): IoRow => {
  const row = g as unknown as IoRow;
  return {
    ...row,
    createdAt: new Date(String(g.createdAt)),
    beginRegistratie: new Date(String(g.beginRegistratie)),
  };
};

/** An earlier version by number, or the one registered at a moment. */
export async function findVersion(
  db: Db,
  id: string,
  at: { versie: number } | { registratieOp: Date },
): Promise<IoRow | undefined> {
  const v = informatieobjectVersies;
  const [row] = await db
    .select({ gegevens: v.gegevens })
    .from(v)
    .where(
      and(
        eq(v.informatieobjectId, id),
        'versie' in at
          ? eq(v.versie, at.versie)
          : sql`${v.beginRegistratie} <= ${at.registratieOp.toISOString()}::timestamptz`,
      ),
    )
    .orderBy(sql`${v.versie} desc`)
    .limit(1);
  return row && revive(row.gegevens);
}

export interface PartRow {
  id: string;
  informatieobjectId: string;
  volgnummer: number;
  omvang: number;
  voltooid: boolean;
}

/** The parts of large files still being uploaded, for these documents. */
export async function partsOf(db: Db, ids: string[]): Promise<PartRow[]> {
  if (ids.length === 0) return [];
  return db
    .select({
      id: bestandsdelen.id,
      informatieobjectId: bestandsdelen.informatieobjectId,
      volgnummer: bestandsdelen.volgnummer,
      omvang: bestandsdelen.omvang,
      voltooid: sql<boolean>`${bestandsdelen.inhoud} is not null`,
    })
    .from(bestandsdelen)
    .where(inArray(bestandsdelen.informatieobjectId, ids))
    .orderBy(asc(bestandsdelen.informatieobjectId), asc(bestandsdelen.volgnummer));
}

/** How many objects (zaken, besluiten, elsewhere) the document is related to (drc-008). */
export async function relationCount(db: Db, id: string): Promise<number> {
  let n = 0;
  for (const [table, column] of [
    [zaakinformatieobjecten, zaakinformatieobjecten.informatieobjectId],
    [besluitinformatieobjecten, besluitinformatieobjecten.informatieobjectId],
    [objectinformatieobjecten, objectinformatieobjecten.informatieobjectId],
  ] as const) {
    const [row] = await db.select({ n: count() }).from(table).where(eq(column, id));
    n += row?.n ?? 0;
  }
  return n;
}

/**
 * Removes the document for good with everything of it in this API: versions, content, parts,
 * gebruiksrechten and verzendingen (drc-008: no soft deletes; the audit trail separately).
 */
export async function deleteInformatieobject(db: Db, id: string): Promise<void> {
  await db.delete(informatieobjectInhoud).where(eq(informatieobjectInhoud.informatieobjectId, id));
  await db.delete(verzendingen).where(eq(verzendingen.informatieobjectId, id));
  await db.delete(io).where(eq(io.id, id));
}

export async function deleteAuditTrail(db: Db, id: string): Promise<void> {
  await db.delete(auditTrail).where(and(eq(auditTrail.hoofdObjectId, id), eq(auditTrail.bron, 'DRC')));
}

/** The document's audit trail (the Documenten API's part of it), oldest first. */
export const auditTrailOf = (db: Db, gemeenteCode: string, id: string, auditId?: string) =>
  auditOfBron(db, 'DRC', gemeenteCode, id, auditId);

/** An informatieobjecttype of the municipality's own catalogue. */
export async function findInformatieobjecttype(db: Db, gemeenteCode: string, id: string) {
  const t = informatieobjecttypen;
  const [row] = await db
    .select({
      id: t.id,
      catalogusId: t.catalogusId,
      omschrijving: t.omschrijving,
      concept: t.concept,
      vertrouwelijkheidaanduiding: t.vertrouwelijkheidaanduiding,
    })
    .from(t)
    .where(and(eq(t.id, id), eq(t.gemeenteCode, gemeenteCode)));
  return row;
}
