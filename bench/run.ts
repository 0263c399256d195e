import fs from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import postgres from 'postgres';
import { parseOptions, USAGE, type BenchOptions } from './options.ts';
import { machineInfo, databaseInfo } from './machine.ts';
import { prepare, type Prepared } from './prepare.ts';
import { dropDatabase, explainSlow } from './database.ts';
import { startArgs, startLoket, type LoketProcess } from './loket-process.ts';
import { loadSamples, scenarios } from './scenarios.ts';
import { runLoad } from './load.ts';
import { CpuWindow } from './cpu.ts';
import { MEASURED } from './fixtures.ts';
import { ENDPOINT_LABELS, formatReport, measurementRow, type Endpoint, type Measurement } from './report.ts';

/** `npm run bench`: seeds PostgreSQL, starts Loket as a child process and measures the Zaken API. */

const ORDER: Endpoint[] = [
  'health',
  'list',
  'list-zaaktype',
  'list-restricted',
  'read',
  'create-zaak',
  'create-status',
];

const tty = process.stderr.isTTY;
let lastLine = 0;
function log(line: string, final = false) {
  if (tty) {
    process.stderr.write(`\r\x1b[K${line}${final ? '\n' : ''}`);
  } else if (final || Date.now() - lastLine > 5000) {
    process.stderr.write(`${line}\n`);
    lastLine = Date.now();
  }
}

async function measure(o: BenchOptions, p: Prepared) {
  const machine = machineInfo();
  const sql = postgres(p.url, { max: 1, onnotice: () => undefined });
  const database = await databaseInfo(sql);
  const [{ n: measuredZaken } = { n: 0 }] = await sql<{ n: number }[]>`
    select count(*)::int as n from zaken where gemeente_code = ${MEASURED}`;
  const [{ n: zaken } = { n: 0 }] = await sql<{ n: number }[]>`select count(*)::int as n from zaken`;
  const samples = await loadSamples(sql);

  if (o.explainMs !== undefined) {
    await explainSlow(o.serverUrl, o.databaseName, o.explainMs);
    log(`Plans of statements slower than ${o.explainMs} ms go to the PostgreSQL server's log.`, true);
  }
  log(`Starting Loket on ${p.baseUrl} …`, true);
  let loket: LoketProcess | undefined;
  const measurements: Measurement[] = [];
  try {
    loket = await startLoket({
      databaseUrl: p.url,
      port: o.port,
      baseUrl: p.baseUrl,
      env: process.env,
      nodeFlags: o.nodeFlags,
    });
    const make = await scenarios(p.fixture, samples);
    for (const endpoint of ORDER.filter((e) => o.only.length === 0 || o.only.includes(e))) {
      if (o.warmup > 0) {
        log(`  warming up ${ENDPOINT_LABELS[endpoint]} …`);
        await runLoad(p.baseUrl, make[endpoint], 4, o.warmup);
      }
      for (const clients of o.clients) {
        log(`  measuring ${ENDPOINT_LABELS[endpoint]}, ${clients} × for ${o.duration} s …`);
        const cpu = await CpuWindow.start(sql, o.databaseName);
        loket.monitor.startWindow();
        const r = await runLoad(p.baseUrl, make[endpoint], clients, o.duration);
        const { cpuTicks, ...w } = loket.monitor.endWindow();
        const m: Measurement = {
          endpoint,
          clients,
          seconds: o.duration,
          ...r,
          ...w,
          ...(await cpu.end(cpuTicks)),
        };
        measurements.push(m);
        log(measurementRow(m), true);
        if (loket.child.exitCode !== null)
          throw new Error(`Loket stopped during the run:\n${loket.output()}`);
      }
    }
  } finally {
    await sql.end();
    // Requests the load generator gave up on at the end of the last row are still being
    // answered: let them finish, so that the log shows what went wrong during the run only.
    if (loket) await sleep(2000);
    await loket?.stop();
    if (o.explainMs !== undefined) await explainSlow(o.serverUrl, o.databaseName, undefined);
  }
  const seeding =
    p.seeding === 'reused'
      ? 'reused'
      : { seconds: p.seeding.seconds, afterSeconds: p.seeding.afterSeconds, rows: p.seeding.rows };
  const gemeente = p.fixture.gemeenten.find((g) => g.code === MEASURED)!;
  const notes = [
    'Each client sends its next request as soon as the previous one is answered (closed loop, keep-alive); the load generator (autocannon), Loket and PostgreSQL share the machine.',
    'CPU in per cent of one core during the row (with 2 cores, 200% in all is a full machine): the Loket process, the PostgreSQL backends of its database, the load generator, and all other processes on the machine (PostgreSQL parallel workers, and whatever else runs there).',
    `Loket runs as \`npm start\` does (\`node ${[...o.nodeFlags, ...startArgs()].join(' ')}\`, NODE_ENV=development, LOKET_LOG_LEVEL=warn) with its default pool of 10 PostgreSQL connections; peak RSS is VmHWM of that process over its whole life.`,
    'GET /zaken is the first page with the exact count, as the client of the largest municipality sees it; the limited client may read 2 of its 5 zaaktypen up to zaakvertrouwelijk.',
  ];
  if (p.seeding !== 'reused') {
    notes.push(
      `Seeded rows: ${Object.entries(p.seeding.perTable)
        .map(([t, n]) => `${t} ${n.toLocaleString('en-US')}`)
        .join(', ')}.`,
    );
  }
  const text = formatReport(
    {
      startedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      machine,
      database,
      zaken,
      gemeente: { code: gemeente.code, naam: gemeente.naam, zaken: measuredZaken },
      seeding,
      peakRssMb: loket.monitor.peakKb / 1024,
      secondsPerMeasurement: o.duration,
      notes,
    },
    measurements,
  );
  return { text, loketOutput: loket.output() };
}

async function main() {
  const parsed = parseOptions(process.argv.slice(2), process.env);
  if (parsed === 'help') {
    console.log(USAGE);
    return;
  }
  const o = parsed;
  const unknown = o.only.filter((e) => !(ORDER as string[]).includes(e));
  if (unknown.length > 0)
    throw new Error(`--only: unknown ${unknown.join(', ')}; known: ${ORDER.join(', ')}`);
  const p = await prepare(o, log);
  try {
    if (o.seedOnly) return;
    const report = await measure(o, p);
    console.log(`\n${report.text}`);
    await fs.mkdir(path.dirname(o.resultsFile), { recursive: true });
    await fs.writeFile(o.resultsFile, report.text);
    const logFile = path.join(path.dirname(o.resultsFile), 'loket.log');
    await fs.writeFile(logFile, report.loketOutput);
    log(`Written to ${o.resultsFile}; what Loket logged (warnings and errors) to ${logFile}.`, true);
    if (report.text.includes('⚠ ERRORS')) {
      log('\n⚠ THIS RUN HAD ERRORS: the figures of the rows with errors are not results.\n', true);
      process.exitCode = 2;
    }
  } finally {
    if (!o.keep) {
      await dropDatabase(o.serverUrl, o.databaseName);
      log(`Dropped database ${o.databaseName} (keep it with --keep, reuse it with --reuse).`, true);
    }
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
