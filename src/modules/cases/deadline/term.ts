import { DeadlineError } from './deadline-error.ts';
import { addDays, addMonths, type IsoDate } from './local-date.ts';

export type TermijnEenheid = 'dagen' | 'weken' | 'maanden' | 'jaren';

/** A term as the law states it: a whole number of one unit. */
export interface Termijn {
  amount: number;
  unit: TermijnEenheid;
}

const UNITS: readonly TermijnEenheid[] = ['dagen', 'weken', 'maanden', 'jaren'];
const ISO_UNIT: Record<string, TermijnEenheid> = { D: 'dagen', W: 'weken', M: 'maanden', Y: 'jaren' };
const ISO_LETTER: Record<TermijnEenheid, string> = { dagen: 'D', weken: 'W', maanden: 'M', jaren: 'Y' };

/**
 * Accepts a `Termijn` or an ISO-8601 duration of one date component, as the ZGW Catalogi
 * `doorlooptijd` and `verlengingstermijn` hold ('P8W', 'P56D', 'P3M', 'P1Y'). Mixed durations
 * ('P1M2D') have no single unit, which Atw art. 4 needs, so they are refused.
 */
export function parseTermijn(input: unknown, field = 'termijn'): Termijn {
  if (typeof input === 'string') return parseIsoDuration(input, field);
  if (typeof input === 'object' && input !== null) {
    const { amount, unit } = input as Record<string, unknown>;
    if (!UNITS.includes(unit as TermijnEenheid)) {
      throw new DeadlineError('invalid-term', `${field}.unit`, `expected one of ${UNITS.join(', ')}`);
    }
    return { amount: checkAmount(amount, `${field}.amount`), unit: unit as TermijnEenheid };
  }
  throw new DeadlineError(
    'invalid-term',
    field,
    `expected a term or an ISO-8601 duration, got ${JSON.stringify(input)}`,
  );
}

function parseIsoDuration(text: string, field: string): Termijn {
  if (/^-?P(\d+D)?T/.test(text)) {
    // Atw art. 4 lid 1: terms in hours run to a moment, not a date; they are outside this ledger.
    throw new DeadlineError(
      'term-in-hours',
      field,
      `${text} is a term in hours or less; only whole days are supported`,
    );
  }
  const m = /^(-?)P(\d+)([YMWD])$/.exec(text);
  if (!m)
    throw new DeadlineError(
      'invalid-term',
      field,
      `${text} is not an ISO-8601 duration of one unit such as P8W`,
    );
  if (m[1] === '-') throw new DeadlineError('invalid-term', field, `${text} is negative`);
  return { amount: checkAmount(Number(m[2]), field), unit: ISO_UNIT[m[3] ?? ''] ?? 'dagen' };
}

function checkAmount(amount: unknown, field: string): number {
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 1) {
    throw new DeadlineError(
      'invalid-term',
      field,
      `expected a whole number of at least 1, got ${String(amount)}`,
    );
  }
  return amount;
}

export const toIsoDuration = (t: Termijn): string => `P${t.amount}${ISO_LETTER[t.unit]}`;

const SINGULAR: Record<TermijnEenheid, string> = {
  dagen: 'dag',
  weken: 'week',
  maanden: 'maand',
  jaren: 'jaar',
};
export const formatTermijn = (t: Termijn): string =>
  `${t.amount} ${t.amount === 1 ? SINGULAR[t.unit] : t.unit}`;

/**
 * The last day of a term that starts running on the day after `start` (Awb 6:8 and the usual
 * reading of Dutch statutory terms: the day of the event does not count). So a term of n days
 * ends n days after `start`; weeks end on the same weekday as `start`; months and years end on
 * the same day of the month, or on the last day of a shorter month (the rule of art. 4 of the
 * European Convention on the Calculation of Time-Limits, Basel 1972). Atw not applied here.
 */
export function termEnd(start: IsoDate, termijn: Termijn): IsoDate {
  switch (termijn.unit) {
    case 'dagen':
      return addDays(start, termijn.amount);
    case 'weken':
      return addDays(start, termijn.amount * 7);
    case 'maanden':
      return addMonths(start, termijn.amount);
    case 'jaren':
      return addMonths(start, termijn.amount * 12);
  }
}
