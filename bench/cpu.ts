import { readFileSync } from 'node:fs';
import type postgres from 'postgres';
import { sample } from './loket-process.ts';

/** CPU time (USER_HZ ticks) of the whole machine, busy only: everything but idle and iowait. */
export function parseMachineBusy(procStat: string): number {
  const fields = procStat.split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
  return user + nice + system + irq + softirq + steal;
}

const machineBusy = () => parseMachineBusy(readFileSync('/proc/stat', 'utf8'));
const ticksOf = (pids: number[]) => new Map(pids.map((p) => [p, sample(p)?.cpuTicks ?? 0]));
const TICKS_PER_SECOND = 100;

export interface CpuShares {
  /** Per cent of one core over the window: PostgreSQL's backends for Loket, the load generator (this process), and everything else on the machine. */
  postgresPercent: number;
  loadPercent: number;
  restPercent: number;
}

/**
 * Who used the CPU during a measurement besides Loket: the PostgreSQL backends of the bench
 * database, the load generator, and whatever else runs on the machine.
 */
export class CpuWindow {
  private constructor(
    private readonly sql: postgres.Sql,
    private readonly database: string,
    private readonly at: number,
    private readonly busy: number,
    private readonly backends: Map<number, number>,
    private readonly self: NodeJS.CpuUsage,
  ) {}

  static async start(sql: postgres.Sql, database: string): Promise<CpuWindow> {
    const backends = ticksOf(await backendPids(sql, database));
    return new CpuWindow(sql, database, performance.now(), machineBusy(), backends, process.cpuUsage());
  }

  async end(loketTicks: number): Promise<CpuShares> {
    const seconds = (performance.now() - this.at) / 1000;
    const busy = machineBusy() - this.busy;
    const now = ticksOf(await backendPids(this.sql, this.database));
    let pg = 0;
    for (const [pid, t] of now) pg += t - (this.backends.get(pid) ?? 0);
    const self = process.cpuUsage(this.self);
    const load = ((self.user + self.system) / 1e6) * TICKS_PER_SECOND;
    const pct = (ticks: number) => (seconds > 0 ? (100 * ticks) / TICKS_PER_SECOND / seconds : 0);
    return {
      postgresPercent: pct(pg),
      loadPercent: pct(load),
      restPercent: Math.max(0, pct(busy - pg - loketTicks - load)),
    };
  }
}

async function backendPids(sql: postgres.Sql, database: string): Promise<number[]> {
  const rows = await sql<{ pid: number }[]>`
    select pid from pg_stat_activity where datname = ${database} and pid <> pg_backend_pid()`;
  return rows.map((r) => r.pid);
}
