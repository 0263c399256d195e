import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { gemeenteCodeColumn } from '../tenants/gemeente.schema.ts';

/**
 * The transactional outbox: written in the same transaction as the change it announces. The
 * id is the event id receivers de-duplicate on. Besides events it holds opdrachten: one request
 * to another register (a ZGW relation mirrored there), delivered with the same retries.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteCode: gemeenteCodeColumn(),
    /**
     * 'zgw' (a ZGW Notificaties message), 'cloudevent' (NL GOV CloudEvents) or 'opdracht' (a
     * request to another register; its payload is the method, URL and body).
     */
    soort: text('soort', { enum: ['zgw', 'cloudevent', 'opdracht'] }).notNull(),
    /**
     * The kanaal (ZGW) or the event type (CloudEvents), what subscriptions match on; for an
     * opdracht its name, which names the handler of the answer.
     */
    kanaal: text('kanaal').notNull(),
    /** Attributes subscriptions filter on (ZGW kenmerken); for an opdracht, what it is about. */
    kenmerken: jsonb('kenmerken').$type<Record<string, string>>().notNull().default({}),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    /** Set once deliveries were made for every matching subscription. */
    verdeeld: timestamp('verdeeld', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // Only the rows still to fan out: setting `verdeeld` takes a row out instead of adding an entry.
  (t) => [
    index('outbox_te_verdelen_idx')
      .on(t.createdAt)
      .where(sql`${t.verdeeld} is null`),
  ],
);

/** A subscriber: a callback URL with the secret Loket authenticates with, and what it wants. */
export const abonnementen = pgTable('abonnementen', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** The municipality whose events it receives; null for a national chain partner (all). */
  gemeenteCode: gemeenteCodeColumn(),
  naam: text('naam').notNull(),
  callbackUrl: text('callback_url').notNull(),
  /** Sent as the Authorization header value. */
  auth: text('auth').notNull(),
  /** Kanalen or event types with optional filters on kenmerken. */
  kanalen: jsonb('kanalen').$type<{ naam: string; filters: Record<string, string> }[]>().notNull(),
  actief: boolean('actief').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * ZGW Notificaties kanalen (exchanges) with the kenmerken a subscription may filter on. The
 * standard kanalen of the ZGW components are every municipality's (gemeente null); a kanaal a
 * client registers through the API is its municipality's.
 */
export const kanalen = pgTable(
  'kanalen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteCode: gemeenteCodeColumn(),
    naam: text('naam').notNull(),
    documentatieLink: text('documentatie_link'),
    filters: text('filters')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('kanalen_naam_uq').on(t.gemeenteCode, t.naam).nullsNotDistinct()],
);

/**
 * One event to one subscriber, or one opdracht to its register (no subscriber): retried with
 * backoff until delivered or dead.
 */
export const afleveringen = pgTable(
  'afleveringen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    outboxId: uuid('outbox_id')
      .notNull()
      .references(() => outbox.id),
    /** Null for an opdracht: it goes to the URL in its payload. */
    abonnementId: uuid('abonnement_id').references(() => abonnementen.id),
    status: text('status', { enum: ['open', 'bezorgd', 'dood'] })
      .notNull()
      .default('open'),
    pogingen: integer('pogingen').notNull().default(0),
    volgendePoging: timestamp('volgende_poging', { withTimezone: true }).notNull().defaultNow(),
    /** A worker's lease: nobody else takes the row before this moment. */
    bezetTot: timestamp('bezet_tot', { withTimezone: true }),
    laatsteFout: text('laatste_fout'),
    bezorgd: timestamp('bezorgd', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('afleveringen_uq').on(t.outboxId, t.abonnementId),
    index('afleveringen_te_doen_idx').on(t.status, t.volgendePoging),
  ],
);

/** What the built-in demo chain partners received, de-duplicated by event id. */
export const partnerInbox = pgTable(
  'partner_inbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partner: text('partner').notNull(),
    eventId: text('event_id').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    ontvangen: timestamp('ontvangen', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('partner_inbox_uq').on(t.partner, t.eventId)],
);
