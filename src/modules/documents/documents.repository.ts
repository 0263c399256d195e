import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { informatieobjecttypen } from '../catalog/catalog.schema.ts';
import { zaken } from '../cases/cases.schema.ts';
import {
  informatieobjectBlokken,
  informatieobjecten,
  informatieobjectInhoud,
  verzendingen,
  zaakinformatieobjecten,
  type Correspondentieadres,
} from './documents.schema.ts';

export type NewInformatieobject = typeof informatieobjecten.$inferInsert;
export type NewZaakinformatieobject = typeof zaakinformatieobjecten.$inferInsert;
export type Verzending = typeof verzendingen.$inferSelect;

/** A plain Uint8Array, copied: postgres.js hands out Buffers, possibly views on a shared pool. */
const plainBytes = (b: Uint8Array): Uint8Array => (b.constructor === Uint8Array ? b : new Uint8Array(b));

const ofGemeente = (gemeenteCode: string): SQL => eq(informatieobjecten.gemeenteCode, gemeenteCode);

export async function findZaak(
  db: Db,
  gemeenteCode: string,
  zaakId: string,
): Promise<{ id: string; identificatie: string } | undefined> {
  const [row] = await db
    .select({ id: zaken.id, identificatie: zaken.identificatie })
    .from(zaken)
    .where(and(eq(zaken.id, zaakId), eq(zaken.gemeenteCode, gemeenteCode)));
  return row;
}

export async function informatieobjecttypeExists(db: Db, gemeenteCode: string, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: informatieobjecttypen.id })
    .from(informatieobjecttypen)
    .where(and(eq(informatieobjecttypen.id, id), eq(informatieobjecttypen.gemeenteCode, gemeenteCode)));
  return row !== undefined;
}

/**
 * The highest number in use after `prefix` (e.g. 'DOC-2026-') for this bronorganisatie, taken
 * under a transaction-scoped advisory lock so that two transactions never pick the same next
 * number; identificaties that API clients chose themselves and that do not fit are skipped.
 */
