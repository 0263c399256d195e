import { describe, expect, it } from 'vitest';
import { DeadlineError } from '../../../src/modules/cases/deadline/deadline-error.ts';
import {
  computeDeadline,
  type DeadlineLedger,
  type Opschorting,
  type Verlenging,
} from '../../../src/modules/cases/deadline/ledger.ts';

/** A case registered on Monday 3 March 2025 with the 8 weeks of Awb 4:13: ends Monday 28 April. */
const ledger = (overrides: Partial<DeadlineLedger> = {}): DeadlineLedger => ({
  registratiedatum: '2025-03-03',
  termijn: 'P8W',
  opschortingen: [],
  verlengingen: [],
  ...overrides,
});
const opschorting = (van: string, tot: string | null, reden = 'aanvraag onvolledig'): Opschorting => ({
  van,
  tot,
  reden,
});
const verlenging = (datum: string, duur = 'P6W', reden = 'advies nodig'): Verlenging => ({
  datum,
  duur,
  reden,
});

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DeadlineError) return e.code;
    throw e;
  }
  return undefined;
};

describe('computeDeadline: the decision term (Awb 4:13)', () => {
  it('ends 8 weeks after a Monday registration, on the Monday', () => {
    const r = computeDeadline(ledger(), '2025-04-01');
    expect(r).toMatchObject({
      oorspronkelijkeEinddatum: '2025-04-28',
      uiterlijkeEinddatum: '2025-04-28',
      opgeschort: false,
      dagenOpgeschort: 0,
      dagenResterend: 27,
    });
    expect(r.steps.map((s) => s.kind)).toEqual(['termijn']);
  });

  it('counts 0 on the last day and negative days once overdue', () => {
    expect(computeDeadline(ledger(), '2025-04-28').dagenResterend).toBe(0);
    expect(computeDeadline(ledger(), '2025-04-30').dagenResterend).toBe(-2);
  });

  it('leaves dagenResterend empty without today', () => {
    expect(computeDeadline(ledger()).dagenResterend).toBeNull();
  });
});

