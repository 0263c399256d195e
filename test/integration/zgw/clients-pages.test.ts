import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { TestApp } from '../../helpers/app.ts';
import { Agent, listeningTestApp } from '../../helpers/agent.ts';
import { expectAccessible, withChromium, medewerkerInBrowser } from '../../helpers/browser.ts';
import { zgwClient, zgwToken } from '../../helpers/zgw.ts';

let t: TestApp;
let base: string;
const as = listeningTestApp((app, url) => {
  t = app;
  base = url;
});

const PAGE = '/backoffice/0599/zgw-clients';
const authenticates = async (clientId: string, secret: string) => {
  try {
    return await t.services.zgw.authenticate(`Bearer ${await zgwToken(clientId, secret)}`);
  } catch {
    return undefined;
  }
};

describe("the administrator's page of ZGW clients", () => {
  it('adds a client with all authorisations; its secret works and is never shown', async () => {
    const agent = await as('functioneel-beheerder@rotterdam');
    const list = await agent.get(PAGE);
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('demo-0599');
    const secret = 'zaaksysteem-geheim-0123456789';
    const res = await agent.post(PAGE, { clientId: 'zaaksysteem-rdam', secret, alles: 'ja' }, false);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${PAGE}?toegevoegd=zaaksysteem-rdam`);
    const after = await agent.get(String(res.headers.location));
    expect(after.body).toContain('Client zaaksysteem-rdam is toegevoegd.');
    expect(after.body).toContain('zaaksysteem-rdam');
    expect(after.body).toContain('Alle autorisaties: zaaksysteem-rdam');
    expect(after.body).not.toContain(secret);
    const client = await authenticates('zaaksysteem-rdam', secret);
    expect(client).toMatchObject({ gemeenteCode: '0599', heeftAlleAutorisaties: true });
    const api = await t.app.inject({
      method: 'GET',
      url: '/autorisaties/api/v1/applicaties',
      headers: { authorization: `Bearer ${await zgwToken('zaaksysteem-rdam', secret)}` },
    });
    expect(api.statusCode).toBe(200);
  });

  it('adds a client without authorisations, and shows the grants an Applicatie gives it', async () => {
    const agent = await as('functioneel-beheerder@rotterdam');
    await agent.get(PAGE);
    await agent.post(PAGE, { clientId: 'archief-rdam', secret: 'archief-geheim-0123456789' });
    expect((await authenticates('archief-rdam', 'archief-geheim-0123456789'))?.grants).toEqual([]);
    const row = (html: string) =>
      html.slice(html.indexOf('archief-rdam'), html.indexOf('</tr>', html.indexOf('archief-rdam')));
    expect(row((await agent.get(PAGE)).body)).toContain('Geen Applicatie');

    const admin = await zgwClient(t, { gemeente: '0599' });
    const zaaktype = `${base}/catalogi/api/v1/zaaktypen/6f2b7c1e-0000-4000-8000-000000000001`;
    const created = await admin.request('autorisaties', 'POST', '/applicaties', {
      clientIds: ['archief-rdam'],
      label: 'e-Depot',
      autorisaties: [
        { component: 'zrc', scopes: ['zaken.lezen'], zaaktype, maxVertrouwelijkheidaanduiding: 'openbaar' },
      ],
    });
    expect(created.statusCode).toBe(201);
    const shown = row((await agent.get(PAGE)).body);
    expect(shown).toContain('e-Depot');
    expect(shown).toContain('Zaken API: zaken.lezen');
    expect(shown).toContain(zaaktype);
    expect(shown).toContain('tot en met openbaar');
  });

  it('refuses a bad client id, a short secret and a client id in use, without echoing the secret', async () => {
    const agent = await as('functioneel-beheerder@rotterdam');
    await agent.get(PAGE);
    const bad = await agent.post(PAGE, { clientId: 'x y', secret: 'kort-geheim' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('role="alert"');
    expect(bad.body).toContain('href="#clientId"');
    expect(bad.body).toContain('href="#secret"');
    expect(bad.body).not.toContain('kort-geheim');
    expect(bad.body).toContain('value="x y"');
    const taken = await agent.post(PAGE, { clientId: 'demo-0599', secret: 'nog-een-geheim-0123456789' });
    expect(taken.statusCode).toBe(400);
    expect(taken.body).toContain('Deze client-id is al in gebruik.');
    // Another municipality's client id is in use as well.
    const elsewhere = await agent.post(PAGE, { clientId: 'demo-0363', secret: 'nog-een-geheim-0123456789' });
    expect(elsewhere.body).toContain('Deze client-id is al in gebruik.');
    expect(await authenticates('demo-0363', 'nog-een-geheim-0123456789')).toBeUndefined();
  });

  it('replaces a secret: the old one stops working, the authorisations stay', async () => {
    const agent = await as('functioneel-beheerder@rotterdam');
    await agent.get(PAGE);
    await agent.post(PAGE, { clientId: 'roteer-rdam', secret: 'oud-geheim-0123456789', alles: 'ja' });
    const form = await agent.get(`${PAGE}/roteer-rdam/secret`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('type="password"');
    const short = await agent.post(`${PAGE}/roteer-rdam/secret`, { secret: 'te-kort' });
    expect(short.statusCode).toBe(400);
    const res = await agent.post(`${PAGE}/roteer-rdam/secret`, { secret: 'nieuw-geheim-0123456789' }, false);
    expect(res.headers.location).toBe(`${PAGE}?vervangen=roteer-rdam`);
    expect((await agent.get(String(res.headers.location))).body).toContain(
      'Het secret van roteer-rdam is vervangen.',
    );
    expect(await authenticates('roteer-rdam', 'oud-geheim-0123456789')).toBeUndefined();
    expect(await authenticates('roteer-rdam', 'nieuw-geheim-0123456789')).toMatchObject({
      heeftAlleAutorisaties: true,
    });
    expect((await agent.get(`${PAGE}/demo-0363/secret`)).statusCode).toBe(404);
    expect(
      (await agent.post(`${PAGE}/demo-0363/secret`, { secret: 'overgenomen-0123456789' })).statusCode,
    ).toBe(404);
    expect((await agent.get(`${PAGE}/bestaat-niet/secret`)).statusCode).toBe(404);
  });

  it('is for the functional administrator of the municipality only, and needs the form token', async () => {
    expect((await (await as('behandelaar@rotterdam')).get(PAGE)).statusCode).toBe(403);
    const amsterdam = await as('functioneel-beheerder@amsterdam');
    expect((await amsterdam.get(PAGE)).statusCode).toBe(404);
    expect((await amsterdam.get('/backoffice/0363/zgw-clients')).body).not.toContain('demo-0599');
    const anonymous = await new Agent(t.app, base).get(PAGE, false);
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toBe('/inloggen');
    const agent = await as('functioneel-beheerder@rotterdam');
    const noToken = await agent.request(
      'POST',
      PAGE,
      { clientId: 'zonder-token', secret: 'geheim-0123456789abc' },
      false,
    );
    expect(noToken.statusCode).toBe(403);
  });
});

describe('in a browser, without JavaScript', { timeout: 120_000 }, () => {
  let browser: Browser;
  withChromium((b) => {
    browser = b;
  });

  it('an administrator adds a client by keyboard; the page passes axe', async () => {
    const page = await medewerkerInBrowser(browser, base, 'functioneel-beheerder@rotterdam', '0599');
    await page.goto(`${base}${PAGE}`);
    await expectAccessible(browser, page);

    await page.getByLabel('Client-id').fill('browser-rdam');
    await page.getByLabel('Secret', { exact: true }).fill('browser-geheim-0123456789');
    await page.getByLabel('Alle autorisaties geven').check();
    await page.getByRole('button', { name: 'Client toevoegen' }).press('Enter');
    await page.waitForURL(/toegevoegd=browser-rdam/);
    expect(await page.getByRole('status').textContent()).toContain('browser-rdam');
    await page.context().close();
  });
});
