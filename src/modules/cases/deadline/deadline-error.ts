/** Stable ids for what can be wrong with a deadline input; routes map them to `invalidParams`. */
export type DeadlineErrorCode =
  | 'invalid-date'
  | 'invalid-term'
  | 'term-in-hours'
  | 'tot-before-van'
  | 'before-registratiedatum'
  | 'in-future'
  | 'reden-required'
  | 'today-required';

/** Thrown by the deadline functions on bad input; `field` names the offending input path. */
export class DeadlineError extends Error {
  override name = 'DeadlineError';
  constructor(
    readonly code: DeadlineErrorCode,
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}
