import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { gemeenteCodeColumn } from '../../modules/tenants/gemeente.schema.ts';

/**
 * The audit trail (ZGW shape): every change to a zaak, document or besluit, written in the
 * same transaction as the change, with who, when, what and the old and new values.
 */
export const auditTrail = pgTable(
  'audit_trail',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteCode: gemeenteCodeColumn().notNull(),
    /** The component: ZRC, DRC, BRC, ZTC. */
    bron: text('bron').notNull(),
    /** Portal, back office, an API client: the application that made the change. */
    applicatieId: text('applicatie_id').notNull(),
    applicatieWeergave: text('applicatie_weergave').notNull(),
    gebruikersId: text('gebruikers_id').notNull(),
    gebruikersWeergave: text('gebruikers_weergave').notNull(),
    actie: text('actie').notNull(),
    actieWeergave: text('actie_weergave').notNull(),
    resultaat: integer('resultaat').notNull(),
    /** The main object (a zaak, document or besluit) the change belongs to. */
    hoofdObjectId: uuid('hoofd_object_id').notNull(),
    resource: text('resource').notNull(),
    resourceId: uuid('resource_id').notNull(),
    resourceWeergave: text('resource_weergave').notNull(),
    toelichting: text('toelichting').notNull().default(''),
    oud: jsonb('oud').$type<Record<string, unknown> | null>(),
    nieuw: jsonb('nieuw').$type<Record<string, unknown> | null>(),
    requestId: text('request_id'),
    // The clock, not the transaction's start: the rows of one change keep their order.
    aanmaakdatum: timestamp('aanmaakdatum', { withTimezone: true })
      .notNull()
      .default(sql`clock_timestamp()`),
  },
  (t) => [index('audit_trail_hoofd_object_idx').on(t.hoofdObjectId, t.aanmaakdatum)],
);
