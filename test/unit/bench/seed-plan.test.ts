import { describe, expect, it } from 'vitest';
import { apportion, chunksOf, planSegments } from '../../../bench/seed-plan.ts';

const gemeenten = [
  { code: '0363', share: 0.35 },
  { code: '0599', share: 0.25 },
  { code: '0518', share: 0.2 },
  { code: '0344', share: 0.15 },
  { code: '0530', share: 0.05 },
];

describe('bench seed plan', () => {
  it('apportions exactly, by share', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(1_000_000, [0.35, 0.25, 0.2, 0.15, 0.05])).toEqual([
      350_000, 250_000, 200_000, 150_000, 50_000,
    ]);
    expect(apportion(7, [0.5, 0.5]).reduce((a, b) => a + b)).toBe(7);
  });

  it('numbers the zaken per municipality and year, up to the day before today, with contiguous ordinals', () => {
    const segments = planSegments(100_003, gemeenten, new Date('2026-03-15T10:00:00Z'));
    expect(segments.reduce((n, s) => n + s.count, 0)).toBe(100_003);
    expect(new Set(segments.map((s) => s.jaar))).toEqual(new Set([2021, 2022, 2023, 2024, 2025, 2026]));
    const last = segments.find((s) => s.gemeente === '0363' && s.jaar === 2026)!;
    expect(last).toMatchObject({ firstDay: '2026-01-01', days: 73 });
    const leap = segments.find((s) => s.gemeente === '0363' && s.jaar === 2024)!;
    expect(leap.days).toBe(366);
    segments.reduce((offset, s) => {
      expect(s.offset).toBe(offset);
      return offset + s.count;
    }, 1);
  });

  it('batches without crossing a segment', () => {
    const segments = planSegments(25_000, gemeenten, new Date('2026-03-15T00:00:00Z'));
    const chunks = chunksOf(segments, 1000);
    expect(chunks.every((c) => c.to - c.from + 1 <= 1000 && c.to <= c.segment.count)).toBe(true);
    expect(chunks.reduce((n, c) => n + c.to - c.from + 1, 0)).toBe(25_000);
  });
});
