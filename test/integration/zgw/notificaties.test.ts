import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { Ajv } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import { testApp, type TestApp } from '../../helpers/app.ts';
import { zgwClient } from '../../helpers/zgw.ts';
import { dutchDate } from '../../../src/platform/dates.ts';
import { checkAanvraag } from '../../../src/modules/cases/intake.ts';
import { seedStandaardKanalen, STANDAARD_KANALEN } from '../../../src/modules/zgw/notificaties.service.ts';

type Client = Awaited<ReturnType<typeof zgwClient>>;
type Kanaal = { url: string; naam: string; filters: string[]; documentatieLink?: string };
type Abonnement = {
  url: string;
  callbackUrl: string;
  auth: string;
  kanalen: { naam: string; filters: Record<string, string> }[];
};
type Bericht = {
  kanaal: string;
  hoofdObject: string;
  resource: string;
  resourceUrl: string;
  actie: string;
  aanmaakdatum: string;
  kenmerken: Record<string, string>;
};

/** The consumer side of the standard: every message a subscriber receives must match it. */
const addFormats = addFormatsPlugin as unknown as (ajv: Ajv) => Ajv;
const consumerSpec = load(
  readFileSync(new URL('../../../../shared/specs/zgw/notificaties-consumer.yaml', import.meta.url), 'utf8'),
) as { components: { schemas: Record<string, object> } };
const validateNotificatie = addFormats(new Ajv({ strict: false, allErrors: true })).compile(
  consumerSpec.components.schemas.Notificatie!,
);

