import type { Summary } from './stats.ts';

/** The endpoints measured; the list variants and the read share the latency targets. */
export type Endpoint =
  'health' | 'list' | 'list-zaaktype' | 'list-restricted' | 'read' | 'create-zaak' | 'create-status';

export const ENDPOINT_LABELS: Record<Endpoint, string> = {
  health: 'GET /health/ready (baseline, no target)',
  list: 'GET /zaken (page 1, exact count)',
  'list-zaaktype': 'GET /zaken?zaaktype=…',
  'list-restricted': 'GET /zaken, client limited to 2 zaaktypen',
  read: 'GET /zaken/{uuid}',
  'create-zaak': 'POST /zaken',
  'create-status': 'POST /statussen',
};

export interface Measurement {
  endpoint: Endpoint;
  clients: number;
  seconds: number;
  summary: Summary;
  /** Peak resident memory of the Loket process during this measurement. */
  peakRssMb: number;
  /** CPU during this measurement (100 = one core): Loket, its PostgreSQL backends, the rest of the machine. */
  cpuPercent: number;
  postgresPercent: number;
  loadPercent: number;
  restPercent: number;
  /** The first error answer, to show what went wrong. */
  firstError?: string | undefined;
}

export type Target = { p50AtMostMs: number } | { perSecondAtLeast: number };

const LATENCY_TARGETS: Endpoint[] = ['list', 'list-zaaktype', 'list-restricted', 'read'];

/** The targets: GET p50 ≤ 15 ms (1 client) / ≤ 60 ms (16 clients); POST /zaken ≥ 1,000/s. */
export function targetOf(endpoint: Endpoint, clients: number): Target | undefined {
  if (LATENCY_TARGETS.includes(endpoint)) {
    if (clients === 1) return { p50AtMostMs: 15 };
    if (clients === 16) return { p50AtMostMs: 60 };
  }
  if (endpoint === 'create-zaak' && clients === 16) return { perSecondAtLeast: 1000 };
  return undefined;
}

export const RSS_TARGET_MB = 300;

/** Met only without errors: a fast error is no result. */
export function meets(m: Measurement, t: Target): boolean {
  if (m.summary.errors > 0 || m.summary.requests === 0) return false;
  return 'p50AtMostMs' in t
    ? m.summary.p50 <= t.p50AtMostMs
    : m.summary.requestsPerSecond >= t.perSecondAtLeast;
}

export interface RunInfo {
  startedAt: string;
  machine: { cpu: string; cores: number; memoryGb: number; os: string; node: string; loadBefore: number[] };
  database: { version: string; settings: string };
  zaken: number;
  gemeente: { code: string; naam: string; zaken: number };
  seeding: { seconds: number; afterSeconds: number; rows: number } | 'reused';
  peakRssMb: number;
  secondsPerMeasurement: number;
  notes: string[];
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '—');
const int = (v: number) => Math.round(v).toLocaleString('en-US');

function targetText(t: Target | undefined): string {
  if (!t) return '—';
  return 'p50AtMostMs' in t ? `p50 ≤ ${t.p50AtMostMs} ms` : `≥ ${int(t.perSecondAtLeast)}/s`;
}

function statusText(s: Summary): string {
  return Object.entries(s.statuses)
    .filter(([c]) => Number(c) < 200 || Number(c) > 299)
    .map(([c, n]) => `${n}×${c}`)
    .join(', ');
}

export function measurementRow(m: Measurement): string {
  const t = targetOf(m.endpoint, m.clients);
  const s = m.summary;
  const errors = s.errors === 0 ? '0' : `**${int(s.errors)}** (${statusText(s) || 'no answer'})`;
  const verdict = t ? (meets(m, t) ? '✓' : '✗') : '';
  return `| ${ENDPOINT_LABELS[m.endpoint]} | ${m.clients} | ${int(s.requests)} | ${errors} | ${int(s.requestsPerSecond)} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${int(m.peakRssMb)} | ${int(m.cpuPercent)}% | ${int(m.postgresPercent)}% | ${int(m.loadPercent)}% | ${int(m.restPercent)}% | ${targetText(t)} | ${verdict} |`;
}

/** The whole report as markdown: machine, database, seeding, the measurements against the targets. */
export function formatReport(info: RunInfo, ms_: Measurement[]): string {
  const failing = ms_.filter((m) => m.summary.errors > 0);
  const rssOk = info.peakRssMb <= RSS_TARGET_MB;
  const targets = ms_.flatMap((m) => {
    const t = targetOf(m.endpoint, m.clients);
    return t ? [meets(m, t)] : [];
  });
  const met = targets.filter(Boolean).length + (rssOk ? 1 : 0);
  const lines: string[] = [`# Loket ZGW Zaken API benchmark, ${info.startedAt}`, ''];
  if (failing.length > 0) {
    lines.push(
      `> **⚠ ERRORS: ${failing.length} of ${ms_.length} measurements had non-2xx answers or failed requests; their figures are not results.**`,
    );
    for (const m of failing) {
      lines.push(
        `> - ${ENDPOINT_LABELS[m.endpoint]} (${m.clients} ${m.clients === 1 ? 'client' : 'clients'}): ${m.firstError ?? statusText(m.summary)}`,
      );
    }
    lines.push('');
  }
  const seeding =
    info.seeding === 'reused'
      ? 'reused an existing seed'
      : `${int(info.seeding.rows)} rows in ${info.seeding.seconds.toFixed(0)} s: ${int(info.zaken / info.seeding.seconds)} zaken/s, ${int(info.seeding.rows / info.seeding.seconds)} rows/s; then ${info.seeding.afterSeconds.toFixed(0)} s to check the foreign keys and VACUUM ANALYZE`;
  lines.push(
    `| | |`,
    `|---|---|`,
    `| Machine | ${info.machine.cpu}, ${info.machine.cores} cores, ${info.machine.memoryGb.toFixed(0)} GB; ${info.machine.os}; Node ${info.machine.node}; load average before the run ${info.machine.loadBefore.map((l) => l.toFixed(2)).join(' ')} |`,
    `| Database | ${info.database.version} (${info.database.settings}) |`,
    `| Zaken | ${int(info.zaken)} over 5 municipalities; measured as ${info.gemeente.naam} (${info.gemeente.code}, ${int(info.gemeente.zaken)} zaken) |`,
    `| Seeding | ${seeding} |`,
    `| Method | ${info.secondsPerMeasurement} s per row after a warm-up; latency per request as the client sees it |`,
    `| Peak RSS of the Loket process | **${int(info.peakRssMb)} MB** (target ≤ ${RSS_TARGET_MB} MB) ${rssOk ? '✓' : '✗'} |`,
    `| Targets met | ${met} of ${targets.length + 1} |`,
    '',
    '| Measurement | Clients | Requests | Errors | Req/s | p50 ms | p95 ms | p99 ms | Peak RSS MB | CPU Loket | CPU PostgreSQL | CPU load gen. | CPU others | Target | Met |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|:-:|',
    ...ms_.map(measurementRow),
  );
  if (info.notes.length > 0) lines.push('', ...info.notes.map((n) => `- ${n}`));
  return `${lines.join('\n')}\n`;
}
