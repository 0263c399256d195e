import postgres from 'postgres';
import { loadConfig } from '../src/platform/config.ts';
import { openPostgres, runMigrations } from '../src/platform/db/open.ts';
import { buildServices } from '../src/services.ts';
import { databaseUrl, type BenchOptions } from './options.ts';
import {
  fingerprint,
  migrationsFingerprint,
  readMarker,
  recreateDatabase,
  writeMarker,
  type SeedMarker,
} from './database.ts';
import { SEED_BATCH_SQL } from './seed-sql.ts';
import { createFixture, loadFixture, type Fixture } from './fixtures.ts';
import { seedZaken, type SeedResult } from './seed-zaken.ts';

export interface Prepared {
  url: string;
  baseUrl: string;
  fixture: Fixture;
  seeding: SeedResult | 'reused';
}

/** A migrated database with the municipalities, zaaktypen, clients and the zaken: new, or reused. */
export async function prepare(
  o: BenchOptions,
  log: (line: string, final?: boolean) => void,
): Promise<Prepared> {
  const url = databaseUrl(o.serverUrl, o.databaseName);
  const baseUrl = `http://127.0.0.1:${o.port}`;
  const marker: SeedMarker = {
    zaken: o.zaken,
    baseUrl,
    migrations: await migrationsFingerprint(),
    seed: fingerprint(SEED_BATCH_SQL),
  };
  const found = o.reuse ? await readMarker(o.serverUrl, o.databaseName) : undefined;
  if (found && JSON.stringify(found) === JSON.stringify(marker)) {
    log(`Reusing database ${o.databaseName} (${o.zaken.toLocaleString('en-US')} zaken).`, true);
    const sql = postgres(url, { max: 1, onnotice: () => undefined });
    try {
      return { url, baseUrl, fixture: await loadFixture(sql, baseUrl), seeding: 'reused' };
    } finally {
      await sql.end();
    }
  }
  if (o.reuse)
    log(`No reusable seed in ${o.databaseName} (other size, port or migrations): seeding anew.`, true);
  log(`Creating database ${o.databaseName} and migrating …`, true);
  await recreateDatabase(o.serverUrl, o.databaseName);
  const database = await openPostgres(url, { max: 2 });
  const sql = postgres(url, { max: 1, onnotice: () => undefined });
  let fixture: Fixture;
  try {
    await runMigrations(database, url);
    const config = loadConfig({
      NODE_ENV: 'development',
      DATABASE_URL: url,
      LOKET_BASE_URL: baseUrl,
      LOKET_DEMO_DATA: 'off',
      LOKET_LOG_LEVEL: 'warn',
    });
    const services = buildServices({ config, database, fetch });
    log('Municipalities, zaaktypen and ZGW clients …', true);
    await createFixture(services, sql);
    fixture = await loadFixture(sql, baseUrl);
  } finally {
    await sql.end();
    await database.close();
  }
  const seeding = await seedZaken(url, fixture, o.zaken, log);
  await writeMarker(o.serverUrl, o.databaseName, marker);
  return { url, baseUrl, fixture, seeding };
}