/** A ZGW subscriber on a local port: 204 with its secret, 401 without; it keeps what it got. */
interface Subscriber {
  url: string;
  auth: string;
  received: { authorization: string | undefined; body: Bericht }[];
  close(): Promise<void>;
}
async function subscriber(
  opts: { auth?: string; status?: number; checksAuth?: boolean } = {},
): Promise<Subscriber> {
  const auth = opts.auth ?? `Bearer abonnee-${Math.random().toString(16).slice(2)}`;
  const received: Subscriber['received'] = [];
  const server = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString()));
    req.on('end', () => {
      if (opts.checksAuth !== false && req.headers.authorization !== auth) {
        res.writeHead(401).end();
        return;
      }
      received.push({ authorization: req.headers.authorization, body: JSON.parse(data) as Bericht });
      res.writeHead(opts.status ?? 204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/webhook`,
    auth,
    received,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

let t: TestApp;
let rotterdam: Client;
let amsterdam: Client;
const subscribers: Subscriber[] = [];
const nrcPath = (url: string) => new URL(url).pathname.slice('/notificaties/api/v1'.length);

beforeAll(async () => {
  t = await testApp();
  // Until the lead seeds them at start and with the demo data; idempotent.
  await seedStandaardKanalen(t.db.database.db);
  await seedStandaardKanalen(t.db.database.db);
  rotterdam = await zgwClient(t, { gemeente: '0599' });
  amsterdam = await zgwClient(t, { gemeente: '0363' });
});
afterAll(async () => {
  await Promise.all(subscribers.map((s) => s.close()));
  await t?.close();
});

/**
 * POST /notificaties: the spec documents only its 200, so refusals are checked without the
 * contract check (they are problem+json like every other error).
 */
const publish = (c: Client, body: unknown) =>
  t.app.inject({
    method: 'POST',
    url: '/notificaties/api/v1/notificaties',
    headers: { authorization: `Bearer ${c.token}`, 'content-type': 'application/json' },
    payload: JSON.stringify(body),
  });

const newSubscriber = async (opts?: Parameters<typeof subscriber>[0]) => {
  const s = await subscriber(opts);
  subscribers.push(s);
  return s;
};

const subscribe = (c: Client, s: Subscriber, kanalen: Abonnement['kanalen']) =>
  c.request('notificaties', 'POST', '/abonnement', { callbackUrl: s.url, auth: s.auth, kanalen });

/** Fans out and delivers until nothing is due: what the event worker does every interval. */
async function deliverAll() {
  while ((await t.services.events.dispatch()) > 0);
  for (;;) {
    const r = await t.services.events.deliverDue(100);
    if (r.bezorgd + r.mislukt === 0) return;
  }
}

/** Enough of a PDF for the content check (it reads the signature). */
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

/** A move reported in the portal, through the same service the portal uses. */
async function verhuizingInHetPortaal(bsn: string) {
  const s = t.services;
  const naam = (await s.persons.displayName(bsn)) ?? bsn;
  const gemeente = (await s.tenants.byCode((await s.persons.gemeenteOf(bsn))!))!;
  const zt = (await s.catalog.product(gemeente.code, 'verhuizing-doorgeven'))!;
  const checked = await checkAanvraag(s.intake, {
    zt,
    aanvrager: { bsn, naam },
    form: {
      meeverhuizers: [],
      'adres-postcode': '3022EH',
      'adres-huisnummer': '24',
      'adres-toevoeging': '',
      verhuisdatum: dutchDate(new Date()),
      'bewijs-soort': 'document',
    },
    uploads: { bewijs: { bestandsnaam: 'huurcontract.pdf', inhoud: PDF } },
    today: dutchDate(new Date()),
  });
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  const v = checked.value;
  return s.zaken.submit({
    gemeente,
    zaaktype: zt,
    kanaal: 'portaal',
    correspondentie: 'portaal',
    aanvraag: v.aanvraag,
    belanghebbenden: v.belanghebbenden,
    objecten: v.objecten,
    eigenschappen: v.eigenschappen,
    bijlagen: v.bijlagen,
    omschrijving: 'Verhuizing doorgeven',
    actor: {
      applicatieId: 'loket-portaal',
      applicatieWeergave: 'Loket portaal',
      gebruikersId: bsn,
      gebruikersWeergave: naam,
    },
  });
}

describe('Notificaties API: kanalen', () => {
  it('lists the standard kanalen of the ZGW components, seeded once however often', async () => {
    const res = await rotterdam.request('notificaties', 'GET', '/kanaal');
    const kanalen = res.json<Kanaal[]>();
    expect(kanalen.map((k) => k.naam).sort()).toEqual(STANDAARD_KANALEN.map((k) => k.naam).sort());
    expect(kanalen.find((k) => k.naam === 'zaken')?.filters).toEqual([
      'bronorganisatie',
      'zaaktype',
      'vertrouwelijkheidaanduiding',
    ]);
    const [besluiten] = (await rotterdam.request('notificaties', 'GET', '/kanaal?naam=besluiten')).json<
      Kanaal[]
    >();
    expect((await rotterdam.request('notificaties', 'GET', nrcPath(besluiten!.url))).json()).toEqual(
      besluiten,
    );
    expect((await rotterdam.request('notificaties', 'GET', '/kanaal?kanaal=zaken')).statusCode).toBe(400);
  });

  it("registers a municipality's own kanaal; its name is unique and other municipalities do not see it", async () => {
    const res = await rotterdam.request('notificaties', 'POST', '/kanaal', {
      naam: 'meldingen',
      documentatieLink: 'https://rotterdam.example/meldingen',
      filters: ['wijk'],
    });
    expect(res.statusCode).toBe(201);
    const k = res.json<Kanaal>();
    expect(res.headers.location).toBe(k.url);
    const again = await rotterdam.request('notificaties', 'POST', '/kanaal', { naam: 'meldingen' });
    expect(again.json()).toMatchObject({ invalidParams: [{ name: 'naam', code: 'unique' }] });
    const standard = await rotterdam.request('notificaties', 'POST', '/kanaal', { naam: 'zaken' });
    expect(standard.statusCode).toBe(400);
    expect((await amsterdam.request('notificaties', 'GET', nrcPath(k.url))).statusCode).toBe(404);
    expect((await amsterdam.request('notificaties', 'GET', '/kanaal?naam=meldingen')).json()).toEqual([]);
  });
});

describe('Notificaties API: abonnementen', () => {
  it('subscribes a consumer that answers a test notification with its secret and refuses one without', async () => {
    const s = await newSubscriber();
    const res = await subscribe(rotterdam, s, [
      { naam: 'zaken', filters: { vertrouwelijkheidaanduiding: 'openbaar' } },
    ]);
    expect(res.statusCode).toBe(201);
    const a = res.json<Abonnement>();
    expect(a).toMatchObject({
      callbackUrl: s.url,
      auth: s.auth,
      kanalen: [{ naam: 'zaken', filters: { vertrouwelijkheidaanduiding: 'openbaar' } }],
    });
    expect(s.received).toHaveLength(1);
    expect(s.received[0]?.body.kanaal).toBe('test');
    expect((await rotterdam.request('notificaties', 'GET', nrcPath(a.url))).json()).toEqual(a);
    expect(
      (await rotterdam.request('notificaties', 'GET', '/abonnement')).json<Abonnement[]>().map((x) => x.url),
    ).toContain(a.url);
    expect(
      (await amsterdam.request('notificaties', 'GET', '/abonnement')).json<Abonnement[]>().map((x) => x.url),
    ).not.toContain(a.url);
    expect((await amsterdam.request('notificaties', 'GET', nrcPath(a.url))).statusCode).toBe(404);
  });

  it('refuses a callback that cannot receive, one without authorisation, an unknown kanaal and unknown filters', async () => {
    const broken = await newSubscriber({ status: 500 });
    const r1 = await subscribe(rotterdam, broken, [{ naam: 'zaken', filters: {} }]);
    expect(r1.json()).toMatchObject({
      invalidParams: [{ name: 'callbackUrl', code: 'invalid-callback-url' }],
    });
    const open = await newSubscriber({ checksAuth: false });
    const r2 = await subscribe(rotterdam, open, [{ naam: 'zaken', filters: {} }]);
    expect(r2.json()).toMatchObject({
      invalidParams: [{ name: 'callbackUrl', code: 'no-auth-on-callback-url' }],
    });
    const good = await newSubscriber();
    const r3 = await subscribe(rotterdam, good, [{ naam: 'bestaat-niet', filters: {} }]);
    expect(r3.json()).toMatchObject({ invalidParams: [{ name: 'kanalen.0.naam', code: 'kanaal_naam' }] });
    const r4 = await subscribe(rotterdam, good, [{ naam: 'zaken', filters: { postcode: '3011' } }]);
    expect(r4.json()).toMatchObject({
      invalidParams: [{ name: 'kanalen.0.filters', code: 'inconsistent-abonnement-filters' }],
    });
    const r5 = await rotterdam.request('notificaties', 'POST', '/abonnement', {
      callbackUrl: 'ftp://x',
      kanalen: [],
    });
    expect(r5.json<{ invalidParams: { name: string }[] }>().invalidParams.map((p) => p.name)).toEqual([
      'callbackUrl',
      'auth',
      'kanalen',
    ]);
    expect(good.received).toHaveLength(0);
  });

  it('delivers the notification of a case created in the portal to a ZGW subscriber of that municipality only', async () => {
    const s = await newSubscriber();
    const geheim = await newSubscriber();
    const alle = await newSubscriber();
    const elders = await newSubscriber();
    const zt = (await t.services.catalog.product('0599', 'verhuizing-doorgeven'))!;
    const zaaktype = `http://loket.test/catalogi/api/v1/zaaktypen/${zt.zaaktype.id}`;
    expect((await subscribe(rotterdam, s, [{ naam: 'zaken', filters: { zaaktype } }])).statusCode).toBe(201);
    const opGeheim = [{ naam: 'zaken', filters: { vertrouwelijkheidaanduiding: 'geheim' } }];
    expect((await subscribe(rotterdam, geheim, opGeheim)).statusCode).toBe(201);
    expect((await subscribe(rotterdam, alle, [{ naam: 'zaken', filters: {} }])).statusCode).toBe(201);
    expect((await subscribe(amsterdam, elders, [{ naam: 'zaken', filters: {} }])).statusCode).toBe(201);
    const zaak = await verhuizingInHetPortaal('999993653');
    expect(zaak.gemeenteCode).toBe('0599');
    await deliverAll();

    const zaakUrl = `http://loket.test/zaken/api/v1/zaken/${zaak.id}`;
    const got = alle.received.map((r) => r.body).filter((b) => b.hoofdObject === zaakUrl);
    const create = got.find((b) => b.resource === 'zaak' && b.actie === 'create');
    expect(create).toMatchObject({
      kanaal: 'zaken',
      resourceUrl: zaakUrl,
      kenmerken: {
        bronorganisatie: zaak.bronorganisatie,
        vertrouwelijkheidaanduiding: zaak.vertrouwelijkheidaanduiding,
      },
    });
    for (const r of alle.received) {
      expect(r.authorization).toBe(alle.auth);
      expect(validateNotificatie(r.body), JSON.stringify(validateNotificatie.errors)).toBe(true);
    }
    // Filters on kenmerken: the zaaktype matches, a confidentiality the case does not have does not.
    expect(create?.kenmerken.zaaktype).toBe(zaaktype);
    expect(s.received.map((r) => r.body).filter((b) => b.hoofdObject === zaakUrl)).toEqual(got);
    expect(zaak.vertrouwelijkheidaanduiding).not.toBe('geheim');
    expect(geheim.received.filter((r) => r.body.hoofdObject === zaakUrl)).toEqual([]);
    expect(elders.received.filter((r) => r.body.hoofdObject === zaakUrl)).toEqual([]);
  });

  it('replaces, patches and ends an abonnement; an ended one receives nothing more', async () => {
    const s = await newSubscriber();
    const a = (await subscribe(rotterdam, s, [{ naam: 'zaken', filters: {} }])).json<Abonnement>();
    const put = await rotterdam.request('notificaties', 'PUT', nrcPath(a.url), {
      callbackUrl: s.url,
      auth: s.auth,
      kanalen: [
        { naam: 'besluiten', filters: { besluittype: 'http://loket.test/catalogi/api/v1/besluittypen/1' } },
      ],
    });
    expect(put.json()).toMatchObject({ url: a.url, kanalen: [{ naam: 'besluiten' }] });
    const patch = await rotterdam.request('notificaties', 'PATCH', nrcPath(a.url), {
      kanalen: [{ naam: 'zaken' }],
    });
    expect(patch.json()).toMatchObject({ callbackUrl: s.url, kanalen: [{ naam: 'zaken', filters: {} }] });
    expect((await amsterdam.request('notificaties', 'DELETE', nrcPath(a.url))).statusCode).toBe(404);
    expect((await rotterdam.request('notificaties', 'DELETE', nrcPath(a.url))).statusCode).toBe(204);
    expect((await rotterdam.request('notificaties', 'GET', nrcPath(a.url))).statusCode).toBe(404);
    const before = s.received.length;
    await verhuizingInHetPortaal('999993653');
    await deliverAll();
    expect(s.received.length).toBe(before);
  });
});

