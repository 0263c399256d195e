import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../helpers/app.ts';
import { createSelfFetch } from '../../src/platform/http/self-fetch.ts';
import type { Db } from '../../src/platform/db/types.ts';
import {
  eventsService,
  type EventsDeps,
  type EventsService,
} from '../../src/modules/events/events.service.ts';

/** A chain partner on a real socket: per path, fails the first N requests (or all, or never answers). */
interface Inbox {
  mode: { failFirst: number } | 'always-500' | 'hang';
  received: { headers: http.IncomingHttpHeaders; body: Record<string, unknown> }[];
}
const inboxes = new Map<string, Inbox>();
const receiver = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const box = inboxes.get(req.url ?? '');
    if (!box) return void res.writeHead(404).end();
    if (box.mode === 'hang') return;
    box.received.push({
      headers: req.headers,
      body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>,
    });
    const fail = box.mode === 'always-500' ? 500 : box.received.length <= box.mode.failFirst ? 503 : 0;
    res.writeHead(fail || 204).end();
  });
});

let t: TestApp;
let db: Db;
let base: string;
let selfFetch: typeof fetch;
/** The one clock of every service in this file, moved by the tests. */
let clock = new Date('2026-11-03T09:00:00.000Z');
const service = (over: Partial<EventsDeps> = {}): EventsService =>
  eventsService({
    db,
    baseUrl: t.config.baseUrl,
    fetch: selfFetch,
    now: () => clock,
    backoff: () => 0,
    ...over,
  });
let events: EventsService;

beforeAll(async () => {
  t = await testApp();
  db = t.db.database.db;
  // Loket's own URLs (demo partners, once the seed subscribes them) are answered in-process.
  const self = createSelfFetch(t.config.baseUrl);
  self.attach(t.app);
  selfFetch = self.fetch;
  events = service();
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  // Whatever the seed may have sent is out of the way: the tests count their own deliveries.
  while ((await run()).bezorgd > 0);
});
afterAll(async () => {
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
  await t.close();
});

/** A subscriber on the local receiver; each test uses its own kanaal so tests stay apart. */
async function subscriber(
  path: string,
  kanaal: string,
  o: {
    gemeenteCode?: string | null;
    filters?: Record<string, string>;
    mode?: Inbox['mode'];
    actief?: boolean;
  } = {},
) {
  const box: Inbox = { mode: o.mode ?? { failFirst: 0 }, received: [] };
  inboxes.set(path, box);
  const id = await events.saveAbonnement({
    gemeenteCode: o.gemeenteCode === undefined ? '0599' : o.gemeenteCode,
    naam: `Ontvanger ${path}`,
    callbackUrl: `${base}${path}`,
    auth: `Token ${path}`,
    kanalen: [{ naam: kanaal, filters: o.filters ?? {} }],
    ...(o.actief !== undefined ? { actief: o.actief } : {}),
  });
  return { id, box };
}

const zaakEvent = (kanaal: string, gemeenteCode = '0599', kenmerken: Record<string, string> = {}) => ({
  gemeenteCode,
  kanaal,
  hoofdObject: '/zaken/api/v1/zaken/6f2b7c1e-0000-4000-8000-000000000001',
  resource: 'zaak',
  resourceUrl: '/zaken/api/v1/zaken/6f2b7c1e-0000-4000-8000-000000000001',
  actie: 'create',
  kenmerken,
});

const emit = (
  svc: EventsService,
  kanaal: string,
  gemeenteCode?: string,
  kenmerken?: Record<string, string>,
) => db.transaction((tx) => svc.zgw(tx, zaakEvent(kanaal, gemeenteCode, kenmerken)));

const deliveryOf = async (eventId: string, gemeenteCode = '0599') =>
  (await events.listDeliveries(gemeenteCode)).filter((d) => d.eventId === eventId);

async function run(svc: EventsService = events) {
  await svc.dispatch();
  return svc.deliverDue();
}

