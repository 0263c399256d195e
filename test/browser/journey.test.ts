import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { testApp, type TestApp } from '../helpers/app.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

let t: TestApp;
let browser: Browser;
let base: string;

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  t = await testApp({ env: { LOKET_BASE_URL: base } });
  await t.app.listen({ port, host: '127.0.0.1' });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

/**
 * axe-core (WCAG 2.1 A/AA and best practices) must find nothing. The journey runs without
 * JavaScript, and axe needs it: the exact HTML the journey is looking at is served again, with
 * the journey's cookies, to a page that has it.
 */
async function expectAccessible(page: Page) {
  const url = page.url();
  const html = await page.content();
  const auditContext = await browser.newContext({
    storageState: await page.context().storageState(),
    bypassCSP: true,
  });
  const audit = await auditContext.newPage();
  await audit.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  await audit.goto(url);
  const result = await new AxeBuilder({ page: audit })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  await auditContext.close();
  const summary = result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${url}`).toEqual([]);
  expect(result.passes.length, 'axe ran its checks').toBeGreaterThan(10);
}

describe('browser journey, without JavaScript', { timeout: 120_000 }, () => {
  it('a citizen logs in with DigiD by keyboard and sees her registered data; every page passes axe', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await expectAccessible(page);

    // The skip link is the first thing the keyboard reaches.
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').textContent()).toBe('Ga direct naar de inhoud');

    await page.getByRole('link', { name: 'Inloggen' }).first().click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Inloggen');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Inloggen met DigiD' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/dev-idp\/interaction\//);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('DigiD (ontwikkelomgeving)');
    await expectAccessible(page);

    // A wrong BSN: the error is announced and linked to the field.
    await page.getByLabel('Burgerservicenummer').fill('123');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('elfproef');
    await expectAccessible(page);

    await page.getByLabel('Burgerservicenummer').fill('999993653');
    await page.getByLabel('Burgerservicenummer').press('Enter');
    await page.waitForURL(/\/mijn-gegevens$/);
    const main = page.getByRole('main');
    expect(await main.textContent()).toContain('Suzanne Moulin');
    expect(await main.textContent()).toContain('Boterdiep 31');
    expect(await page.locator('html').getAttribute('class')).toContain('loket-theme--0599');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'English' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('My data');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Accessibility statement' }).click();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL(`${base}/`);
    await page.goto(`${base}/nergens`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
    await expectAccessible(page);
    await context.close();
  });

  it('an employee reaches the back office of Amsterdam and looks up a resident; a business logs in with eHerkenning', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    await page.goto(`${base}/inloggen/medewerker`);
    await expectAccessible(page);
    await page.getByLabel('Account').selectOption('behandelaar@amsterdam');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL(/\/backoffice\/0363$/);
    expect(await page.getByRole('main').textContent()).toContain('Werkvoorraad van Amsterdam');
    await expectAccessible(page);
    await page.getByLabel('Burgerservicenummer').fill('12');
    await page.getByRole('button', { name: 'Opzoeken' }).click();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Uitloggen' }).click();

    // The next person on the same browser: a business representative.
    const page2 = page;
    await page2.goto(`${base}/inloggen/eherkenning`);
    await expectAccessible(page2);
    await page2.getByLabel('Bedrijf').selectOption('90002345');
    await page2.getByLabel('Uw naam (handelend persoon)').fill('Fatima el Amrani');
    await page2.getByRole('button', { name: 'Inloggen' }).click();
    await page2.waitForURL(/\/mijn-bedrijf$/);
    expect(await page2.getByRole('main').textContent()).toContain('Bakkerij Het Gouden Korenaar');
    await expectAccessible(page2);
    await context.close();
  });
});
