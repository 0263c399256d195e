import { describe, expect, it } from 'vitest';
import {
  algemeenErkendeFeestdagen,
  gelijkgesteldeDagen,
  gelijkgesteldeDagenBekend,
  isAlgemeneErkendeFeestdag,
  isGelijkgesteldeDag,
  isNonWorkingDay,
  koningsdag,
  paasdatum,
} from '../../../src/modules/cases/deadline/holidays.ts';

describe('paasdatum (computus for the Easter-dependent days of Atw art. 3)', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2000, '2000-04-23'],
    [1818, '1818-03-22'], // earliest possible date
    [2038, '2038-04-25'], // latest possible date
  ])('Easter %i is %s', (year, date) => {
    expect(paasdatum(year)).toBe(date);
  });
});

describe('koningsdag (Atw art. 3 lid 1: the day the King’s birthday is celebrated)', () => {
  it.each([
    [2014, '2014-04-26'], // 27 April 2014 was a Sunday
    [2019, '2019-04-27'], // a Saturday stays
    [2025, '2025-04-26'], // 27 April 2025 was a Sunday
    [2026, '2026-04-27'],
    [2031, '2031-04-26'],
  ])('in %i is %s', (year, date) => {
    expect(koningsdag(year)).toBe(date);
  });

  it('was Koninginnedag on 30 April before 2014', () => {
    expect(koningsdag(2013)).toBe('2013-04-30');
  });
});

describe('algemeenErkendeFeestdagen (Atw art. 3 lid 1 and 2)', () => {
  it('lists the nine days of 2025', () => {
    expect(algemeenErkendeFeestdagen(2025).map((f) => f.datum)).toEqual([
      '2025-01-01', // Nieuwjaarsdag
      '2025-04-18', // Goede Vrijdag, lid 2
      '2025-04-21', // Tweede Paasdag
      '2025-04-26', // Koningsdag
      '2025-05-05', // 5 mei, every year
      '2025-05-29', // Hemelvaartsdag
      '2025-06-09', // Tweede Pinksterdag
      '2025-12-25',
      '2025-12-26',
    ]);
  });

  it('counts 5 May in a year that is not a lustrum year (art. 3 lid 1: "de vijfde mei")', () => {
    expect(isAlgemeneErkendeFeestdag('2026-05-05')).toBe(true);
  });

  it('counts Good Friday (art. 3 lid 2)', () => {
    expect(isAlgemeneErkendeFeestdag('2026-04-03')).toBe(true);
  });

  it('does not count Easter Sunday itself nor 4 May as holidays; Sunday is non-working anyway', () => {
    expect(isAlgemeneErkendeFeestdag('2025-04-20')).toBe(false);
    expect(isNonWorkingDay('2025-04-20')).toBe(true);
    expect(isNonWorkingDay('2026-05-04')).toBe(false);
  });
});

describe('gelijkgestelde dagen (Atw art. 3 lid 3, data per royal decree)', () => {
  it('holds the Friday after Ascension Day for 2024 to 2027', () => {
    expect(isGelijkgesteldeDag('2024-05-10')).toBe(true);
    expect(isGelijkgesteldeDag('2025-05-30')).toBe(true);
    expect(isGelijkgesteldeDag('2026-05-15')).toBe(true);
    expect(isGelijkgesteldeDag('2027-05-07')).toBe(true);
  });

  it('holds the bridge days of the decrees: 27 December 2024 and 2 January 2026', () => {
    expect(gelijkgesteldeDagen(2024).map((d) => d.datum)).toEqual(['2024-05-10', '2024-12-27']);
    expect(gelijkgesteldeDagen(2026).map((d) => d.datum)).toEqual(['2026-01-02', '2026-05-15']);
  });

  it('keeps equated days apart from the statutory holidays but makes them non-working', () => {
    expect(isAlgemeneErkendeFeestdag('2025-05-30')).toBe(false);
    expect(isNonWorkingDay('2025-05-30')).toBe(true);
  });

  it('says when a year has no decree in the data rather than guessing one', () => {
    expect(gelijkgesteldeDagenBekend(2025)).toBe(true);
    expect(gelijkgesteldeDagenBekend(2031)).toBe(false);
    expect(isNonWorkingDay('2031-05-23')).toBe(false); // Friday after Ascension 2031: unknown, not assumed
  });
});

describe('isNonWorkingDay (Atw art. 1: Saturday, Sunday or holiday)', () => {
  it('is true on a Saturday and a Sunday, false on an ordinary Wednesday', () => {
    expect(isNonWorkingDay('2025-03-08')).toBe(true);
    expect(isNonWorkingDay('2025-03-09')).toBe(true);
    expect(isNonWorkingDay('2025-03-12')).toBe(false);
  });

  it('rejects a date that does not exist', () => {
    expect(() => isNonWorkingDay('2025-02-29')).toThrow(/not a Gregorian calendar date/);
  });
});
