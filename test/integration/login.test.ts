import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { testApp, type TestApp } from '../helpers/app.ts';
import { medewerkers } from '../../src/modules/identity/identity.schema.ts';
import { Agent, loginDigid, loginEherkenning, loginMedewerker } from '../helpers/agent.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

describe('DigiD login and Mijn gegevens', () => {
  it('shows the registered data of the test person, in the look of her municipality, and logs the read', async () => {
    const agent = new Agent(t.app);
    const res = await loginDigid(agent, '999993653');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1 class="utrecht-heading-1">Mijn gegevens</h1>');
    expect(res.body).toContain('Suzanne Moulin');
    expect(res.body).toContain('999993653');
    expect(res.body).toContain('1 december 1985');
    expect(res.body).toContain('Thann');
    expect(res.body).toContain('Boterdiep 31');
    expect(res.body).toContain('Jean Marie Beaudelaire');
    expect(res.body).toContain('Huwelijk sinds 1 december 2008');
    expect(res.body).toContain('Lisette Béamont');
    expect(res.body).toContain('Franse');
    expect(res.body).toContain('loket-theme--0599');
    expect(res.body).toContain('/themes/0599.css');

    const log = await t.services.processingLog.entriesForBsn('999993653');
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      activiteitId: 'brp-eigen-gegevens-inzien',
      actorType: 'burger',
      gemeenteCode: '0599',
      status: 'ok',
    });
    expect(log[0]!.betrokkene).not.toContain('999993653');
  });

  it('refuses a BSN that fails the eleven test, next to the field, and logs nobody in', async () => {
    const agent = new Agent(t.app);
    await agent.get('/inloggen/digid');
    const res = await agent.post(agent.formAction(), { bsn: '123456789', actie: 'inloggen' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('role="alert"');
    expect(res.body).toContain('aria-invalid="true"');
    expect((await agent.get('/mijn-gegevens', false)).statusCode).toBe(303);
  });

  it('sends the citizen back to the login choice when she cancels', async () => {
    const agent = new Agent(t.app);
    await agent.get('/inloggen/digid');
    const res = await agent.post(agent.formAction(), { actie: 'annuleren' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Inloggen is niet gelukt');
  });

  it('logs out, and the old session no longer opens Mijn gegevens', async () => {
    const agent = new Agent(t.app);
    await loginDigid(agent, '999993653');
    const out = await agent.post('/uitloggen', {});
    expect(out.statusCode).toBe(200);
    expect((await agent.get('/mijn-gegevens', false)).headers.location).toBe('/inloggen');
  });

  it('refuses a form post without a CSRF token', async () => {
    const agent = new Agent(t.app);
    await loginDigid(agent, '999993653');
    const res = await agent.request('POST', '/uitloggen', {});
    expect(res.statusCode).toBe(403);
    expect((await agent.get('/mijn-gegevens')).body).toContain('Suzanne Moulin');
  });

  it('switches the pages to English and back', async () => {
    const agent = new Agent(t.app);
    await loginDigid(agent, '999993653');
    const en = await agent.get('/taal/en?terug=/mijn-gegevens');
    expect(en.body).toContain('<html lang="en"');
    expect(en.body).toContain('My data');
    expect(en.body).toContain('1 December 1985');
    for (const terug of ['//evil.example', '/\t/evil.example', '/\\evil.example', 'https://evil.example']) {
      const offsite = await agent.get(`/taal/nl?terug=${encodeURIComponent(terug)}`, false);
      expect(offsite.headers.location, terug).toBe('/');
    }
  });
});

describe('eHerkenning', () => {
  it('logs a business representative in for a demo company', async () => {
    const agent = new Agent(t.app);
    const res = await loginEherkenning(agent, '90001234', 'Jan de Vries');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Mijn bedrijf');
    expect(res.body).toContain('Uitvaartzorg De Linde B.V.');
    expect(res.body).toContain('90001234');
    expect(res.body).not.toContain('Jan de Vries');
  });
});

describe('Employees', () => {
  it('opens the back office of their own municipality with their roles and the way to the work queue', async () => {
    const agent = new Agent(t.app);
    const res = await loginMedewerker(agent, 'coordinator@rotterdam');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Werkvoorraad van Rotterdam');
    expect(res.body).toContain('coördinator, behandelaar');
    expect(res.body).toContain('href="/backoffice/0599/zaken"');
    expect(res.body).toContain('href="/backoffice/0599/balie"');
  });

  it('cannot open the pages or the residents of another municipality', async () => {
    const agent = new Agent(t.app);
    await loginMedewerker(agent, 'behandelaar@rotterdam');
    expect((await agent.get('/backoffice/0363')).statusCode).toBe(404);
    expect((await agent.post('/backoffice/0363/personen', { bsn: '999993653' })).statusCode).toBe(404);
    // An Amsterdam resident looked up from Rotterdam's own back office is not found either.
    const amsterdammer = (await t.db.database.db.query.personen.findFirst({
      where: (p, { eq }) => eq(p.gemeenteCode, '0363'),
    }))!;
    const other = await agent.post('/backoffice/0599/personen', { bsn: amsterdammer.bsn });
    expect(other.statusCode).toBe(404);
    expect(other.body).not.toContain(amsterdammer.geslachtsnaam);
    expect(await t.services.processingLog.entriesForBsn(amsterdammer.bsn)).toHaveLength(0);

    const own = await agent.post('/backoffice/0599/personen', { bsn: '999993653' });
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain('Suzanne Moulin');
    const log = await t.services.processingLog.entriesForBsn('999993653');
    expect(
      log.some(
        (e) => e.activiteitId === 'brp-raadplegen-medewerker' && e.actorId === 'behandelaar@rotterdam',
      ),
    ).toBe(true);
  });

  it('loses access at once when deactivated', async () => {
    const agent = new Agent(t.app);
    await loginMedewerker(agent, 'functioneel-beheerder@utrecht');
    expect((await agent.get('/backoffice/0344')).statusCode).toBe(200);
    await t.db.database.db
      .update(medewerkers)
      .set({ actief: false })
      .where(eq(medewerkers.gebruikersnaam, 'functioneel-beheerder@utrecht'));
    expect((await agent.get('/backoffice/0344', false)).headers.location).toBe('/inloggen');
  });

  it('gives a citizen 403 in the back office and an anonymous visitor a login redirect', async () => {
    const citizen = new Agent(t.app);
    await loginDigid(citizen, '999993653');
    expect((await citizen.get('/backoffice/0599')).statusCode).toBe(403);
    expect((await new Agent(t.app).get('/backoffice/0599', false)).headers.location).toBe('/inloggen');
  });

  it('refuses a malformed BSN in the lookup with an accessible message', async () => {
    const agent = new Agent(t.app);
    await loginMedewerker(agent, 'behandelaar@utrecht');
    const res = await agent.post('/backoffice/0344/personen', { bsn: '12ab' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Vul een burgerservicenummer van 9 cijfers in.');
  });
});

describe('Pages', () => {
  it('stores no session for an anonymous page view', async () => {
    const res = await t.app.inject('/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it("lists the municipalities on the neutral home page and themes a municipality's own", async () => {
    const home = await t.app.inject('/');
    expect(home.body).toContain('href="/gemeenten/amsterdam"');
    const amsterdam = await t.app.inject('/gemeenten/amsterdam');
    expect(amsterdam.body).toContain('Welkom bij Amsterdam');
    expect(amsterdam.body).toContain('loket-theme--0363');
    expect(amsterdam.body).not.toContain('href="/gemeenten/utrecht"');
    expect((await t.app.inject('/gemeenten/atlantis')).statusCode).toBe(404);
  });

  it('serves the municipal theme as scoped design tokens', async () => {
    const res = await t.app.inject('/themes/0363.css');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('.loket-theme--0363 {');
    expect(res.body).toContain('--utrecht-button-primary-action-background-color: #9a0015;');
  });

  it('answers unknown pages with an accessible 404 page and a strict CSP', async () => {
    const res = await t.app.inject('/bestaat-niet');
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('Pagina niet gevonden');
    expect(res.headers['content-security-policy']).toContain("script-src 'none'");
    // A missing asset is a page's 404 too; an unknown URL under an API's root is problem+json.
    const asset = await t.app.inject('/assets/bestaat-niet.css');
    expect(asset.statusCode).toBe(404);
    expect(asset.body).toContain('Pagina niet gevonden');
    const api = await t.app.inject('/zaken/api/v1/bestaat-niet');
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toContain('application/problem+json');
    expect(api.json()).toMatchObject({ status: 404, code: 'notFound' });
  });
});
