import { applyAtw } from './atw.ts';
import { checkReden, notBeforeRegistratie, notInFuture } from './checks.ts';
import { gelijkgesteldeDagenBekend } from './holidays.ts';
import { addDays, checkDate, compareDates, daysBetween, parseDate, type IsoDate } from './local-date.ts';
import { suspendedRanges, type Opschorting, type SuspendedRange } from './opschorting.ts';
import { formatTermijn, parseTermijn, termEnd, type Termijn } from './term.ts';

export type { Opschorting } from './opschorting.ts';

/** Awb 4:14 or the zaaktype's statutory extension: the term runs on by `duur`. */
export interface Verlenging {
  duur: Termijn | string;
  reden: string;
  datum: IsoDate;
}

export interface DeadlineLedger {
  registratiedatum: IsoDate;
  /** The decision term of the zaaktype, e.g. 'P8W' (ZGW `doorlooptijd`). */
  termijn: Termijn | string;
  opschortingen: Opschorting[];
  verlengingen: Verlenging[];
}

export type DeadlineStepKind =
  | 'termijn'
  | 'opschorting'
  | 'verlenging'
  | 'na-afloop'
  | 'atw'
  | 'atw-niet-van-toepassing'
  | 'gelijkgestelde-dagen-onbekend';

/** One line of the explanation; `kind` is stable so pages can render it in their own words. */
export interface DeadlineStep {
  kind: DeadlineStepKind;
  grondslag: string;
  /** The end date after this step (for 'na-afloop': the end the event came too late for). */
  einddatum: IsoDate;
  tekst: string;
  dagen?: number;
}

export interface DeadlineResult {
  /** End of the term as it stood at registration, Atw applied. */
  oorspronkelijkeEinddatum: IsoDate;
  /** Current last day to decide, Atw applied; while `opgeschort`, as if the suspension ended today. */
  uiterlijkeEinddatum: IsoDate;
  /** A suspension is still open: the end date is not known yet. */
  opgeschort: boolean;
  dagenOpgeschort: number;
  /** Days from `today` to the end date: 0 on the last day, negative when overdue; null without `today`. */
  dagenResterend: number | null;
  steps: DeadlineStep[];
}

type LedgerEvent =
  | { type: 'opschorting'; datum: IsoDate; range: SuspendedRange }
  | { type: 'verlenging'; datum: IsoDate; duur: Termijn; reden: string };

/**
 * The deadline of a case. The term is counted from the day after registration (see `termEnd`);
 * suspensions and extensions are then applied in date order to the counted (un-extended) end,
 * and the Algemene termijnenwet is applied once, to the final end date: the Atw concerns the
 * statutory term as it ends, and an intermediate end that happened to fall on a Saturday is not
 * part of that term. An event dated after the term had run out (Atw included) has no effect: a
 * term that has passed cannot be suspended or extended (Awb 4:14 lid 1, "binnen de termijn").
 * Art. 4 is judged on the zaaktype's term as stated, e.g. 8 weeks, not on the extended length.
 * `today` is an argument, never read from a clock, so the function stays pure.
 */
export function computeDeadline(ledger: DeadlineLedger, today?: IsoDate): DeadlineResult {
  if (today !== undefined) checkDate(today, 'today');
  const start = checkDate(ledger.registratiedatum, 'registratiedatum');
  notInFuture(start, today, 'registratiedatum');
  const termijn = parseTermijn(ledger.termijn, 'termijn');
  const events: LedgerEvent[] = [
    ...suspendedRanges(ledger.opschortingen, start, today).map((range) => ({
      type: 'opschorting' as const,
      datum: range.van,
      range,
    })),
    ...extensions(ledger.verlengingen, start, today),
  ].sort((a, b) => compareDates(a.datum, b.datum));

  let end = termEnd(start, termijn);
  const steps: DeadlineStep[] = [
    {
      kind: 'termijn',
      grondslag: 'Awb 4:13',
      einddatum: end,
      tekst: `Beslistermijn van ${formatTermijn(termijn)} vanaf de dag na ${start}: tot en met ${end}`,
    },
  ];
  const oorspronkelijkeEinddatum = applyAtw(start, termijn, end).einddatum;

  let dagenOpgeschort = 0;
  let opgeschort = false;
  for (const event of events) {
    const lapsed = applyAtw(start, termijn, end).einddatum;
    if (event.datum > lapsed) {
      steps.push(tooLate(event, lapsed));
    } else if (event.type === 'opschorting') {
      const days = daysBetween(event.range.first, event.range.last) + 1;
      dagenOpgeschort += days;
      opgeschort ||= event.range.open;
      end = addDays(end, days);
      steps.push(suspensionStep(event.range, days, end));
    } else {
      end = termEnd(end, event.duur);
      steps.push({
        kind: 'verlenging',
        grondslag: 'Awb 4:14',
        einddatum: end,
        tekst: `Verlengd op ${event.datum} met ${formatTermijn(event.duur)} (${event.reden})`,
      });
    }
  }

  const atw = applyAtw(start, termijn, end);
  steps.push(...atwSteps(start, end, atw));
  return {
    oorspronkelijkeEinddatum,
    uiterlijkeEinddatum: atw.einddatum,
    opgeschort,
    dagenOpgeschort,
    dagenResterend: today === undefined ? null : daysBetween(today, atw.einddatum),
    steps,
  };
}

