import { and, count, eq, isNull, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/types.ts';
import {
  bestandsdelen,
  informatieobjectBlokken,
  informatieobjecten,
  informatieobjectInhoud,
} from './documents.schema.ts';

/**
 * Content travels as base64 text (decoded and encoded by the database): PGlite takes a binary
 * parameter of some megabytes several times slower, and both drivers agree on text.
 */
const toDb = (b: Uint8Array) =>
  sql`decode(${Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('base64')}, 'base64')`;
const fromDb = (column: AnyPgColumn) => sql<string>`encode(${column}, 'base64')`;
const bytesOf = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'base64'));

/** Stores content for a content version, block by block (each a row of its own, numbered from 1). */
export async function insertBlocks(
  db: Db,
  informatieobjectId: string,
  inhoudVersie: number,
  blocks: Uint8Array[],
): Promise<void> {
  for (const [i, inhoud] of blocks.entries()) {
    await db
      .insert(informatieobjectBlokken)
      .values({ informatieobjectId, inhoudVersie, volgnummer: i + 1, inhoud: toDb(inhoud) });
  }
}

export async function blockCount(db: Db, informatieobjectId: string, inhoudVersie: number): Promise<number> {
  const b = informatieobjectBlokken;
  const [row] = await db
    .select({ n: count() })
    .from(b)
    .where(and(eq(b.informatieobjectId, informatieobjectId), eq(b.inhoudVersie, inhoudVersie)));
  return row?.n ?? 0;
}

export async function readBlock(
  db: Db,
  informatieobjectId: string,
  inhoudVersie: number,
  volgnummer: number,
): Promise<Uint8Array | undefined> {
  const b = informatieobjectBlokken;
  const [row] = await db
    .select({ inhoud: fromDb(b.inhoud) })
    .from(b)
    .where(
      and(
        eq(b.informatieobjectId, informatieobjectId),
        eq(b.inhoudVersie, inhoudVersie),
        eq(b.volgnummer, volgnummer),
      ),
    );
  return row && bytesOf(row.inhoud);
}

/** Content as the portal and back office store it: one value per document. */
export async function readStoredContent(db: Db, informatieobjectId: string): Promise<Uint8Array | undefined> {
  const [row] = await db
    .select({ inhoud: fromDb(informatieobjectInhoud.inhoud) })
    .from(informatieobjectInhoud)
    .where(eq(informatieobjectInhoud.informatieobjectId, informatieobjectId));
  return row && bytesOf(row.inhoud);
}

/** Announces the parts of a file to come, each of the given size. */
export async function createParts(
  db: Db,
  informatieobjectId: string,
  gemeenteCode: string,
  sizes: number[],
): Promise<void> {
  await db.delete(bestandsdelen).where(eq(bestandsdelen.informatieobjectId, informatieobjectId));
  if (sizes.length === 0) return;
  await db
    .insert(bestandsdelen)
    .values(sizes.map((omvang, i) => ({ informatieobjectId, gemeenteCode, volgnummer: i + 1, omvang })));
}

/** A part of the municipality's, with the lock of its document. */
export async function findPart(db: Db, gemeenteCode: string, id: string) {
  const [row] = await db
    .select({
      id: bestandsdelen.id,
      informatieobjectId: bestandsdelen.informatieobjectId,
      volgnummer: bestandsdelen.volgnummer,
      omvang: bestandsdelen.omvang,
      voltooid: sql<boolean>`${bestandsdelen.inhoud} is not null`,
      lock: informatieobjecten.lock,
    })
    .from(bestandsdelen)
    .innerJoin(informatieobjecten, eq(informatieobjecten.id, bestandsdelen.informatieobjectId))
    .where(and(eq(bestandsdelen.id, id), eq(bestandsdelen.gemeenteCode, gemeenteCode)));
  return row;
}

export async function storePart(db: Db, id: string, inhoud: Uint8Array): Promise<void> {
  await db
    .update(bestandsdelen)
    .set({ inhoud: toDb(inhoud) })
    .where(eq(bestandsdelen.id, id));
}

export async function missingParts(db: Db, informatieobjectId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(bestandsdelen)
    .where(and(eq(bestandsdelen.informatieobjectId, informatieobjectId), isNull(bestandsdelen.inhoud)));
  return row?.n ?? 0;
}

export async function partCount(db: Db, informatieobjectId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(bestandsdelen)
    .where(eq(bestandsdelen.informatieobjectId, informatieobjectId));
  return row?.n ?? 0;
}

/** The uploaded parts become the blocks of the content version, inside the database. */
export async function mergeParts(db: Db, informatieobjectId: string, inhoudVersie: number): Promise<void> {
  const b = informatieobjectBlokken;
  await db
    .delete(b)
    .where(and(eq(b.informatieobjectId, informatieobjectId), eq(b.inhoudVersie, inhoudVersie)));
  await db.execute(sql`insert into ${b} (${sql.identifier('informatieobject_id')}, ${sql.identifier(
    'inhoud_versie',
  )}, ${sql.identifier('volgnummer')}, ${sql.identifier('inhoud')})
    select ${bestandsdelen.informatieobjectId}, ${inhoudVersie}::int, ${bestandsdelen.volgnummer}, ${bestandsdelen.inhoud}
    from ${bestandsdelen}
    where ${bestandsdelen.informatieobjectId} = ${informatieobjectId} and ${bestandsdelen.inhoud} is not null
    order by ${bestandsdelen.volgnummer}`);
  await db.delete(bestandsdelen).where(eq(bestandsdelen.informatieobjectId, informatieobjectId));
}

export async function deleteParts(db: Db, informatieobjectId: string): Promise<void> {
  await db.delete(bestandsdelen).where(eq(bestandsdelen.informatieobjectId, informatieobjectId));
}

/** Content versions no version refers to any more (after a failed upload was replaced). */
export async function deleteBlocks(db: Db, informatieobjectId: string, inhoudVersie: number): Promise<void> {
  const b = informatieobjectBlokken;
  await db
    .delete(b)
    .where(and(eq(b.informatieobjectId, informatieobjectId), eq(b.inhoudVersie, inhoudVersie)));
}
