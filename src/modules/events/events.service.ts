import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/types.ts';
import { invalid } from '../../platform/errors.ts';
import * as repo from './events.repository.ts';
import type { AfleveringStatus, DeliveryRow, InboxRow, Sendable } from './events.repository.ts';
import {
  describeFailure,
  exponentialBackoff,
  matches,
  nlGovCloudEvent,
  zgwNotificatie,
  type CloudEventInput,
  type Kanaal,
  type ZgwMessage,
} from './events.rules.ts';
import {
  opdrachtDoel,
  opdrachtPayload,
  validateOpdracht,
  type Afhandelaar,
  type Antwoord,
  type Opdracht,
} from './opdrachten.ts';
import { eventVerzoek, opdrachtVerzoek, verstuur, type Verzoek } from './aflevering.http.ts';

export type { AfleveringStatus, DeliveryRow, InboxRow, Afhandelaar, Antwoord, Opdracht };
export const AFLEVERING_STATUSES: readonly AfleveringStatus[] = ['open', 'bezorgd', 'dood'];

export interface EventsDeps {
  db: Db;
  /** Loket's own origin: relative resource URLs in notificaties are made absolute against it. */
  baseUrl: string;
  fetch: typeof fetch;
  now?: () => Date;
  /** After this many failed attempts a delivery is dead (dead-letter) until an administrator retries it. */
  maxPogingen?: number;
  /** Milliseconds to wait before the next attempt, given the number of attempts made so far. */
  backoff?: (poging: number) => number;
  timeoutMs?: number;
  /**
   * The Authorization header value for an opdracht of a municipality to a URL (the ZGW JWT of
   * the service registered for it); undefined when there is none, and then nothing is sent.
   */
  autorisatie?: (gemeenteCode: string, url: string) => Promise<string | undefined>;
  /** The handlers of the answers to opdrachten, by the opdracht's name. */
  afhandelaars?: Record<string, Afhandelaar>;
}

/** A ZGW Notificaties message as a client publishes it (the NRC `Message`). */
export interface ZgwBericht {
  kanaal: string;
  hoofdObject: string;
  resource: string;
  resourceUrl: string;
  actie: string;
  aanmaakdatum: string;
  kenmerken: Record<string, string>;
}

export interface AbonnementInput {
  /** Given for an idempotent save (seeding); a new one otherwise. */
  id?: string;
  gemeenteCode: string | null;
  naam: string;
  callbackUrl: string;
  /** The Authorization header value Loket sends. */
  auth: string;
  kanalen: Kanaal[];
  actief?: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function validateAbonnement(a: AbonnementInput): void {
  const problems = [];
  let url: URL | undefined;
  try {
    url = new URL(a.callbackUrl);
  } catch {
    url = undefined;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol))
    problems.push({ name: 'callbackUrl', code: 'url', reason: 'An http(s) URL.' });
  if (a.naam.trim() === '') problems.push({ name: 'naam', code: 'required', reason: 'Required.' });
  if (a.auth.trim() === '') problems.push({ name: 'auth', code: 'required', reason: 'Required.' });
  if (a.kanalen.length === 0 || a.kanalen.some((k) => k.naam.trim() === ''))
    problems.push({ name: 'kanalen', code: 'required', reason: 'At least one named kanaal.' });
  if (a.gemeenteCode !== null && !/^\d{4}$/.test(a.gemeenteCode))
    problems.push({ name: 'gemeenteCode', code: 'pattern', reason: 'Four digits.' });
  if (a.id !== undefined && !UUID.test(a.id)) problems.push({ name: 'id', code: 'uuid', reason: 'A UUID.' });
  if (problems.length > 0) throw invalid('Invalid abonnement.', problems);
}

/**
 * The transactional outbox and its delivery: events are written in the caller's transaction,
 * fanned out to matching subscriptions, and posted at least once with retries. Receivers
 * de-duplicate on the event id. Nothing lives in memory: a restarted process carries on.
 */
