import { feestdagOp, isNonWorkingDay } from './holidays.ts';
import { addDays, checkDate, isoWeekday, type IsoDate } from './local-date.ts';
import { formatTermijn, termEnd, type Termijn } from './term.ts';

/** One extension the Algemene termijnenwet made, for the explanation of a deadline. */
export interface AtwStap {
  artikel: 'Atw art. 1' | 'Atw art. 2';
  van: IsoDate;
  tot: IsoDate;
  reden: string;
}

export interface AtwUitkomst {
  einddatum: IsoDate;
  vanToepassing: boolean;
  /** Why the Atw does or does not apply (art. 4). */
  toelichting: string;
  stappen: AtwStap[];
}

/**
 * Atw art. 4: articles 1 and 2 do not apply to terms in hours (not representable as a `Termijn`)
 * or of more than 90 days, more than twelve weeks, more than three months, or one or more years.
 * So 12 weeks and 3 months are still extended; 13 weeks and 91 days are not.
 */
export function atwVanToepassing(termijn: Termijn): { vanToepassing: boolean; toelichting: string } {
  const limit = { dagen: 90, weken: 12, maanden: 3, jaren: 0 }[termijn.unit];
  const vanToepassing = termijn.amount <= limit;
  const toelichting = vanToepassing
    ? `Atw art. 1 en 2 gelden voor een termijn van ${formatTermijn(termijn)}`
    : `Atw art. 4: niet van toepassing op een termijn van ${formatTermijn(termijn)}`;
  return { vanToepassing, toelichting };
}

const WEEKDAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
const dayLabel = (date: IsoDate): string => feestdagOp(date)?.naam ?? WEEKDAYS[isoWeekday(date) - 1] ?? date;

const nextWorkingDay = (date: IsoDate): IsoDate => {
  let d = addDays(date, 1);
  while (isNonWorkingDay(d)) d = addDays(d, 1);
  return d;
};

/**
 * Applies the Atw to a statutory term that runs from the day after `start` up to and including
 * `einddatum` (by default the counted end of `termijn`; the ledger passes the end it derived).
 * Art. 1 first: an end on a Saturday, Sunday or holiday moves to the next day that is none of
 * these. Then art. 2: a term of at least three days must contain two such days, else it runs on
 * to the second one. Art. 1 lid 2 (terms counted backwards) is the caller's to exclude.
 */
export function applyAtw(start: IsoDate, termijn: Termijn, einddatum?: IsoDate): AtwUitkomst {
  checkDate(start, 'start');
  const end = einddatum === undefined ? termEnd(start, termijn) : checkDate(einddatum, 'einddatum');
  const { vanToepassing, toelichting } = atwVanToepassing(termijn);
  if (!vanToepassing) return { einddatum: end, vanToepassing, toelichting, stappen: [] };

  const stappen: AtwStap[] = [];
  let current = end;
  if (isNonWorkingDay(current)) {
    const moved = nextWorkingDay(current);
    stappen.push({
      artikel: 'Atw art. 1',
      van: current,
      tot: moved,
      reden: `termijn eindigt op ${dayLabel(current)}`,
    });
    current = moved;
  }

  const atLeastThreeDays = termijn.unit !== 'dagen' || termijn.amount >= 3;
  if (atLeastThreeDays) {
    let workingDays = 0;
    for (let d = addDays(start, 1); d <= current && workingDays < 2; d = addDays(d, 1)) {
      if (!isNonWorkingDay(d)) workingDays++;
    }
    if (workingDays < 2) {
      let moved = current;
      for (let missing = 2 - workingDays; missing > 0; missing--) moved = nextWorkingDay(moved);
      stappen.push({
        artikel: 'Atw art. 2',
        van: current,
        tot: moved,
        reden: `termijn bevat ${workingDays === 1 ? 'één dag' : 'geen dag'} die geen zaterdag, zondag of feestdag is`,
      });
      current = moved;
    }
  }
  return { einddatum: current, vanToepassing, toelichting, stappen };
}

/** The last day of a statutory term: counted (see `termEnd`), then extended by the Atw. */
export const atwEinddatum = (start: IsoDate, termijn: Termijn): IsoDate => applyAtw(start, termijn).einddatum;
