import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { testApp, type TestApp } from '../helpers/app.ts';
import { Agent, loginMedewerker } from '../helpers/agent.ts';

// Kevin de Boer (Den Haag) has no DigiD: he sends the paper form to Amsterdam, his new municipality.
const KEVIN = '999996538';

let t: TestApp;
let pdf: Uint8Array;

beforeAll(async () => {
  t = await testApp();
  const doc = await PDFDocument.create();
  doc.addPage().drawText('Verhuisformulier');
  pdf = await doc.save();
});
afterAll(async () => t?.close());

const today = () => new Date().toISOString().slice(0, 10);

async function start(agent: Agent, fields: Record<string, string>) {
  await agent.get('/backoffice/0363/balie');
  return agent.post('/backoffice/0363/balie', { product: 'verhuizing-doorgeven', ...fields });
}

describe('a move registered in the back office, from a paper form, for a citizen without DigiD', () => {
  it('refuses a BSN that fails the eleven test, next to the field', async () => {
    const agent = new Agent(t.app);
    await loginMedewerker(agent, 'behandelaar@amsterdam');
    const res = await start(agent, { bsn: '123456789', kanaal: 'post', correspondentie: 'post' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('href="#bsn"');
    expect(res.body).toContain('elfproef');
  });

  it('needs the scan and an address in its own municipality; stores nothing until both are right', async () => {
    const agent = new Agent(t.app);
    await loginMedewerker(agent, 'behandelaar@amsterdam');
    const form = await start(agent, { bsn: KEVIN, kanaal: 'post', correspondentie: 'post' });
    expect(form.statusCode).toBe(200);
    const action = /action="(\/backoffice\/0363\/balie\/[^"]+)"/.exec(form.body)?.[1];
    const res = await agent.postMultipart(
      action!,
      {
        'adres-postcode': '3022EH',
        'adres-huisnummer': '24',
        verhuisdatum: today(),
        'bewijs-soort': 'document',
      },
      { bewijs: { filename: 'huur.pdf', type: 'application/pdf', content: pdf } },
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('href="#scan"');
    expect(res.body).toContain('Dit adres ligt in gemeente Rotterdam');
    expect(await t.services.zaakView.werkvoorraad('0363', {})).toHaveLength(0);
  });

  it('registers the case with channel post; every letter is a PDF queued for printing and posting', async () => {
    const agent = new Agent(t.app);
    await loginMedewerker(agent, 'behandelaar@amsterdam');
    const form = await start(agent, { bsn: KEVIN, kanaal: 'post', correspondentie: 'post' });
    const action = /action="(\/backoffice\/0363\/balie\/[^"]+)"/.exec(form.body)?.[1];
    const olivia = /name="meeverhuizers" id="meeverhuizers-(\d{9})"/.exec(form.body)?.[1];
    const res = await agent.postMultipart(
      action!,
      {
        meeverhuizers: olivia!,
        'adres-postcode': '1097 BS',
        'adres-huisnummer': '120',
        verhuisdatum: today(),
        'bewijs-soort': 'document',
      },
      {
        scan: { filename: 'formulier.pdf', type: 'application/pdf', content: pdf },
        bewijs: { filename: 'koopakte.pdf', type: 'application/pdf', content: pdf },
      },
    );
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Middenweg 120');
    const [row] = await t.services.zaakView.werkvoorraad('0363', {});
    expect(row?.zaak.communicatiekanaal).toBe('post');
    expect(row?.zaak.correspondentie).toBe('post');
    const docs = await t.services.documents.listForZaak(t.db.database.db, '0363', row!.zaak.id);
    expect(docs.map((d) => d.titel)).toContain('Scan papieren formulier');
    // The receipt went to the current address, by post.
    let post = await t.services.documents.openVerzendingen('0363');
    expect(post).toHaveLength(1);
    expect(post[0]?.adres.postcode.replace(' ', '')).not.toBe('1097BS');

    await t.services.zaken.approve('0363', row!.zaak.id, {
      applicatieId: 'test',
      applicatieWeergave: 'test',
      gebruikersId: 'behandelaar@amsterdam',
      gebruikersWeergave: 'Behandelaar',
    });
    post = await t.services.documents.openVerzendingen('0363');
    expect(post).toHaveLength(2);
    const letter = post.find((p) => p.titel.startsWith('Uw verhuizing is verwerkt'));
    expect(letter?.adres.postcode).toBe('1097BS');
    const content = await t.services.documents.content('0363', letter!.informatieobjectId);
    expect(Buffer.from(content!.inhoud.subarray(0, 4)).toString()).toBe('%PDF');
  });
});
