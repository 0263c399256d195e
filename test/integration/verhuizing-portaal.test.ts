import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { sql } from 'drizzle-orm';
import { testApp, type TestApp } from '../helpers/app.ts';
import { Agent, loginDigid } from '../helpers/agent.ts';

// Kevin lives in Den Haag with his partner Olivia Charbon and their son Vincent.
const KEVIN = '999996538';
const FORM = '/aanvragen/verhuizing-doorgeven';

let t: TestApp;
let pdf: Uint8Array;

beforeAll(async () => {
  t = await testApp({ today: () => new Date('2026-11-23T12:00:00+01:00') });
  const doc = await PDFDocument.create();
  doc.addPage().drawText('Huurcontract');
  pdf = await doc.save();
});
afterAll(async () => t?.close());

const count = async (table: string) => {
  const rows = await t.db.database.db.execute<{ n: number }>(
    sql.raw(`select count(*)::int as n from ${table}`),
  );
  return (rows as { rows?: { n: number }[] }).rows?.[0]?.n ?? (rows as { n: number }[])[0]?.n;
};

async function citizen() {
  const agent = new Agent(t.app);
  await loginDigid(agent, KEVIN);
  return agent;
}

const valid = (overrides: Record<string, string | string[]> = {}) => ({
  'adres-postcode': '1056 ek',
  'adres-huisnummer': '200',
  'adres-toevoeging': '',
  verhuisdatum: '2026-12-01',
  'bewijs-soort': 'document',
  ...overrides,
});

describe('Verhuizing doorgeven in the portal', () => {
  it('prefills what the registry knows and offers the partner and child at the same address', async () => {
    const agent = await citizen();
    const res = await agent.get(FORM);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Dit weten wij al');
    expect(res.body).toContain('Olivia');
    expect(res.body).toContain('enctype="multipart/form-data"');
  });

  it.each([
    [
      'a bad postcode',
      { 'adres-postcode': '0123 X' },
      'adres-postcode',
      'Vul een postcode in zoals 3011 AD.',
    ],
    ['an unknown address', { 'adres-huisnummer': '99999' }, 'adres-huisnummer', 'Dit adres bestaat niet'],
    [
      'a date more than 4 weeks ahead',
      { verhuisdatum: '2027-02-01' },
      'verhuisdatum',
      'pas 4 weken van tevoren',
    ],
    [
      'a date that does not exist',
      { verhuisdatum: '2026-02-30' },
      'verhuisdatum',
      'Vul een bestaande datum in',
    ],
    ['no proof', {}, 'bewijs', 'Kies een document als bewijs'],
    [
      'consent without a name',
      { 'bewijs-soort': 'toestemming' },
      'bewijs-hoofdbewoner',
      'naam van de hoofdbewoner',
    ],
    [
      'consent at an address where nobody lives',
      { 'bewijs-soort': 'toestemming', 'bewijs-hoofdbewoner': 'J. Jansen' },
      'bewijs-soort-toestemming',
      'Op dit adres staat niemand ingeschreven',
    ],
  ])(
    'refuses %s with an error next to the field, storing nothing',
    async (_name, overrides, field, message) => {
      const agent = await citizen();
      await agent.get(FORM);
      const res = await agent.postMultipart(FORM, valid(overrides));
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain(`href="#${field}"`);
      expect(res.body).toContain(message);
      expect(res.body).toMatch(new RegExp(`id="${field}(-error)?"`));
      expect(await count('aanvraag_concepten')).toBe(0);
      expect(await count('zaken')).toBe(0);
    },
  );

  it('refuses a file that is not what its name claims', async () => {
    const agent = await citizen();
    await agent.get(FORM);
    const res = await agent.postMultipart(FORM, valid(), {
      bewijs: {
        filename: 'huurcontract.pdf',
        type: 'application/pdf',
        content: new TextEncoder().encode('not a pdf at all'),
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Wij kijken naar de inhoud, niet naar de naam');
    expect(await count('zaken')).toBe(0);
  });

  it('reports a late move with today as the move date, and says so', async () => {
    const agent = await citizen();
    await agent.get(FORM);
    const res = await agent.postMultipart(FORM, valid({ verhuisdatum: '2026-11-01' }), {
      bewijs: { filename: 'huur.pdf', type: 'application/pdf', content: pdf },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Controleer uw gegevens');
    expect(res.body).toContain('Daarom is de verhuisdatum de datum van vandaag: 23 november 2026');
  });

  it('submits a move with the partner to another municipality: a case there, a receipt PDF, Mijn zaken', async () => {
    const agent = await citizen();
    const form = await agent.get(FORM);
    const olivia = /name="meeverhuizers" id="meeverhuizers-(\d{9})"/.exec(form.body)?.[1];
    expect(olivia).toBeDefined();
    const summary = await agent.postMultipart(FORM, valid({ meeverhuizers: olivia! }), {
      bewijs: { filename: 'huurcontract.pdf', type: 'application/pdf', content: pdf },
    });
    expect(summary.statusCode).toBe(200);
    expect(summary.body).toContain('Jan Evertsenstraat 200');
    expect(summary.body).toContain('gemeente Amsterdam');
    const confirm = /action="(\/aanvragen\/verhuizing-doorgeven\/controleren\/[^"]+)"/.exec(
      summary.body,
    )?.[1];
    const done = await agent.post(confirm!, {});
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('Uw zaaknummer is ZAAK-2026-0000001');
    const receipt = /href="(\/mijn-zaken\/[^"]+\/documenten\/[^"]+)">Download het ontvangstbewijs/.exec(
      done.body,
    )?.[1];
    const pdfRes = await agent.get(receipt!);
    expect(pdfRes.statusCode).toBe(200);
    expect(pdfRes.headers['content-type']).toBe('application/pdf');
    expect(pdfRes.rawPayload.subarray(0, 4).toString()).toBe('%PDF');

    const [zaak] = await t.services.zaakView.mijnZaken(KEVIN);
    expect(zaak?.zaak.gemeenteCode).toBe('0363');
    expect(zaak?.zaak.communicatiekanaal).toBe('portaal');
    expect(zaak?.deadline?.uiterlijkeEinddatum).toBe('2027-01-18');
    const list = await agent.get('/mijn-zaken');
    expect(list.body).toContain('ZAAK-2026-0000001');
    expect(list.body).toContain('Amsterdam');
    // The partner sees the case too; the draft is gone, so a second submit changes nothing.
    expect((await t.services.zaakView.mijnZaken(olivia!)).length).toBe(1);
    const draftId = confirm!.split('/').pop()!;
    expect(await t.services.concepten.get(`burger:${KEVIN}`, draftId)).toBeUndefined();
    expect((await agent.post(confirm!, {})).statusCode).toBe(404);
    expect(await count('zaken')).toBe(1);
  });

  it('another citizen cannot open the case or its documents', async () => {
    const [zaak] = await t.services.zaakView.mijnZaken(KEVIN);
    const other = new Agent(t.app);
    await loginDigid(other, '999993653');
    expect((await other.get(`/mijn-zaken/${zaak!.zaak.id}`)).statusCode).toBe(404);
  });
});