describe('once-only delivery to chain partners', () => {
  it('never delivers an event whose transaction rolled back', async () => {
    const { box } = await subscriber('/rollback', 'test-rollback');
    await expect(
      db.transaction(async (tx) => {
        await events.zgw(tx, zaakEvent('test-rollback'));
        tx.rollback();
      }),
    ).rejects.toThrow();
    await run();
    expect(box.received).toHaveLength(0);
    const id = await emit(events, 'test-rollback');
    await run();
    expect(box.received.map((r) => r.headers['x-loket-event-id'])).toEqual([id]);
  });

  it('keeps trying a receiver that is down, waiting the backoff, and delivers once it is back', async () => {
    const { box } = await subscriber('/flaky', 'test-flaky', { mode: { failFirst: 2 } });
    const svc = service({ backoff: (poging) => poging * 60_000 });
    const id = await emit(svc, 'test-flaky');
    expect(await run(svc)).toEqual({ bezorgd: 0, mislukt: 1 });
    expect(await svc.deliverDue()).toEqual({ bezorgd: 0, mislukt: 0 });
    clock = new Date(clock.getTime() + 60_000);
    expect(await svc.deliverDue()).toEqual({ bezorgd: 0, mislukt: 1 });
    const [failed] = await deliveryOf(id);
    expect(failed).toMatchObject({ status: 'open', pogingen: 2, laatsteFout: 'HTTP 503' });
    expect(failed!.volgendePoging.getTime()).toBe(clock.getTime() + 120_000);
    clock = new Date(clock.getTime() + 120_000);
    expect(await svc.deliverDue()).toEqual({ bezorgd: 1, mislukt: 0 });
    expect(await deliveryOf(id)).toMatchObject([{ status: 'bezorgd', pogingen: 3, laatsteFout: null }]);
    expect(box.received).toHaveLength(3);
    const last = box.received[2]!;
    expect(last.headers.authorization).toBe('Token /flaky');
    expect(last.headers['x-loket-event-id']).toBe(id);
    expect(last.headers['content-type']).toBe('application/json');
    expect(last.body).toEqual({
      kanaal: 'test-flaky',
      hoofdObject: 'http://loket.test/zaken/api/v1/zaken/6f2b7c1e-0000-4000-8000-000000000001',
      resource: 'zaak',
      resourceUrl: 'http://loket.test/zaken/api/v1/zaken/6f2b7c1e-0000-4000-8000-000000000001',
      actie: 'create',
      aanmaakdatum: '2026-11-03T09:00:00.000Z',
      kenmerken: {},
    });
    await run(svc);
    expect(box.received).toHaveLength(3);
  });

  it('stops after maxPogingen (dead), lists it, and delivers after an administrator retries', async () => {
    const { box } = await subscriber('/broken', 'nl.test.verhuisd', { mode: 'always-500' });
    const svc = service({ maxPogingen: 3 });
    const id = await db.transaction((tx) =>
      svc.cloudEvent(tx, {
        gemeenteCode: '0599',
        type: 'nl.test.verhuisd',
        sourceOin: '00000001001897014000',
        subject: 'verhuizing-1',
        data: { verhuisdatum: '2026-11-01' },
        dataref: 'http://loket.test/haalcentraal/api/brp/personen',
      }),
    );
    for (let i = 0; i < 5; i++) await run(svc);
    expect(box.received).toHaveLength(3);
    const [dead] = await events
      .listDeliveries('0599', { status: 'dood' })
      .then((l) => l.filter((d) => d.eventId === id));
    expect(dead).toMatchObject({
      kanaal: 'nl.test.verhuisd',
      soort: 'cloudevent',
      pogingen: 3,
      laatsteFout: 'HTTP 500',
    });
    expect(dead!.abonnee).toBe('Ontvanger /broken');
    expect(box.received[0]!.headers['content-type']).toBe('application/cloudevents+json');
    expect(box.received[0]!.body).toMatchObject({
      specversion: '1.0',
      id,
      source: 'urn:nld:oin:00000001001897014000:systeem:loket',
      type: 'nl.test.verhuisd',
      subject: 'verhuizing-1',
      datacontenttype: 'application/json',
      dataref: 'http://loket.test/haalcentraal/api/brp/personen',
      data: { verhuisdatum: '2026-11-01' },
    });

    // Another municipality's administrator cannot touch it: it looks missing.
    expect(await events.retry('0363', dead!.id)).toBe(false);
    expect(await events.listDeliveries('0363')).not.toContainEqual(expect.objectContaining({ id: dead!.id }));
    expect(await events.retry('0599', 'not-a-uuid')).toBe(false);

    box.mode = { failFirst: 0 };
    expect(await events.retry('0599', dead!.id)).toBe(true);
    expect(await deliveryOf(id)).toMatchObject([{ status: 'open', pogingen: 0 }]);
    await run(svc);
    expect(await deliveryOf(id)).toMatchObject([{ status: 'bezorgd', pogingen: 1 }]);
    expect(box.received).toHaveLength(4);
    expect(await events.retry('0599', dead!.id)).toBe(false);
  });

  it('records a receiver that does not answer as a timeout', async () => {
    const { box } = await subscriber('/silent', 'test-silent', { mode: 'hang' });
    const svc = service({ timeoutMs: 200 });
    const id = await emit(svc, 'test-silent');
    expect(await run(svc)).toEqual({ bezorgd: 0, mislukt: 1 });
    expect(await deliveryOf(id)).toMatchObject([
      { status: 'open', pogingen: 1, laatsteFout: 'timeout after 0.2 s' },
    ]);
    box.mode = { failFirst: 0 };
    await run(svc);
    expect(await deliveryOf(id)).toMatchObject([{ status: 'bezorgd', pogingen: 2 }]);
  });

  it('carries on after a restart: another instance delivers open rows and takes over expired leases', async () => {
    const { box } = await subscriber('/restart', 'test-restart');
    const first = service();
    const id = await emit(first, 'test-restart');
    await first.dispatch();
    expect(await service().deliverDue()).toEqual({ bezorgd: 1, mislukt: 0 });
    expect(box.received).toHaveLength(1);

    // A worker that took a lease and then hangs (or died) during the HTTP call.
    let called!: () => void;
    const fetchCalled = new Promise<void>((resolve) => (called = resolve));
    let answer!: (r: Response) => void;
    const stuck = service({
      fetch: () => {
        called();
        return new Promise<Response>((resolve) => (answer = resolve));
      },
    });
    const id2 = await emit(stuck, 'test-restart');
    await stuck.dispatch();
    const stuckRound = stuck.deliverDue();
    await fetchCalled;
    expect(await service().deliverDue()).toEqual({ bezorgd: 0, mislukt: 0 });
    clock = new Date(clock.getTime() + 5 * 60_000);
    expect(await service().deliverDue()).toEqual({ bezorgd: 1, mislukt: 0 });
    expect(box.received.map((r) => r.headers['x-loket-event-id'])).toEqual([id, id2]);
    // The late answer of the first worker changes nothing: its lease was taken over.
    answer(new Response(null, { status: 500 }));
    await stuckRound;
    expect(await deliveryOf(id2)).toMatchObject([{ status: 'bezorgd', pogingen: 1, laatsteFout: null }]);
  });

  it('delivers each event once when two processes run the worker at the same time', async () => {
    const { box } = await subscriber('/twice', 'test-twice');
    const [a, b] = [service(), service()];
    const ids = [await emit(a, 'test-twice'), await emit(a, 'test-twice'), await emit(a, 'test-twice')];
    await Promise.all([a.dispatch(1), b.dispatch(1), a.dispatch(), b.dispatch()]);
    await Promise.all([a.deliverDue(2), b.deliverDue(2), a.deliverDue(), b.deliverDue()]);
    const got = box.received.map((r) => String(r.headers['x-loket-event-id'])).sort();
    expect(got).toEqual([...ids].sort());
  });

  it('sends national subscribers every municipality, municipal ones their own, and honours filters', async () => {
    const kanaal = 'test-scope';
    const national = await subscriber('/national', kanaal, { gemeenteCode: null });
    const rotterdam = await subscriber('/rotterdam', kanaal, { gemeenteCode: '0599' });
    const amsterdam = await subscriber('/amsterdam', kanaal, { gemeenteCode: '0363' });
    const openbaar = await subscriber('/openbaar', kanaal, {
      gemeenteCode: null,
      filters: { vertrouwelijkheidaanduiding: 'openbaar', zaaktype: '*' },
    });
    const inactive = await subscriber('/inactive', kanaal, { gemeenteCode: null, actief: false });
    const e1 = await emit(events, kanaal, '0599', {
      vertrouwelijkheidaanduiding: 'openbaar',
      zaaktype: 'zt-1',
    });
    const e2 = await emit(events, kanaal, '0363', {
      vertrouwelijkheidaanduiding: 'geheim',
      zaaktype: 'zt-1',
    });
    await run();
    const ids = (s: { box: Inbox }) => s.box.received.map((r) => r.headers['x-loket-event-id']).sort();
    expect(ids(national)).toEqual([e1, e2].sort());
    expect(ids(rotterdam)).toEqual([e1]);
    expect(ids(amsterdam)).toEqual([e2]);
    expect(ids(openbaar)).toEqual([e1]);
    expect(ids(inactive)).toEqual([]);
  });
});
