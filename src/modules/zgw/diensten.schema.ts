import { pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { gemeenteCodeColumn } from '../tenants/gemeente.schema.ts';

/**
 * Externe diensten: the ZGW APIs of other registers a municipality works with (a Verzoeken or
 * Contactmomenten API, …), with the client id and secret Loket signs its ZGW JWT with there.
 * The secret is kept as a client's is in `api_clients`: HS256 needs the secret itself.
 */
export const zgwDiensten = pgTable(
  'zgw_diensten',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteCode: gemeenteCodeColumn().notNull(),
    /** Ends in '/': the resources of the API are the URLs under it. */
    apiRoot: text('api_root').notNull(),
    clientId: text('client_id').notNull(),
    secret: text('secret').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('zgw_diensten_uq').on(t.gemeenteCode, t.apiRoot)],
);
