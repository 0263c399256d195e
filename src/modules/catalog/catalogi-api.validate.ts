import { FormatRegistry, Type, type Static, type TSchema } from '@sinclair/typebox';
import { Value, ValueErrorType, type ValueError } from '@sinclair/typebox/value';
import { invalid, type InvalidParam } from '../../platform/errors.ts';

/** ISO 8601 duration as the ZGW APIs use it (P5Y, P8W, P1Y6M, PT2H). */
export const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

const isDate = (v: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) && new Date(v).toISOString().startsWith(v);
const isUri = (v: string) => {
  if (!/^https?:\/\/\S+$/.test(v)) return false;
  try {
    new URL(v);
    return true;
  } catch {
    return false;
  }
};

// The formats of the OpenAPI documents; the same meaning wherever they are checked.
const FORMATS: Record<string, (v: string) => boolean> = {
  date: isDate,
  uri: isUri,
  duration: (v) => DURATION.test(v),
  email: (v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
};
for (const [name, check] of Object.entries(FORMATS))
  if (!FormatRegistry.Has(name)) FormatRegistry.Set(name, check);

export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
export const Str = (maxLength?: number) => Type.String(maxLength === undefined ? {} : { maxLength });
export const Uri = (maxLength = 1000) => Type.String({ format: 'uri', maxLength });
export const DateStr = () => Type.String({ format: 'date' });
export const Duration = () => Type.String({ format: 'duration' });
export const Enum = <T extends string>(values: readonly T[]) =>
  Type.Union(values.map((v) => Type.Literal(v)));

const CODES: Partial<Record<ValueErrorType, string>> = {
  [ValueErrorType.ObjectRequiredProperty]: 'required',
  [ValueErrorType.StringMaxLength]: 'max_length',
  [ValueErrorType.StringMinLength]: 'min_length',
  [ValueErrorType.IntegerMaximum]: 'max_value',
  [ValueErrorType.IntegerMinimum]: 'min_value',
  [ValueErrorType.NumberMaximum]: 'max_value',
  [ValueErrorType.NumberMinimum]: 'min_value',
};

function toParam(e: ValueError): InvalidParam {
  const name = e.path.split('/').slice(1).join('.') || 'nonFieldErrors';
  const choices = e.type === ValueErrorType.Union && (e.schema.anyOf as TSchema[] | undefined);
  if (choices && choices.every((c) => c.const !== undefined)) {
    return {
      name,
      code: 'invalid_choice',
      reason: `Kies uit: ${choices.map((c) => String(c.const)).join(', ')}.`,
    };
  }
  return { name, code: CODES[e.type] ?? 'invalid', reason: e.message };
}

/**
 * Checks a request body against its schema: a 400 with one invalidParam per field otherwise.
 * Unknown and read-only fields are ignored, as clients often send back what they read.
 */
export function parseBody<T extends TSchema>(schema: T, body: unknown): Static<T> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalid('Een JSON-object wordt verwacht.', [
      { name: 'nonFieldErrors', code: 'parse_error', reason: 'Geen JSON-object.' },
    ]);
  }
  // Only the fields of the schema go on: never an id, a municipality or a concept flag.
  if (Value.Check(schema, body)) return Value.Clean(schema, structuredClone(body));
  const seen = new Set<string>();
  const params = [...Value.Errors(schema, body)].map(toParam).filter((p) => {
    const first = !seen.has(p.name);
    seen.add(p.name);
    return first;
  });
  throw invalid('Een of meerdere velden zijn niet correct.', params);
}

/** A query parameter that must be a date. */
export function queryDate(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isDate(value))
    throw invalid('Ongeldige datum.', [{ name, code: 'invalid', reason: 'Een datum (JJJJ-MM-DD).' }]);
  return value;
}

/** A query parameter that must be a URL. */
export function queryUri(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isUri(value)) throw invalid('Ongeldige URL.', [{ name, code: 'invalid', reason: 'Een geldige URL.' }]);
  return value;
}

/** A query parameter with a fixed set of values. */
export function queryChoice<T extends string>(name: string, value: string | undefined, values: readonly T[]) {
  if (value === undefined) return undefined;
  if (!(values as readonly string[]).includes(value))
    throw invalid('Ongeldige keuze.', [
      { name, code: 'invalid_choice', reason: `Kies uit: ${values.join(', ')}.` },
    ]);
  return value as T;
}
