import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { gemeenteCodeColumn } from '../tenants/gemeente.schema.ts';

export const ROLLEN = ['behandelaar', 'coordinator', 'functioneel-beheerder'] as const;
export type Rol = (typeof ROLLEN)[number];

/** Employees; each belongs to one municipality. The identity provider authenticates them. */
export const medewerkers = pgTable('medewerkers', {
  id: uuid('id').primaryKey().defaultRandom(),
  gemeenteCode: gemeenteCodeColumn().notNull(),
  gebruikersnaam: text('gebruikersnaam').notNull().unique(),
  naam: text('naam').notNull(),
  rollen: text('rollen').array().$type<Rol[]>().notNull(),
  actief: boolean('actief').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Browser sessions, in the database so that any process can serve any request. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_expires_idx').on(t.expiresAt)],
);

/** API clients (ZGW-style HS256 JWT issuers); each belongs to one municipality. */
export const apiClients = pgTable('api_clients', {
  clientId: text('client_id').primaryKey(),
  gemeenteCode: gemeenteCodeColumn().notNull(),
  secret: text('secret').notNull(),
  naam: text('naam').notNull(),
  scopes: text('scopes')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Storage of the built-in development identity provider (oidc-provider adapter). */
export const oidcPayloads = pgTable(
  'oidc_payloads',
  {
    model: text('model').notNull(),
    id: text('id').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    grantId: text('grant_id'),
    userCode: text('user_code'),
    uid: text('uid'),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.model, t.id] }),
    index('oidc_payloads_grant_idx').on(t.grantId),
    index('oidc_payloads_uid_idx').on(t.uid),
  ],
);

/** Fixed-window counters for rate limiting, shared by all processes. */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
  hits: integer('hits').notNull(),
});
