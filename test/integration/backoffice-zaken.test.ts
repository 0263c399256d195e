import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { TestApp } from '../helpers/app.ts';
import { expectAccessibleHtml, withChromium } from '../helpers/browser.ts';
import { Agent, listeningTestApp } from '../helpers/agent.ts';
import { dutchDate } from '../../src/platform/dates.ts';
import { checkAanvraag } from '../../src/modules/cases/intake.ts';
import type { Kanaal } from '../../src/modules/cases/cases.schema.ts';

/** Demo residents of Rotterdam: one living alone, and one married couple at the same address. */
const ALLEEN = '999993653';
const ECHTPAAR = { aanvrager: '999990706', partner: '999992247' };

let t: TestApp;
let base: string;
const as = listeningTestApp((app, url) => {
  t = app;
  base = url;
});

/** Enough of a PDF for the content check (it reads the signature). */
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

/** A move reported through the services, as the portal or the counter would. */
async function nieuweZaak(
  o: {
    bsn?: string;
    meeverhuizers?: string[];
    postcode?: string;
    huisnummer?: string;
    toevoeging?: string;
    kanaal?: Kanaal;
    correspondentie?: 'portaal' | 'post';
  } = {},
) {
  const s = t.services;
  const bsn = o.bsn ?? ALLEEN;
  const naam = (await s.persons.displayName(bsn)) ?? bsn;
  const zt = (await s.catalog.product((await s.persons.gemeenteOf(bsn))!, 'verhuizing-doorgeven'))!;
  const checked = await checkAanvraag(s.intake, {
    zt,
    aanvrager: { bsn, naam },
    form: {
      meeverhuizers: o.meeverhuizers ?? [],
      'adres-postcode': o.postcode ?? '3022EH',
      'adres-huisnummer': o.huisnummer ?? '24',
      'adres-toevoeging': o.toevoeging ?? '',
      verhuisdatum: dutchDate(new Date()),
      'bewijs-soort': 'document',
    },
    uploads: { bewijs: { bestandsnaam: 'huurcontract.pdf', inhoud: PDF } },
    today: dutchDate(new Date()),
  });
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  const v = checked.value;
  const gemeente = (await s.tenants.byCode(v.gemeenteCode))!;
  return s.zaken.submit({
    gemeente,
    zaaktype: (await s.catalog.product(gemeente.code, 'verhuizing-doorgeven'))!,
    kanaal: o.kanaal ?? 'portaal',
    correspondentie: o.correspondentie ?? 'portaal',
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

const view = async (gemeenteCode: string, zaakId: string) =>
  (await t.services.zaakView.voorMedewerker(gemeenteCode, zaakId, { type: 'systeem', id: 'test' }))!;

const medewerker = async (gemeenteCode: string, gebruikersnaam: string) =>
  (await t.services.identity.medewerkersVan(gemeenteCode)).find((m) => m.gebruikersnaam === gebruikersnaam)!;

/** Everything an action could change, to prove a refused one changed nothing. */
const snapshot = async (gemeenteCode: string, zaakId: string) => {
  const d = await view(gemeenteCode, zaakId);
  return {
    audit: d.audit.length,
    statussen: d.statussen.length,
    rollen: d.rollen.map((r) => r.id),
    berichten: d.berichten.length,
    documenten: d.documenten.length,
    opschortingen: d.opschortingen.length,
    einddatum: d.zaak.einddatum,
  };
};

describe('work queue', () => {
  it('lists a new case with the days left, and filters and sorts without JavaScript', async () => {
    const zaak = await nieuweZaak({ postcode: '3039LN', huisnummer: '101' });
    const [row] = (await t.services.zaakView.werkvoorraad('0599', {})).filter((r) => r.zaak.id === zaak.id);
    const dagen = row!.deadline!.dagenResterend!;
    expect(dagen).toBeGreaterThanOrEqual(56);

    const agent = await as('behandelaar@rotterdam');
    const res = await agent.get('/backoffice/0599/zaken');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<caption class="utrecht-table__caption" id="werkvoorraad-caption">');
    expect(res.body).toContain('<th scope="col"');
    expect(res.body).toContain(`href="/backoffice/0599/zaken/${zaak.id}">${zaak.identificatie}</a>`);
    expect(res.body).toContain('Verhuizing doorgeven');
    expect(res.body).toContain('Suzanne Moulin');
    expect(res.body).toContain('Ontvangen');
    expect(res.body).toContain(`${dagen} dagen`);
    expect(res.body).toContain(`aria-label="Aan mij toewijzen ${zaak.identificatie}"`);

    const has = async (query: string) =>
      (await agent.get(`/backoffice/0599/zaken?${query}`)).body.includes(zaak.identificatie);
    expect(await has('behandelaar=niemand')).toBe(true);
    expect(await has('behandelaar=mij')).toBe(false);
    expect(await has('status=1')).toBe(true);
    expect(await has('status=2')).toBe(false);
    expect(await has('afgehandeld=ja')).toBe(false);
    expect(await has(`zaaktype=${zaak.zaaktypeId}`)).toBe(true);
    expect(await has('status=x&behandelaar=iedereen&sort=onzin')).toBe(true);

    const later = await nieuweZaak({ postcode: '3061AN', huisnummer: '150' });
    const byNummer = (await agent.get('/backoffice/0599/zaken?sort=nummer')).body;
    expect(byNummer.indexOf(later.identificatie)).toBeLessThan(byNummer.indexOf(zaak.identificatie));
    const byRegistratie = (await agent.get('/backoffice/0599/zaken?sort=registratie')).body;
    expect(byRegistratie.indexOf(zaak.identificatie)).toBeLessThan(
      byRegistratie.indexOf(later.identificatie),
    );
    expect(byRegistratie).toContain('<option value="registratie" selected');
  });

  it('assigns a case to me from the queue, which starts handling it', async () => {
    const zaak = await nieuweZaak({ postcode: '3012BP', huisnummer: '10', toevoeging: 'A' });
    const agent = await as('behandelaar@rotterdam');
    await agent.get('/backoffice/0599/zaken');
    const res = await agent.post(`/backoffice/0599/zaken/${zaak.id}/toewijzen`, {}, false);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/backoffice/0599/zaken/${zaak.id}?gedaan=toegewezen`);
    const page = await agent.get(String(res.headers.location));
    expect(page.body).toContain('role="status"');
    expect(page.body).toContain('De zaak is toegewezen.');
    expect(page.body).toContain('U bent de behandelaar van deze zaak.');

    const d = await view('0599', zaak.id);
    expect(d.rollen.find((r) => r.omschrijvingGeneriek === 'behandelaar')?.naam).toBe(
      'Behandelaar Rotterdam',
    );
    expect(d.statussen.at(-1)?.omschrijving).toBe('In behandeling');
    const mine = (await agent.get('/backoffice/0599/zaken?behandelaar=mij')).body;
    expect(mine).toContain(zaak.identificatie);
    expect(mine).not.toContain(`aria-label="Aan mij toewijzen ${zaak.identificatie}"`);
  });

  it('lets a coordinator assign to another employee, and nobody else', async () => {
    const zaak = await nieuweZaak({ postcode: '3012BP', huisnummer: '10', toevoeging: 'B' });
    const behandelaar = await medewerker('0599', 'behandelaar@rotterdam');
    const haags = await medewerker('0518', 'behandelaar@den-haag');

    const gewoon = await as('behandelaar@rotterdam');
    expect((await gewoon.get(`/backoffice/0599/zaken/${zaak.id}`)).body).not.toContain('id="medewerker"');
    const coordinator = await as('coordinator@rotterdam');
    await coordinator.get(`/backoffice/0599/zaken/${zaak.id}`);
    const forbidden = await gewoon.post(`/backoffice/0599/zaken/${zaak.id}/toewijzen`, {
      medewerker: (await medewerker('0599', 'coordinator@rotterdam')).id,
    });
    expect(forbidden.statusCode).toBe(403);

    const page = await coordinator.get(`/backoffice/0599/zaken/${zaak.id}`);
    expect(page.body).toContain('<label class="utrecht-form-label" for="medewerker">');
    expect(page.body).toContain(`<option value="${behandelaar.id}"`);
    expect(page.body).not.toContain('Beheerder Rotterdam');
    const before = await snapshot('0599', zaak.id);
    const wrong = await coordinator.post(`/backoffice/0599/zaken/${zaak.id}/toewijzen`, {
      medewerker: haags.id,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('id="medewerker-error"');
    expect(wrong.body).toContain('aria-describedby="medewerker-error"');
    expect(wrong.body).toContain('href="#medewerker"');
    expect(await snapshot('0599', zaak.id)).toEqual(before);

    const res = await coordinator.post(
      `/backoffice/0599/zaken/${zaak.id}/toewijzen`,
      { medewerker: behandelaar.id },
      false,
    );
    expect(res.statusCode).toBe(303);
    const d = await view('0599', zaak.id);
    expect(d.rollen.filter((r) => r.omschrijvingGeneriek === 'behandelaar')).toMatchObject([
      { naam: 'Behandelaar Rotterdam', medewerkerId: behandelaar.id },
    ]);
    expect(d.audit.at(-1)?.gebruikersWeergave).toBe('Coördinator Rotterdam');
  });

  it('refuses employees without a handling role and citizens', async () => {
    const zaak = await nieuweZaak({ postcode: '3012BP', huisnummer: '10', toevoeging: 'C' });
    const beheerder = await as('functioneel-beheerder@rotterdam');
    expect((await beheerder.get('/backoffice/0599/zaken')).statusCode).toBe(403);
    expect((await beheerder.get('/backoffice/0599')).body).not.toContain('/backoffice/0599/zaken');
    const burger = await as(ALLEEN);
    for (const url of [
      '/backoffice/0599/zaken',
      `/backoffice/0599/zaken/${zaak.id}`,
      '/backoffice/0599/post',
    ])
      expect((await burger.get(url)).statusCode, url).toBe(403);
    expect((await new Agent(t.app, base).get('/backoffice/0599/zaken', false)).headers.location).toBe(
      '/inloggen',
    );
    expect((await (await as('behandelaar@rotterdam')).get('/backoffice/0599')).body).toContain(
      'href="/backoffice/0599/zaken"',
    );
  });
});

describe('case page and actions', () => {
  it('shows the application, people, documents, deadline, occupancy and audit trail', async () => {
    const zaak = await nieuweZaak({ postcode: '3011AD', huisnummer: '40' });
    const agent = await as('behandelaar@rotterdam');
    const res = await agent.get(`/backoffice/0599/zaken/${zaak.id}`);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    for (const text of [
      `Zaak ${zaak.identificatie}`,
      'Wat de aanvrager heeft doorgegeven',
      'Coolsingel 40, 3011 AD Rotterdam',
      'Document: huurcontract.pdf',
      'Suzanne Moulin',
      'Aanvrager',
      'Website (portaal)',
      'In Mijn zaken',
      'Ontvangstbevestiging verhuizing',
      'Beslistermijn van 8 weken',
      '8 weken',
      'Opvallend: nader bekijken',
      'Het adres heeft geen woonfunctie.',
      'nooit op zichzelf een reden om af te wijzen',
      'Zaak aangemaakt via portaal',
      'Loket portaal',
    ])
      expect(html, text).toContain(text);
    const d = await view('0599', zaak.id);
    const [brief] = d.documenten;
    expect(html).toContain(`href="/backoffice/0599/zaken/${zaak.id}/documenten/${brief!.id}"`);
    const log = await t.services.processingLog.entriesForBsn(ALLEEN);
    expect(log.some((e) => e.naam === 'backoffice.zaak' && e.actorId === 'behandelaar@rotterdam')).toBe(true);
  });

  it('asks for information, which suspends the deadline until the answer', async () => {
    const zaak = await nieuweZaak({ postcode: '2587EN', huisnummer: '120' });
    expect(zaak.gemeenteCode).toBe('0518');
    const agent = await as('behandelaar@den-haag');
    await agent.get(`/backoffice/0518/zaken/${zaak.id}`);
    const before = await snapshot('0518', zaak.id);
    const leeg = await agent.post(`/backoffice/0518/zaken/${zaak.id}/informatie`, { vraag: ' ' });
    expect(leeg.statusCode).toBe(400);
    expect(leeg.body).toContain('id="vraag-error"');
    expect(leeg.body).toContain('aria-invalid="true"');
    expect(leeg.body).toContain('href="#vraag"');
    expect(await snapshot('0518', zaak.id)).toEqual(before);

    const res = await agent.post(
      `/backoffice/0518/zaken/${zaak.id}/informatie`,
      { vraag: 'Stuur een kopie van het huurcontract.' },
      false,
    );
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/backoffice/0518/zaken/${zaak.id}?gedaan=informatie`);
    let d = await view('0518', zaak.id);
    expect(d.deadline?.opgeschort).toBe(true);
    expect(d.statussen.at(-1)?.omschrijving).toBe('Wacht op aanvrager');
    const page = await agent.get(String(res.headers.location));
    expect(page.body).toContain('Stuur een kopie van het huurcontract.');
    expect(page.body).toContain('Loopt nog');
    expect((await agent.get('/backoffice/0518/zaken')).body).toContain('Opgeschort');
    const weer = await agent.post(`/backoffice/0518/zaken/${zaak.id}/informatie`, {
      vraag: 'Nog een vraag graag.',
    });
    expect(weer.statusCode).toBe(409);

    const aanvrager = d.rollen.find((r) => r.omschrijvingGeneriek === 'initiator')!;
    await t.services.zaken.answer({
      gemeenteCode: '0518',
      zaakId: zaak.id,
      verzoekId: d.openVerzoek!.id,
      tekst: 'Het huurcontract komt per post.',
      bijlagen: [],
      van: { bsn: aanvrager.bsn!, naam: aanvrager.naam },
      actor: {
        applicatieId: 'loket-portaal',
        applicatieWeergave: 'Loket portaal',
        gebruikersId: ALLEEN,
        gebruikersWeergave: aanvrager.naam,
      },
    });
    d = await view('0518', zaak.id);
    expect(d.deadline?.opgeschort).toBe(false);
    expect(d.opschortingen.every((o) => o.tot !== null)).toBe(true);
    expect(d.statussen.at(-1)?.omschrijving).toBe('In behandeling');
  });

  it('records an answer that came by post for the applicant', async () => {
    const zaak = await nieuweZaak({
      postcode: '2562HB',
      huisnummer: '88',
      kanaal: 'balie',
      correspondentie: 'post',
    });
    const agent = await as('behandelaar@den-haag');
    await agent.get(`/backoffice/0518/zaken/${zaak.id}`);
    await agent.post(`/backoffice/0518/zaken/${zaak.id}/informatie`, { vraag: 'Wie is de hoofdbewoner?' });
    expect(agent.lastHtml).toContain('id="antwoord"');
    const res = await agent.post(
      `/backoffice/0518/zaken/${zaak.id}/antwoord`,
      { antwoord: 'Mevrouw Jansen.' },
      false,
    );
    expect(res.statusCode).toBe(303);
    const d = await view('0518', zaak.id);
    expect(d.deadline?.opgeschort).toBe(false);
    expect(d.berichten.at(-1)).toMatchObject({ richting: 'van-aanvrager', tekst: 'Mevrouw Jansen.' });
  });

  it('approves after a confirmation step: closed as Verwerkt, everyone moving registered', async () => {
    const zaak = await nieuweZaak({
      bsn: ECHTPAAR.aanvrager,
      meeverhuizers: [ECHTPAAR.partner],
      postcode: '2582BT',
      huisnummer: '150',
    });
    expect(zaak.gemeenteCode).toBe('0518');
    const agent = await as('behandelaar@den-haag');
    const confirm = await agent.get(`/backoffice/0518/zaken/${zaak.id}/goedkeuren`);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain(`Ja, zaak ${zaak.identificatie} goedkeuren`);
    expect(confirm.body).toContain('Kees Zaal');
    expect(confirm.body).toContain('Ingeschreven personen na de verhuizing');
    expect(confirm.body).toContain(
      `<form method="post" action="/backoffice/0518/zaken/${zaak.id}/goedkeuren"`,
    );
    const res = await agent.post(`/backoffice/0518/zaken/${zaak.id}/goedkeuren`, {}, false);
    expect(res.statusCode, /id="acties-error">([^<]*)/.exec(res.body)?.[1]).toBe(303);
    expect(res.headers.location).toBe(`/backoffice/0518/zaken/${zaak.id}?gedaan=goedgekeurd`);

    const d = await view('0518', zaak.id);
    expect(d.resultaat?.omschrijving).toBe('Verwerkt');
    expect(d.zaak.einddatum).not.toBeNull();
    for (const bsn of [ECHTPAAR.aanvrager, ECHTPAAR.partner]) {
      const p = await t.services.persons.ownData(bsn, { type: 'burger', id: bsn });
      expect(p?.verblijfplaats?.type === 'Adres' && p.verblijfplaats.verblijfadres?.postcode, bsn).toBe(
        '2582BT',
      );
    }
    const page = (await agent.get(String(res.headers.location))).body;
    expect(page).toContain('De zaak is goedgekeurd en afgesloten.');
    expect(page).toContain('Er zijn geen acties meer mogelijk.');
    expect(page).not.toContain('id="reden"');
    expect(page).not.toContain('Signaal bewoning');
    const again = await agent.post(`/backoffice/0518/zaken/${zaak.id}/afwijzen`, {
      reden: 'Toch maar niet doen.',
    });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('id="acties-error"');
    expect((await agent.get(`/backoffice/0518/zaken/${zaak.id}/goedkeuren`, false)).statusCode).toBe(303);

    // The old municipality sees its former residents.
    const rotterdam = await as('behandelaar@rotterdam');
    const vertrokken = await rotterdam.get('/backoffice/0599/vertrokken');
    expect(vertrokken.statusCode).toBe(200);
    expect(vertrokken.body).toContain('Kees Zaal');
    expect(vertrokken.body).toContain(ECHTPAAR.aanvrager);
    expect(vertrokken.body).toContain('Gravenhage');
    expect(
      (await rotterdam.get(`/backoffice/0599/vertrokken?sinds=${dutchDate(new Date())}`)).body,
    ).toContain('Kees Zaal');
    const fout = await rotterdam.get('/backoffice/0599/vertrokken?sinds=gisteren');
    expect(fout.statusCode).toBe(400);
    expect(fout.body).toContain('id="sinds-error"');
    const log = await t.services.processingLog.entriesForBsn(ECHTPAAR.partner);
    expect(log.some((e) => e.naam === 'backoffice.vertrokken')).toBe(true);
    expect((await (await as('behandelaar@den-haag')).get('/backoffice/0518/vertrokken')).body).not.toContain(
      'Kees Zaal',
    );
  });

  it('rejects only with a reason, and the decision letter is a PDF on the case', async () => {
    const zaak = await nieuweZaak({ postcode: '3014GJ', huisnummer: '201' });
    const agent = await as('behandelaar@rotterdam');
    await agent.get(`/backoffice/0599/zaken/${zaak.id}`);
    const before = await snapshot('0599', zaak.id);
    const leeg = await agent.post(`/backoffice/0599/zaken/${zaak.id}/afwijzen`, { reden: 'nee' });
    expect(leeg.statusCode).toBe(400);
    expect(leeg.body).toContain('id="reden-error"');
    expect(leeg.body).toContain('aria-describedby="reden-help reden-error"');
    expect(leeg.body).toContain('>nee</textarea>');
    expect(await snapshot('0599', zaak.id)).toEqual(before);

    const res = await agent.post(
      `/backoffice/0599/zaken/${zaak.id}/afwijzen`,
      { reden: 'De hoofdbewoner geeft geen toestemming.' },
      false,
    );
    expect(res.statusCode).toBe(303);
    const d = await view('0599', zaak.id);
    expect(d.resultaat).toMatchObject({
      omschrijving: 'Geweigerd',
      toelichting: 'De hoofdbewoner geeft geen toestemming.',
    });
    const besluit = d.documenten.find((doc) => doc.bestandsnaam.startsWith('afwijzing-'))!;
    expect(besluit).toBeDefined();
    const download = await agent.get(`/backoffice/0599/zaken/${zaak.id}/documenten/${besluit.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="afwijzing-${zaak.identificatie}.pdf"`,
    );
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.rawPayload.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect((await agent.get(String(res.headers.location))).body).toContain(
      'Het besluit staat bij de documenten.',
    );
  });

  it('looks missing to another municipality: page, download and every action', async () => {
    const zaak = await nieuweZaak({ postcode: '3022EH', huisnummer: '24' });
    const ander = await nieuweZaak({ postcode: '3039LN', huisnummer: '101' });
    const doc = (await view('0599', zaak.id)).documenten[0]!;
    const before = await snapshot('0599', zaak.id);
    const haags = await as('behandelaar@den-haag');
    await haags.get('/backoffice/0518/zaken');
    const urls = [`/backoffice/0599/zaken/${zaak.id}`, `/backoffice/0518/zaken/${zaak.id}`];
    for (const url of urls) {
      expect((await haags.get(url)).statusCode, url).toBe(404);
      expect((await haags.get(`${url}/documenten/${doc.id}`)).statusCode, url).toBe(404);
      expect((await haags.get(`${url}/goedkeuren`)).statusCode, url).toBe(404);
      for (const [actie, form] of [
        ['toewijzen', {}],
        ['informatie', { vraag: 'Een vraag van elders.' }],
        ['antwoord', { antwoord: 'Een antwoord.' }],
        ['goedkeuren', {}],
        ['afwijzen', { reden: 'Een reden van elders.' }],
      ] as const) {
        await haags.get('/backoffice/0518/zaken');
        expect((await haags.post(`${url}/${actie}`, form)).statusCode, `${url}/${actie}`).toBe(404);
      }
    }
    expect(await snapshot('0599', zaak.id)).toEqual(before);

    const eigen = await as('behandelaar@rotterdam');
    expect((await eigen.get(`/backoffice/0599/zaken/${ander.id}/documenten/${doc.id}`)).statusCode).toBe(404);
    expect((await eigen.get(`/backoffice/0599/zaken/niet-een-id`)).statusCode).toBe(404);
    expect((await eigen.get(`/backoffice/0599/zaken/${zaak.id}/documenten/niet-een-id`)).statusCode).toBe(
      404,
    );
  });
});

describe('post queue', () => {
  it('lists the letters for an applicant by post and marks one as sent', async () => {
    const zaak = await nieuweZaak({
      postcode: '3012BP',
      huisnummer: '10',
      toevoeging: 'A',
      kanaal: 'balie',
      correspondentie: 'post',
    });
    const open = (await t.services.documents.openVerzendingen('0599')).filter((v) => v.zaakId === zaak.id);
    expect(open).toHaveLength(1);
    const brief = open[0]!;
    const agent = await as('behandelaar@rotterdam');
    const page = await agent.get('/backoffice/0599/post');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Suzanne Moulin');
    expect(page.body).toContain('Boterdiep 31, 3077 AW Rotterdam');
    expect(page.body).toContain(zaak.identificatie);
    expect(page.body).toContain(`Ontvangstbevestiging verhuizing (${zaak.identificatie})`);
    expect(page.body).toContain(
      `href="/backoffice/0599/zaken/${zaak.id}/documenten/${brief.informatieobjectId}"`,
    );
    expect(page.body).toContain(`aria-label="Markeren als verzonden ${brief.identificatie}"`);
    const pdf = await agent.get(`/backoffice/0599/zaken/${zaak.id}/documenten/${brief.informatieobjectId}`);
    expect(pdf.rawPayload.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect((await view('0599', zaak.id)).zaak.correspondentie).toBe('post');

    await agent.get('/backoffice/0599/post');
    expect(
      (await (await as('behandelaar@den-haag')).post(`/backoffice/0518/post/${brief.id}/verzonden`, {}))
        .statusCode,
    ).toBe(404);
    const res = await agent.post(`/backoffice/0599/post/${brief.id}/verzonden`, {}, false);
    expect(res.statusCode).toBe(303);
    expect((await agent.get(String(res.headers.location))).body).toContain(
      'De brief is gemarkeerd als verzonden.',
    );
    expect((await t.services.documents.openVerzendingen('0599')).some((v) => v.id === brief.id)).toBe(false);
    const noToken = await agent.request('POST', `/backoffice/0599/post/${brief.id}/verzonden`, {}, false);
    expect(noToken.statusCode).toBe(403);
  });
});

describe('in a browser, every page passes axe', { timeout: 180_000 }, () => {
  let browser: Browser;
  withChromium((b) => {
    browser = b;
  });

  /** The exact HTML the agent got, served again to a browser with JavaScript for axe. */
  const expectAccessible = (path: string, html: string) =>
    expectAccessibleHtml(browser, `${base}${path}`, html);

  it('queue, case page (open, with an error, closed), confirmation, post queue, former residents', async () => {
    const open = await nieuweZaak({
      postcode: '3011AD',
      huisnummer: '40',
      kanaal: 'balie',
      correspondentie: 'post',
    });
    const gesloten = await nieuweZaak({ postcode: '3061AN', huisnummer: '150' });
    const agent = await as('coordinator@rotterdam');
    const pages: [string, () => Promise<unknown>][] = [
      ['/backoffice/0599', () => agent.get('/backoffice/0599')],
      ['/backoffice/0599/zaken', () => agent.get('/backoffice/0599/zaken')],
      [`/backoffice/0599/zaken/${open.id}`, () => agent.get(`/backoffice/0599/zaken/${open.id}`)],
      [
        `/backoffice/0599/zaken/${open.id}/afwijzen`,
        () => agent.post(`/backoffice/0599/zaken/${open.id}/afwijzen`, { reden: '' }),
      ],
      [
        `/backoffice/0599/zaken/${open.id}/goedkeuren`,
        () => agent.get(`/backoffice/0599/zaken/${open.id}/goedkeuren`),
      ],
      [
        `/backoffice/0599/zaken/${open.id}`,
        async () => {
          await agent.post(`/backoffice/0599/zaken/${open.id}/informatie`, {
            vraag: 'Stuur het huurcontract.',
          });
        },
      ],
      [
        `/backoffice/0599/zaken/${gesloten.id}`,
        async () => {
          await agent.get(`/backoffice/0599/zaken/${gesloten.id}`);
          await agent.post(`/backoffice/0599/zaken/${gesloten.id}/afwijzen`, {
            reden: 'Geen toestemming gegeven.',
          });
        },
      ],
      ['/backoffice/0599/post', () => agent.get('/backoffice/0599/post')],
      ['/backoffice/0599/vertrokken', () => agent.get('/backoffice/0599/vertrokken')],
      ['/backoffice/0599/vertrokken', () => agent.get('/backoffice/0599/vertrokken?sinds=morgen')],
    ];
    for (const [path, load] of pages) {
      await agent.get('/backoffice/0599/zaken');
      await load();
      await expectAccessible(path, agent.lastHtml);
    }
  });
});

describe('extending the term (Awb 4:14)', () => {
  it('extends once by the zaaktype verlengingstermijn, tells the applicant, and refuses a second time', async () => {
    const zaak = await nieuweZaak({ postcode: '3039LN', huisnummer: '101' });
    const voor = (await t.services.zaakView.voorMedewerker('0599', zaak.id, {
      type: 'systeem',
      id: 'test',
    }))!;
    const agent = await as('behandelaar@rotterdam');
    await agent.get(`/backoffice/0599/zaken/${zaak.id}`);
    const leeg = await agent.post(`/backoffice/0599/zaken/${zaak.id}/verlengen`, { verlenging: '' });
    expect(leeg.statusCode).toBe(400);
    expect(leeg.body).toContain('Geef de reden van de verlenging');
    const res = await agent.post(`/backoffice/0599/zaken/${zaak.id}/verlengen`, {
      verlenging: 'Wij wachten op een adresonderzoek.',
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('De termijn is verlengd');
    const na = (await t.services.zaakView.voorMedewerker('0599', zaak.id, { type: 'systeem', id: 'test' }))!;
    expect(na.verlengingen).toHaveLength(1);
    // P4W on top of P8W: 28 days later (the Atw may move either end to a working day).
    const dagen =
      (Date.parse(na.deadline!.uiterlijkeEinddatum) - Date.parse(voor.deadline!.uiterlijkeEinddatum)) /
      86_400_000;
    expect(dagen).toBeGreaterThanOrEqual(26);
    expect(dagen).toBeLessThanOrEqual(30);
    expect(na.berichten.map((b) => b.onderwerp)).toContain('Wij hebben meer tijd nodig');
    expect(res.body).not.toContain('id="actie-verlengen"');
    await expect(
      t.services.zaken.extend('0599', zaak.id, 'Nog een keer verlengen.', {
        applicatieId: 'test',
        applicatieWeergave: 'test',
        gebruikersId: 'test',
        gebruikersWeergave: 'test',
      }),
    ).rejects.toThrow(/al verlengd/);
  });
});
