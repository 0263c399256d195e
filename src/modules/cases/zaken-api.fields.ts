import { invalid } from '../../platform/errors.ts';

/**
 * The `fields` element of `POST /zaken/_zoek` (zrc-029): which attributes to return and which
 * relations to expand, GraphQL-like. A name is an attribute; `{ relation: [...] }` expands the
 * relation with the attributes listed for it; `"*"` is every attribute. A group attribute
 * (`processobject`, `verlenging`, `opschorting`) selects its sub-attributes the same way.
 * Names match regardless of case (the standard's own example writes `datumstatusgezet`).
 */
export type Selectie = (string | { [name: string]: Selectie })[];

type Json = Record<string, unknown>;

const GROEPEN = new Set(['processobject', 'verlenging', 'opschorting']);

const fout = (reason: string) => invalid('Ongeldige fields.', [{ name: 'fields', code: 'invalid', reason }]);

function check(value: unknown, pad: string): Selectie {
  if (!Array.isArray(value)) throw fout(`${pad}: een lijst van namen en objecten.`);
  return value.map((v: unknown) => {
    if (typeof v === 'string' && /^(\*|[A-Za-z]+)$/.test(v)) return v;
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.entries(v).map(([k, sub]) => {
          if (!/^[A-Za-z]+$/.test(k)) throw fout(`${pad}: '${k}' is geen naam.`);
          return [k, check(sub, `${pad}.${k}`)];
        }),
      );
    }
    throw fout(`${pad}: '${String(v)}' is geen naam of object.`);
  });
}

/** The `fields` of a body: undefined when absent; 400 when malformed or beside `expand`. */
export function parseFields(value: unknown, expand: unknown): Selectie | undefined {
  if (value === undefined || value === null) return undefined;
  if (expand !== undefined && expand !== null && expand !== '')
    throw fout('Gebruik fields of expand, niet allebei.');
  return check(value, 'fields');
}

const entries = (s: Selectie) => s.flatMap((x) => (typeof x === 'string' ? [] : Object.entries(x)));

/** The expand paths a selection asks for: every relation named as an object, nested. */
export function fieldsPaths(s: Selectie, prefix = ''): string[] {
  return entries(s).flatMap(([k, sub]) => {
    if (prefix === '' && GROEPEN.has(k.toLowerCase())) return [];
    const pad = `${prefix}${k}`;
    return [pad, ...fieldsPaths(sub, `${pad}.`)];
  });
}

const keyOf = (json: Json, name: string) =>
  Object.keys(json).find((k) => k.toLowerCase() === name.toLowerCase());

/** Keeps of a representation (and of what it expanded) what the selection names. */
export function project(json: Json, s: Selectie): Json {
  const all = s.includes('*');
  const out: Json = {};
  for (const [k, v] of Object.entries(json)) if (all && k !== '_expand') out[k] = v;
  for (const name of s) {
    if (typeof name !== 'string' || name === '*') continue;
    const k = keyOf(json, name);
    if (k !== undefined && k !== '_expand') out[k] = json[k];
  }
  const expanded = (json._expand ?? {}) as Json;
  const exp: Json = {};
  for (const [name, sub] of entries(s)) {
    const k = keyOf(json, name);
    if (k === undefined) continue;
    const value = json[k];
    const e = keyOf(expanded, name);
    if (e === undefined && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      out[k] = project(value as Json, sub); // a group attribute
      continue;
    }
    out[k] = value;
    if (e === undefined) continue;
    const x = expanded[e];
    exp[e] = Array.isArray(x) ? x.map((o) => project(o as Json, sub)) : project((x ?? {}) as Json, sub);
  }
  if (Object.keys(exp).length > 0) out._expand = exp;
  return out;
}
