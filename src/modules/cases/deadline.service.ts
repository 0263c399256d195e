import { computeDeadline, type DeadlineResult } from './deadline/ledger.ts';
import { DeadlineError } from './deadline/deadline-error.ts';
import type { OpschortingRow, VerlengingRow, Zaak } from './cases.repository.ts';

/** The deadline of a zaak from its ledger rows; null when the ledger cannot be read (logged by the caller). */
export function deadlineOf(
  zaak: Pick<Zaak, 'registratiedatum'>,
  doorlooptijd: string,
  opschortingen: OpschortingRow[],
  verlengingen: VerlengingRow[],
  today: string,
): DeadlineResult | null {
  try {
    return computeDeadline(
      {
        registratiedatum: zaak.registratiedatum,
        termijn: doorlooptijd,
        opschortingen: opschortingen.map((o) => ({ van: o.van, tot: o.tot, reden: o.reden })),
        verlengingen: verlengingen.map((v) => ({ duur: v.duur, reden: v.reden, datum: v.datum })),
      },
      today,
    );
  } catch (err) {
    if (err instanceof DeadlineError) return null;
    throw err;
  }
}
