import os from 'node:os';
import type postgres from 'postgres';
import type { RunInfo } from './report.ts';

export function machineInfo(): RunInfo['machine'] {
  const cpus = os.cpus();
  return {
    cpu: (cpus[0]?.model ?? 'unknown CPU').replace(/\s+/g, ' ').trim(),
    cores: cpus.length,
    memoryGb: os.totalmem() / 1024 ** 3,
    os: `${os.type()} ${os.release()}`,
    node: process.versions.node,
    loadBefore: os.loadavg(),
  };
}

/** The server's version and the settings that decide how queries run. */
export async function databaseInfo(sql: postgres.Sql): Promise<RunInfo['database']> {
  const [v] = await sql<{ version: string }[]>`select version()`;
  const settings = await sql<{ name: string; setting: string }[]>`
    select name, current_setting(name) as setting from pg_settings
    where name in ('shared_buffers', 'work_mem', 'max_connections', 'jit', 'max_parallel_workers_per_gather')
    order by name`;
  return {
    version: (v?.version ?? 'unknown').split(' on ')[0]!,
    settings: settings.map((s) => `${s.name} ${s.setting}`).join(', '),
  };
}