describe('Notificaties API: publishing', () => {
  it("routes a client's message unchanged to the municipality's subscribers, through the outbox and its retries", async () => {
    const s = await newSubscriber();
    await subscribe(rotterdam, s, [{ naam: 'meldingen', filters: { wijk: 'Delfshaven' } }]);
    // A subscriber that went away after subscribing: its delivery waits for a retry.
    const weg = await newSubscriber();
    await subscribe(rotterdam, weg, [{ naam: 'meldingen', filters: {} }]);
    await weg.close();
    const bericht = {
      kanaal: 'meldingen',
      hoofdObject: 'https://meldingen.example/api/v1/meldingen/1',
      resource: 'melding',
      resourceUrl: 'https://meldingen.example/api/v1/meldingen/1',
      actie: 'create',
      aanmaakdatum: '2026-03-01T10:00:00Z',
      kenmerken: { wijk: 'Delfshaven' },
    };
    const res = await rotterdam.request('notificaties', 'POST', '/notificaties', bericht);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(bericht);
    await rotterdam.request('notificaties', 'POST', '/notificaties', {
      ...bericht,
      kenmerken: { wijk: 'Noord' },
    });
    await deliverAll();
    expect(s.received.slice(1).map((r) => r.body)).toEqual([bericht]);
    const deliveries = await t.services.events.listDeliveries('0599', { status: 'bezorgd' });
    expect(deliveries.some((d) => d.kanaal === 'meldingen')).toBe(true);
    const retries = (await t.services.events.listDeliveries('0599', { status: 'open' })).filter(
      (d) => d.kanaal === 'meldingen',
    );
    expect(retries).toHaveLength(2);
    expect(retries[0]).toMatchObject({
      pogingen: 1,
      laatsteFout: expect.stringContaining('ECONNREFUSED') as unknown,
    });
  });

  it('refuses a message on an unknown kanaal or with kenmerken the kanaal does not know', async () => {
    const base = {
      hoofdObject: 'https://x.example/1',
      resource: 'x',
      resourceUrl: 'https://x.example/1',
      actie: 'create',
      aanmaakdatum: '2026-03-01T10:00:00Z',
    };
    const unknown = await publish(rotterdam, { ...base, kanaal: 'onbekend' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect(unknown.json()).toMatchObject({ invalidParams: [{ name: 'kanaal', code: 'message_kanaal' }] });
    const amsterdams = await publish(amsterdam, { ...base, kanaal: 'meldingen' });
    expect(amsterdams.json()).toMatchObject({ invalidParams: [{ code: 'message_kanaal' }] });
    const inconsistent = await publish(rotterdam, {
      ...base,
      kanaal: 'zaken',
      kenmerken: { bronorganisatie: '002220647', postcode: '3011' },
    });
    expect(inconsistent.json()).toMatchObject({
      invalidParams: [{ name: 'kenmerken', code: 'kenmerken_inconsistent' }],
    });
    const invalid = await publish(rotterdam, { kanaal: 'zaken', aanmaakdatum: 'gisteren' });
    expect(
      invalid
        .json<{ invalidParams: { name: string }[] }>()
        .invalidParams.map((p) => p.name)
        .sort(),
    ).toEqual(['aanmaakdatum', 'actie', 'hoofdObject', 'resource', 'resourceUrl']);
  });

  it('needs the scopes of the standard: publiceren to publish and register kanalen, consumeren to subscribe', async () => {
    const consument = await zgwClient(t, { gemeente: '0599', alles: false });
    await rotterdam.request('autorisaties', 'POST', '/applicaties', {
      clientIds: [consument.clientId],
      label: 'Consument',
      autorisaties: [{ component: 'nrc', scopes: ['notificaties.consumeren'] }],
    });
    expect((await consument.request('notificaties', 'GET', '/kanaal')).statusCode).toBe(200);
    expect((await consument.request('notificaties', 'POST', '/kanaal', { naam: 'eigen' })).statusCode).toBe(
      403,
    );
    const msg = {
      kanaal: 'zaken',
      hoofdObject: 'https://x.example/1',
      resource: 'zaak',
      resourceUrl: 'https://x.example/1',
      actie: 'create',
      aanmaakdatum: '2026-03-01T10:00:00Z',
    };
    expect((await publish(consument, msg)).statusCode).toBe(403);
    const s = await newSubscriber();
    expect((await subscribe(consument, s, [{ naam: 'zaken', filters: {} }])).statusCode).toBe(201);
    const niemand = await zgwClient(t, { gemeente: '0599', alles: false });
    expect((await niemand.request('notificaties', 'GET', '/abonnement')).statusCode).toBe(403);
  });
});
