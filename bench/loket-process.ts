import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** Resident memory and CPU time of a process, from /proc (Linux). */
export interface ProcSample {
  rssKb: number;
  hwmKb: number;
  /** utime + stime in clock ticks (USER_HZ, 100 on Linux). */
  cpuTicks: number;
}

export function parseStatus(status: string): { rssKb: number; hwmKb: number } {
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssKb: kb('VmRSS'), hwmKb: kb('VmHWM') };
}

export function parseStatCpu(stat: string): number {
  // The command name may hold spaces and parentheses: fields are counted after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

export function sample(pid: number): ProcSample | undefined {
  try {
    const s = parseStatus(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return { ...s, cpuTicks: parseStatCpu(readFileSync(`/proc/${pid}/stat`, 'utf8')) };
  } catch {
    return undefined;
  }
}

const TICKS_PER_SECOND = 100;

/** Samples a process every `everyMs` for the peak over the whole run and over a window. */
export class ProcessMonitor {
  private timer: NodeJS.Timeout;
  peakKb = 0;
  private windowPeakKb = 0;
  private windowStart = { at: 0, ticks: 0 };

  constructor(
    readonly pid: number,
    everyMs = 100,
  ) {
    this.timer = setInterval(() => this.tick(), everyMs);
    this.timer.unref();
    this.tick();
  }

  private tick(): ProcSample | undefined {
    const s = sample(this.pid);
    if (s) {
      this.peakKb = Math.max(this.peakKb, s.rssKb, s.hwmKb);
      this.windowPeakKb = Math.max(this.windowPeakKb, s.rssKb);
    }
    return s;
  }

  /** Starts a window (one measurement). */
  startWindow() {
    const s = this.tick();
    this.windowPeakKb = s?.rssKb ?? 0;
    this.windowStart = { at: performance.now(), ticks: s?.cpuTicks ?? 0 };
  }

  /** Ends the window: its peak RSS in MB and the CPU used (100 = one core busy). */
  endWindow(): { peakRssMb: number; cpuPercent: number; cpuTicks: number } {
    const s = this.tick();
    const seconds = (performance.now() - this.windowStart.at) / 1000;
    const cpuTicks = s ? s.cpuTicks - this.windowStart.ticks : 0;
    const cpuPercent = seconds > 0 ? (100 * cpuTicks) / TICKS_PER_SECOND / seconds : 0;
    return { peakRssMb: this.windowPeakKb / 1024, cpuPercent, cpuTicks };
  }

  stop() {
    this.tick();
    clearInterval(this.timer);
  }
}

export interface LoketProcess {
  child: ChildProcess;
  monitor: ProcessMonitor;
  output(): string;
  stop(): Promise<void>;
}

/** The arguments of `npm start` after `node`, so that the bench follows the start script. */
export function startArgs(
  pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts?: { start?: string } },
) {
  const [cmd, ...args] = (pkg.scripts?.start ?? '').trim().split(/\s+/);
  if (cmd !== 'node' || args.length === 0)
    throw new Error(`npm start is not "node …": ${pkg.scripts?.start}`);
  return args;
}

/** Starts Loket as `npm start` does, on PostgreSQL, and waits until it is ready. */
export async function startLoket(o: {
  databaseUrl: string;
  port: number;
  baseUrl: string;
  env: NodeJS.ProcessEnv;
  nodeFlags: string[];
}): Promise<LoketProcess> {
  const child = spawn(process.execPath, [...o.nodeFlags, ...startArgs()], {
    env: {
      ...o.env,
      NODE_ENV: 'development',
      DATABASE_URL: o.databaseUrl,
      PORT: String(o.port),
      HOST: '127.0.0.1',
      LOKET_BASE_URL: o.baseUrl,
      LOKET_DEMO_DATA: 'off',
      LOKET_DEV_IDP: 'on',
      LOKET_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const keep = (b: Buffer) => {
    out = (out + b.toString()).slice(-200_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let gone = false;
  void exited.then(() => (gone = true));
  const monitor = new ProcessMonitor(child.pid!);
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (gone) throw new Error(`Loket stopped while starting:\n${out}`);
    try {
      const res = await fetch(`${o.baseUrl}/health/ready`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Loket did not become ready in 120 s:\n${out}`);
    }
    await sleep(250);
  }
  return {
    child,
    monitor,
    output: () => out,
    async stop() {
      monitor.stop();
      if (gone) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
