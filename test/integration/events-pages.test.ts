import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { like } from 'drizzle-orm';
import { testApp, type TestApp } from '../helpers/app.ts';
import {
  expectAccessible as axeCheck,
  freePort,
  withChromium,
  medewerkerInBrowser,
} from '../helpers/browser.ts';
import { Agent, loginMedewerker } from '../helpers/agent.ts';
import { createSelfFetch } from '../../src/platform/http/self-fetch.ts';
import { eventsService, type EventsService } from '../../src/modules/events/events.service.ts';
import { eventsPlugin } from '../../src/modules/events/events.plugin.ts';
import { DEMO_PARTNERS, demoPartnerAuth, seedDemoPartners } from '../../src/modules/events/demo-partners.ts';
import { abonnementen } from '../../src/modules/events/events.schema.ts';

let t: TestApp;
let base: string;
let events: EventsService;
let deadId: string;
let verhuisdId: string;
let zaakId: string;

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  t = await testApp({ env: { LOKET_BASE_URL: base } });
  const self = createSelfFetch(base);
  self.attach(t.app);
  events = eventsService({ db: t.db.database.db, baseUrl: base, fetch: self.fetch, maxPogingen: 1 });
  // Until src/app.ts registers the module itself.
  if (!t.app.hasRoute({ method: 'GET', url: '/backoffice/:gemeente/afleveringen' }))
    await eventsPlugin(t.app, { events, config: t.config, tenants: t.services.tenants });
  await seedDemoPartners(events, base);
  // A subscriber nobody listens for: its one attempt fails and it stops.
  await events.saveAbonnement({
    gemeenteCode: '0599',
    naam: 'Archief Rotterdam',
    callbackUrl: `http://127.0.0.1:${await freePort()}/notificaties`,
    auth: 'Token archief',
    kanalen: [{ naam: 'zaken', filters: {} }],
  });
  const db = t.db.database.db;
  zaakId = await db.transaction((tx) =>
    events.zgw(tx, {
      gemeenteCode: '0599',
      kanaal: 'zaken',
      hoofdObject: '/zaken/api/v1/zaken/6f2b7c1e-0000-4000-8000-000000000002',
      resource: 'zaak',
      resourceUrl: '/zaken/api/v1/zaken/6f2b7c1e-0000-4000-8000-000000000002',
      actie: 'create',
      kenmerken: { vertrouwelijkheidaanduiding: 'openbaar' },
    }),
  );
  verhuisdId = await db.transaction((tx) =>
    events.cloudEvent(tx, {
      gemeenteCode: '0599',
      type: 'nl.brp.persoon-verhuisd',
      sourceOin: '00000001001897014000',
      data: { verhuisdatum: '2026-11-01' },
    }),
  );
  await events.dispatch();
  await events.deliverDue();
  const [dead] = await events.listDeliveries('0599', { status: 'dood' });
  deadId = dead!.id;
  await t.app.listen({ port, host: '127.0.0.1' });
});
afterAll(async () => {
  await t.close();
});

const loggedIn = async (account: string) => {
  const agent = new Agent(t.app, base);
  await loginMedewerker(agent, account);
  return agent;
};

describe('deliveries page of the functional administrator', () => {
  it('lists the deliveries of the municipality, filters by status, and offers a stopped one again', async () => {
    const agent = await loggedIn('functioneel-beheerder@rotterdam');
    const all = await agent.get('/backoffice/0599/afleveringen');
    expect(all.statusCode).toBe(200);
    expect(all.body).toContain('Afleveringen aan ketenpartners');
    expect(all.body).toContain('Archief Rotterdam');
    expect(all.body).toContain('Belastingdienst');
    expect(all.body).toContain('nl.brp.persoon-verhuisd');
    expect(all.body).toContain('ECONNREFUSED');
    expect(all.body).toContain('Afleveringen (9)');

    const dead = await agent.get('/backoffice/0599/afleveringen?status=dood');
    expect(dead.body).toContain('Afleveringen (1)');
    expect(dead.body).toContain(`/backoffice/0599/afleveringen/${deadId}/opnieuw`);
    expect(dead.body).not.toContain('Belastingdienst');

    const res = await agent.post(
      `/backoffice/0599/afleveringen/${deadId}/opnieuw`,
      { status: 'dood' },
      false,
    );
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/backoffice/0599/afleveringen?status=dood&opnieuw=1');
    const after = await agent.get(String(res.headers.location));
    expect(after.body).toContain('role="status"');
    expect(after.body).toContain('Er zijn geen afleveringen met deze status.');
    expect(await events.listDeliveries('0599', { status: 'open' })).toMatchObject([
      { id: deadId, pogingen: 0 },
    ]);
  });

  it('refuses a retry without the form token', async () => {
    const agent = await loggedIn('functioneel-beheerder@rotterdam');
    const res = await agent.request('POST', `/backoffice/0599/afleveringen/${deadId}/opnieuw`, {}, false);
    expect(res.statusCode).toBe(403);
  });

  it('is not for a case handler (403), nor for another municipality (404)', async () => {
    const behandelaar = await loggedIn('behandelaar@rotterdam');
    expect((await behandelaar.get('/backoffice/0599/afleveringen')).statusCode).toBe(403);

    const amsterdam = await loggedIn('functioneel-beheerder@amsterdam');
    expect((await amsterdam.get('/backoffice/0599/afleveringen')).statusCode).toBe(404);
    const own = await amsterdam.get('/backoffice/0363/afleveringen');
    expect(own.statusCode).toBe(200);
    expect(own.body).not.toContain('Archief Rotterdam');
    const retry = await amsterdam.post(`/backoffice/0599/afleveringen/${deadId}/opnieuw`, {}, false);
    expect(retry.statusCode).toBe(404);
    const viaOwn = await amsterdam.post(`/backoffice/0363/afleveringen/${deadId}/opnieuw`, {}, false);
    expect(viaOwn.statusCode).toBe(404);

    const anonymous = new Agent(t.app, base);
    const login = await anonymous.get('/backoffice/0599/afleveringen', false);
    expect(login.statusCode).toBe(303);
    expect(login.headers.location).toBe('/inloggen');
  });
});

