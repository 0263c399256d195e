import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Services } from '../services.ts';
import { COMMANDS, isCommand, type CommandArgs } from './commands.ts';

export const socketPath = (dataDir: string) => path.join(dataDir, 'admin.sock');

/**
 * A Unix socket in the data directory through which the CLI runs commands inside the process
 * that holds the embedded database. Only the owner of the directory can reach it (mode 0600).
 */
export async function startAdminSocket(services: Services, dataDir: string): Promise<() => Promise<void>> {
  const file = socketPath(dataDir);
  await fs.rm(file, { force: true });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const name = (req.url ?? '').replace(/^\//, '');
        res.setHeader('content-type', 'application/json');
        if (req.method !== 'POST' || !isCommand(name)) {
          res.statusCode = 404;
          res.end(JSON.stringify({ error: `Unknown command ${name}` }));
          return;
        }
        try {
          const args = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as CommandArgs;
          const result = await COMMANDS[name](services, args);
          res.end(JSON.stringify({ result }));
        } catch (err) {
          res.statusCode = 400;
          res.end(JSON.stringify({ error: (err as Error).message }));
        }
      })();
    });
  });
  // Created owner-only from the start: no moment in which others could connect.
  const umask = process.umask(0o177);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(file, () => resolve());
    });
  } finally {
    process.umask(umask);
  }
  await fs.chmod(file, 0o600);
  return () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      void fs.rm(file, { force: true });
    });
}

/** Sends a command to the running Loket. */
export function sendAdminCommand(dataDir: string, name: string, args: CommandArgs): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = http.request({ socketPath: socketPath(dataDir), path: `/${name}`, method: 'POST' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        try {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
            result?: unknown;
            error?: string;
          };
          if (body.error !== undefined) reject(new Error(body.error));
          else resolve(body.result);
        } catch {
          reject(new Error(`The running Loket answered ${res.statusCode} without a readable result`));
        }
      });
    });
    req.on('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'ENOENT' || err.code === 'ECONNREFUSED'
          ? new Error(
              'The embedded database is held by another process without an admin socket (yet): try again in a moment.',
            )
          : err,
      ),
    );
    req.end(JSON.stringify(args));
  });
}
