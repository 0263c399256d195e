import {
  FormatRegistry,
  Type,
  type Static,
  type TLiteral,
  type TSchema,
  type TUnion,
} from '@sinclair/typebox';
import { ValueErrorType } from '@sinclair/typebox/errors';
import { Value } from '@sinclair/typebox/value';
import { invalid, type InvalidParam } from '../../platform/errors.ts';

/** 'YYYY-MM-DD' of a real calendar day ('2026-02-30' is not one). */
export function isIsoDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

const isDateTime = (s: string) =>
  /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(s) &&
  isIsoDate(s.slice(0, 10)) &&
  !Number.isNaN(Date.parse(s));

function isAbsoluteUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

const FORMATS: Record<string, (s: string) => boolean> = {
  date: isIsoDate,
  'date-time': isDateTime,
  uri: isAbsoluteUrl,
  uuid: (s) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s),
};
for (const [name, check] of Object.entries(FORMATS))
  if (!FormatRegistry.Has(name)) FormatRegistry.Set(name, check);

/** An enum of string literals, as the ZGW specs declare them (optionally with the BlankEnum ''). */
export const Enum = <const T extends readonly string[]>(values: T) =>
  Type.Union(values.map((v) => Type.Literal(v))) as TUnion<TLiteral<T[number]>[]>;
export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
export const DateString = () => Type.String({ format: 'date' });
export const Url = (maxLength = 1000) => Type.String({ format: 'uri', minLength: 1, maxLength });

const CODES: Partial<Record<ValueErrorType, string>> = {
  [ValueErrorType.ObjectRequiredProperty]: 'required',
  [ValueErrorType.StringMaxLength]: 'max_length',
  [ValueErrorType.StringMinLength]: 'blank',
  [ValueErrorType.Union]: 'invalid_choice',
  [ValueErrorType.IntegerMinimum]: 'min_value',
  [ValueErrorType.IntegerMaximum]: 'max_value',
  [ValueErrorType.Null]: 'null',
};

/**
 * Checks a request body against its schema (the type comes from the same declaration) and
 * answers a ZGW 400 with one `invalidParams` entry per field otherwise.
 */
export function parseBody<T extends TSchema>(schema: T, body: unknown): Static<T> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw invalid('Ongeldige invoer.', [
      { name: 'nonFieldErrors', code: 'invalid', reason: 'Een JSON-object verwacht.' },
    ]);
  const seen = new Map<string, InvalidParam>();
  for (const e of Value.Errors(schema, body)) {
    const name = e.path.replace(/^\//, '').replace(/\//g, '.') || 'nonFieldErrors';
    if (seen.has(name)) continue;
    const code = e.value === undefined ? 'required' : (CODES[e.type] ?? 'invalid');
    seen.set(name, { name, code, reason: e.message });
  }
  if (seen.size > 0 || !Value.Check(schema, body)) throw invalid('Ongeldige invoer.', [...seen.values()]);
  return body;
}

/** A 400 for one field, with a ZGW code such as 'bad-url', 'unique' or 'invalid'. */
export const fieldError = (name: string, code: string, reason: string) =>
  invalid(reason, [{ name, code, reason }]);

/**
 * An RSIN: nine digits. The eleven-test is not applied: the demo municipalities' RSINs (taken
 * from their OIN) do not pass it, and Loket numbers by them.
 */
export const isRsin = (s: string): boolean => /^\d{9}$/.test(s);

/** One query parameter as a string (the last one when repeated), or undefined. */
export function queryParam(query: unknown, name: string): string | undefined {
  const v = (query as Record<string, unknown> | undefined)?.[name];
  const one = Array.isArray(v) ? (v as unknown[]).at(-1) : v;
  return typeof one === 'string' ? one : undefined;
}
