import { describe, expect, it } from 'vitest';
import { parseStatCpu, parseStatus, startArgs } from '../../../bench/loket-process.ts';
import { parseOptions } from '../../../bench/options.ts';
import { parseMachineBusy } from '../../../bench/cpu.ts';

describe('bench process and options', () => {
  it('reads resident memory and CPU time from /proc', () => {
    expect(parseStatus('Name:\tnode\nVmHWM:\t  362180 kB\nVmRSS:\t  324724 kB\n')).toEqual({
      rssKb: 324724,
      hwmKb: 362180,
    });
    const stat = '4242 (node (x) y) S 1 2 3 4 5 6 7 8 9 10 150 25 0 0 20 0 12';
    expect(parseStatCpu(stat)).toBe(175);
  });

  it('counts the machine busy without idle and iowait', () => {
    expect(parseMachineBusy('cpu  100 5 50 1000 20 1 2 3 0 0\ncpu0 1 2 3\n')).toBe(161);
  });

  it('starts Loket with the arguments of npm start', () => {
    expect(startArgs({ scripts: { start: 'node --import tsx src/main.ts' } })).toEqual([
      '--import',
      'tsx',
      'src/main.ts',
    ]);
    expect(() => startArgs({ scripts: { start: 'tsx src/main.ts' } })).toThrow(/not "node/);
  });

  it('has a quick preset and a selectable size', () => {
    expect(parseOptions(['--quick'], {})).toMatchObject({ zaken: 50_000, duration: 4 });
    expect(parseOptions(['--zaken', '100_000'], {})).toMatchObject({
      zaken: 100_000,
      duration: 10,
      clients: [1, 16],
    });
    expect(parseOptions([], { BENCH_DATABASE_URL: 'postgres://x@h/db' })).toMatchObject({
      serverUrl: 'postgres://x@h/db',
    });
    expect(() => parseOptions(['--zaken', '0'], {})).toThrow(/positive/);
  });
});
