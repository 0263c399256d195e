import { describe, expect, it } from 'vitest';
import gelijkgesteld from '../../../src/modules/cases/deadline/gelijkgestelde-dagen.json' with { type: 'json' };
import {
  addDays,
  daysBetween,
  fromDayNumber,
  isoWeekday,
  toDayNumber,
} from '../../../src/modules/cases/deadline/local-date.ts';

describe('local dates (Dutch terms count whole calendar days, no time zone)', () => {
  it('numbers days from 1970-01-01 and back', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    for (const d of ['1600-02-29', '1900-03-01', '2000-02-29', '2024-12-31', '2100-02-28', '9999-12-31']) {
      expect(fromDayNumber(toDayNumber(d))).toBe(d);
    }
  });

  it('steps over month, leap-day and year boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(daysBetween('2025-03-03', '2025-04-28')).toBe(56);
  });

  it('gives ISO weekdays, Monday 1 to Sunday 7', () => {
    expect(isoWeekday('2025-03-03')).toBe(1);
    expect(isoWeekday('2025-04-27')).toBe(7);
    expect(isoWeekday('1583-01-01')).toBe(6);
  });
});

describe('gelijkgestelde-dagen.json (Atw art. 3 lid 3 data)', () => {
  const years = Object.entries(gelijkgesteld.jaren);

  it('has an entry for every year a listed decree covers', () => {
    const covered = gelijkgesteld.besluiten.flatMap((b) => b.jaren).map(String);
    expect(years.map(([y]) => y)).toEqual(covered);
  });

  it('only holds weekdays of the year they are filed under (a bridge day is never a weekend day)', () => {
    for (const [year, days] of years) {
      for (const d of days) {
        expect(d.datum.startsWith(`${year}-`)).toBe(true);
        expect(isoWeekday(d.datum)).toBeLessThan(6);
      }
    }
  });
});
