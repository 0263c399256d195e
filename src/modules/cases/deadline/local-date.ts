import { DeadlineError } from './deadline-error.ts';

/**
 * A calendar date as 'YYYY-MM-DD'. Dutch terms count whole calendar days, so there is no time
 * and no time zone here. Arithmetic goes through a day number (days since 1970-01-01) computed
 * with integer civil-calendar formulas (H. Hinnant), not `Date`, which maps years 0–99 to 19xx.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Gregorian years only: the computus and the weekday rules assume them. */
const MIN_YEAR = 1583;

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses and checks a date ('2025-02-30' is rejected); `field` names it in the error. */
export function parseDate(value: unknown, field = 'date'): CivilDate {
  const m = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (!m)
    throw new DeadlineError(
      'invalid-date',
      field,
      `expected a date as YYYY-MM-DD, got ${JSON.stringify(value)}`,
    );
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new DeadlineError('invalid-date', field, `${String(value)} is not a Gregorian calendar date`);
  }
  return { year, month, day };
}

/** Throws unless `value` is a valid date; returns it typed. */
export function checkDate(value: unknown, field = 'date'): IsoDate {
  parseDate(value, field);
  return value as IsoDate;
}

export function formatDate({ year, month, day }: CivilDate): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = parseDate(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): IsoDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return formatDate({ year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day });
}

export const addDays = (date: IsoDate, days: number): IsoDate => fromDayNumber(toDayNumber(date) + days);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: IsoDate, to: IsoDate): number => toDayNumber(to) - toDayNumber(from);

/** ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01, day 0, was a Thursday). */
export function isoWeekday(date: IsoDate): number {
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** Same day-of-month `months` later, or the last day of a shorter month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parseDate(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatDate({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

// 'YYYY-MM-DD' strings of four-digit years compare as dates.
export const compareDates = (a: IsoDate, b: IsoDate): number => (a < b ? -1 : a > b ? 1 : 0);
export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);
