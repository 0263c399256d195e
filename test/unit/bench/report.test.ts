import { describe, expect, it } from 'vitest';
import {
  formatReport,
  meets,
  measurementRow,
  targetOf,
  type Measurement,
  type RunInfo,
} from '../../../bench/report.ts';
import { summarise } from '../../../bench/stats.ts';

const measurement = (
  over: Partial<Measurement> & Pick<Measurement, 'endpoint' | 'clients'>,
): Measurement => ({
  seconds: 10,
  summary: summarise([5, 6, 7], { 200: 3 }, 0, 1),
  peakRssMb: 150,
  cpuPercent: 80,
  postgresPercent: 40,
  loadPercent: 10,
  restPercent: 30,
  ...over,
});

const info: RunInfo = {
  startedAt: '2026-11-23T19:00:00Z',
  machine: {
    cpu: 'Test CPU',
    cores: 2,
    memoryGb: 8,
    os: 'Linux',
    node: '24.0.0',
    loadBefore: [0.5, 0.4, 0.3],
  },
  database: { version: 'PostgreSQL 15.20', settings: 'shared_buffers 128MB' },
  zaken: 1_000_000,
  gemeente: { code: '0363', naam: 'Amsterdam', zaken: 350_000 },
  seeding: { seconds: 100, afterSeconds: 20, rows: 8_000_000 },
  peakRssMb: 250,
  secondsPerMeasurement: 10,
  notes: [],
};

describe('bench targets', () => {
  it('holds every GET variant to p50 ≤ 15 ms with 1 client and ≤ 60 ms with 16', () => {
    for (const e of ['list', 'list-zaaktype', 'list-restricted', 'read'] as const) {
      expect(targetOf(e, 1)).toEqual({ p50AtMostMs: 15 });
      expect(targetOf(e, 16)).toEqual({ p50AtMostMs: 60 });
    }
    expect(targetOf('create-zaak', 16)).toEqual({ perSecondAtLeast: 1000 });
    expect(targetOf('create-zaak', 1)).toBeUndefined();
    expect(targetOf('create-status', 16)).toBeUndefined();
    expect(targetOf('health', 1)).toBeUndefined();
  });

  it('never counts a measurement with errors as met, however fast', () => {
    const fastErrors = measurement({
      endpoint: 'list',
      clients: 1,
      summary: summarise([1], { 404: 1 }, 0, 1),
    });
    expect(meets(fastErrors, { p50AtMostMs: 15 })).toBe(false);
    expect(meets(measurement({ endpoint: 'list', clients: 1 }), { p50AtMostMs: 15 })).toBe(true);
    expect(meets(measurement({ endpoint: 'list', clients: 1 }), { p50AtMostMs: 5 })).toBe(false);
  });
});

describe('bench report', () => {
  it('prints a markdown row with the figures, the target and the verdict', () => {
    expect(measurementRow(measurement({ endpoint: 'list', clients: 16 }))).toBe(
      '| GET /zaken (page 1, exact count) | 16 | 3 | 0 | 3 | 6.0 | 7.0 | 7.0 | 150 | 80% | 40% | 10% | 30% | p50 ≤ 60 ms | ✓ |',
    );
  });

  it('states the machine, the database, the seed, the peak memory and the targets met', () => {
    const text = formatReport(info, [
      measurement({ endpoint: 'list', clients: 1 }),
      measurement({ endpoint: 'create-zaak', clients: 16 }),
    ]);
    expect(text).toContain('Test CPU, 2 cores, 8 GB');
    expect(text).toContain('PostgreSQL 15.20');
    expect(text).toContain('1,000,000 over 5 municipalities');
    expect(text).toContain('10,000 zaken/s, 80,000 rows/s');
    expect(text).toContain('**250 MB** (target ≤ 300 MB) ✓');
    expect(text).toContain('| Targets met | 2 of 3 |');
    expect(text).not.toContain('ERRORS');
  });

  it('says loudly when a measurement had errors, and why', () => {
    const text = formatReport(info, [
      measurement({
        endpoint: 'read',
        clients: 1,
        summary: summarise([1, 1], { 200: 1, 500: 1 }, 0, 1),
        firstError: 'GET /zaken/api/v1/zaken/x → 500',
      }),
    ]);
    expect(text).toMatch(/⚠ ERRORS: 1 of 1 measurements/);
    expect(text).toContain('GET /zaken/{uuid} (1 client): GET /zaken/api/v1/zaken/x → 500');
    expect(text).toContain('**1** (1×500)');
  });
});
