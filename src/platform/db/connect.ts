import type { Config } from '../config.ts';
import { lockDataDir, type DataDirLock } from './lock.ts';
import { openPglite, openPostgres, runMigrations } from './open.ts';
import type { Database } from './types.ts';

/**
 * Opens the configured database and brings it to the current schema: PostgreSQL when
 * DATABASE_URL is set, otherwise the embedded database in LOKET_DATA_DIR, under a lock.
 */
export async function connect(
  config: Config,
  onLockLost: (err: Error) => void,
): Promise<{ database: Database; lock?: DataDirLock }> {
  if (config.databaseUrl !== undefined) {
    const database = await openPostgres(config.databaseUrl);
    await runMigrations(database, config.databaseUrl);
    return { database };
  }
  const lock = await lockDataDir(config.dataDir, onLockLost);
  try {
    const database = await openPglite({ dataDir: config.dataDir });
    await runMigrations(database);
    return { database, lock };
  } catch (err) {
    await lock.release();
    throw err;
  }
}