describe('computeDeadline: suspension (Awb 4:15)', () => {
  it('suspends from the day after the invitation until, not including, the day of completion', () => {
    // Invited Monday 10 March, completed Thursday 20 March: 11 to 19 March, 9 days.
    const r = computeDeadline(ledger({ opschortingen: [opschorting('2025-03-10', '2025-03-20')] }));
    expect(r.dagenOpgeschort).toBe(9);
    expect(r.uiterlijkeEinddatum).toBe('2025-05-07');
    expect(r.oorspronkelijkeEinddatum).toBe('2025-04-28');
  });

  it('adds up two separate suspensions (4:15: more than once)', () => {
    const r = computeDeadline(
      ledger({
        opschortingen: [opschorting('2025-03-10', '2025-03-20'), opschorting('2025-04-01', '2025-04-08')],
      }),
    );
    expect(r.dagenOpgeschort).toBe(9 + 6);
    expect(r.uiterlijkeEinddatum).toBe('2025-05-13');
  });

  it('counts overlapping suspensions once', () => {
    const r = computeDeadline(
      ledger({
        opschortingen: [opschorting('2025-03-15', '2025-03-25'), opschorting('2025-03-10', '2025-03-20')],
      }),
    );
    expect(r.dagenOpgeschort).toBe(14); // 11 to 24 March, not 9 + 9
    expect(r.uiterlijkeEinddatum).toBe('2025-05-12');
    expect(r.steps.filter((s) => s.kind === 'opschorting')).toHaveLength(1);
  });

  it('counts a suspension inside another one not at all', () => {
    const r = computeDeadline(
      ledger({
        opschortingen: [opschorting('2025-03-10', '2025-03-20'), opschorting('2025-03-12', '2025-03-14')],
      }),
    );
    expect(r.dagenOpgeschort).toBe(9);
  });

  it('suspends nothing when the application is completed the next day', () => {
    const r = computeDeadline(ledger({ opschortingen: [opschorting('2025-03-10', '2025-03-11')] }));
    expect(r.dagenOpgeschort).toBe(0);
    expect(r.uiterlijkeEinddatum).toBe('2025-04-28');
  });

  it('computes an open suspension as if it ended today, flagged, and moves the end past 5 May (Atw art. 1)', () => {
    // 11 to 16 March: 6 days; 28 April + 6 = Sunday 4 May; Monday 5 May is a holiday: Tuesday 6 May.
    const r = computeDeadline(ledger({ opschortingen: [opschorting('2025-03-10', null)] }), '2025-03-17');
    expect(r).toMatchObject({ opgeschort: true, dagenOpgeschort: 6, uiterlijkeEinddatum: '2025-05-06' });
    expect(r.dagenResterend).toBe(50);
  });

  it('keeps the remaining days frozen while a suspension is open', () => {
    const l = ledger({ opschortingen: [opschorting('2025-03-10', null)] });
    const a = computeDeadline(l, '2025-03-12');
    const b = computeDeadline(l, '2025-03-13');
    expect(a.dagenResterend).toBe(b.dagenResterend);
  });

  it('flags an open suspension from today’s invitation', () => {
    const r = computeDeadline(ledger({ opschortingen: [opschorting('2025-03-17', null)] }), '2025-03-17');
    expect(r).toMatchObject({ opgeschort: true, dagenOpgeschort: 0, uiterlijkeEinddatum: '2025-04-28' });
  });

  it('does not flag an open suspension sent after the term had run out', () => {
    const r = computeDeadline(ledger({ opschortingen: [opschorting('2025-05-02', null)] }), '2025-05-10');
    expect(r).toMatchObject({ opgeschort: false, uiterlijkeEinddatum: '2025-04-28', dagenResterend: -12 });
  });

  it('merges an open suspension with an overlapping closed one and stays flagged', () => {
    const r = computeDeadline(
      ledger({ opschortingen: [opschorting('2025-03-10', '2025-03-20'), opschorting('2025-03-18', null)] }),
      '2025-03-25',
    );
    expect(r).toMatchObject({ opgeschort: true, dagenOpgeschort: 14 }); // 11 to 24 March
  });

  it('ignores a suspension sent after the term had run out', () => {
    const r = computeDeadline(ledger({ opschortingen: [opschorting('2025-04-29', '2025-05-06')] }));
    expect(r.uiterlijkeEinddatum).toBe('2025-04-28');
    expect(r.dagenOpgeschort).toBe(0);
    expect(r.steps.at(-1)).toMatchObject({ kind: 'na-afloop', grondslag: 'Awb 4:15' });
  });
});

describe('computeDeadline: extension (Awb 4:14)', () => {
  it('adds the extension and moves an end on Whit Monday 2025 to the Tuesday (Atw art. 1)', () => {
    const r = computeDeadline(ledger({ verlengingen: [verlenging('2025-04-14')] }));
    expect(r.uiterlijkeEinddatum).toBe('2025-06-10');
    expect(r.steps.map((s) => s.kind)).toEqual(['termijn', 'verlenging', 'atw']);
  });

  it('accepts the duration as a term object', () => {
    const r = computeDeadline(
      ledger({ verlengingen: [{ datum: '2025-04-14', duur: { amount: 2, unit: 'weken' }, reden: 'x' }] }),
    );
    expect(r.uiterlijkeEinddatum).toBe('2025-05-12');
  });

  it('applies suspension and extension together, in date order', () => {
    const r = computeDeadline(
      ledger({
        opschortingen: [opschorting('2025-03-10', '2025-03-20')],
        verlengingen: [verlenging('2025-04-14', 'P2W')],
      }),
    );
    expect(r.uiterlijkeEinddatum).toBe('2025-05-21'); // 28 April + 9 days + 2 weeks
  });

  it('ignores an extension announced after the term had run out (4:14: within the term)', () => {
    const r = computeDeadline(ledger({ verlengingen: [verlenging('2025-04-29')] }));
    expect(r.uiterlijkeEinddatum).toBe('2025-04-28');
    expect(r.steps.at(-1)).toMatchObject({ kind: 'na-afloop', grondslag: 'Awb 4:14' });
  });

  it('accepts an extension on the Monday the Atw moved a Saturday end to', () => {
    const r = computeDeadline(
      ledger({ registratiedatum: '2025-03-01', verlengingen: [verlenging('2025-04-28', 'P1W')] }),
    );
    expect(r.uiterlijkeEinddatum).toBe('2025-05-06'); // Saturday 26 April + 1 week = Saturday 3 May → Tuesday 6 May
  });
});

