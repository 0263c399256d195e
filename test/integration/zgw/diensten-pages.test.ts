import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { jwtVerify } from 'jose';
import type { TestApp } from '../../helpers/app.ts';
import { Agent, listeningTestApp } from '../../helpers/agent.ts';
import {
  expectAccessible,
  expectAccessibleHtml,
  withChromium,
  medewerkerInBrowser,
} from '../../helpers/browser.ts';

let t: TestApp;
let base: string;
const as = listeningTestApp((app, url) => {
  t = app;
  base = url;
});

const PAGE = '/backoffice/0599/zgw-diensten';
const REMOVE = `${PAGE}/verwijderen`;
const rows = (gemeente: string) => t.services.diensten.list(gemeente);

/** Does Loket sign its requests to `url` with this client id and secret? */
async function signsWith(url: string, clientId: string, secret: string): Promise<boolean> {
  const header = await t.services.diensten.autorisatie('0599', url);
  if (!header) return false;
  try {
    const { payload } = await jwtVerify(header.replace(/^Bearer /, ''), new TextEncoder().encode(secret));
    return payload.client_id === clientId;
  } catch {
    return false;
  }
}

describe("the administrator's page of external ZGW services", () => {
  it('adds a service; it is listed with its client id, never with its secret', async () => {
    const agent = await as('functioneel-beheerder@rotterdam');
    const empty = await agent.get(PAGE);
    expect(empty.statusCode).toBe(200);
    expect(empty.body).toContain('Er zijn nog geen diensten.');
    const secret = 'vrc-geheim-42';
    const res = await agent.post(
      PAGE,
      { apiRoot: 'https://vrc.example.nl/api/v1', clientId: 'loket-rdam', secret },
      false,
    );
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(
      `${PAGE}?toegevoegd=${encodeURIComponent('https://vrc.example.nl/api/v1/')}`,
    );
    const after = await agent.get(String(res.headers.location));
    expect(after.body).toContain('De dienst https://vrc.example.nl/api/v1/ is toegevoegd.');
    expect(after.body).toContain('Diensten (1)');
    expect(after.body).toContain('loket-rdam');
    expect(after.body).not.toContain(secret);
    expect(await rows('0599')).toMatchObject([
      { apiRoot: 'https://vrc.example.nl/api/v1/', clientId: 'loket-rdam' },
    ]);
    expect(await signsWith('https://vrc.example.nl/api/v1/verzoeken', 'loket-rdam', secret)).toBe(true);
    // A made-up notice is not echoed.
    const made = await agent.get(`${PAGE}?toegevoegd=https%3A%2F%2Fnep.example%2F`);
    expect(made.body).not.toContain('role="status"');
    expect(made.body).not.toContain('De dienst https://nep.example/');
  });

  it('refuses a bad URL, an empty client id and an empty secret next to the fields, storing nothing', async () => {
    const agent = await as('functioneel-beheerder@rotterdam');
    await agent.get(PAGE);
    const before = await rows('0599');
    const bad = await agent.post(PAGE, { apiRoot: 'ftp://cmc.example.nl/api', clientId: ' ', secret: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('<title>Fout: ');
    expect(bad.body).toContain('role="alert"');
    for (const field of ['apiRoot', 'clientId', 'secret']) {
      expect(bad.body).toContain(`href="#${field}"`);
      expect(bad.body).toContain(`id="${field}-error"`);
    }
    expect(bad.body).toContain('value="ftp://cmc.example.nl/api"');
    const query = await agent.post(PAGE, {
      apiRoot: 'https://cmc.example.nl/api/v1?x=1',
      clientId: 'loket-rdam',
      secret: 'geheim-met-query',
    });
    expect(query.statusCode).toBe(400);
    expect(query.body).toContain('id="apiRoot-error"');
    expect(query.body).not.toContain('id="secret-error"');
    expect(query.body).not.toContain('geheim-met-query');
    expect(await rows('0599')).toEqual(before);
  });

  it('gives an API root a new client id and secret, keeping one row', async () => {
    const agent = await as('functioneel-beheerder@rotterdam');
    await agent.get(PAGE);
    await agent.post(PAGE, {
      apiRoot: 'https://cmc.example.nl/api/v1/',
      clientId: 'oud-id',
      secret: 'oud-geheim',
    });
    const res = await agent.post(
      PAGE,
      { apiRoot: 'https://cmc.example.nl/api/v1', clientId: 'nieuw-id', secret: 'nieuw-geheim' },
      false,
    );
    expect(res.headers.location).toBe(
      `${PAGE}?bijgewerkt=${encodeURIComponent('https://cmc.example.nl/api/v1/')}`,
    );
    const page = (await agent.get(String(res.headers.location))).body;
    expect(page).toContain('De client-id en het secret van https://cmc.example.nl/api/v1/ zijn vervangen.');
    expect(page).toContain('nieuw-id');
    expect(page).not.toContain('oud-id');
    expect((await rows('0599')).filter((d) => d.apiRoot === 'https://cmc.example.nl/api/v1/')).toHaveLength(
      1,
    );
    const url = 'https://cmc.example.nl/api/v1/contactmomenten';
    expect(await signsWith(url, 'nieuw-id', 'nieuw-geheim')).toBe(true);
    expect(await signsWith(url, 'oud-id', 'oud-geheim')).toBe(false);
  });

  it("removes the municipality's own service, and nothing of another's or an unknown root", async () => {
    await t.services.diensten.save({
      gemeenteCode: '0363',
      apiRoot: 'https://vrc.amsterdam.example/api/v1',
      clientId: 'loket-adam',
      secret: 'adam-geheim',
    });
    const agent = await as('functioneel-beheerder@rotterdam');
    await agent.post(PAGE, { apiRoot: 'https://weg.example.nl/api/', clientId: 'weg', secret: 'weg-geheim' });
    const list = await agent.get(PAGE);
    expect(list.body).toContain('https://weg.example.nl/api/');
    expect(list.body).not.toContain('vrc.amsterdam.example');
    expect(list.body).toContain(`action="${REMOVE}"`);
    const res = await agent.post(REMOVE, { apiRoot: 'https://weg.example.nl/api/' }, false);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(
      `${PAGE}?verwijderd=${encodeURIComponent('https://weg.example.nl/api/')}`,
    );
    const after = await agent.get(String(res.headers.location));
    expect(after.body).toContain('De dienst https://weg.example.nl/api/ is verwijderd.');
    expect((await rows('0599')).map((d) => d.apiRoot)).not.toContain('https://weg.example.nl/api/');

    const count = (await rows('0599')).length;
    for (const apiRoot of [
      'https://weg.example.nl/api/',
      'https://vrc.amsterdam.example/api/v1/',
      'geen url',
    ]) {
      const missing = await agent.post(REMOVE, { apiRoot });
      expect(missing.statusCode, apiRoot).toBe(404);
      expect(missing.body).toContain(`Er is geen dienst van deze gemeente met API-root ${apiRoot}.`);
    }
    expect(await rows('0599')).toHaveLength(count);
    expect(await rows('0363')).toMatchObject([{ apiRoot: 'https://vrc.amsterdam.example/api/v1/' }]);
  });

  it('is for the functional administrator of the municipality only, and needs the form token', async () => {
    const behandelaar = await as('behandelaar@rotterdam');
    expect((await behandelaar.get(PAGE)).statusCode).toBe(403);
    expect((await behandelaar.get('/backoffice/0599')).body).not.toContain('zgw-diensten');
    const form = { apiRoot: 'https://indringer.example/api/', clientId: 'x', secret: 'y' };
    expect((await behandelaar.post(PAGE, form)).statusCode).toBe(403);

    await t.services.diensten.save({
      gemeenteCode: '0599',
      apiRoot: 'https://blijft.example/api/',
      clientId: 'b',
      secret: 'b',
    });
    const amsterdam = await as('functioneel-beheerder@amsterdam');
    expect((await amsterdam.get(PAGE)).statusCode).toBe(404);
    const own = await amsterdam.get('/backoffice/0363/zgw-diensten');
    expect(own.statusCode).toBe(200);
    expect(own.body).not.toContain('blijft.example');
    expect((await amsterdam.post(PAGE, form)).statusCode).toBe(404);
    expect((await amsterdam.post(REMOVE, { apiRoot: 'https://blijft.example/api/' })).statusCode).toBe(404);
    expect((await rows('0599')).map((d) => d.apiRoot)).toContain('https://blijft.example/api/');

    const anonymous = await new Agent(t.app, base).get(PAGE, false);
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toBe('/inloggen');
    const beheerder = await as('functioneel-beheerder@rotterdam');
    expect((await beheerder.get('/backoffice/0599')).body).toContain(`href="${PAGE}"`);
    expect((await beheerder.request('POST', PAGE, form, false)).statusCode).toBe(403);
    expect(
      (await beheerder.request('POST', REMOVE, { apiRoot: 'https://blijft.example/api/' }, false)).statusCode,
    ).toBe(403);
    const roots = (await rows('0599')).map((d) => d.apiRoot);
    expect(roots).toContain('https://blijft.example/api/');
    expect(roots).not.toContain('https://indringer.example/api/');
  });

  it('speaks English', async () => {
    const agent = await as('functioneel-beheerder@rotterdam');
    await agent.get(`/taal/en?terug=${encodeURIComponent(PAGE)}`);
    const page = await agent.get(PAGE);
    expect(page.body).toContain('Services of other registers');
    const bad = await agent.post(PAGE, { apiRoot: 'geen url', clientId: 'a', secret: 'b' });
    expect(bad.body).toContain('Enter an address that starts with https:// or http://');
    await agent.get('/taal/nl?terug=/');
  });
});

describe('in a browser, without JavaScript', { timeout: 120_000 }, () => {
  let browser: Browser;
  withChromium((b) => {
    browser = b;
  });

  it('an administrator adds and removes a service by keyboard; the pages pass axe', async () => {
    const page = await medewerkerInBrowser(browser, base, 'functioneel-beheerder@rotterdam', '0599');
    await page.goto(`${base}${PAGE}`);
    await expectAccessible(browser, page);

    // The errors of a bad form, then a good one.
    await page.getByLabel('API-root').fill('geen url');
    await page.getByRole('button', { name: 'Dienst opslaan' }).press('Enter');
    await page.waitForSelector('[role="alert"]');
    await expectAccessible(browser, page);
    await page.getByLabel('API-root').fill('https://browser.example.nl/api/v1');
    await page.getByLabel('Client-id').fill('browser-rdam');
    await page.getByLabel('Secret', { exact: true }).fill('browser-geheim');
    await page.getByRole('button', { name: 'Dienst opslaan' }).press('Enter');
    await page.waitForURL(/toegevoegd=/);
    expect(await page.getByRole('status').textContent()).toContain('https://browser.example.nl/api/v1/');
    expect(await page.getByRole('row', { name: /browser\.example/ }).count()).toBe(1);
    await expectAccessible(browser, page);

    const row = page.getByRole('row', { name: /browser\.example/ });
    await row.getByRole('button', { name: 'Verwijderen' }).press('Enter');
    await page.waitForURL(/verwijderd=/);
    expect(await page.getByRole('row', { name: /browser\.example/ }).count()).toBe(0);
    await page.context().close();
  });

  it('the refusal of an unknown root passes axe', async () => {
    const agent = await as('functioneel-beheerder@rotterdam');
    await agent.get(PAGE);
    const res = await agent.post(REMOVE, { apiRoot: 'https://onbekend.example/' });
    expect(res.statusCode).toBe(404);
    await expectAccessibleHtml(browser, `${base}${REMOVE}`, res.body);
  });
});
