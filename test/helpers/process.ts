import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BRP_TESTSET } from './app.ts';
import { freePort } from './browser.ts';

const NODE = process.execPath;

/**
 * A real Loket process on its own embedded database directory, and the commands an
 * administrator types beside it. Only meaningful for the embedded database.
 */
export class LoketProcess {
  private child: ChildProcess | undefined;

  private constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  static async start(): Promise<LoketProcess> {
    const p = new LoketProcess(await fs.mkdtemp(path.join(os.tmpdir(), 'loket-process-')), await freePort());
    p.child = spawn(NODE, ['--import', 'tsx', 'src/main.ts'], { env: p.env(), stdio: 'ignore' });
    await p.waitReady();
    return p;
  }

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  env(extra: Record<string, string> = {}): Record<string, string> {
    const e: Record<string, string> = {
      ...(process.env as Record<string, string>),
      LOKET_DATA_DIR: this.dir,
      PORT: String(this.port),
      LOKET_BRP_TESTSET: BRP_TESTSET,
      NODE_ENV: 'development',
      LOKET_LOG_LEVEL: 'warn',
      ...extra,
    };
    delete e.DATABASE_URL;
    delete e.LOKET_BASE_URL;
    return e;
  }

  /** Runs `node <args>` (a script, or `bin/loket.js …` as npx would) with this Loket's environment. */
  run(args: string[], extra: Record<string, string> = {}): Promise<{ code: number | null; out: string }> {
    return new Promise((resolve) => {
      const p = spawn(NODE, args[0] === 'bin/loket.js' ? args : ['--import', 'tsx', ...args], {
        env: this.env(extra),
      });
      let out = '';
      p.stdout.on('data', (d: Buffer) => (out += d.toString()));
      p.stderr.on('data', (d: Buffer) => (out += d.toString()));
      p.on('exit', (code) => resolve({ code, out }));
    });
  }

  /** A first start makes the database, migrates and seeds the demo data: generous on a busy machine. */
  private async waitReady(deadline = Date.now() + 150_000): Promise<void> {
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`${this.url}/health/ready`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error('Loket did not become ready');
  }

  async stop(): Promise<void> {
    if (this.child && this.child.exitCode === null) {
      const exited = new Promise((r) => this.child?.once('exit', r));
      this.child.kill('SIGTERM');
      await exited;
    }
    await fs.rm(this.dir, { recursive: true, force: true });
  }
}
