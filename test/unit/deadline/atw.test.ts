import { describe, expect, it } from 'vitest';
import { applyAtw, atwEinddatum, atwVanToepassing } from '../../../src/modules/cases/deadline/atw.ts';
import type { Termijn } from '../../../src/modules/cases/deadline/term.ts';

const dagen = (amount: number): Termijn => ({ amount, unit: 'dagen' });
const weken = (amount: number): Termijn => ({ amount, unit: 'weken' });
const maanden = (amount: number): Termijn => ({ amount, unit: 'maanden' });

describe('Atw art. 1: a term ending on a Saturday, Sunday or holiday runs on to the next day that is none', () => {
  it('leaves an 8-week term from a Monday on the Monday it ends (Awb 4:13)', () => {
    const r = applyAtw('2025-03-03', weken(8));
    expect(r.einddatum).toBe('2025-04-28');
    expect(r.stappen).toEqual([]);
  });

  it('moves a Saturday end to the Monday', () => {
    expect(atwEinddatum('2025-01-04', weken(6))).toBe('2025-02-17');
  });

  it('moves a Sunday end to the Monday', () => {
    expect(atwEinddatum('2025-03-09', dagen(7))).toBe('2025-03-17');
  });

  it('moves Easter Sunday past Easter Monday to the Tuesday (art. 3 lid 1: tweede Paasdag)', () => {
    const r = applyAtw('2025-03-09', weken(6));
    expect(r.stappen[0]).toMatchObject({ artikel: 'Atw art. 1', van: '2025-04-20', tot: '2025-04-22' });
    expect(r.einddatum).toBe('2025-04-22');
  });

  it('moves Good Friday past the Easter weekend to the Tuesday (art. 3 lid 2)', () => {
    expect(atwEinddatum('2025-04-08', dagen(10))).toBe('2025-04-22');
  });

  it('moves King’s Day 2025, Saturday 26 April (27 April was a Sunday), to Monday 28 April', () => {
    const r = applyAtw('2025-03-01', weken(8));
    expect(r.stappen[0]).toMatchObject({ van: '2025-04-26', reden: 'termijn eindigt op Koningsdag' });
    expect(r.einddatum).toBe('2025-04-28');
  });

  it('moves King’s Day 2026, Monday 27 April, to Tuesday 28 April', () => {
    expect(atwEinddatum('2026-04-13', weken(2))).toBe('2026-04-28');
  });

  it('moves 5 May in a non-lustrum year, Tuesday 5 May 2026, to Wednesday 6 May', () => {
    expect(atwEinddatum('2026-04-21', weken(2))).toBe('2026-05-06');
  });

  it('moves Ascension Day 2025 past the equated Friday (art. 3 lid 3) to Monday 2 June', () => {
    expect(atwEinddatum('2025-05-01', weken(4))).toBe('2025-06-02');
  });

  it('moves Whit Monday 2025 to the Tuesday', () => {
    expect(atwEinddatum('2025-05-26', weken(2))).toBe('2025-06-10');
  });

  it('moves Christmas Day 2023 (Monday) past Boxing Day to Wednesday 27 December', () => {
    expect(atwEinddatum('2023-11-13', weken(6))).toBe('2023-12-27');
  });

  it('moves Christmas Day 2025 (Thursday) past Boxing Day and the weekend to Monday 29 December', () => {
    expect(atwEinddatum('2025-11-13', weken(6))).toBe('2025-12-29');
  });

  it('moves Christmas Day 2024 past the equated Friday 27 December to Monday 30 December', () => {
    expect(atwEinddatum('2024-11-13', weken(6))).toBe('2024-12-30');
  });

  it('moves New Year’s Day 2026 past the equated 2 January to Monday 5 January', () => {
    expect(atwEinddatum('2025-11-20', weken(6))).toBe('2026-01-05');
  });
});

describe('Atw art. 2: a term of at least three days contains at least two working days', () => {
  it('runs a 3-day term over a weekend (Sat, Sun, Mon) on to the Tuesday', () => {
    const r = applyAtw('2025-03-07', dagen(3));
    expect(r.stappen).toEqual([
      expect.objectContaining({ artikel: 'Atw art. 2', van: '2025-03-10', tot: '2025-03-11' }),
    ]);
    expect(r.einddatum).toBe('2025-03-11');
  });

  it('needs no art. 2 for a 3-day term from a Thursday: Friday and the Monday of art. 1 are two days', () => {
    const r = applyAtw('2025-03-06', dagen(3));
    expect(r.stappen.map((s) => s.artikel)).toEqual(['Atw art. 1']);
    expect(r.einddatum).toBe('2025-03-10');
  });

  it('runs a 3-day term starting on Ascension Thursday 2025 on to Tuesday 3 June (art. 1, then art. 2)', () => {
    const r = applyAtw('2025-05-28', dagen(3));
    expect(r.stappen.map((s) => s.artikel)).toEqual(['Atw art. 1', 'Atw art. 2']);
    expect(r.einddatum).toBe('2025-06-03');
  });

  it('runs a 3-day term over Christmas 2025 on to Tuesday 30 December', () => {
    expect(atwEinddatum('2025-12-24', dagen(3))).toBe('2025-12-30');
  });

  it('does not apply to a 2-day term: art. 1 alone ends it on the Monday', () => {
    expect(atwEinddatum('2025-03-07', dagen(2))).toBe('2025-03-10');
  });
});

describe('Atw art. 4: no extension for terms of more than 90 days, twelve weeks, three months, or years', () => {
  it('extends a 12-week term ending on a Saturday', () => {
    expect(atwEinddatum('2025-01-04', weken(12))).toBe('2025-03-31');
  });

  it('does not extend a 13-week term ending on a Saturday', () => {
    const r = applyAtw('2024-12-28', weken(13));
    expect(r.vanToepassing).toBe(false);
    expect(r.einddatum).toBe('2025-03-29');
  });

  it('extends 90 days but not 91 days', () => {
    expect(atwEinddatum('2025-01-05', dagen(90))).toBe('2025-04-07');
    expect(atwEinddatum('2025-01-04', dagen(91))).toBe('2025-04-05');
  });

  it('extends 3 months but not 4 months', () => {
    expect(atwEinddatum('2025-01-05', maanden(3))).toBe('2025-04-07');
    expect(atwEinddatum('2024-12-05', maanden(4))).toBe('2025-04-05');
  });

  it('does not extend a term of one year', () => {
    expect(atwEinddatum('2024-04-05', { amount: 1, unit: 'jaren' })).toBe('2025-04-05');
  });

  it('explains which way art. 4 went', () => {
    expect(atwVanToepassing(weken(12)).vanToepassing).toBe(true);
    expect(atwVanToepassing(weken(13)).toelichting).toMatch(/Atw art\. 4/);
  });
});
