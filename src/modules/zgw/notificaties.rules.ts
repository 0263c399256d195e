import { invalid, type InvalidParam } from '../../platform/errors.ts';
import type { ZgwBericht } from '../events/events.service.ts';

export interface KanaalInput {
  naam: string;
  documentatieLink: string | null;
  filters: string[];
}

export interface AbonnementApiInput {
  callbackUrl?: string;
  auth?: string;
  kanalen?: { naam: string; filters: Record<string, string> }[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const isHttpUrl = (v: unknown, max = 2000): v is string => {
  if (typeof v !== 'string' || v.length > max) return false;
  try {
    return ['http:', 'https:'].includes(new URL(v).protocol);
  } catch {
    return false;
  }
};

const str = (v: unknown, min: number, max: number): v is string =>
  typeof v === 'string' && v.length >= min && v.length <= max;

const required = (name: string): InvalidParam => ({ name, code: 'required', reason: 'Dit veld is vereist.' });

function object(body: unknown, what: string): Record<string, unknown> {
  if (!isRecord(body))
    throw invalid(`Ongeldig ${what}.`, [
      { name: 'nonFieldErrors', code: 'invalid', reason: 'Een JSON-object.' },
    ]);
  return body;
}

/** A map of kenmerk → value, each value 1 to 1000 characters. */
function kenmerkMap(v: unknown, name: string, problems: InvalidParam[]): Record<string, string> {
  if (v === undefined || v === null) return {};
  if (!isRecord(v) || Object.values(v).some((x) => !str(x, 1, 1000))) {
    problems.push({ name, code: 'invalid', reason: 'Sleutels met waarden van 1 tot 1000 tekens.' });
    return {};
  }
  return v as Record<string, string>;
}

export function parseKanaal(body: unknown): KanaalInput {
  const b = object(body, 'kanaal');
  const problems: InvalidParam[] = [];
  if (b.naam === undefined) problems.push(required('naam'));
  else if (!str(b.naam, 1, 50) || b.naam.trim() === '')
    problems.push({ name: 'naam', code: 'invalid', reason: '1 tot 50 tekens.' });
  const link = b.documentatieLink;
  if (link !== undefined && link !== null && link !== '' && !isHttpUrl(link, 200))
    problems.push({ name: 'documentatieLink', code: 'invalid', reason: 'Een URL van hoogstens 200 tekens.' });
  const filters = b.filters ?? [];
  if (!Array.isArray(filters) || filters.some((f) => !str(f, 1, 100)))
    problems.push({
      name: 'filters',
      code: 'invalid',
      reason: 'Een lijst van kenmerken (1 tot 100 tekens).',
    });
  if (problems.length > 0) throw invalid('Ongeldig kanaal.', problems);
  return {
    naam: b.naam as string,
    documentatieLink: typeof link === 'string' && link !== '' ? link : null,
    filters: [...new Set(filters as string[])],
  };
}

/** The body of a create or (partial) update of an abonnement. */
export function parseAbonnement(body: unknown, partial: boolean): AbonnementApiInput {
  const b = object(body, 'abonnement');
  const problems: InvalidParam[] = [];
  const out: AbonnementApiInput = {};
  if (b.callbackUrl === undefined) {
    if (!partial) problems.push(required('callbackUrl'));
  } else if (!isHttpUrl(b.callbackUrl)) {
    problems.push({ name: 'callbackUrl', code: 'invalid', reason: 'Een http(s)-URL.' });
  } else out.callbackUrl = b.callbackUrl;
  if (b.auth === undefined) {
    if (!partial) problems.push(required('auth'));
  } else if (!str(b.auth, 1, 4000) || b.auth.trim() === '') {
    problems.push({ name: 'auth', code: 'invalid', reason: 'De waarde van de Authorization-header.' });
  } else out.auth = b.auth;
  if (b.kanalen === undefined) {
    if (!partial) problems.push(required('kanalen'));
  } else if (!Array.isArray(b.kanalen) || b.kanalen.length === 0) {
    problems.push({ name: 'kanalen', code: 'invalid', reason: 'Een lijst van ten minste één kanaal.' });
  } else {
    out.kanalen = b.kanalen.map((k, i) => {
      const at = `kanalen.${i}`;
      if (!isRecord(k) || !str(k.naam, 1, 50)) {
        problems.push({ name: `${at}.naam`, code: 'required', reason: 'De naam van een kanaal.' });
        return { naam: '', filters: {} };
      }
      return { naam: k.naam, filters: kenmerkMap(k.filters, `${at}.filters`, problems) };
    });
  }
  if (problems.length > 0) throw invalid('Ongeldig abonnement.', problems);
  return out;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** The message a client publishes (`POST /notificaties`). */
export function parseBericht(body: unknown): ZgwBericht {
  const b = object(body, 'bericht');
  const problems: InvalidParam[] = [];
  const text = (name: string, max: number) => {
    if (b[name] === undefined) problems.push(required(name));
    else if (!str(b[name], 1, max)) problems.push({ name, code: 'invalid', reason: `1 tot ${max} tekens.` });
  };
  text('kanaal', 50);
  text('resource', 100);
  text('actie', 100);
  for (const name of ['hoofdObject', 'resourceUrl']) {
    if (b[name] === undefined) problems.push(required(name));
    else if (!isHttpUrl(b[name])) problems.push({ name, code: 'invalid', reason: 'Een URL.' });
  }
  const at = b.aanmaakdatum;
  if (at === undefined) problems.push(required('aanmaakdatum'));
  else if (typeof at !== 'string' || !DATE_TIME.test(at) || Number.isNaN(Date.parse(at)))
    problems.push({ name: 'aanmaakdatum', code: 'invalid', reason: 'Een datum en tijd (ISO 8601).' });
  const kenmerken = kenmerkMap(b.kenmerken, 'kenmerken', problems);
  if (problems.length > 0) throw invalid('Ongeldig bericht.', problems);
  return {
    kanaal: b.kanaal as string,
    hoofdObject: b.hoofdObject as string,
    resource: b.resource as string,
    resourceUrl: b.resourceUrl as string,
    actie: b.actie as string,
    aanmaakdatum: at as string,
    kenmerken,
  };
}

/**
 * Kenmerken of a message are consistent with the kanaal's filters when one set holds the other,
 * as the reference implementation judges it.
 */
export function kenmerkenConsistent(kanaalFilters: string[], kenmerken: string[]): boolean {
  const k = new Set(kanaalFilters);
  const m = new Set(kenmerken);
  return [...k].every((x) => m.has(x)) || [...m].every((x) => k.has(x));
}

/** A subscription may filter only on kenmerken the kanaal declares (any, if it declares none). */
export const filtersBekend = (kanaalFilters: string[], filters: string[]) =>
  kanaalFilters.length === 0 || filters.every((f) => kanaalFilters.includes(f));
