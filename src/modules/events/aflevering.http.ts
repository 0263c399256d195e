import { describeFailure, opdrachtGedaan } from './events.rules.ts';
import type { Antwoord, opdrachtDoel } from './opdrachten.ts';

// The one HTTP request of a delivery attempt: an event to its subscriber, or an opdracht to
// the register it is for.

/** One HTTP request of a delivery, and which answers mean it is done. */
export interface Verzoek {
  url: string;
  init: { method: string; headers: Record<string, string>; body?: string };
  gedaan(status: number): boolean;
}

/** Posting an event to its subscriber. */
export function eventVerzoek(d: {
  soort: string;
  eventId: string;
  payload: Record<string, unknown>;
  callbackUrl: string;
  auth: string;
}): Verzoek {
  return {
    url: d.callbackUrl,
    init: {
      method: 'POST',
      headers: {
        'content-type': d.soort === 'cloudevent' ? 'application/cloudevents+json' : 'application/json',
        authorization: d.auth,
        'x-loket-event-id': d.eventId,
      },
      body: JSON.stringify(d.payload),
    },
    gedaan: (status) => status >= 200 && status < 300,
  };
}

/** An opdracht's request, with the Authorization its service gives. */
export function opdrachtVerzoek(
  eventId: string,
  doel: NonNullable<ReturnType<typeof opdrachtDoel>>,
  auth: string,
): Verzoek {
  return {
    url: doel.url,
    init: {
      method: doel.methode,
      headers: {
        accept: 'application/json',
        authorization: auth,
        'x-loket-event-id': eventId,
        ...(doel.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(doel.body !== undefined ? { body: JSON.stringify(doel.body) } : {}),
    },
    gedaan: (status) => opdrachtGedaan(doel.methode, status),
  };
}

/**
 * Sends once. Nothing (or the answer, when it is wanted) when the request is done, else why
 * not: the status, or what went wrong on the way.
 */
export async function verstuur(
  fetchFn: typeof fetch,
  v: Verzoek,
  opts: { timeoutMs: number; wilAntwoord: boolean },
): Promise<{ fout?: string; antwoord?: Antwoord }> {
  try {
    const res = await fetchFn(v.url, {
      ...v.init,
      // A redirect is an answer, not an instruction to send it somewhere else.
      redirect: 'manual',
      signal: AbortSignal.timeout(opts.timeoutMs),
    });
    if (!v.gedaan(res.status)) {
      await res.body?.cancel();
      return { fout: `HTTP ${res.status}` };
    }
    if (!opts.wilAntwoord) {
      await res.body?.cancel();
      return {};
    }
    const text = await res.text();
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      body = undefined;
    }
    return { antwoord: { status: res.status, location: res.headers.get('location'), body } };
  } catch (err) {
    return { fout: describeFailure(err, opts.timeoutMs) };
  }
}
