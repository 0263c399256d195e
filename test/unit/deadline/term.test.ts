import { describe, expect, it } from 'vitest';
import { DeadlineError } from '../../../src/modules/cases/deadline/deadline-error.ts';
import { isoWeekday } from '../../../src/modules/cases/deadline/local-date.ts';
import { parseTermijn, termEnd, toIsoDuration } from '../../../src/modules/cases/deadline/term.ts';

describe('parseTermijn (ZGW doorlooptijd as ISO-8601 duration)', () => {
  it.each([
    ['P8W', { amount: 8, unit: 'weken' }],
    ['P56D', { amount: 56, unit: 'dagen' }],
    ['P3M', { amount: 3, unit: 'maanden' }],
    ['P1Y', { amount: 1, unit: 'jaren' }],
  ])('reads %s', (text, termijn) => {
    expect(parseTermijn(text)).toEqual(termijn);
    expect(toIsoDuration(parseTermijn(text))).toBe(text);
  });

  it('accepts a term object as is', () => {
    expect(parseTermijn({ amount: 6, unit: 'weken' })).toEqual({ amount: 6, unit: 'weken' });
  });

  it.each([['P0D'], ['-P1W'], ['P1M2D'], ['8 weken'], ['p8w']])('refuses %s', (text) => {
    expect(() => parseTermijn(text)).toThrow(DeadlineError);
  });

  it('refuses a negative or fractional amount and an unknown unit', () => {
    expect(() => parseTermijn({ amount: -2, unit: 'weken' })).toThrow(/at least 1/);
    expect(() => parseTermijn({ amount: 1.5, unit: 'weken' })).toThrow(/whole number/);
    expect(() => parseTermijn({ amount: 2, unit: 'uren' })).toThrow(/expected one of/);
  });

  it('refuses terms in hours with their own code (Atw art. 4: hours are outside the Atw)', () => {
    expect(() => parseTermijn('PT24H')).toThrow(expect.objectContaining({ code: 'term-in-hours' }) as Error);
  });
});

describe('termEnd: counting from the day after the event (Awb 6:8 convention)', () => {
  it('ends a term of n days n days after the event', () => {
    expect(termEnd('2025-03-03', { amount: 3, unit: 'dagen' })).toBe('2025-03-06');
  });

  it('ends a term in weeks on the same weekday as the event', () => {
    const end = termEnd('2025-03-05', { amount: 6, unit: 'weken' });
    expect(end).toBe('2025-04-16');
    expect(isoWeekday(end)).toBe(isoWeekday('2025-03-05'));
  });

  it('ends a term in months on the same day of the month, or the last day of a shorter month', () => {
    expect(termEnd('2025-01-15', { amount: 1, unit: 'maanden' })).toBe('2025-02-15');
    expect(termEnd('2025-01-31', { amount: 1, unit: 'maanden' })).toBe('2025-02-28');
    expect(termEnd('2024-01-31', { amount: 1, unit: 'maanden' })).toBe('2024-02-29');
    expect(termEnd('2024-11-30', { amount: 3, unit: 'maanden' })).toBe('2025-02-28');
  });

  it('ends a term in years on the same date, 29 February becoming 28 February', () => {
    expect(termEnd('2024-02-29', { amount: 1, unit: 'jaren' })).toBe('2025-02-28');
  });
});