describe('demo chain partners', () => {
  it('are subscribed once however often seeded, and each stores an event once', async () => {
    expect(await seedDemoPartners(events, base)).toBe(4);
    const subs = await t.db.database.db
      .select()
      .from(abonnementen)
      .where(like(abonnementen.callbackUrl, '%/demo-partners/%'));
    expect(subs).toHaveLength(4);
    expect(subs.every((s) => s.gemeenteCode === null)).toBe(true);
    for (const p of DEMO_PARTNERS) {
      const inbox = await events.partnerInbox(p.slug);
      expect(inbox.map((m) => m.eventId).sort(), p.slug).toEqual([verhuisdId, zaakId].sort());
    }

    // The same event again (an at-least-once repeat): accepted, stored once.
    const [sent] = (await events.partnerInbox('svb')).filter((m) => m.eventId === verhuisdId);
    const again = await t.app.inject({
      method: 'POST',
      url: '/demo-partners/svb/inbox',
      headers: { authorization: demoPartnerAuth('svb'), 'content-type': 'application/cloudevents+json' },
      payload: JSON.stringify(sent!.payload),
    });
    expect(again.statusCode).toBe(204);
    expect((await events.partnerInbox('svb')).filter((m) => m.eventId === verhuisdId)).toHaveLength(1);
    expect(await events.receive('svb', verhuisdId, {})).toBe(false);
  });

  it('refuse a wrong secret and a message without event id, as problem+json', async () => {
    const post = (headers: Record<string, string>, payload: string) =>
      t.app.inject({ method: 'POST', url: '/demo-partners/belastingdienst/inbox', headers, payload });
    const json = { 'content-type': 'application/json' };
    const wrong = await post({ authorization: 'Bearer guess', ...json }, '{"id":"x"}');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(wrong.json()).toMatchObject({ status: 401, code: 'unauthenticated' });
    const auth = { authorization: demoPartnerAuth('belastingdienst'), ...json };
    const noId = await post(auth, '{"kanaal":"zaken"}');
    expect(noId.statusCode).toBe(400);
    expect(noId.json()).toMatchObject({ invalidParams: [{ name: 'id' }] });
    const broken = await post(auth, '{"id":');
    expect(broken.statusCode).toBe(400);
    expect(broken.headers['content-type']).toContain('application/problem+json');
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/demo-partners/rdw/inbox',
      headers: auth,
      payload: '{}',
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('list the partners and show what each received', async () => {
    const agent = new Agent(t.app, base);
    const index = await agent.get('/demo-partners');
    expect(index.statusCode).toBe(200);
    for (const naam of [
      'Belastingdienst',
      'Sociale Verzekeringsbank (SVB)',
      'Pensioenfonds ABP',
      'Waterschap Hollandse Delta',
    ])
      expect(index.body).toContain(naam);
    const svb = await agent.get('/demo-partners/svb');
    expect(svb.body).toContain('nl.brp.persoon-verhuisd, ontvangen');
    expect(svb.body).toContain('zaken zaak create, ontvangen');
    expect(svb.body).toContain('verhuisdatum');
    expect(svb.body).toContain('urn:nld:oin:00000001001897014000:systeem:loket');
    expect((await agent.get('/demo-partners/rdw')).statusCode).toBe(404);
  });
});

describe('in a browser, without JavaScript, by keyboard', { timeout: 120_000 }, () => {
  let browser: Browser;
  withChromium((b) => {
    browser = b;
  });

  const expectAccessible = (page: Page) => axeCheck(browser, page);

  it('an administrator filters and offers a delivery again; the partner pages pass axe too', async () => {
    await events.deliverDue();
    const page = await medewerkerInBrowser(browser, base, 'functioneel-beheerder@rotterdam', '0599');
    await page.goto(`${base}/backoffice/0599/afleveringen`);
    await expectAccessible(page);

    await page.getByLabel('Status').selectOption('dood');
    await page.getByRole('button', { name: 'Toon afleveringen' }).press('Enter');
    await page.waitForURL(/status=dood/);
    const retry = page.getByRole('button', { name: 'Opnieuw aanbieden' }).first();
    await retry.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/opnieuw=1/);
    expect(await page.getByRole('status').textContent()).toContain('opnieuw aangeboden');
    await expectAccessible(page);

    await page.goto(`${base}/demo-partners`);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Belastingdienst' }).press('Enter');
    await page.waitForURL(/\/demo-partners\/belastingdienst$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Belastingdienst');
    await expectAccessible(page);
    await page.context().close();
  });
});
