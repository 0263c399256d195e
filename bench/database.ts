import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import postgres from 'postgres';
import { migrationsFolder } from '../src/platform/db/open.ts';

/** What a seeded bench database holds, kept as the database's comment so that --reuse can check it. */
export interface SeedMarker {
  zaken: number;
  baseUrl: string;
  migrations: string;
  /** A fingerprint of the seeding SQL: a seed made by another version is not reused. */
  seed: string;
}

export const fingerprint = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/**
 * A fingerprint of the migrations on disk (their SQL and the journal's timestamps, which decide
 * what the migrator applies): a seed made under other migrations is not reused.
 */
export async function migrationsFingerprint(): Promise<string> {
  const files = (await fs.readdir(migrationsFolder)).filter((f) => f.endsWith('.sql')).sort();
  const h = createHash('sha256');
  for (const f of files) h.update(f).update(await fs.readFile(path.join(migrationsFolder, f)));
  h.update(await fs.readFile(path.join(migrationsFolder, 'meta', '_journal.json')));
  return h.digest('hex').slice(0, 16);
}

const admin = (serverUrl: string) => postgres(serverUrl, { max: 1, onnotice: () => undefined });

export async function readMarker(serverUrl: string, name: string): Promise<SeedMarker | undefined> {
  const sql = admin(serverUrl);
  try {
    const [row] = await sql<{ comment: string | null }[]>`
      select shobj_description(oid, 'pg_database') as comment from pg_database where datname = ${name}`;
    if (!row?.comment) return undefined;
    return JSON.parse(row.comment) as SeedMarker;
  } catch {
    return undefined;
  } finally {
    await sql.end();
  }
}

export async function writeMarker(serverUrl: string, name: string, marker: SeedMarker): Promise<void> {
  const sql = admin(serverUrl);
  try {
    await sql.unsafe(`comment on database ${name} is ${quoteLiteral(JSON.stringify(marker))}`);
  } finally {
    await sql.end();
  }
}

export async function recreateDatabase(serverUrl: string, name: string): Promise<void> {
  const sql = admin(serverUrl);
  try {
    await sql.unsafe(`drop database if exists ${name} with (force)`);
    await sql.unsafe(`create database ${name}`);
  } finally {
    await sql.end();
  }
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const sql = admin(serverUrl);
  try {
    await sql.unsafe(`drop database if exists ${name} with (force)`);
  } finally {
    await sql.end();
  }
}

const quoteLiteral = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * Has every new session of the database log the plans of its slow statements (auto_explain),
 * with actual times; `undefined` switches it off again.
 */
export async function explainSlow(serverUrl: string, name: string, ms: number | undefined): Promise<void> {
  const sql = admin(serverUrl);
  try {
    if (ms === undefined) {
      await sql.unsafe(`alter database ${name} reset session_preload_libraries`);
      await sql.unsafe(`alter database ${name} reset all`);
      return;
    }
    await sql.unsafe(`alter database ${name} set session_preload_libraries = 'auto_explain'`);
    await sql.unsafe(`alter database ${name} set auto_explain.log_min_duration = ${Math.round(ms)}`);
    await sql.unsafe(`alter database ${name} set auto_explain.log_analyze = on`);
    await sql.unsafe(`alter database ${name} set auto_explain.log_buffers = on`);
    await sql.unsafe(`alter database ${name} set auto_explain.log_nested_statements = on`);
  } finally {
    await sql.end();
  }
}