export function eventsService(deps: EventsDeps) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  const maxPogingen = deps.maxPogingen ?? 8;
  const backoff = deps.backoff ?? exponentialBackoff();
  const timeoutMs = deps.timeoutMs ?? 10_000;
  // Longer than a whole attempt, so that a lease only expires when its worker is gone.
  const leaseMs = timeoutMs + 50_000;
  const later = (at: Date, ms: number) => new Date(at.getTime() + ms);

  const afhandelaars = deps.afhandelaars ?? {};

  /** The request of a delivery, or why there is none (an opdracht without a registered service). */
  async function verzoekVoor(d: Sendable): Promise<Verzoek | { fout: string }> {
    if (d.callbackUrl !== null && d.auth !== null)
      return eventVerzoek({ ...d, callbackUrl: d.callbackUrl, auth: d.auth });
    const doel = d.soort === 'opdracht' ? opdrachtDoel(d.payload) : undefined;
    if (!doel || d.gemeenteCode === null) return { fout: 'not an opdracht, and no subscriber' };
    const auth = await deps.autorisatie?.(d.gemeenteCode, doel.url);
    if (auth === undefined) return { fout: `no service registered for ${new URL(doel.url).origin}` };
    return opdrachtVerzoek(d.eventId, doel, auth);
  }

  /** The outbox row of a ZGW notificatie, sent after the commit of the change that writes it. */
  function zgwRij(m: ZgwMessage): repo.ZgwOutboxRow {
    const at = now();
    return {
      id: randomUUID(),
      gemeenteCode: m.gemeenteCode,
      soort: 'zgw',
      kanaal: m.kanaal,
      kenmerken: m.kenmerken,
      payload: zgwNotificatie(m, at, deps.baseUrl),
      createdAt: at,
    };
  }

  /** Writes an opdracht and its one delivery, due now, in the caller's transaction. */
  async function opdracht(tx: Db, o: Opdracht): Promise<string> {
    validateOpdracht(o);
    const at = now();
    const id = randomUUID();
    await repo.insertOutbox(tx, {
      id,
      gemeenteCode: o.gemeenteCode,
      soort: 'opdracht',
      kanaal: o.naam,
      kenmerken: o.ref ?? {},
      payload: opdrachtPayload(o),
      createdAt: at,
      // Nothing to fan out: it has its one delivery already.
      verdeeld: at,
    });
    await repo.insertAfleveringen(tx, [{ outboxId: id, abonnementId: null, volgendePoging: at }]);
    return id;
  }

  async function attempt(d: Sendable, lease: Date): Promise<boolean> {
    const afhandelaar = d.soort === 'opdracht' ? afhandelaars[d.kanaal] : undefined;
    const v = await verzoekVoor(d).catch((err: unknown) => ({ fout: describeFailure(err, timeoutMs) }));
    const r: { fout?: string; antwoord?: Antwoord } =
      'fout' in v ? v : await verstuur(deps.fetch, v, { timeoutMs, wilAntwoord: afhandelaar !== undefined });
    const at = now();
    const pogingen = d.pogingen + 1;
    let fout = r.fout;
    if (fout === undefined) {
      const bezorgd = { status: 'bezorgd' as const, pogingen, bezorgd: at, laatsteFout: null };
      const { antwoord } = r;
      const doel = opdrachtDoel(d.payload);
      if (!afhandelaar || !antwoord || !doel || d.gemeenteCode === null) {
        await repo.recordOutcome(db, d.id, lease, bezorgd);
        return true;
      }
      const o = { gemeenteCode: d.gemeenteCode, url: doel.url, ref: d.kenmerken, antwoord };
      try {
        // What the answer means is kept whether or not the lease is still this worker's: the
        // register did what it answered.
        await db.transaction(async (tx) => {
          for (const vervolg of await afhandelaar(tx, o)) await opdracht(tx, vervolg);
          await repo.recordOutcome(tx, d.id, lease, bezorgd);
        });
        return true;
      } catch (err) {
        fout = `handling the answer failed: ${describeFailure(err, timeoutMs)}`;
      }
    }
    await repo.recordOutcome(db, d.id, lease, {
      status: pogingen >= maxPogingen ? 'dood' : 'open',
      pogingen,
      laatsteFout: fout,
      volgendePoging: later(at, backoff(pogingen)),
    });
    return false;
  }

  return {
    maxPogingen,

    /** Writes a ZGW notificatie to the outbox, in the caller's transaction. Returns the event id. */
    async zgw(tx: Db, m: ZgwMessage): Promise<string> {
      const row = zgwRij(m);
      await repo.insertOutbox(tx, row);
      return row.id;
    },

    zgwDeel: repo.outboxDeel,
    zgwWaarden: (m: ZgwMessage) => repo.outboxWaarden(zgwRij(m)),

    /**
     * Writes a ZGW notificatie a client published through the Notificaties API, in the caller's
     * transaction: routed to the subscribers unchanged (its own aanmaakdatum). Returns the event id.
     */
    async zgwBericht(tx: Db, gemeenteCode: string, bericht: ZgwBericht): Promise<string> {
      const id = randomUUID();
      await repo.insertOutbox(tx, {
        id,
        gemeenteCode,
        soort: 'zgw',
        kanaal: bericht.kanaal,
        kenmerken: bericht.kenmerken,
        payload: { ...bericht },
        createdAt: now(),
      });
      return id;
    },

    /**
     * Writes an opdracht (a request to another register) to the outbox, in the caller's
     * transaction: sent after the commit, retried like an event. Returns its id.
     */
    opdracht,

    /** Writes an NL GOV CloudEvent to the outbox, in the caller's transaction; its kanaal is the type. */
    async cloudEvent(tx: Db, e: CloudEventInput): Promise<string> {
      const at = now();
      const id = randomUUID();
      const payload = nlGovCloudEvent(id, e, at);
      await repo.insertOutbox(tx, {
        id,
        gemeenteCode: e.gemeenteCode,
        soort: 'cloudevent',
        kanaal: e.type,
        kenmerken: {},
        payload,
        createdAt: at,
      });
      return id;
    },

    /** Fans new outbox rows out to the subscriptions they match. Returns the rows handled. */
    dispatch(limit = 100): Promise<number> {
      return db.transaction(async (tx) => {
        const batch = await repo.lockUndistributed(tx, limit);
        if (batch.length === 0) return 0;
        const subs = await repo.activeAbonnementen(tx);
        const at = now();
        const rows = batch.flatMap((o) =>
          subs
            .filter((a) => matches(a, o))
            .map((a) => ({ outboxId: o.id, abonnementId: a.id, volgendePoging: at })),
        );
        await repo.insertAfleveringen(tx, rows);
        await repo.markVerdeeld(
          tx,
          batch.map((o) => o.id),
          at,
        );
        return batch.length;
      });
    },

    /**
     * Posts due deliveries. The lease is taken in one short statement and the HTTP calls run
     * outside any transaction: on PGlite an open transaction would stall the whole process.
     */
    async deliverDue(limit = 20): Promise<{ bezorgd: number; mislukt: number }> {
      const at = now();
      const lease = later(at, leaseMs);
      const ids = await repo.leaseDue(db, at, lease, limit);
      if (ids.length === 0) return { bezorgd: 0, mislukt: 0 };
      const due = await repo.forSending(db, ids);
      const results = await Promise.all(due.map((d) => attempt(d, lease)));
      const bezorgd = results.filter(Boolean).length;
      return { bezorgd, mislukt: results.length - bezorgd };
    },

    /** An administrator's retry: open and due now, only for an event of that municipality. */
    retry(gemeenteCode: string, afleveringId: string): Promise<boolean> {
      if (!UUID.test(afleveringId)) return Promise.resolve(false);
      return repo.reopen(db, gemeenteCode, afleveringId, now());
    },

    listDeliveries(gemeenteCode: string, filter: { status?: AfleveringStatus } = {}): Promise<DeliveryRow[]> {
      return repo.deliveriesOf(db, gemeenteCode, filter.status, 200);
    },

    /**
     * Posts a test message to a would-be subscriber (with the given Authorization value, or
     * none) and returns the status it answered; undefined when it could not be reached.
     */
    async probe(callbackUrl: string, auth: string | undefined, payload: Record<string, unknown>) {
      try {
        const res = await deps.fetch(callbackUrl, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(auth !== undefined ? { authorization: auth } : {}),
          },
          body: JSON.stringify(payload),
          redirect: 'manual',
          signal: AbortSignal.timeout(timeoutMs),
        });
        await res.body?.cancel();
        return res.status;
      } catch {
        return undefined;
      }
    },

    /** Ends a subscription of the municipality: no new deliveries, open ones stopped. */
    endAbonnement(gemeenteCode: string, id: string): Promise<boolean> {
      if (!UUID.test(id)) return Promise.resolve(false);
      return repo.endAbonnement(db, gemeenteCode, id, 'abonnement beëindigd');
    },

    async saveAbonnement(a: AbonnementInput): Promise<string> {
      validateAbonnement(a);
      return repo.upsertAbonnement(db, {
        ...(a.id !== undefined ? { id: a.id } : {}),
        gemeenteCode: a.gemeenteCode,
        naam: a.naam,
        callbackUrl: a.callbackUrl,
        auth: a.auth,
        kanalen: a.kanalen.map((k) => ({ naam: k.naam, filters: k.filters ?? {} })),
        actief: a.actief ?? true,
      });
    },

    /** What a (demo) chain partner received, newest first. */
    partnerInbox: (partner: string): Promise<InboxRow[]> => repo.inboxOf(db, partner, 100),
    partnerInboxCounts: (): Promise<Map<string, number>> => repo.inboxCounts(db),

    /** The receiving side: stores an event once per partner. True when it was new. */
    receive: (partner: string, eventId: string, payload: Record<string, unknown>): Promise<boolean> =>
      repo.insertInbox(db, partner, eventId, payload),
  };
}

export type EventsService = ReturnType<typeof eventsService>;
