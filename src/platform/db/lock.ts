import fs from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';

export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
  constructor(
    readonly dataDir: string,
    readonly holderPid: number | undefined,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by another Loket process` +
        (holderPid !== undefined ? ` (pid ${holderPid})` : '') +
        '. Stop that process first, or use its admin commands (npx loket --help): they reach the running process.',
    );
  }
}

export interface DataDirLock {
  release(): Promise<void>;
}

const pidFile = (dataDir: string) => path.join(dataDir, 'loket.pid');

/**
 * PGlite has no guard against a second process on the same directory (committed rows were
 * lost that way in a trial), so the process that opens it holds this lock. proper-lockfile
 * refreshes the lock's mtime; a lock left by a killed process goes stale after 10 s.
 */
export async function lockDataDir(
  dataDir: string,
  onCompromised: (err: Error) => void,
): Promise<DataDirLock> {
  await fs.mkdir(dataDir, { recursive: true });
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dataDir, {
      lockfilePath: path.join(dataDir, 'loket.lock'),
      stale: 10_000,
      update: 2_000,
      realpath: false,
      onCompromised,
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new DataDirLockedError(dataDir, await readHolderPid(dataDir));
    }
    throw err;
  }
  await fs.writeFile(pidFile(dataDir), String(process.pid));
  return {
    release: async () => {
      await fs.rm(pidFile(dataDir), { force: true });
      await release();
    },
  };
}

async function readHolderPid(dataDir: string): Promise<number | undefined> {
  try {
    const pid = Number(await fs.readFile(pidFile(dataDir), 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}
