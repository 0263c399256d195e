import type { Db } from '../../platform/db/types.ts';
import { invalid } from '../../platform/errors.ts';

/**
 * A request to another register (a ZGW relation mirrored there), written to the outbox in the
 * transaction of the change and delivered after the commit with the events' retries.
 */
export interface Opdracht {
  /** Names it on the deliveries page, and the handler of its answer (if there is one). */
  naam: string;
  gemeenteCode: string;
  methode: 'POST' | 'DELETE';
  url: string;
  body?: Record<string, unknown>;
  /** What it is about, for the handler: e.g. the id of the local relation. */
  ref?: Record<string, string>;
}

/** What the register answered to a delivered opdracht. */
export interface Antwoord {
  status: number;
  location: string | null;
  body: unknown;
}

/**
 * The handler of the answer to a delivered opdracht, run in one transaction with the delivery's
 * outcome; returns the opdrachten that follow from it. Looked up by the opdracht's name, so that
 * any process can run it; it may run twice for one opdracht (at-least-once delivery).
 */
export type Afhandelaar = (
  tx: Db,
  o: { gemeenteCode: string; url: string; ref: Record<string, string>; antwoord: Antwoord },
) => Promise<Opdracht[]>;

export function validateOpdracht(o: Opdracht): void {
  const problems = [];
  let url: URL | undefined;
  try {
    url = new URL(o.url);
  } catch {
    url = undefined;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol))
    problems.push({ name: 'url', code: 'url', reason: 'An http(s) URL.' });
  if (!/^\d{4}$/.test(o.gemeenteCode))
    problems.push({ name: 'gemeenteCode', code: 'pattern', reason: 'Four digits.' });
  if (o.naam.length < 1 || o.naam.length > 100)
    problems.push({ name: 'naam', code: 'length', reason: '1 to 100 characters.' });
  if (problems.length > 0) throw invalid('Invalid opdracht.', problems);
}

/** An opdracht as the outbox keeps it: the request in the payload, its subject in kenmerken. */
export const opdrachtPayload = (o: Opdracht): Record<string, unknown> => ({
  methode: o.methode,
  url: o.url,
  ...(o.body !== undefined ? { body: o.body } : {}),
});

/** Where an opdracht in the outbox goes; undefined for a payload that is not one. */
export function opdrachtDoel(payload: Record<string, unknown>) {
  const { methode, url, body } = payload;
  if ((methode !== 'POST' && methode !== 'DELETE') || typeof url !== 'string') return undefined;
  return { methode, url, body: typeof body === 'object' && body !== null ? body : undefined };
}
