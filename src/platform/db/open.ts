import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import * as schema from './schema.ts';
import type { Database, Db } from './types.ts';

export const migrationsFolder = fileURLToPath(new URL('../../../drizzle', import.meta.url));

/** Opens PGlite in a directory (or in memory), optionally from a saved data-dir snapshot. */
export async function openPglite(options: { dataDir?: string; snapshot?: Blob }): Promise<Database> {
  // Loaded only when used: on PostgreSQL its few MB of code would stay in every process's heap.
  const [{ PGlite }, { drizzle: drizzlePglite }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('drizzle-orm/pglite'),
  ]);
  const pg = await PGlite.create({
    ...(options.dataDir !== undefined ? { dataDir: path.join(options.dataDir, 'pgdata') } : {}),
    ...(options.snapshot !== undefined ? { loadDataDir: options.snapshot } : {}),
  });
  const db = drizzlePglite(pg, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    pglite: pg,
    ping: async () => {
      await pg.query('select 1');
    },
    listen: async (channel, h) => {
      // One connection: a notification is handled when the statement that commits it returns.
      const stop = await pg.listen(channel, () => h.onNotify());
      h.onListen();
      return stop;
    },
    close: () => pg.close(),
  } as Database & { pglite: PGlite };
}

type Tx = (sql: postgres.TransactionSql) => unknown;

/**
 * Drizzle sends a statement it was not asked to `.prepare()` unnamed, so PostgreSQL parses and
 * plans it again on every request. Every statement of Loket is parameterised (drizzle builds no
 * SQL from values), so this client lets postgres.js prepare them all: once per connection and
 * statement text, after which a request sends only the parameters. Transactions and savepoints
 * hand out clients that do the same.
 */
function preparing<T extends postgres.Sql | postgres.TransactionSql>(sql: T): T {
  const wrap =
    (name: 'begin' | 'savepoint', target: T) =>
    (...args: unknown[]) => {
      const fn = args.at(-1) as Tx;
      const call = target[name as keyof T] as (...a: unknown[]) => unknown;
      return call(...args.slice(0, -1), (tx: postgres.TransactionSql) => fn(preparing(tx)));
    };
  return new Proxy(sql, {
    get(target, prop, receiver) {
      if (prop === 'unsafe') {
        return (
          query: string,
          params?: postgres.ParameterOrJSON<never>[],
          options?: postgres.UnsafeQueryOptions,
        ) => target.unsafe(query, params, { ...options, prepare: true });
      }
      if (prop === 'begin' || prop === 'savepoint') return wrap(prop, target);
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
}

export function openPostgres(url: string, options: { max?: number } = {}): Promise<Database> {
  const client = postgres(url, { max: options.max ?? 10, onnotice: () => undefined });
  const db = drizzlePostgres(preparing(client), { schema }) as unknown as Db;
  return Promise.resolve({
    db,
    kind: 'postgres',
    ping: async () => {
      await client`select 1`;
    },
    listen: async (channel, h) => {
      // A connection of its own, which postgres.js opens again (and listens again) when lost.
      const l = await client.listen(
        channel,
        () => h.onNotify(),
        () => h.onListen(),
      );
      return () => l.unlisten();
    },
    close: () => client.end({ timeout: 5 }),
  });
}

/**
 * Applies the generated SQL migrations. On PostgreSQL several processes may start at once:
 * an advisory lock on a connection of its own lets one migrate while the others wait.
 */
export async function runMigrations(database: Database, url?: string): Promise<void> {
  if (database.kind === 'pglite') {
    const { migrate: migratePglite } = await import('drizzle-orm/pglite/migrator');
    await migratePglite(database.db as never, { migrationsFolder });
    return;
  }
  if (url === undefined) throw new Error('runMigrations on PostgreSQL needs the connection URL');
  const client = postgres(url, { max: 1, onnotice: () => undefined });
  try {
    await client`select pg_advisory_lock(7203551)`;
    await migratePostgres(drizzlePostgres(client), { migrationsFolder });
    await client`select pg_advisory_unlock(7203551)`;
  } finally {
    await client.end({ timeout: 5 });
  }
}

let journalSize: number | undefined;
async function migrationsOnDisk(): Promise<number> {
  if (journalSize === undefined) {
    const journal = JSON.parse(
      await fs.readFile(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8'),
    ) as {
      entries: unknown[];
    };
    journalSize = journal.entries.length;
  }
  return journalSize;
}

/** True when every migration on disk has been applied. */
export async function migrationsApplied(db: Db): Promise<boolean> {
  try {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(sql`drizzle.__drizzle_migrations`);
    return (row?.n ?? 0) >= (await migrationsOnDisk());
  } catch {
    return false;
  }
}
