import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import type { zaakcontactmomenten } from './zaken-api.schema.ts';

/** zaakcontactmomenten or zaakverzoeken: the same shape, a zaak's link to a resource elsewhere. */
type LinkTable = typeof zaakcontactmomenten;
export type Link = LinkTable['$inferSelect'];

export async function insertLink(
  tx: Db,
  table: LinkTable,
  values: { zaakId: string; gemeenteCode: string; url: string },
): Promise<Link> {
  const [row] = await tx.insert(table).values(values).returning();
  return row!;
}

/**
 * Removes a link and returns the URL of its mirror as it is at that moment: a handler storing
 * the mirror concurrently either commits first (and its URL is returned) or finds no row.
 */
export async function deleteLink(tx: Db, table: LinkTable, id: string): Promise<string | null | undefined> {
  const [row] = await tx.delete(table).where(eq(table.id, id)).returning({ spiegelUrl: table.spiegelUrl });
  return row?.spiegelUrl;
}

/** Removes the links of a zaak; returns the URLs of their mirrors. */
export async function deleteLinksVanZaak(tx: Db, table: LinkTable, zaakId: string): Promise<string[]> {
  const rows = await tx
    .delete(table)
    .where(eq(table.zaakId, zaakId))
    .returning({ spiegelUrl: table.spiegelUrl });
  return rows.flatMap((r) => (r.spiegelUrl !== null ? [r.spiegelUrl] : []));
}

/**
 * Keeps the URL of a link's mirror unless it has one already. Returns the URL it keeps, or
 * undefined when the link is gone.
 */
export async function bewaarSpiegel(
  tx: Db,
  table: LinkTable,
  id: string,
  spiegelUrl: string,
): Promise<string | undefined> {
  const [row] = await tx
    .update(table)
    .set({ spiegelUrl: sql`coalesce(${table.spiegelUrl}, ${spiegelUrl})` })
    .where(eq(table.id, id))
    .returning({ spiegelUrl: table.spiegelUrl });
  return row?.spiegelUrl ?? undefined;
}
