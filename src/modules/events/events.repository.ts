import { and, asc, count, desc, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { plaatshouders, waarden } from '../../platform/db/voorbereid.ts';
import { abonnementen, afleveringen, outbox, partnerInbox } from './events.schema.ts';

export type NewOutbox = typeof outbox.$inferInsert;
export type NewAbonnement = typeof abonnementen.$inferInsert;
export type AfleveringStatus = (typeof afleveringen.$inferSelect)['status'];
export type InboxRow = typeof partnerInbox.$inferSelect;

export async function insertOutbox(tx: Db, row: NewOutbox): Promise<void> {
  await tx.insert(outbox).values(row);
}

/** The columns of a ZGW notification's outbox row. */
export const ZGW_KOLOMMEN = [
  'id',
  'gemeenteCode',
  'soort',
  'kanaal',
  'kenmerken',
  'payload',
  'createdAt',
] as const;
export type ZgwOutboxRow = Required<Pick<NewOutbox, (typeof ZGW_KOLOMMEN)[number]>>;
const OUTBOX_PREFIX = 'outbox_';

/** The insert of such a row as a part of another statement, its values under `outbox_<column>`. */
export const outboxDeel = (db: Db) =>
  db.insert(outbox).values(plaatshouders(outbox, ZGW_KOLOMMEN, OUTBOX_PREFIX));

/** The values for `outboxDeel`. */
export const outboxWaarden = (row: ZgwOutboxRow) => waarden(outbox, ZGW_KOLOMMEN, row, OUTBOX_PREFIX);

/** Outbox rows still to fan out, locked so that a second worker skips them. */
export const lockUndistributed = (tx: Db, limit: number) =>
  tx
    .select({
      id: outbox.id,
      gemeenteCode: outbox.gemeenteCode,
      kanaal: outbox.kanaal,
      kenmerken: outbox.kenmerken,
    })
    .from(outbox)
    .where(isNull(outbox.verdeeld))
    .orderBy(asc(outbox.createdAt))
    .limit(limit)
    .for('update', { skipLocked: true });

export const activeAbonnementen = (tx: Db) =>
  tx
    .select({ id: abonnementen.id, gemeenteCode: abonnementen.gemeenteCode, kanalen: abonnementen.kanalen })
    .from(abonnementen)
    .where(eq(abonnementen.actief, true));

/**
 * Idempotent: a delivery that exists already (the unique pair) is left as it is. An opdracht's
 * one delivery has no abonnement.
 */
export async function insertAfleveringen(
  tx: Db,
  rows: { outboxId: string; abonnementId: string | null; volgendePoging: Date }[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.insert(afleveringen).values(rows).onConflictDoNothing();
}

export async function markVerdeeld(tx: Db, ids: string[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await tx.update(outbox).set({ verdeeld: at }).where(inArray(outbox.id, ids));
}

/**
 * Takes due open deliveries by setting a lease in one statement: rows another worker holds
 * (locked now, or leased until later) are skipped. The lease time is the worker's token.
 */
export async function leaseDue(db: Db, at: Date, until: Date, limit: number): Promise<string[]> {
  const due = db
    .select({ id: afleveringen.id })
    .from(afleveringen)
    .where(
      and(
        eq(afleveringen.status, 'open'),
        lte(afleveringen.volgendePoging, at),
        or(isNull(afleveringen.bezetTot), lt(afleveringen.bezetTot, at)),
      ),
    )
    .orderBy(asc(afleveringen.volgendePoging))
    .limit(limit)
    .for('update', { skipLocked: true });
  const rows = await db
    .update(afleveringen)
    .set({ bezetTot: until })
    .where(inArray(afleveringen.id, due))
    .returning({ id: afleveringen.id });
  return rows.map((r) => r.id);
}

/**
 * What sending needs: the payload and where and how to send it (the subscriber's callback, or
 * for an opdracht the method and URL in its payload).
 */
export const forSending = (db: Db, ids: string[]) =>
  db
    .select({
      id: afleveringen.id,
      pogingen: afleveringen.pogingen,
      eventId: outbox.id,
      gemeenteCode: outbox.gemeenteCode,
      soort: outbox.soort,
      kanaal: outbox.kanaal,
      kenmerken: outbox.kenmerken,
      payload: outbox.payload,
      callbackUrl: abonnementen.callbackUrl,
      auth: abonnementen.auth,
    })
    .from(afleveringen)
    .innerJoin(outbox, eq(outbox.id, afleveringen.outboxId))
    .leftJoin(abonnementen, eq(abonnementen.id, afleveringen.abonnementId))
    .where(inArray(afleveringen.id, ids));

export type Sendable = Awaited<ReturnType<typeof forSending>>[number];

/** Records an outcome only while the lease is still this worker's: a late worker changes nothing. */
export async function recordOutcome(
  db: Db,
  id: string,
  lease: Date,
  outcome: {
    status: AfleveringStatus;
    pogingen: number;
    volgendePoging?: Date;
    laatsteFout?: string | null;
    bezorgd?: Date;
  },
): Promise<boolean> {
  const rows = await db
    .update(afleveringen)
    .set({ ...outcome, bezetTot: null })
    .where(and(eq(afleveringen.id, id), eq(afleveringen.bezetTot, lease), eq(afleveringen.status, 'open')))
    .returning({ id: afleveringen.id });
  return rows.length > 0;
}

/** The municipality's own events only: another's delivery looks missing. */
const ofGemeente = (db: Db, gemeenteCode: string) =>
  db.select({ id: outbox.id }).from(outbox).where(eq(outbox.gemeenteCode, gemeenteCode));

/** Back to open and due now, for a new series of attempts. */
export async function reopen(db: Db, gemeenteCode: string, id: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(afleveringen)
    .set({ status: 'open', pogingen: 0, volgendePoging: at, bezetTot: null })
    .where(
      and(
        eq(afleveringen.id, id),
        inArray(afleveringen.status, ['open', 'dood']),
        inArray(afleveringen.outboxId, ofGemeente(db, gemeenteCode)),
      ),
    )
    .returning({ id: afleveringen.id });
  return rows.length > 0;
}

export const deliveriesOf = (
  db: Db,
  gemeenteCode: string,
  status: AfleveringStatus | undefined,
  limit: number,
) =>
  db
    .select({
      id: afleveringen.id,
      status: afleveringen.status,
      pogingen: afleveringen.pogingen,
      laatsteFout: afleveringen.laatsteFout,
      volgendePoging: afleveringen.volgendePoging,
      bezorgd: afleveringen.bezorgd,
      createdAt: afleveringen.createdAt,
      eventId: outbox.id,
      soort: outbox.soort,
      kanaal: outbox.kanaal,
      /** The subscriber, or where an opdracht goes ("POST https://…"). */
      abonnee: sql<string>`coalesce(${abonnementen.naam}, concat(${outbox.payload}->>'methode', ' ', ${outbox.payload}->>'url'))`,
    })
    .from(afleveringen)
    .innerJoin(outbox, eq(outbox.id, afleveringen.outboxId))
    .leftJoin(abonnementen, eq(abonnementen.id, afleveringen.abonnementId))
    .where(and(eq(outbox.gemeenteCode, gemeenteCode), status ? eq(afleveringen.status, status) : undefined))
    .orderBy(desc(outbox.createdAt), asc(outbox.id), asc(abonnementen.naam))
    .limit(limit);

export type DeliveryRow = Awaited<ReturnType<typeof deliveriesOf>>[number];

/** Insert, or update when the id exists (seeding with fixed ids stays idempotent). */
export async function upsertAbonnement(db: Db, a: NewAbonnement): Promise<string> {
  const { id: _id, createdAt: _c, ...changes } = a;
  const [row] = await db
    .insert(abonnementen)
    .values(a)
    .onConflictDoUpdate({ target: abonnementen.id, set: changes })
    .returning({ id: abonnementen.id });
  return row!.id;
}

/** True when the event is new to this partner; a repeat changes nothing. */
export async function insertInbox(
  db: Db,
  partner: string,
  eventId: string,
  payload: Record<string, unknown>,
): Promise<boolean> {
  const rows = await db
    .insert(partnerInbox)
    .values({ partner, eventId, payload })
    .onConflictDoNothing()
    .returning({ id: partnerInbox.id });
  return rows.length > 0;
}

export const inboxOf = (db: Db, partner: string, limit: number) =>
  db
    .select()
    .from(partnerInbox)
    .where(eq(partnerInbox.partner, partner))
    .orderBy(desc(partnerInbox.ontvangen), asc(partnerInbox.id))
    .limit(limit);

export async function inboxCounts(db: Db): Promise<Map<string, number>> {
  const rows = await db
    .select({ partner: partnerInbox.partner, n: count() })
    .from(partnerInbox)
    .groupBy(partnerInbox.partner);
  return new Map(rows.map((r) => [r.partner, r.n]));
}

/**
 * Ends a subscription: inactive (no new deliveries) and its open deliveries stopped, while the
 * delivery history stays. Only the municipality's own; true when there was one.
 */
export async function endAbonnement(
  db: Db,
  gemeenteCode: string,
  id: string,
  reden: string,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(abonnementen)
      .set({ actief: false })
      .where(
        and(
          eq(abonnementen.id, id),
          eq(abonnementen.gemeenteCode, gemeenteCode),
          eq(abonnementen.actief, true),
        ),
      )
      .returning({ id: abonnementen.id });
    if (rows.length === 0) return false;
    await tx
      .update(afleveringen)
      .set({ status: 'dood', laatsteFout: reden, bezetTot: null })
      .where(and(eq(afleveringen.abonnementId, id), eq(afleveringen.status, 'open')));
    return true;
  });
}
