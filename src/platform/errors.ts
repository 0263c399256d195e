/** A field-level problem, in the shape of the ZGW/Haal Centraal `invalidParams`. */
export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

export type ErrorCode =
  'invalid' | 'unauthenticated' | 'forbidden' | 'not-found' | 'conflict' | 'rate-limited' | 'unavailable';

const STATUS: Record<ErrorCode, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'rate-limited': 429,
  unavailable: 503,
};

/** The few errors the application raises on purpose, each with a stable code. */
export class AppError extends Error {
  override name = 'AppError';
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly invalidParams: InvalidParam[] = [],
  ) {
    super(message);
    this.status = STATUS[code];
  }
}

export const invalid = (message: string, invalidParams: InvalidParam[] = []) =>
  new AppError('invalid', message, invalidParams);
export const unauthenticated = (message = 'Authentication required.') =>
  new AppError('unauthenticated', message);
export const forbidden = (message = 'You may not do this.') => new AppError('forbidden', message);
/** Also used for records that exist but are not the caller's: a denied record looks like a missing one. */
export const notFound = (message = 'Not found.') => new AppError('not-found', message);
export const conflict = (message: string) => new AppError('conflict', message);
export const unavailable = (message: string) => new AppError('unavailable', message);
