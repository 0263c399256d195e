import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema.ts';

/** One Drizzle type over both drivers; a transaction is also a Db. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseKind = 'pglite' | 'postgres';

export interface ListenHandlers {
  onNotify(): void;
  /** Listening (re)started: what was sent meanwhile (a lost connection) is lost. */
  onListen(): void;
}

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** Runs a trivial query; throws when the database does not answer. */
  ping(): Promise<void>;
  /** Listens to a NOTIFY channel. Resolves once listening; returns the stop. */
  listen(channel: string, handlers: ListenHandlers): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
