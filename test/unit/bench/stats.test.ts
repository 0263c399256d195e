import { describe, expect, it } from 'vitest';
import { percentile, summarise } from '../../../bench/stats.ts';

describe('bench statistics', () => {
  it('takes the nearest-rank percentile of sorted latencies', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile(xs, 99)).toBe(99);
    expect(percentile(xs, 100)).toBe(100);
    expect(percentile(xs, 0)).toBe(1);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('rounds the rank up on small samples', () => {
    expect(percentile([1, 2, 3], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4], 95)).toBe(4);
  });

  it('counts non-2xx answers and unanswered requests as errors, and rates over the duration', () => {
    const s = summarise([3, 1, 2, 4], { 200: 2, 201: 1, 404: 1 }, 2, 2);
    expect(s).toMatchObject({ requests: 6, errors: 3, requestsPerSecond: 2, p50: 2, max: 4 });
    expect(s.statuses).toEqual({ 200: 2, 201: 1, 404: 1 });
  });

  it('has no errors when every answer is 2xx', () => {
    expect(summarise([1, 1], { 200: 1, 204: 1 }, 0, 1).errors).toBe(0);
  });
});
