import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRP_TESTSET } from '../helpers/app.ts';

// Real processes on a real data directory: only meaningful for the embedded database.
const NODE = process.execPath;
let dir: string;
let port: number;
let first: ChildProcess;

const env = (extra: Record<string, string> = {}) => {
  const e: Record<string, string> = {
    ...(process.env as Record<string, string>),
    LOKET_DATA_DIR: dir,
    PORT: String(port),
    LOKET_BRP_TESTSET: BRP_TESTSET,
    NODE_ENV: 'development',
    LOKET_LOG_LEVEL: 'warn',
    ...extra,
  };
  delete e.DATABASE_URL;
  return e;
};

function run(
  args: string[],
  extra: Record<string, string> = {},
): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const p = spawn(NODE, ['--import', 'tsx', ...args], { env: env(extra) });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.stderr.on('data', (d: Buffer) => (out += d.toString()));
    p.on('exit', (code) => resolve({ code, out }));
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = s.address() as net.AddressInfo;
      s.close(() => resolve(p));
    });
  });
}

// A first start makes the database, migrates and seeds the demo data: generous on a busy machine.
async function waitReady(deadline = Date.now() + 150_000): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('Loket did not become ready');
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'loket-lock-'));
  port = await freePort();
  first = spawn(NODE, ['--import', 'tsx', 'src/main.ts'], { env: env(), stdio: 'ignore' });
  await waitReady();
}, 180_000);

afterAll(async () => {
  first?.kill('SIGTERM');
  await new Promise((r) => first?.once('exit', r));
  await fs.rm(dir, { recursive: true, force: true });
});

describe('the embedded database in one data directory', { timeout: 60_000 }, () => {
  it('refuses a second Loket with a clear message while the first keeps working', async () => {
    const second = await run(['src/main.ts'], { PORT: String(await freePort()) });
    expect(second.code).toBe(1);
    expect(second.out).toContain('is in use by another Loket process');
    expect(second.out).toContain(dir);
    const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', database: 'pglite' });
  });

  it('runs CLI commands inside the running process', async () => {
    const list = await run(['src/cli/main.ts', 'gemeenten']);
    expect(list.code).toBe(0);
    const gemeenten = JSON.parse(list.out) as { code: string; naam: string }[];
    expect(gemeenten.find((g) => g.code === '0599')?.naam).toBe('Rotterdam');
    const imported = await run(['src/cli/main.ts', 'import-brp', '--path', BRP_TESTSET]);
    expect(imported.code).toBe(0);
    expect((JSON.parse(imported.out) as { imported: number }).imported).toBeGreaterThan(450);
    const bad = await run(['src/cli/main.ts', 'import-brp', '--path', '/nope.csv']);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('ENOENT');
  });

  it('serves Mijn gegevens data through the Haal Centraal API with a CLI-issued token', async () => {
    const tok = await run(['src/cli/main.ts', 'api-token', '--client-id', 'demo-0599']);
    const { token } = JSON.parse(tok.out) as { token: string };
    const res = await fetch(`http://127.0.0.1:${port}/haalcentraal/api/brp/personen`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        type: 'RaadpleegMetBurgerservicenummer',
        burgerservicenummer: ['999993653'],
        fields: ['naam'],
      }),
    });
    expect(res.status).toBe(200);
    expect(
      ((await res.json()) as { personen: { naam: { volledigeNaam: string } }[] }).personen[0]?.naam
        .volledigeNaam,
    ).toBe('Suzanne Moulin');
  });
});
