import { parseArgs } from 'node:util';

/** What one run of `npm run bench` does; parsed once from the command line and the environment. */
export interface BenchOptions {
  /** Zaken to seed, over all municipalities. */
  zaken: number;
  /** Seconds per measurement (one row of the table). */
  duration: number;
  /** Seconds of warm-up per endpoint before its measurements. */
  warmup: number;
  /** Concurrent clients per measurement. */
  clients: number[];
  /** The server (any database on it) where the bench database is created. */
  serverUrl: string;
  databaseName: string;
  port: number;
  /** Keep the database afterwards (to EXPLAIN the queries); reuse it when it holds the same seed. */
  keep: boolean;
  reuse: boolean;
  /** Stop after seeding (to measure seeding alone). */
  seedOnly: boolean;
  quick: boolean;
  resultsFile: string;
  /** Log the plans of statements slower than this many ms to the server's log (auto_explain). */
  explainMs: number | undefined;
  /** Measure only these endpoints (all when empty). */
  only: string[];
  /** Extra flags for the Loket process's node, e.g. --max-semi-space-size=16. */
  nodeFlags: string[];
}

export const USAGE = `npm run bench -- [options]

  --zaken N        zaken to seed (default 1000000)
  --quick          a run of a minute or two: 50000 zaken, 4 s per measurement
  --duration S     seconds per measurement (default 10)
  --warmup S       seconds of warm-up per endpoint (default 2)
  --clients 1,16   concurrent clients per measurement (default 1,16)
  --port P         port of the Loket process (default 3999)
  --database NAME  database to create on the server (default loket_bench)
  --keep           keep the database afterwards
  --reuse          reuse the database when it holds a seed of the same size (implies --keep)
  --seed-only      stop after seeding (implies --keep)
  --out FILE       where to write the table (default bench/results/latest.md)
  --only A,B       measure only these: health, list, list-zaaktype, list-restricted, read,
                   create-zaak, create-status
  --explain MS     log the plan (EXPLAIN ANALYZE) of every statement of Loket slower than MS ms
                   to the PostgreSQL server's log (auto_explain; needs a superuser)
  --node-flags=F   extra node flags for the Loket process, e.g. --node-flags="--max-semi-space-size=16"

The server is BENCH_DATABASE_URL, else DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres.`;

const positive = (name: string, v: string | undefined, dflt: number): number => {
  if (v === undefined) return dflt;
  const n = Number(v.replace(/_/g, ''));
  if (!Number.isInteger(n) || n <= 0)
    throw new Error(`--${name} must be a positive whole number, not "${v}"`);
  return n;
};

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      zaken: { type: 'string' },
      quick: { type: 'boolean', default: false },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      clients: { type: 'string' },
      port: { type: 'string' },
      database: { type: 'string' },
      keep: { type: 'boolean', default: false },
      reuse: { type: 'boolean', default: false },
      'seed-only': { type: 'boolean', default: false },
      out: { type: 'string' },
      'node-flags': { type: 'string' },
      only: { type: 'string' },
      explain: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const quick = values.quick;
  const clients = (values.clients ?? '1,16').split(',').map((c) => positive('clients', c.trim(), 1));
  const databaseName = values.database ?? 'loket_bench';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(databaseName))
    throw new Error(`--database: not a plain name: ${databaseName}`);
  const serverUrl =
    env.BENCH_DATABASE_URL || env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  if (!/^postgres(ql)?:\/\//.test(serverUrl)) throw new Error(`Not a PostgreSQL URL: ${serverUrl}`);
  return {
    zaken: positive('zaken', values.zaken, quick ? 50_000 : 1_000_000),
    duration: positive('duration', values.duration, quick ? 4 : 10),
    warmup: values.warmup === '0' ? 0 : positive('warmup', values.warmup, quick ? 1 : 2),
    clients,
    serverUrl,
    databaseName,
    port: positive('port', values.port, 3999),
    keep: values.keep || values.reuse || values['seed-only'],
    reuse: values.reuse,
    seedOnly: values['seed-only'],
    quick,
    resultsFile: values.out ?? 'bench/results/latest.md',
    explainMs:
      values.explain === undefined
        ? undefined
        : values.explain === '0'
          ? 0
          : positive('explain', values.explain, 0),
    only: (values.only ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
    nodeFlags: (values['node-flags'] ?? '').split(/\s+/).filter(Boolean),
  };
}

/** The URL of another database on the same server. */
export function databaseUrl(serverUrl: string, name: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.href;
}