function extensions(verlengingen: Verlenging[], start: IsoDate, today: IsoDate | undefined): LedgerEvent[] {
  return verlengingen.map((v, i) => {
    const field = `verlengingen[${i}]`;
    const datum = checkDate(v.datum, `${field}.datum`);
    checkReden(v.reden, `${field}.reden`);
    notBeforeRegistratie(datum, start, `${field}.datum`);
    notInFuture(datum, today, `${field}.datum`);
    return { type: 'verlenging', datum, duur: parseTermijn(v.duur, `${field}.duur`), reden: v.reden };
  });
}

function tooLate(event: LedgerEvent, lapsed: IsoDate): DeadlineStep {
  const what = event.type === 'opschorting' ? 'Opschorting' : 'Verlenging';
  return {
    kind: 'na-afloop',
    grondslag: event.type === 'opschorting' ? 'Awb 4:15' : 'Awb 4:14',
    einddatum: lapsed,
    tekst: `${what} van ${event.datum} telt niet: de termijn liep af op ${lapsed}`,
  };
}

function suspensionStep(range: SuspendedRange, days: number, end: IsoDate): DeadlineStep {
  const redenen = range.redenen.join('; ');
  const until = range.open ? 'nog niet aangevuld, gerekend alsof vandaag aangevuld' : 'aangevuld';
  return {
    kind: 'opschorting',
    grondslag: 'Awb 4:15',
    einddatum: end,
    dagen: days,
    tekst:
      days === 0
        ? `Uitnodiging tot aanvullen op ${range.van} (${redenen}; ${until}): geen dag opgeschort`
        : `Opgeschort van ${range.first} tot en met ${range.last} (${redenen}; ${until}): ${days} dagen erbij`,
  };
}

function atwSteps(start: IsoDate, end: IsoDate, atw: ReturnType<typeof applyAtw>): DeadlineStep[] {
  if (!atw.vanToepassing) {
    return [
      { kind: 'atw-niet-van-toepassing', grondslag: 'Atw art. 4', einddatum: end, tekst: atw.toelichting },
    ];
  }
  const steps: DeadlineStep[] = atw.stappen.map((s) => ({
    kind: 'atw',
    grondslag: s.artikel,
    einddatum: s.tot,
    tekst: `${s.reden}: verlengd tot en met ${s.tot}`,
  }));
  const unknown = yearsWithoutEquatedDays(start, atw.einddatum);
  if (unknown.length > 0) {
    steps.push({
      kind: 'gelijkgestelde-dagen-onbekend',
      grondslag: 'Atw art. 3 lid 3',
      einddatum: atw.einddatum,
      tekst: `Gelijkgestelde dagen voor ${unknown.join(', ')} zijn niet bekend; alleen de vaste feestdagen zijn meegeteld`,
    });
  }
  return steps;
}

function yearsWithoutEquatedDays(from: IsoDate, to: IsoDate): number[] {
  const years: number[] = [];
  for (let y = parseDate(from).year; y <= parseDate(to).year; y++) {
    if (!gelijkgesteldeDagenBekend(y)) years.push(y);
  }
  return years;
}
