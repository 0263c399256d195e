import { sql } from 'drizzle-orm';
import { char, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Design-token overrides (CSS custom property name without `--` → value) over the base NL Design System theme. */
export type ThemeTokens = Record<string, string>;

export interface GemeenteSettings {
  /** Public contact details shown in the footer. */
  telefoon?: string;
  website?: string;
}

export const gemeenten = pgTable('gemeenten', {
  /** CBS gemeentecode, four digits. */
  code: char('code', { length: 4 }).primaryKey(),
  naam: text('naam').notNull(),
  /** Organisatie-identificatienummer, 20 digits. */
  oin: char('oin', { length: 20 }).notNull().unique(),
  slug: text('slug').notNull().unique(),
  hostnames: text('hostnames')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  theme: jsonb('theme').$type<ThemeTokens>().notNull(),
  settings: jsonb('settings').$type<GemeenteSettings>().notNull().default({}),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The municipality a row of municipal data belongs to: every such table carries it. */
export const gemeenteCodeColumn = () => char('gemeente_code', { length: 4 }).references(() => gemeenten.code);
