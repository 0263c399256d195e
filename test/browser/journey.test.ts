import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';
import { testApp, type TestApp } from '../helpers/app.ts';
import { expectAccessible as axeCheck, freePort, launchChromium } from '../helpers/browser.ts';

let t: TestApp;
let browser: Browser;
let base: string;

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  t = await testApp({ env: { LOKET_BASE_URL: base } });
  await t.app.listen({ port, host: '127.0.0.1' });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

const expectAccessible = (page: Page) => axeCheck(browser, page);

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

  it('a move with a partner to another municipality: requested document, answer, approval, registry, partner inbox', async () => {
    const doc = await PDFDocument.create();
    doc.addPage().drawText('Huurcontract Jan Evertsenstraat 200');
    const pdf = Buffer.from(await doc.save());
    const citizen = await browser.newContext({ javaScriptEnabled: false });
    citizen.setDefaultTimeout(10_000);
    const page = await citizen.newPage();
    await page.goto(`${base}/inloggen/digid`);
    await page.getByLabel('Burgerservicenummer').fill('999996538');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL(/\/mijn-gegevens$/);
    await page.getByRole('link', { name: 'Regelen' }).click();
    await page.getByRole('link', { name: 'Verhuizing doorgeven' }).click();
    await expectAccessible(page);
    await page.getByLabel(/Olivia/).check();
    await page.getByLabel('Postcode').fill('1056 EK');
    await page.getByLabel('Huisnummer').fill('200');
    await page.getByLabel('Verhuisdatum').fill('2000-01-01x');
    await page.getByRole('button', { name: 'Verder naar controleren' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('Vul een bestaande datum in');
    await expectAccessible(page);
    const today = new Date().toISOString().slice(0, 10);
    await page.getByLabel('Verhuisdatum').fill(today);
    await page
      .getByLabel(/^Document \(PDF/)
      .setInputFiles({ name: 'huurcontract.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByRole('button', { name: 'Verder naar controleren' }).click();
    await page.waitForURL(/controleren/);
    expect(await page.getByRole('main').textContent()).toContain('Jan Evertsenstraat 200');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Melding versturen' }).click();
    await page.waitForURL(/\/mijn-zaken\/[^/]+\?nieuw=1$/);
    const confirmation = await page.getByRole('status').textContent();
    const nummer = /ZAAK-\d{4}-\d{7}/.exec(confirmation ?? '')?.[0];
    expect(nummer).toBeDefined();
    await expectAccessible(page);
    const zaakUrl = page.url().replace(/\?nieuw=1$/, '');

    // An employee of Amsterdam, the new municipality, asks for a document.
    const employee = await browser.newContext({ javaScriptEnabled: false });
    employee.setDefaultTimeout(10_000);
    const bo = await employee.newPage();
    await bo.goto(`${base}/inloggen/medewerker`);
    await bo.getByLabel('Account').selectOption('behandelaar@amsterdam');
    await bo.getByRole('button', { name: 'Inloggen' }).click();
    await bo.goto(`${base}/backoffice/0363/zaken`);
    await expectAccessible(bo);
    await bo.getByRole('link', { name: nummer! }).click();
    await bo.waitForURL(/\/backoffice\/0363\/zaken\/[0-9a-f-]{36}$/);
    await expectAccessible(bo);
    await bo
      .getByLabel('Wat heeft u van de aanvrager nodig?')
      .fill('Stuur ons de eerste pagina van het huurcontract, met handtekening.');
    await bo.getByRole('button', { name: 'Verzoek versturen' }).click();
    await expectAccessible(bo);

    // The citizen answers with the document.
    await page.goto(zaakUrl);
    expect(await page.getByRole('main').textContent()).toContain('De gemeente vraagt u om meer informatie');
    await expectAccessible(page);
    await page.getByLabel('Uw antwoord').fill('Hierbij de getekende pagina.');
    await page
      .getByLabel(/^Document \(PDF/)
      .setInputFiles({ name: 'pagina1.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByRole('button', { name: 'Antwoord versturen' }).click();
    await page.waitForURL(/beantwoord=1$/);
    await expectAccessible(page);

    // The employee approves.
    await bo.reload();
    await bo.getByRole('link', { name: 'Goedkeuren…' }).click();
    await expectAccessible(bo);
    await bo.getByRole('button', { name: `Ja, zaak ${nummer!} goedkeuren` }).click();
    await expectAccessible(bo);

    for (const bsn of ['999996538', '999996630']) {
      const p = await t.services.persons.ownData(bsn, { type: 'systeem', id: 'test' });
      const vp = p?.verblijfplaats as
        { verblijfadres?: { postcode?: string }; datumVan?: { datum?: string } } | undefined;
      expect(vp?.verblijfadres?.postcode).toBe('1056EK');
      expect(vp?.datumVan?.datum).toBe(today);
    }
    await page.goto(zaakUrl);
    expect(await page.getByRole('main').textContent()).toContain('Verwerkt');
    await expectAccessible(page);

    await t.services.events.dispatch();
    await t.services.events.deliverDue(50);
    const inbox = await browser.newPage();
    await inbox.goto(`${base}/demo-partners/belastingdienst`);
    expect(await inbox.getByRole('main').textContent()).toContain('nl.brp.persoon-verhuisd');
    await citizen.close();
    await employee.close();
  });
});
