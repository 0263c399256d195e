import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/types.ts';
import { auditTrail } from './audit.schema.ts';

/** Who made a change, through which application: enough for the audit trail's who-columns. */
export interface AuditActor {
  applicatieId: string;
  applicatieWeergave: string;
  gebruikersId: string;
  gebruikersWeergave: string;
  requestId?: string | undefined;
}

export interface AuditEntry {
  gemeenteCode: string;
  bron: 'ZRC' | 'DRC' | 'BRC' | 'ZTC';
  actie: string;
  actieWeergave: string;
  resultaat?: number;
  hoofdObjectId: string;
  resource: string;
  resourceId: string;
  resourceWeergave: string;
  toelichting?: string;
  oud?: Record<string, unknown> | null;
  nieuw?: Record<string, unknown> | null;
}

export type AuditRow = typeof auditTrail.$inferSelect;

export type NewAuditRow = typeof auditTrail.$inferInsert;

/** The row of a change: the entry with who made it (no `oud` or `nieuw` given: NULL). */
export const auditRij = (actor: AuditActor, entry: AuditEntry): NewAuditRow => ({
  ...entry,
  resultaat: entry.resultaat ?? 200,
  applicatieId: actor.applicatieId,
  applicatieWeergave: actor.applicatieWeergave,
  gebruikersId: actor.gebruikersId,
  gebruikersWeergave: actor.gebruikersWeergave,
  requestId: actor.requestId ?? null,
});

/** Write inside the transaction of the change: no change without its audit row. */
export async function writeAudit(tx: Db, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditTrail).values(auditRij(actor, entry));
}

export const auditOf = (db: Db, hoofdObjectId: string): Promise<AuditRow[]> =>
  db
    .select()
    .from(auditTrail)
    .where(eq(auditTrail.hoofdObjectId, hoofdObjectId))
    .orderBy(asc(auditTrail.aanmaakdatum), asc(auditTrail.id));

/** One component's part of an object's audit trail in a municipality (or one row of it), oldest first. */
export const auditOfBron = (
  db: Db,
  bron: AuditEntry['bron'],
  gemeenteCode: string,
  hoofdObjectId: string,
  auditId?: string,
): Promise<AuditRow[]> =>
  db
    .select()
    .from(auditTrail)
    .where(
      and(
        eq(auditTrail.hoofdObjectId, hoofdObjectId),
        eq(auditTrail.gemeenteCode, gemeenteCode),
        eq(auditTrail.bron, bron),
        auditId !== undefined ? eq(auditTrail.id, auditId) : undefined,
      ),
    )
    .orderBy(asc(auditTrail.aanmaakdatum), asc(auditTrail.id));
