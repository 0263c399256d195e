import fs from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';
import { openPglite, openPostgres } from '../../src/platform/db/open.ts';
import type { Database } from '../../src/platform/db/types.ts';

export interface TestDatabase {
  database: Database;
  url: string | undefined;
  drop(): Promise<void>;
}

/** A fresh, migrated database for one test file: PGlite by default, PostgreSQL with TEST_DATABASE_URL. */
export async function freshDatabase(): Promise<TestDatabase> {
  const template = inject('postgresTemplate');
  if (template) {
    const name = `loket_test_${randomBytes(6).toString('hex')}`;
    const admin = postgres(template, { max: 1, onnotice: () => undefined });
    const templateName = new URL(template).pathname.slice(1);
    await admin.unsafe(`create database ${name} template ${templateName}`);
    await admin.end();
    const u = new URL(template);
    u.pathname = `/${name}`;
    const database = await openPostgres(u.href, { max: 5 });
    return {
      database,
      url: u.href,
      drop: async () => {
        await database.close();
        const a = postgres(template, { max: 1, onnotice: () => undefined });
        await a.unsafe(`drop database if exists ${name} with (force)`);
        await a.end();
      },
    };
  }
  const snapshot = new Blob([await fs.readFile(inject('pgliteSnapshot'))]);
  const database = await openPglite({ snapshot });
  return { database, url: undefined, drop: () => database.close() };
}
