import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../helpers/app.ts';
import { zgwClient } from '../../helpers/zgw.ts';
import { and, eq } from 'drizzle-orm';
import { besluittypen } from '../../../src/modules/catalog/catalog.schema.ts';
import { json, register, verhuizing, zaakBody, type Client, type Verhuizing } from './zaken-helpers.ts';

type J = Record<string, unknown> & { url: string; uuid: string };

let t: TestApp;
let c: Client;
let v: Verhuizing;
let zaak: J;
beforeAll(async () => {
  t = await testApp();
  c = await zgwClient(t, { gemeente: '0599' });
  v = await verhuizing(t, '0599');
  zaak = json<J>(await c.request('zaken', 'POST', '/zaken', zaakBody(v)));
  // zrc-024/zrc-025: a relation is only accepted to a register the municipality registered
  // (the mirroring itself is tested in zaken-spiegels.test.ts).
  for (const apiRoot of ['https://cmc.example/', 'https://vrc.example/'])
    await t.services.diensten.save({ gemeenteCode: '0599', apiRoot, clientId: 'loket', secret: 'geheim' });
});
afterAll(async () => t?.close());

const post = async (path: string, body: unknown) => {
  const res = await c.request('zaken', 'POST', path, body);
  expect(res.statusCode, res.body).toBe(201);
  return json<J>(res);
};
const zaakQ = () => `zaak=${encodeURIComponent(zaak.url)}`;

describe('Zaken API: klantcontacten, contactmomenten, verzoeken and notities', () => {
  it('records klantcontacten of a zaak', async () => {
    const kc = await post('/klantcontacten', {
      zaak: zaak.url,
      datumtijd: '2026-03-01T10:00:00Z',
      kanaal: 'telefoon',
      onderwerp: 'Vraag',
    });
    expect(kc).toMatchObject({
      kanaal: 'telefoon',
      onderwerp: 'Vraag',
      datumtijd: '2026-03-01T10:00:00.000Z',
    });
    expect(json<{ count: number }>(await c.request('zaken', 'GET', `/klantcontacten?${zaakQ()}`)).count).toBe(
      1,
    );
    expect((await c.request('zaken', 'GET', `/klantcontacten/${kc.uuid}`)).statusCode).toBe(200);
  });

  it('relates contactmomenten and verzoeken by URL, and removes the relation', async () => {
    const cm = await post('/zaakcontactmomenten', {
      zaak: zaak.url,
      contactmoment: 'https://cmc.example/contactmomenten/1',
    });
    const vz = await post('/zaakverzoeken', { zaak: zaak.url, verzoek: 'https://vrc.example/verzoeken/1' });
    expect(
      json<J[]>(await c.request('zaken', 'GET', `/zaakcontactmomenten?${zaakQ()}`)).map((x) => x.uuid),
    ).toEqual([cm.uuid]);
    expect(
      json<J[]>(
        await c.request(
          'zaken',
          'GET',
          `/zaakverzoeken?verzoek=${encodeURIComponent('https://vrc.example/verzoeken/1')}`,
        ),
      ),
    ).toHaveLength(1);
    expect((await c.request('zaken', 'DELETE', `/zaakverzoeken/${vz.uuid}`)).statusCode).toBe(204);
    expect(json<J[]>(await c.request('zaken', 'GET', `/zaakverzoeken?${zaakQ()}`))).toEqual([]);
  });

  it('keeps notities on a zaak, filtered and changed', async () => {
    const n = await post('/zaaknotities', {
      gerelateerdAan: zaak.url,
      onderwerp: 'Belangrijk',
      tekst: 'Bel terug na 14:00',
    });
    expect(n).toMatchObject({ status: 'concept', notitieType: 'intern', gerelateerdAan: zaak.url });
    const id = n.url.split('/').pop()!;
    const patched = json<J>(
      await c.request('zaken', 'PATCH', `/zaaknotities/${id}`, { status: 'definitief' }),
    );
    expect(patched.status).toBe('definitief');
    const found = json<{ count: number }>(
      await c.request('zaken', 'GET', '/zaaknotities?tekst__icontains=bel%20TERUG&status=definitief'),
    );
    expect(found.count).toBe(1);
    const trail = json<{ resource: string }[]>(
      await c.request('zaken', 'GET', `/zaken/${zaak.uuid}/audittrail`),
    );
    expect(trail.map((a) => a.resource)).toEqual(
      expect.arrayContaining(['klantcontact', 'zaakcontactmoment', 'zaakverzoek', 'zaaknotitie']),
    );
    expect((await c.request('zaken', 'DELETE', `/zaaknotities/${id}`)).statusCode).toBe(204);
  });
});

describe('Zaken API: zaakbesluiten', () => {
  it('lists the besluiten of Loket that name the zaak, expands them, and keeps remote ones', async () => {
    const [bt] = await t.services.database.db
      .select({ id: besluittypen.id })
      .from(besluittypen)
      .where(
        and(eq(besluittypen.gemeenteCode, '0599'), eq(besluittypen.omschrijving, 'Besluit adreswijziging')),
      );
    const res = await c.request('besluiten', 'POST', '/besluiten', {
      verantwoordelijkeOrganisatie: v.rsin,
      besluittype: `${t.config.baseUrl}/catalogi/api/v1/besluittypen/${bt!.id}`,
      zaak: zaak.url,
      datum: '2026-03-01',
      ingangsdatum: '2026-03-02',
    });
    expect(res.statusCode, res.body).toBe(201);
    const besluit = json<{ url: string }>(res);
    const list = json<J[]>(await c.request('zaken', 'GET', `/zaken/${zaak.uuid}/besluiten?expand=besluit`));
    expect(list.map((b) => b.besluit)).toEqual([besluit.url]);
    expect((list[0]!._expand as { besluit: { url: string } }).besluit.url).toBe(besluit.url);
    const reg = await register({ '/besluiten/1': { url: 'x', datum: '2026-01-01' } });
    try {
      const remote = await post(`/zaken/${zaak.uuid}/besluiten`, { besluit: reg.url('/besluiten/1') });
      expect(json<J[]>(await c.request('zaken', 'GET', `/zaken/${zaak.uuid}/besluiten`))).toHaveLength(2);
      expect(
        (await c.request('zaken', 'DELETE', `/zaken/${zaak.uuid}/besluiten/${remote.uuid}`)).statusCode,
      ).toBe(204);
      const bad = await c.request('zaken', 'POST', `/zaken/${zaak.uuid}/besluiten`, {
        besluit: reg.url('/besluiten/404'),
      });
      expect(bad.statusCode).toBe(400);
    } finally {
      await reg.close();
    }
  });
});
