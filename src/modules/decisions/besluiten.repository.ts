import { and, asc, count, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { auditOfBron } from '../../platform/audit/audit.repository.ts';
import type { Db } from '../../platform/db/types.ts';
import { auditTrail } from '../../platform/audit/audit.schema.ts';
import { besluittypen, informatieobjecttypen, zaaktypen } from '../catalog/catalog.schema.ts';
import { zaken } from '../cases/cases.schema.ts';
import { besluiten, besluitinformatieobjecten } from './decisions.schema.ts';

export type BesluitRow = typeof besluiten.$inferSelect;
export type NewBesluit = typeof besluiten.$inferInsert;
export type BioRow = typeof besluitinformatieobjecten.$inferSelect;
const b = besluiten;
const bio = besluitinformatieobjecten;

/** Which besluiten a scope covers: all, or of these besluittypen (own ids, remote URLs). */
export type BesluitAccess = 'all' | { ids: string[]; urls: string[] };

export function besluitAccessFilter(a: BesluitAccess): SQL | undefined {
  if (a === 'all') return undefined;
  const parts = [
    ...(a.ids.length > 0 ? [inArray(b.besluittypeId, a.ids)] : []),
    ...(a.urls.length > 0 ? [inArray(b.besluittypeUrl, a.urls)] : []),
  ];
  return parts.length > 0 ? or(...parts) : sql`false`;
}

/** A type or zaak: Loket's own by id, or elsewhere by URL. */
export type Ref = { id: string } | { url: string };
const refFilter = (idCol: AnyPgColumn, urlCol: AnyPgColumn, r: Ref) =>
  'id' in r ? eq(idCol, r.id) : eq(urlCol, r.url);

export interface BesluitFilter {
  identificatie?: string | undefined;
  verantwoordelijkeOrganisatie?: string | undefined;
  besluittype?: Ref | undefined;
  zaak?: Ref | undefined;
}

export async function listBesluiten(
  db: Db,
  gemeenteCode: string,
  f: BesluitFilter,
  access: BesluitAccess,
  page: { number: number; size: number },
): Promise<{ count: number; rows: BesluitRow[] }> {
  const where = and(
    eq(b.gemeenteCode, gemeenteCode),
    besluitAccessFilter(access),
    f.identificatie !== undefined ? eq(b.identificatie, f.identificatie) : undefined,
    f.verantwoordelijkeOrganisatie !== undefined
      ? eq(b.verantwoordelijkeOrganisatie, f.verantwoordelijkeOrganisatie)
      : undefined,
    f.besluittype ? refFilter(b.besluittypeId, b.besluittypeUrl, f.besluittype) : undefined,
    f.zaak ? refFilter(b.zaakId, b.zaakUrl, f.zaak) : undefined,
  );
  const [total] = await db.select({ n: count() }).from(b).where(where);
  const rows = await db
    .select()
    .from(b)
    .where(where)
    .orderBy(asc(b.createdAt), asc(b.id))
    .limit(page.size)
    .offset((page.number - 1) * page.size);
  return { count: total?.n ?? 0, rows };
}

export async function findBesluit(db: Db, gemeenteCode: string, id: string, forUpdate = false) {
  const q = db
    .select()
    .from(b)
    .where(and(eq(b.id, id), eq(b.gemeenteCode, gemeenteCode)));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

export async function identificatieInUse(db: Db, organisatie: string, identificatie: string) {
  const [row] = await db
    .select({ id: b.id })
    .from(b)
    .where(and(eq(b.verantwoordelijkeOrganisatie, organisatie), eq(b.identificatie, identificatie)));
  return row !== undefined;
}

/** The highest number after `prefix` for the organisation, under a transaction-scoped lock (brc-002). */
export async function lockAndLastNumber(db: Db, organisatie: string, prefix: string): Promise<number> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`loket.besluit:${organisatie}`}, 0))`);
  const pattern = `^${prefix.replace(/[^A-Za-z0-9]/g, '\\$&')}[0-9]{1,15}$`;
  const number = sql`substring(${b.identificatie} from ${prefix.length + 1}::int)::bigint`;
  const [row] = await db
    .select({ n: sql<number>`coalesce(max(${number}), 0)`.mapWith(Number) })
    .from(b)
    .where(and(eq(b.verantwoordelijkeOrganisatie, organisatie), sql`${b.identificatie} ~ ${pattern}`));
  return row?.n ?? 0;
}

export async function insertBesluit(db: Db, values: NewBesluit): Promise<BesluitRow> {
  const [row] = await db.insert(b).values(values).returning();
  if (!row) throw new Error('insert into besluiten returned no row');
  return row;
}

export async function updateBesluit(db: Db, id: string, values: Partial<NewBesluit>): Promise<BesluitRow> {
  const [row] = await db.update(b).set(values).where(eq(b.id, id)).returning();
  if (!row) throw new Error(`besluit ${id} vanished`);
  return row;
}

/** brc-009: the besluit, its besluitinformatieobjecten and its audit trail, for good. */
export async function deleteBesluit(db: Db, id: string): Promise<void> {
  await db.delete(bio).where(eq(bio.besluitId, id));
  await db.delete(b).where(eq(b.id, id));
  await db.delete(auditTrail).where(and(eq(auditTrail.hoofdObjectId, id), eq(auditTrail.bron, 'BRC')));
}

/** The besluit's audit trail (the Besluiten API's part of it), oldest first. */
export const auditTrailOf = (db: Db, gemeenteCode: string, id: string, auditId?: string) =>
  auditOfBron(db, 'BRC', gemeenteCode, id, auditId);

/** A besluittype of the municipality's own catalogue. */
export async function findBesluittype(db: Db, gemeenteCode: string, id: string) {
  const t = besluittypen;
  const [row] = await db
    .select({ id: t.id, catalogusId: t.catalogusId, omschrijving: t.omschrijving, concept: t.concept })
    .from(t)
    .where(and(eq(t.id, id), eq(t.gemeenteCode, gemeenteCode)));
  return row;
}

/** A zaak of the municipality, with what a besluit checks against and tells about it. */
export async function findZaak(db: Db, gemeenteCode: string, id: string) {
  const [row] = await db
    .select({
      id: zaken.id,
      identificatie: zaken.identificatie,
      bronorganisatie: zaken.bronorganisatie,
      vertrouwelijkheidaanduiding: zaken.vertrouwelijkheidaanduiding,
      zaaktypeId: zaken.zaaktypeId,
      gemeenteCode: zaken.gemeenteCode,
    })
    .from(zaken)
    .where(and(eq(zaken.id, id), eq(zaken.gemeenteCode, gemeenteCode)));
  return row;
}

/** brc-007: is the besluittype one of the zaaktype's (by omschrijving, in the same catalogus)? */
export async function zaaktypeAllowsBesluittype(db: Db, zaaktypeId: string, besluittypeId: string) {
  const [row] = await db
    .select({ id: zaaktypen.id })
    .from(zaaktypen)
    .innerJoin(besluittypen, eq(besluittypen.catalogusId, zaaktypen.catalogusId))
    .where(
      and(
        eq(zaaktypen.id, zaaktypeId),
        eq(besluittypen.id, besluittypeId),
        sql`${besluittypen.omschrijving} = any(${zaaktypen.besluittypen})`,
      ),
    );
  return row !== undefined;
}

/** brc-008: is the informatieobjecttype one of the besluittype's (by omschrijving, in the same catalogus)? */
export async function besluittypeAllowsInformatieobjecttype(db: Db, besluittypeId: string, iotId: string) {
  const [row] = await db
    .select({ id: besluittypen.id })
    .from(besluittypen)
    .innerJoin(informatieobjecttypen, eq(informatieobjecttypen.catalogusId, besluittypen.catalogusId))
    .where(
      and(
        eq(besluittypen.id, besluittypeId),
        eq(informatieobjecttypen.id, iotId),
        sql`${informatieobjecttypen.omschrijving} = any(${besluittypen.informatieobjecttypen})`,
      ),
    );
  return row !== undefined;
}

export async function listBios(
  db: Db,
  gemeenteCode: string,
  f: { besluitId?: string | undefined; informatieobjectId?: string | undefined },
  access: BesluitAccess,
): Promise<BioRow[]> {
  return db
    .select({ bio })
    .from(bio)
    .innerJoin(b, eq(b.id, bio.besluitId))
    .where(
      and(
        eq(bio.gemeenteCode, gemeenteCode),
        besluitAccessFilter(access),
        f.besluitId !== undefined ? eq(bio.besluitId, f.besluitId) : undefined,
        f.informatieobjectId !== undefined ? eq(bio.informatieobjectId, f.informatieobjectId) : undefined,
      ),
    )
    .orderBy(asc(bio.registratiedatum), asc(bio.id))
    .then((rows) => rows.map((r) => r.bio));
}

export async function findBio(db: Db, gemeenteCode: string, id: string): Promise<BioRow | undefined> {
  const [row] = await db
    .select()
    .from(bio)
    .where(and(eq(bio.id, id), eq(bio.gemeenteCode, gemeenteCode)));
  return row;
}

export async function insertBio(db: Db, values: typeof bio.$inferInsert): Promise<BioRow> {
  const [row] = await db.insert(bio).values(values).returning();
  if (!row) throw new Error('insert into besluitinformatieobjecten returned no row');
  return row;
}

export async function deleteBio(db: Db, id: string): Promise<void> {
  await db.delete(bio).where(eq(bio.id, id));
}
