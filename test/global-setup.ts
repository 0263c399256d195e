import fs from 'node:fs/promises';
import path from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres, runMigrations } from '../src/platform/db/open.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshot: string;
    postgresTemplate: string;
  }
}

/** One template per run, so that runs on the same server (CI, developers) do not meet. */
export const TEMPLATE_DB = `loket_test_template_${process.pid}`;

/**
 * Migrates once: a PGlite snapshot every test file loads (about 1 s instead of 4), or, with
 * TEST_DATABASE_URL, a PostgreSQL template database every test file clones.
 */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const admin = postgres(url, { max: 1, onnotice: () => undefined });
    await admin.unsafe(`drop database if exists ${TEMPLATE_DB} with (force)`);
    await admin.unsafe(`create database ${TEMPLATE_DB}`);
    await admin.end();
    const templateUrl = withDatabase(url, TEMPLATE_DB);
    const db = await openPostgres(templateUrl, { max: 1 });
    await runMigrations(db, templateUrl);
    await db.close();
    project.provide('postgresTemplate', templateUrl);
    project.provide('pgliteSnapshot', '');
    return async () => {
      const a = postgres(url, { max: 1, onnotice: () => undefined });
      await a.unsafe(`drop database if exists ${TEMPLATE_DB} with (force)`);
      await a.end();
    };
  }
  const dir = path.resolve('.tmp');
  await fs.mkdir(dir, { recursive: true });
  const db = await openPglite({});
  await runMigrations(db);
  const pg = (db as unknown as { pglite: { dumpDataDir(c: 'none'): Promise<Blob> } }).pglite;
  const file = path.join(dir, 'pglite-migrated.tar');
  await fs.writeFile(file, Buffer.from(await (await pg.dumpDataDir('none')).arrayBuffer()));
  await db.close();
  project.provide('pgliteSnapshot', file);
  project.provide('postgresTemplate', '');
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.href;
}
