import type { Db } from '../../platform/db/types.ts';
import type { outboxDeel } from './events.repository.ts';
import { invalid } from '../../platform/errors.ts';

/** A kanaal (ZGW) or event type (CloudEvents) a subscriber wants, with filters on kenmerken. */
export interface Kanaal {
  naam: string;
  filters: Record<string, string>;
}

export interface Subscriber {
  /** Null for a national chain partner: it receives the events of every municipality. */
  gemeenteCode: string | null;
  kanalen: Kanaal[];
}

export interface EventKey {
  gemeenteCode: string | null;
  kanaal: string;
  kenmerken: Record<string, string>;
}

/** A filter value of '*' (or empty) accepts anything; any other value must equal the kenmerk. */
export function matches(a: Subscriber, e: EventKey): boolean {
  if (a.gemeenteCode !== null && a.gemeenteCode !== e.gemeenteCode) return false;
  return a.kanalen.some(
    (k) =>
      k.naam === e.kanaal &&
      Object.entries(k.filters ?? {}).every(([key, v]) => v === '*' || v === '' || e.kenmerken[key] === v),
  );
}

/**
 * Exponential backoff with equal jitter, capped: attempt 1 waits base/2..base, attempt 2
 * base..2·base, and so on. The jitter keeps retries of many deliveries to one partner that
 * was down from arriving all at once when it comes back.
 */
export function exponentialBackoff(
  opts: { baseMs?: number; capMs?: number } = {},
  random: () => number = Math.random,
): (poging: number) => number {
  const base = opts.baseMs ?? 60_000;
  const cap = opts.capMs ?? 3_600_000;
  return (poging) => {
    const full = Math.min(cap, base * 2 ** Math.max(0, poging - 1));
    return Math.round(full / 2 + (random() * full) / 2);
  };
}

export interface ZgwMessage {
  gemeenteCode: string;
  kanaal: string;
  hoofdObject: string;
  resource: string;
  resourceUrl: string;
  actie: string;
  kenmerken: Record<string, string>;
}

/** What a module needs of the outbox to announce a change as a ZGW notification. */
export interface ZgwOutbox {
  /** Writes the notification in the caller's transaction; sent after the commit. */
  zgw(tx: Db, m: ZgwMessage): Promise<string>;
}

/**
 * The same write as a part of the caller's own statement, for a change made in one statement: the
 * insert of the outbox row, built once with placeholders, and the values of a message for them.
 */
export interface ZgwOutboxDeel {
  zgwDeel(db: Db): ReturnType<typeof outboxDeel>;
  zgwWaarden(m: ZgwMessage): Record<string, unknown>;
}

/** The ZGW Notificaties message; relative URLs are made absolute against Loket's base URL. */
export function zgwNotificatie(m: ZgwMessage, aanmaakdatum: Date, baseUrl: string) {
  const problems = [];
  if (!/^\d{4}$/.test(m.gemeenteCode))
    problems.push({ name: 'gemeenteCode', code: 'pattern', reason: 'Four digits.' });
  for (const [name, max] of [
    ['kanaal', 50],
    ['resource', 100],
    ['actie', 100],
  ] as const) {
    if (m[name].length < 1 || m[name].length > max)
      problems.push({ name, code: 'length', reason: `1 to ${max} characters.` });
  }
  for (const [key, v] of Object.entries(m.kenmerken)) {
    if (typeof v !== 'string' || v.length < 1 || v.length > 1000)
      problems.push({ name: `kenmerken.${key}`, code: 'length', reason: '1 to 1000 characters.' });
  }
  if (problems.length > 0) throw invalid('Invalid notificatie.', problems);
  return {
    kanaal: m.kanaal,
    hoofdObject: new URL(m.hoofdObject, baseUrl).href,
    resource: m.resource,
    resourceUrl: new URL(m.resourceUrl, baseUrl).href,
    actie: m.actie,
    aanmaakdatum: aanmaakdatum.toISOString(),
    kenmerken: m.kenmerken,
  };
}

export interface CloudEventInput {
  gemeenteCode: string | null;
  type: string;
  sourceOin: string;
  subject?: string;
  data: Record<string, unknown>;
  dataref?: string;
}

/** An NL GOV profile CloudEvent: URN source with the sender's OIN, reverse-DNS type, minimal data. */
export function nlGovCloudEvent(id: string, e: CloudEventInput, time: Date) {
  const problems = [];
  if (!/^[a-z0-9]+(\.[a-z0-9-]+)+$/.test(e.type))
    problems.push({ name: 'type', code: 'pattern', reason: 'Reverse-DNS, e.g. nl.brp.persoon-verhuisd.' });
  if (!/^\d{20}$/.test(e.sourceOin))
    problems.push({ name: 'sourceOin', code: 'pattern', reason: 'OIN is twenty digits.' });
  if (e.gemeenteCode !== null && !/^\d{4}$/.test(e.gemeenteCode))
    problems.push({ name: 'gemeenteCode', code: 'pattern', reason: 'Four digits.' });
  if (problems.length > 0) throw invalid('Invalid CloudEvent.', problems);
  return {
    specversion: '1.0',
    id,
    source: `urn:nld:oin:${e.sourceOin}:systeem:loket`,
    type: e.type,
    ...(e.subject !== undefined ? { subject: e.subject } : {}),
    time: time.toISOString(),
    datacontenttype: 'application/json',
    ...(e.dataref !== undefined ? { dataref: e.dataref } : {}),
    data: e.data,
  };
}

/** A short, secret-free reason for the admin page: the status, or what went wrong on the way. */
export function describeFailure(err: unknown, timeoutMs: number): string {
  if (err instanceof Error && err.name === 'TimeoutError') return `timeout after ${timeoutMs / 1000} s`;
  if (err instanceof Error) {
    // fetch says only "fetch failed"; the reason (ECONNREFUSED, bad port, …) is in the cause.
    const cause = err.cause as { code?: unknown; message?: unknown } | undefined;
    const reason = typeof cause?.code === 'string' ? cause.code : cause?.message;
    return (typeof reason === 'string' ? `${err.message} (${reason})` : err.message).slice(0, 500);
  }
  return 'unknown error';
}

/** Is an opdracht done by this answer? A DELETE of something that is gone already is. */
export const opdrachtGedaan = (methode: string, status: number): boolean =>
  (status >= 200 && status < 300) || (methode === 'DELETE' && (status === 404 || status === 410));