describe('computeDeadline: the Atw applies once, to the final end date', () => {
  it('adds suspended days to the counted end, not to the end the Atw extended', () => {
    // Registered Saturday 1 March: counted end Saturday 26 April (King's Day), Atw: Monday 28 April.
    // Two days suspended: 26 April + 2 = Monday 28 April, not 28 April + 2.
    const r = computeDeadline(
      ledger({ registratiedatum: '2025-03-01', opschortingen: [opschorting('2025-03-10', '2025-03-13')] }),
    );
    expect(r.oorspronkelijkeEinddatum).toBe('2025-04-28');
    expect(r.uiterlijkeEinddatum).toBe('2025-04-28');
  });

  it('does not extend a 26-week term ending on a Saturday (Atw art. 4)', () => {
    const r = computeDeadline(ledger({ registratiedatum: '2025-03-01', termijn: 'P26W' }));
    expect(r.uiterlijkeEinddatum).toBe('2025-08-30');
    expect(r.steps.at(-1)).toMatchObject({ kind: 'atw-niet-van-toepassing', grondslag: 'Atw art. 4' });
  });

  it('warns when the equated days of a year are not in the data (Atw art. 3 lid 3)', () => {
    const r = computeDeadline(ledger({ registratiedatum: '2031-03-03' }));
    expect(r.steps.at(-1)).toMatchObject({ kind: 'gelijkgestelde-dagen-onbekend' });
  });
});

describe('computeDeadline: input checks', () => {
  it('refuses tot before van', () => {
    expect(
      codeOf(() => computeDeadline(ledger({ opschortingen: [opschorting('2025-03-10', '2025-03-09')] }))),
    ).toBe('tot-before-van');
  });

  it('names the field in the error', () => {
    expect(() =>
      computeDeadline(
        ledger({
          opschortingen: [opschorting('2025-03-10', '2025-03-20'), opschorting('2025-03-10', '2025-03-01')],
        }),
      ),
    ).toThrow(expect.objectContaining({ field: 'opschortingen[1].tot' }) as Error);
  });

  it('refuses a suspension or extension before registration', () => {
    expect(
      codeOf(() => computeDeadline(ledger({ opschortingen: [opschorting('2025-03-01', '2025-03-05')] }))),
    ).toBe('before-registratiedatum');
    expect(codeOf(() => computeDeadline(ledger({ verlengingen: [verlenging('2025-03-02')] })))).toBe(
      'before-registratiedatum',
    );
  });

  it('refuses negative and zero durations', () => {
    expect(codeOf(() => computeDeadline(ledger({ verlengingen: [verlenging('2025-04-14', '-P2W')] })))).toBe(
      'invalid-term',
    );
    expect(codeOf(() => computeDeadline(ledger({ verlengingen: [verlenging('2025-04-14', 'P0D')] })))).toBe(
      'invalid-term',
    );
    expect(
      codeOf(() =>
        computeDeadline(
          ledger({
            verlengingen: [{ datum: '2025-04-14', duur: { amount: -1, unit: 'weken' }, reden: 'x' }],
          }),
        ),
      ),
    ).toBe('invalid-term');
  });

  it('refuses impossible dates and a missing reason', () => {
    expect(codeOf(() => computeDeadline(ledger({ registratiedatum: '2025-02-30' })))).toBe('invalid-date');
    expect(
      codeOf(() =>
        computeDeadline(ledger({ opschortingen: [opschorting('2025-03-10', null, ' ')] }), '2025-03-20'),
      ),
    ).toBe('reden-required');
  });

  it('refuses a registration after today', () => {
    expect(codeOf(() => computeDeadline(ledger(), '2025-03-02'))).toBe('in-future');
  });

  it('refuses dates after today and an open suspension without today', () => {
    expect(
      codeOf(() =>
        computeDeadline(ledger({ opschortingen: [opschorting('2025-03-10', '2025-03-20')] }), '2025-03-15'),
      ),
    ).toBe('in-future');
    expect(codeOf(() => computeDeadline(ledger({ opschortingen: [opschorting('2025-03-10', null)] })))).toBe(
      'today-required',
    );
  });
});
