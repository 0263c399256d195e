import { checkReden, notBeforeRegistratie, notInFuture } from './checks.ts';
import { DeadlineError } from './deadline-error.ts';
import { addDays, checkDate, compareDates, maxDate, type IsoDate } from './local-date.ts';

/** Awb 4:15: `van` is the day the applicant was invited (4:5); `tot` the day the application was completed. */
export interface Opschorting {
  van: IsoDate;
  tot?: IsoDate | null;
  reden: string;
}

/** Days `first`..`last` (inclusive) during which the term stood still; empty when `last` < `first`. */
export interface SuspendedRange {
  van: IsoDate;
  first: IsoDate;
  last: IsoDate;
  redenen: string[];
  open: boolean;
}

/**
 * Awb 4:15 lid 1: suspended "met ingang van de dag na" the invitation "tot de dag waarop de
 * aanvraag is aangevuld": up to, not including, the day of completion, which counts in the term
 * again. Overlapping suspensions are merged so that no day is counted twice. An open one (no
 * `tot`) runs as if the application were completed today, so it needs `today`.
 */
export function suspendedRanges(
  opschortingen: Opschorting[],
  registratiedatum: IsoDate,
  today: IsoDate | undefined,
): SuspendedRange[] {
  const ranges = opschortingen.map((o, i) => toRange(o, `opschortingen[${i}]`, registratiedatum, today));

  const merged: SuspendedRange[] = [];
  const nonEmpty = ranges.filter((r) => r.last >= r.first).sort((a, b) => compareDates(a.first, b.first));
  for (const r of nonEmpty) {
    const prev = merged.at(-1);
    if (prev && r.first <= addDays(prev.last, 1)) {
      prev.last = maxDate(prev.last, r.last);
      prev.redenen.push(...r.redenen);
      prev.open ||= r.open;
    } else {
      merged.push({ ...r, redenen: [...r.redenen] });
    }
  }
  // Completed by the next day: nothing suspended, but kept for the explanation and the open flag.
  const empty = ranges.filter((r) => r.last < r.first).map((r) => ({ ...r, last: addDays(r.first, -1) }));
  return [...merged, ...empty];
}

function toRange(
  o: Opschorting,
  field: string,
  registratiedatum: IsoDate,
  today: IsoDate | undefined,
): SuspendedRange {
  const van = checkDate(o.van, `${field}.van`);
  checkReden(o.reden, `${field}.reden`);
  notBeforeRegistratie(van, registratiedatum, `${field}.van`);
  notInFuture(van, today, `${field}.van`);
  const open = o.tot === undefined || o.tot === null;
  let tot: IsoDate;
  if (open) {
    if (today === undefined) {
      throw new DeadlineError('today-required', `${field}.tot`, 'an open suspension needs today to be given');
    }
    tot = today;
  } else {
    tot = checkDate(o.tot, `${field}.tot`);
    if (tot < van) throw new DeadlineError('tot-before-van', `${field}.tot`, `${tot} is before van ${van}`);
    notInFuture(tot, today, `${field}.tot`);
  }
  return { van, first: addDays(van, 1), last: addDays(tot, -1), redenen: [o.reden], open };
}
