import postgres from 'postgres';
import type { Fixture } from './fixtures.ts';
import { chunksOf, planSegments, type Chunk, type Segment } from './seed-plan.ts';
import { SEED_BATCH_SQL } from './seed-sql.ts';
import { herbereken } from '../src/modules/cases/zaak-tellingen.repository.ts';
import { openPostgres } from '../src/platform/db/open.ts';
import { checkForeignKeys, dropSecondaryIndexes, isSuperuser, rebuildIndexes } from './bulk-load.ts';

export interface SeedResult {
  /** Inserting the zaken and what hangs on them, and the tables derived from them. */
  seconds: number;
  /** Checking the foreign keys and VACUUM ANALYZE afterwards. */
  afterSeconds: number;
  rows: number;
  perTable: Record<string, number>;
  segments: Segment[];
}

const BATCH = 10_000;
/** Two batches at a time: one per core of the machine the issue names. */
const PARALLEL = 2;

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** Seeds `total` zaken with set-based SQL in batches, showing progress, then the derived tables. */
export async function seedZaken(
  url: string,
  fixture: Fixture,
  total: number,
  log: (line: string, final?: boolean) => void,
): Promise<SeedResult> {
  const segments = planSegments(total, fixture.gemeenten, new Date());
  const chunks = chunksOf(segments, BATCH);
  // Without triggers when allowed (a superuser): the batches are consistent by construction,
  // every foreign key is checked afterwards in one pass per key, and the tables that Loket
  // keeps in step with the zaken are recomputed (deriveTables).
  const fast = await isSuperuser(url);
  // A crash loses the last batches at most, which a bench seed can afford.
  const sql = postgres(url, {
    max: PARALLEL,
    onnotice: () => undefined,
    connection: {
      synchronous_commit: 'off',
      application_name: 'loket-bench-seed',
      ...(fast ? { session_replication_role: 'replica' } : {}),
    },
  });
  const perTable: Record<string, number> = {};
  let zaken = 0;
  let rows = 0;
  const started = performance.now();
  const runChunk = async (c: Chunk) => {
    const g = fixture.gemeenten.find((x) => x.code === c.segment.gemeente)!;
    const lower: number[] = [];
    let acc = 0;
    for (const z of g.zaaktypen) {
      lower.push(acc);
      acc += z.share;
    }
    const [counts] = await sql.unsafe<Record<string, number>[]>(SEED_BATCH_SQL, [
      c.segment.gemeente,
      c.segment.jaar,
      c.from,
      c.to,
      c.segment.firstDay,
      c.segment.days,
      c.segment.count,
      c.segment.offset,
      g.rsin,
      `{${g.zaaktypen.map((z) => z.id).join(',')}}`,
      `{${lower.map((l) => (l / acc).toFixed(6)).join(',')}}`,
    ]);
    for (const [table, n] of Object.entries(counts ?? {})) {
      perTable[table] = (perTable[table] ?? 0) + n;
      rows += n;
    }
    zaken += counts?.zaken ?? 0;
    const s = (performance.now() - started) / 1000;
    const eta = zaken > 0 ? ((total - zaken) * s) / zaken : 0;
    log(
      `  seeding: ${fmt(zaken)} / ${fmt(total)} zaken (${((100 * zaken) / total).toFixed(0)}%) · ${fmt(zaken / s)} zaken/s · ${fmt(rows / s)} rows/s · ${s.toFixed(0)} s, about ${eta.toFixed(0)} s to go`,
    );
  };
  try {
    const indexes = await dropSecondaryIndexes(sql, SEEDED_TABLES);
    let next = 0;
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        while (next < chunks.length) await runChunk(chunks[next++]!);
      }),
    );
    log(`  building ${indexes.length} indexes …`, true);
    await rebuildIndexes(sql, indexes, PARALLEL);
    await deriveTables(url, sql, segments);
    const seconds = (performance.now() - started) / 1000;
    log(
      `  seeded ${fmt(zaken)} zaken, ${fmt(rows)} rows in ${seconds.toFixed(0)} s (${fmt(rows / seconds)} rows/s)`,
      true,
    );
    if (fast) {
      log('  checking the foreign keys …', true);
      await checkForeignKeys(sql, SEEDED_TABLES, PARALLEL);
    }
    log('  vacuum analyze …', true);
    await sql.unsafe('vacuum (analyze)');
    const afterSeconds = (performance.now() - started) / 1000 - seconds;
    return { seconds, afterSeconds, rows, perTable, segments };
  } finally {
    await sql.end();
  }
}

const SEEDED_TABLES = [
  'zaken',
  'statussen',
  'rollen',
  'resultaten',
  'informatieobjecten',
  'informatieobject_inhoud',
  'zaakinformatieobjecten',
];

/**
 * Tables kept in step with the zaken: the last zaak number per municipality and year, the
 * exact counters of the Zaken API (recounted by its own function) and what each zaak's
 * representation refers to (kept by triggers, which the seeding turned off; recomputed per
 * municipality by the migration's function, on the seeding's connections).
 */
async function deriveTables(url: string, sql: postgres.Sql, segments: Segment[]) {
  for (const s of segments) {
    await sql`
      insert into zaak_nummers (gemeente_code, jaar, laatste) values (${s.gemeente}, ${s.jaar}, ${s.count})
      on conflict (gemeente_code, jaar) do update set laatste = greatest(zaak_nummers.laatste, excluded.laatste)`;
  }
  const gemeenten = [...new Set(segments.map((s) => s.gemeente))];
  await Promise.all(gemeenten.map((g) => sql`select zaak_verwijzingen_herberekenen(${g})`));
  const database = await openPostgres(url, { max: 1 });
  try {
    await herbereken(database.db);
  } finally {
    await database.close();
  }
}
