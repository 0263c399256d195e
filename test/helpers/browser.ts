import net from 'node:net';
import { afterAll, beforeAll, expect } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Debian's Chromium, headless, kept off the network this machine does not have. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
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

/** Chromium for the tests of the describe block this is called in: `onLaunch` gets it before they run. */
export function withChromium(onLaunch: (browser: Browser) => void) {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    onLaunch(browser);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
}

/**
 * axe-core (WCAG 2.1 A/AA and best practices) must find nothing in `html`, as served at `url`.
 * Pages run without JavaScript and axe needs it: the exact HTML is served again, with the same
 * cookies, to a page that has it.
 */
export async function expectAccessibleHtml(browser: Browser, url: string, html: string, from?: Page) {
  const auditContext = await browser.newContext({
    ...(from ? { storageState: await from.context().storageState() } : {}),
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

/** The page the browser shows now must pass axe. */
export const expectAccessible = async (browser: Browser, page: Page) =>
  expectAccessibleHtml(browser, page.url(), await page.content(), page);

/** An employee logged in by the login form, in a browser without JavaScript, on their back office. */
export async function medewerkerInBrowser(browser: Browser, base: string, account: string, gemeente: string) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  await page.goto(`${base}/inloggen/medewerker`);
  await page.getByLabel('Account').selectOption(account);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL(new RegExp(`/backoffice/${gemeente}$`));
  return page;
}
