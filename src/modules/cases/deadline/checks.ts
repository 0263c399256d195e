import { DeadlineError } from './deadline-error.ts';
import type { IsoDate } from './local-date.ts';

/** Shared input checks of the ledger; each names the field it rejects. */

export function notBeforeRegistratie(date: IsoDate, registratiedatum: IsoDate, field: string): void {
  if (date < registratiedatum) {
    throw new DeadlineError(
      'before-registratiedatum',
      field,
      `${date} is before registratiedatum ${registratiedatum}`,
    );
  }
}

export function notInFuture(date: IsoDate, today: IsoDate | undefined, field: string): void {
  if (today !== undefined && date > today) {
    throw new DeadlineError('in-future', field, `${date} is after today (${today})`);
  }
}

export function checkReden(reden: unknown, field: string): void {
  if (typeof reden !== 'string' || reden.trim() === '') {
    throw new DeadlineError('reden-required', field, 'a reason is required');
  }
}
