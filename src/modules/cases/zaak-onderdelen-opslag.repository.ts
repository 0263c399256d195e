import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { zaakinformatieobjecten } from '../documents/documents.schema.ts';
import { resultaten, rollen, statussen, zaakeigenschappen, zaakobjecten, zaken } from './cases.schema.ts';
import { zaakbesluiten, zaakinformatieobjectGegevens } from './zaken-api.schema.ts';

/** The writes of the Zaken API on the parts of a zaak, in the caller's transaction. */

/**
 * A status; it becomes the zaak's current one unless the zaak already has a later one (by
 * datumStatusGezet). Returns the status and whether it is now the current one.
 */
export async function insertStatus(
  tx: Db,
  s: typeof statussen.$inferInsert & { id: string; datumStatusGezet: Date },
) {
  // Both statements at once (pipelined on PostgreSQL), in this order.
  const [[row], current] = await Promise.all([
    tx.insert(statussen).values(s).returning(),
    tx
      .update(zaken)
      .set({ statusId: s.id, updatedAt: sql`now()` })
      .where(
        and(
          eq(zaken.id, s.zaakId),
          sql`(${zaken.statusId} is null or (select st.datum_status_gezet from ${statussen} st where st.id = ${zaken.statusId}) <= ${s.datumStatusGezet.toISOString()}::timestamptz)`,
        ),
      )
      .returning({ id: zaken.id }),
  ]);
  return { status: row!, huidig: current.length > 0 };
}

export async function insertResultaat(tx: Db, r: typeof resultaten.$inferInsert) {
  const [row] = await tx.insert(resultaten).values(r).returning();
  return row!;
}
export async function updateResultaat(tx: Db, id: string, set: Partial<typeof resultaten.$inferInsert>) {
  const [row] = await tx.update(resultaten).set(set).where(eq(resultaten.id, id)).returning();
  return row!;
}
export const deleteResultaat = (tx: Db, id: string) => tx.delete(resultaten).where(eq(resultaten.id, id));

export async function insertRol(tx: Db, r: typeof rollen.$inferInsert) {
  const [row] = await tx.insert(rollen).values(r).returning();
  return row!;
}
/** A rol goes; statuses it set keep their history without it. */
export async function deleteRol(tx: Db, id: string) {
  await tx.update(statussen).set({ gezetdoorId: null }).where(eq(statussen.gezetdoorId, id));
  await tx.delete(rollen).where(eq(rollen.id, id));
}

export async function insertZaakobject(tx: Db, o: typeof zaakobjecten.$inferInsert) {
  const [row] = await tx.insert(zaakobjecten).values(o).returning();
  return row!;
}
export async function updateZaakobject(tx: Db, id: string, set: Partial<typeof zaakobjecten.$inferInsert>) {
  const [row] = await tx.update(zaakobjecten).set(set).where(eq(zaakobjecten.id, id)).returning();
  return row!;
}
export const deleteZaakobject = (tx: Db, id: string) =>
  tx.delete(zaakobjecten).where(eq(zaakobjecten.id, id));

export async function insertZaakeigenschap(tx: Db, e: typeof zaakeigenschappen.$inferInsert) {
  const [row] = await tx.insert(zaakeigenschappen).values(e).returning();
  return row!;
}
export async function updateZaakeigenschap(
  tx: Db,
  id: string,
  set: Partial<typeof zaakeigenschappen.$inferInsert>,
) {
  const [row] = await tx.update(zaakeigenschappen).set(set).where(eq(zaakeigenschappen.id, id)).returning();
  return row!;
}
export const deleteZaakeigenschap = (tx: Db, id: string) =>
  tx.delete(zaakeigenschappen).where(eq(zaakeigenschappen.id, id));

/** A zaakinformatieobject: the relation (documents module's table) and what the Zaken API adds. */
export async function insertZio(
  tx: Db,
  z: typeof zaakinformatieobjecten.$inferInsert,
  extra: { statusId: string | null; vernietigingsdatum: Date | null },
) {
  const [row] = await tx.insert(zaakinformatieobjecten).values(z).returning();
  if (extra.statusId || extra.vernietigingsdatum)
    await tx.insert(zaakinformatieobjectGegevens).values({ zaakinformatieobjectId: row!.id, ...extra });
  return row!;
}
export async function updateZio(
  tx: Db,
  id: string,
  set: { titel?: string; beschrijving?: string },
  extra: { statusId?: string | null; vernietigingsdatum?: Date | null },
) {
  if (Object.keys(set).length > 0)
    await tx.update(zaakinformatieobjecten).set(set).where(eq(zaakinformatieobjecten.id, id));
  if (Object.keys(extra).length > 0)
    await tx
      .insert(zaakinformatieobjectGegevens)
      .values({ zaakinformatieobjectId: id, ...extra })
      .onConflictDoUpdate({ target: zaakinformatieobjectGegevens.zaakinformatieobjectId, set: extra });
}
export const deleteZio = (tx: Db, id: string) =>
  tx.delete(zaakinformatieobjecten).where(eq(zaakinformatieobjecten.id, id));

export async function insertZaakbesluit(tx: Db, z: typeof zaakbesluiten.$inferInsert) {
  const [row] = await tx.insert(zaakbesluiten).values(z).returning();
  return row!;
}
export const deleteZaakbesluit = (tx: Db, id: string) =>
  tx.delete(zaakbesluiten).where(eq(zaakbesluiten.id, id));
