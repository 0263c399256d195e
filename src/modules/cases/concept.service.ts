import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { isUuid } from '../../platform/ids.ts';
import type { Db } from '../../platform/db/types.ts';
import { aanvraagConcepten } from './cases.schema.ts';

const GELDIG_MS = 2 * 3600_000;

export type Concept = typeof aanvraagConcepten.$inferSelect;

/**
 * Checked applications waiting for the applicant's confirmation on the summary page. A form
 * without JavaScript posts once; the upload waits here, not in the session.
 */
export function conceptService(deps: { db: Db; today?: () => Date }) {
  const { db } = deps;
  const now = deps.today ?? (() => new Date());
  return {
    async save(c: {
      eigenaar: string;
      gemeenteCode: string;
      zaaktypeId: string;
      gegevens: Record<string, unknown>;
      bijlage: Uint8Array | null;
    }) {
      const [row] = await db
        .insert(aanvraagConcepten)
        .values({ ...c, verlooptOp: new Date(now().getTime() + GELDIG_MS) })
        .returning({ id: aanvraagConcepten.id });
      return row!.id;
    },
    /** The owner's own, unexpired draft; anyone else's looks missing. */
    async get(eigenaar: string, id: string): Promise<Concept | undefined> {
      if (!isUuid(id)) return undefined;
      const [row] = await db
        .select()
        .from(aanvraagConcepten)
        .where(
          and(
            eq(aanvraagConcepten.id, id),
            eq(aanvraagConcepten.eigenaar, eigenaar),
            gt(aanvraagConcepten.verlooptOp, now()),
          ),
        );
      return row;
    },
    /** Deletes within the submitting transaction: a draft becomes a case once. */
    async take(tx: Db, eigenaar: string, id: string): Promise<boolean> {
      const rows = await tx
        .delete(aanvraagConcepten)
        .where(and(eq(aanvraagConcepten.id, id), eq(aanvraagConcepten.eigenaar, eigenaar)))
        .returning({ id: aanvraagConcepten.id });
      return rows.length === 1;
    },
    async purgeExpired(): Promise<number> {
      const rows = await db
        .delete(aanvraagConcepten)
        .where(lt(aanvraagConcepten.verlooptOp, sql`now()`))
        .returning({ id: aanvraagConcepten.id });
      return rows.length;
    },
  };
}

export type ConceptService = ReturnType<typeof conceptService>;