export async function lockAndLastNumber(db: Db, bronorganisatie: string, prefix: string): Promise<number> {
  await db.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`loket.informatieobject:${bronorganisatie}`}, 0))`,
  );
  const pattern = `^${prefix.replace(/[^A-Za-z0-9]/g, '\\$&')}[0-9]{1,9}$`;
  const number = sql`substring(${informatieobjecten.identificatie} from ${prefix.length + 1}::int)::int`;
  const [row] = await db
    .select({ n: sql<number>`coalesce(max(${number}), 0)`.mapWith(Number) })
    .from(informatieobjecten)
    .where(
      and(
        eq(informatieobjecten.bronorganisatie, bronorganisatie),
        sql`${informatieobjecten.identificatie} ~ ${pattern}`,
      ),
    );
  return row?.n ?? 0;
}

export async function insertInformatieobject(
  db: Db,
  values: NewInformatieobject,
  inhoud: Uint8Array,
): Promise<{ id: string }> {
  const [row] = await db.insert(informatieobjecten).values(values).returning({ id: informatieobjecten.id });
  if (!row) throw new Error('insert into informatieobjecten returned no row');
  await db.insert(informatieobjectInhoud).values({ informatieobjectId: row.id, inhoud });
  return row;
}

export async function insertZaakinformatieobject(
  db: Db,
  values: NewZaakinformatieobject,
): Promise<{ id: string }> {
  const [row] = await db
    .insert(zaakinformatieobjecten)
    .values(values)
    .returning({ id: zaakinformatieobjecten.id });
  if (!row) throw new Error('insert into zaakinformatieobjecten returned no row');
  return row;
}

const metadata = {
  id: informatieobjecten.id,
  identificatie: informatieobjecten.identificatie,
  informatieobjecttypeId: informatieobjecten.informatieobjecttypeId,
  titel: informatieobjecten.titel,
  beschrijving: informatieobjecten.beschrijving,
  bestandsnaam: informatieobjecten.bestandsnaam,
  formaat: informatieobjecten.formaat,
  bestandsomvang: informatieobjecten.bestandsomvang,
  creatiedatum: informatieobjecten.creatiedatum,
  auteur: informatieobjecten.auteur,
  vertrouwelijkheidaanduiding: informatieobjecten.vertrouwelijkheidaanduiding,
  verzenddatum: informatieobjecten.verzenddatum,
  berichtId: zaakinformatieobjecten.berichtId,
  registratiedatum: zaakinformatieobjecten.registratiedatum,
};

export type ZaakDocument = Awaited<ReturnType<typeof listForZaak>>[number];

export const listForZaak = (db: Db, gemeenteCode: string, zaakId: string) =>
  db
    .select(metadata)
    .from(zaakinformatieobjecten)
    .innerJoin(informatieobjecten, eq(informatieobjecten.id, zaakinformatieobjecten.informatieobjectId))
    .where(
      and(
        eq(zaakinformatieobjecten.zaakId, zaakId),
        eq(zaakinformatieobjecten.gemeenteCode, gemeenteCode),
        ofGemeente(gemeenteCode),
      ),
    )
    // Documents stored in one transaction share a registratiedatum: then in order of numbering.
    .orderBy(asc(zaakinformatieobjecten.registratiedatum), asc(informatieobjecten.identificatie));

export interface DocumentContent {
  bestandsnaam: string;
  formaat: string;
  inhoud: Uint8Array;
}

/** The content of a document of the municipality; with `zaakId`, only when it is on that zaak. */
export async function findContent(
  db: Db,
  gemeenteCode: string,
  documentId: string,
  zaakId?: string,
): Promise<DocumentContent | undefined> {
  const onZaak =
    zaakId === undefined
      ? undefined
      : sql`exists (select 1 from ${zaakinformatieobjecten}
          where ${zaakinformatieobjecten.informatieobjectId} = ${informatieobjecten.id}
            and ${zaakinformatieobjecten.zaakId} = ${zaakId}
            and ${zaakinformatieobjecten.gemeenteCode} = ${gemeenteCode})`;
  const [row] = await db
    .select({
      bestandsnaam: informatieobjecten.bestandsnaam,
      formaat: informatieobjecten.formaat,
      inhoudVersie: informatieobjecten.inhoudVersie,
      inhoud: informatieobjectInhoud.inhoud,
    })
    .from(informatieobjecten)
    .leftJoin(informatieobjectInhoud, eq(informatieobjectInhoud.informatieobjectId, informatieobjecten.id))
    .where(and(eq(informatieobjecten.id, documentId), ofGemeente(gemeenteCode), onZaak));
  if (!row) return undefined;
  const { inhoudVersie, inhoud, ...meta } = row;
  // Content the Documenten API stored (or replaced) is in blocks of its content version.
  if (inhoudVersie === null) return undefined;
  const blocks = await db
    .select({ inhoud: informatieobjectBlokken.inhoud })
    .from(informatieobjectBlokken)
    .where(
      and(
        eq(informatieobjectBlokken.informatieobjectId, documentId),
        eq(informatieobjectBlokken.inhoudVersie, inhoudVersie),
      ),
    )
    .orderBy(asc(informatieobjectBlokken.volgnummer));
  if (blocks.length > 0) return { ...meta, inhoud: plainBytes(Buffer.concat(blocks.map((b) => b.inhoud))) };
  return inhoud ? { ...meta, inhoud: plainBytes(inhoud) } : undefined;
}

export async function findInformatieobject(
  db: Db,
  gemeenteCode: string,
  id: string,
): Promise<{ id: string; identificatie: string; verzenddatum: string | null } | undefined> {
  const [row] = await db
    .select({
      id: informatieobjecten.id,
      identificatie: informatieobjecten.identificatie,
      verzenddatum: informatieobjecten.verzenddatum,
    })
    .from(informatieobjecten)
    .where(and(eq(informatieobjecten.id, id), ofGemeente(gemeenteCode)));
  return row;
}

export async function insertVerzending(
  db: Db,
  values: {
    gemeenteCode: string;
    informatieobjectId: string;
    adres: Correspondentieadres;
    toelichting: string;
  },
): Promise<Verzending> {
  const [row] = await db.insert(verzendingen).values(values).returning();
  if (!row) throw new Error('insert into verzendingen returned no row');
  return row;
}

export async function findVerzending(
  db: Db,
  gemeenteCode: string,
  id: string,
): Promise<Verzending | undefined> {
  const [row] = await db
    .select()
    .from(verzendingen)
    .where(and(eq(verzendingen.id, id), eq(verzendingen.gemeenteCode, gemeenteCode)));
  return row;
}

/** Sets the date once: undefined when the verzending is missing or already went out. */
export async function markVerzending(
  db: Db,
  gemeenteCode: string,
  id: string,
  datum: string,
): Promise<Verzending | undefined> {
  const [row] = await db
    .update(verzendingen)
    .set({ verzenddatum: datum })
    .where(
      and(
        eq(verzendingen.id, id),
        eq(verzendingen.gemeenteCode, gemeenteCode),
        isNull(verzendingen.verzenddatum),
      ),
    )
    .returning();
  return row;
}

export async function setVerzenddatum(
  db: Db,
  gemeenteCode: string,
  id: string,
  datum: string,
): Promise<void> {
  await db
    .update(informatieobjecten)
    .set({ verzenddatum: datum })
    .where(and(eq(informatieobjecten.id, id), ofGemeente(gemeenteCode)));
}

export type OpenVerzending = Awaited<ReturnType<typeof listOpenVerzendingen>>[number];

/** Letters still to be printed and posted, oldest first, with the document and its zaak. */
export const listOpenVerzendingen = (db: Db, gemeenteCode: string) =>
  db
    .selectDistinctOn([verzendingen.createdAt, verzendingen.id], {
      id: verzendingen.id,
      informatieobjectId: verzendingen.informatieobjectId,
      adres: verzendingen.adres,
      toelichting: verzendingen.toelichting,
      createdAt: verzendingen.createdAt,
      titel: informatieobjecten.titel,
      identificatie: informatieobjecten.identificatie,
      zaakId: zaken.id,
      zaakIdentificatie: zaken.identificatie,
    })
    .from(verzendingen)
    .innerJoin(informatieobjecten, eq(informatieobjecten.id, verzendingen.informatieobjectId))
    .leftJoin(
      zaakinformatieobjecten,
      and(
        eq(zaakinformatieobjecten.informatieobjectId, informatieobjecten.id),
        eq(zaakinformatieobjecten.gemeenteCode, gemeenteCode),
      ),
    )
    .leftJoin(zaken, and(eq(zaken.id, zaakinformatieobjecten.zaakId), eq(zaken.gemeenteCode, gemeenteCode)))
    .where(
      and(
        eq(verzendingen.gemeenteCode, gemeenteCode),
        ofGemeente(gemeenteCode),
        isNull(verzendingen.verzenddatum),
        eq(verzendingen.perPost, true),
      ),
    )
    // A document on more than one zaak is listed once, with the zaak it was first linked to.
    .orderBy(asc(verzendingen.createdAt), asc(verzendingen.id), asc(zaakinformatieobjecten.registratiedatum));
