import { DeadlineError } from './deadline-error.ts';
import gelijkgesteld from './gelijkgestelde-dagen.json' with { type: 'json' };
import { addDays, formatDate, isoWeekday, parseDate, type IsoDate } from './local-date.ts';

/** A day that counts as a holiday for the Algemene termijnenwet, with the provision that makes it one. */
export interface Feestdag {
  datum: IsoDate;
  naam: string;
  grondslag: string;
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function paasdatum(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatDate({ year, month, day });
}

/**
 * "De dag waarop de verjaardag van de Koning wordt gevierd": 27 April, or 26 April when the 27th
 * is a Sunday (from 2014). Before 2014 the Queen's birthday was kept on 30 April, moved off a
 * Sunday to the Saturday before from 1980 and to the Monday after until then.
 */
export function koningsdag(year: number): IsoDate {
  if (year >= 2014) {
    const d = formatDate({ year, month: 4, day: 27 });
    return isoWeekday(d) === 7 ? addDays(d, -1) : d;
  }
  const d = formatDate({ year, month: 4, day: 30 });
  if (isoWeekday(d) !== 7) return d;
  return addDays(d, year >= 1980 ? -1 : 1);
}

/**
 * Atw art. 3 lid 1 and lid 2 (Goede Vrijdag), as the article reads today; its earlier wordings
 * (when 5 May or Good Friday came in) are not modelled, so old years get today's list.
 */
export function algemeenErkendeFeestdagen(year: number): Feestdag[] {
  checkYear(year);
  const pasen = paasdatum(year);
  const on = (month: number, day: number) => formatDate({ year, month, day });
  const lid1 = 'Atw art. 3 lid 1';
  return [
    { datum: on(1, 1), naam: 'Nieuwjaarsdag', grondslag: lid1 },
    { datum: addDays(pasen, -2), naam: 'Goede Vrijdag', grondslag: 'Atw art. 3 lid 2' },
    { datum: addDays(pasen, 1), naam: 'Tweede Paasdag', grondslag: lid1 },
    { datum: koningsdag(year), naam: year >= 2014 ? 'Koningsdag' : 'Koninginnedag', grondslag: lid1 },
    { datum: on(5, 5), naam: 'Vijfde mei', grondslag: lid1 },
    { datum: addDays(pasen, 39), naam: 'Hemelvaartsdag', grondslag: lid1 },
    { datum: addDays(pasen, 50), naam: 'Tweede Pinksterdag', grondslag: lid1 },
    { datum: on(12, 25), naam: 'Eerste Kerstdag', grondslag: lid1 },
    { datum: on(12, 26), naam: 'Tweede Kerstdag', grondslag: lid1 },
  ];
}

interface GelijkgesteldeDag {
  datum: string;
  omschrijving: string;
}

const equatedByYear: Record<string, GelijkgesteldeDag[] | undefined> = gelijkgesteld.jaren;

/** Whether the royal decree for this year is in the data; if not, equated days are unknown, not absent. */
export const gelijkgesteldeDagenBekend = (year: number): boolean => equatedByYear[String(year)] !== undefined;

/** Days equated by royal decree (Atw art. 3 lid 3), from `gelijkgestelde-dagen.json`. */
export function gelijkgesteldeDagen(year: number): Feestdag[] {
  return (equatedByYear[String(year)] ?? []).map((d) => ({
    datum: d.datum,
    naam: d.omschrijving,
    grondslag: 'Atw art. 3 lid 3',
  }));
}

// Memoised per year: the ledger asks about the same few years many times.
const cache = new Map<number, Map<IsoDate, Feestdag>>();

function daysOf(year: number): Map<IsoDate, Feestdag> {
  let days = cache.get(year);
  if (!days) {
    days = new Map(
      [...algemeenErkendeFeestdagen(year), ...gelijkgesteldeDagen(year)].map((f) => [f.datum, f]),
    );
    cache.set(year, days);
  }
  return days;
}

/** The holiday or equated day on `date`, if any. */
export function feestdagOp(date: IsoDate): Feestdag | undefined {
  return daysOf(parseDate(date).year).get(date);
}

/** Atw art. 3 lid 1 and lid 2: the statutory holidays, Good Friday included. */
export function isAlgemeneErkendeFeestdag(date: IsoDate): boolean {
  const f = feestdagOp(date);
  return f !== undefined && f.grondslag !== 'Atw art. 3 lid 3';
}

export function isGelijkgesteldeDag(date: IsoDate): boolean {
  return feestdagOp(date)?.grondslag === 'Atw art. 3 lid 3';
}

/** Saturday, Sunday, holiday or equated day: the days the Atw does not let a term end on. */
export function isNonWorkingDay(date: IsoDate): boolean {
  return isoWeekday(date) >= 6 || feestdagOp(date) !== undefined;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new DeadlineError('invalid-date', 'year', `${year} is not a Gregorian year`);
  }
}

// The data is checked once at load: a typo in a date must stop the process, not shift a deadline.
for (const [year, days] of Object.entries(equatedByYear)) {
  for (const [i, d] of (days ?? []).entries()) {
    if (parseDate(d.datum, `gelijkgestelde-dagen.json jaren.${year}[${i}]`).year !== Number(year)) {
      throw new DeadlineError(
        'invalid-date',
        `gelijkgestelde-dagen.json jaren.${year}[${i}]`,
        'date not in its year',
      );
    }
  }
}
