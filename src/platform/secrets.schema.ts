import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Keys the installation generates for itself once (signing keys of the development identity
 * provider, the pseudonymisation key of the processing log, the session secret outside
 * production), kept in the database so that every process uses the same ones.
 */
export const platformSecrets = pgTable('platform_secrets', {
  name: text('name').primaryKey(),
  value: jsonb('value').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
