import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../helpers/app.ts';
import { zgwClient } from '../../helpers/zgw.ts';
import { and, eq } from 'drizzle-orm';
import { zgwUrls } from '../../../src/modules/cases/zaak-events.ts';
import { outbox } from '../../../src/modules/events/events.schema.ts';
import { json, resultaattypeBody, zaaktypeBody } from './catalogi.fixtures.ts';

type Obj = Record<string, unknown>;
interface Page {
  count: number;
  next: string | null;
  previous: string | null;
  results: Obj[];
}

// Loket's own Selectielijst API, reached in-process (the rule tests use a remote stand-in).
let t: TestApp;
let sl: { root: string };
beforeAll(async () => {
  t = await testApp();
  sl = { root: t.config.selectielijstUrl };
});
afterAll(async () => t?.close());

describe('the Catalogi API', () => {
  it('shows the zaaktype the portal uses, with its types, under the URL the Zaken API names', async () => {
    const c = await zgwClient(t, { gemeente: '0599' });
    const [product] = await t.services.catalog.products('0599');
    const list = json<Page>(await c.request('catalogi', 'GET', '/zaaktypen?identificatie=VERHUIZING'), 200);
    expect(list.count).toBe(1);
    const zt = list.results[0]!;
    expect(zt.url).toBe(zgwUrls(t.config.baseUrl).zaaktype(product!.id));
    expect(zt).toMatchObject({ omschrijving: 'Verhuizing doorgeven', concept: false, doorlooptijd: 'P8W' });
    expect(zt.statustypen).toHaveLength(4);
    expect(zt.informatieobjecttypen).toHaveLength(4);
    expect(zt.besluittypeOmschrijving).toEqual(['Besluit adreswijziging']);
    expect(zt.besluittypen).toHaveLength(1);

    const statustypen = json<Page>(
      await c.request('catalogi', 'GET', `/statustypen?zaaktype=${zt.url as string}`),
      200,
    );
    expect(statustypen.results.map((s) => [s.volgnummer, s.isEindstatus])).toEqual([
      [1, false],
      [2, false],
      [3, false],
      [4, true],
    ]);
    const resultaattypen = json<Page>(
      await c.request('catalogi', 'GET', `/resultaattypen?zaaktype=${zt.url as string}`),
      200,
    );
    expect(
      resultaattypen.results.map((r) => [r.omschrijving, r.archiefnominatie, r.archiefactietermijn]),
    ).toEqual(expect.arrayContaining([['Verwerkt', 'vernietigen', 'P5Y']]));
    const ziot = json<Page>(
      await c.request('catalogi', 'GET', `/zaaktype-informatieobjecttypen?zaaktype=${zt.url as string}`),
      200,
    );
    expect(ziot.count).toBe(4);
    expect(ziot.results[0]!.informatieobjecttype).toMatch(/\/informatieobjecttypen\//);
  });

  it('builds a catalogus with a concept zaaktype and its types, publishes them and reads them back', async () => {
    const c = await zgwClient(t, { gemeente: '0518' });
    const other = await zgwClient(t, { gemeente: '0363' });
    const post = async (path: string, body: Obj, status = 201) =>
      json(await c.request('catalogi', 'POST', path, body), status);

    const catalogus = await post('/catalogussen', {
      domein: 'SOC',
      rsin: '002564440',
      contactpersoonBeheerNaam: 'Team Sociaal Domein',
      contactpersoonBeheerEmailadres: 'sociaal@example.nl',
      naam: 'Sociaal domein',
    });
    const iot = await post(
      '/informatieobjecttypen',
      {
        catalogus: catalogus.url,
        omschrijving: 'Aanvraagformulier',
        vertrouwelijkheidaanduiding: 'vertrouwelijk',
        beginGeldigheid: '2026-01-01',
        informatieobjectcategorie: 'formulier',
        trefwoord: ['aanvraag'],
      },
      200,
    );
    expect(iot.concept).toBe(true);
    const besluittype = await post('/besluittypen', {
      catalogus: catalogus.url,
      omschrijving: 'Toekenning bijzondere bijstand',
      publicatieIndicatie: false,
      reactietermijn: 'P6W',
      informatieobjecttypen: ['Aanvraagformulier'],
      beginGeldigheid: '2026-01-01',
    });
    const zaaktype = await post(
      '/zaaktypen',
      zaaktypeBody(String(catalogus.url), sl.root, {
        identificatie: 'BIJZONDERE-BIJSTAND',
        omschrijving: 'Bijzondere bijstand aanvragen',
        vertrouwelijkheidaanduiding: 'vertrouwelijk',
        besluittypen: ['Toekenning bijzondere bijstand'],
        trefwoorden: ['bijstand', 'inkomen'],
      }),
    );
    expect(zaaktype).toMatchObject({
      concept: true,
      besluittypeOmschrijving: ['Toekenning bijzondere bijstand'],
    });
    const z = String(zaaktype.url);
    const ontvangen = await post('/statustypen', { zaaktype: z, omschrijving: 'Ontvangen', volgnummer: 1 });
    const besloten = await post('/statustypen', {
      zaaktype: z,
      omschrijving: 'Besloten',
      volgnummer: 2,
      checklistitemStatustype: [{ itemnaam: 'Besluit', vraagstelling: 'Is het besluit verzonden?' }],
    });
    // The eindstatus is the one with the highest volgnummer, so far.
    expect(ontvangen.isEindstatus).toBe(true);
    expect(besloten.isEindstatus).toBe(true);
    expect(json(await c.request('catalogi', 'GET', String(ontvangen.url)), 200).isEindstatus).toBe(false);
    const resultaattype = await post(
      '/resultaattypen',
      resultaattypeBody(z, sl.root, { besluittypen: ['Toekenning bijzondere bijstand'] }),
    );
    expect(resultaattype).toMatchObject({
      omschrijvingGeneriek: 'Toegekend',
      archiefnominatie: 'vernietigen',
      archiefactietermijn: 'P5Y',
    });
    await post('/roltypen', { zaaktype: z, omschrijving: 'Aanvrager', omschrijvingGeneriek: 'initiator' });
    const eigenschap = await post('/eigenschappen', {
      zaaktype: z,
      naam: 'bedrag',
      definitie: 'Het gevraagde bedrag in euro.',
      specificatie: { formaat: 'getal', lengte: '8', kardinaliteit: '1' },
      statustype: ontvangen.url,
    });
    expect(eigenschap.statustype).toBe(ontvangen.url);
    await post('/zaaktype-informatieobjecttypen', {
      zaaktype: z,
      informatieobjecttype: 'Aanvraagformulier',
      volgnummer: 1,
      richting: 'inkomend',
    });
    await post('/zaakobjecttypen', {
      zaaktype: z,
      catalogus: catalogus.url,
      anderObjecttype: false,
      objecttype: 'https://objecttypen.example.nl/api/v2/objecttypes/1',
      relatieOmschrijving: 'Woning',
    });

    // Concepts: not in the lists by default, and the zaaktype names no unpublished types.
    expect(
      json<Page>(await c.request('catalogi', 'GET', `/zaaktypen?catalogus=${String(catalogus.url)}`), 200)
        .count,
    ).toBe(0);
    const concept = json(await c.request('catalogi', 'GET', z), 200);
    expect([concept.besluittypen, concept.informatieobjecttypen]).toEqual([[], []]);

    for (const url of [iot.url, besluittype.url, z]) {
      const published = json(await c.request('catalogi', 'POST', `${String(url)}/publish`), 200);
      expect(published.concept).toBe(false);
    }

    // Each change of a zaaktype is announced on the kanaal zaaktypen, in the transaction of the change.
    const meldingen = await t.services.database.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.kanaal, 'zaaktypen'), eq(outbox.gemeenteCode, '0518')));
    expect(meldingen.map((m) => [m.payload.resourceUrl, m.payload.actie, m.kenmerken.catalogus])).toEqual([
      [z, 'create', catalogus.url],
      [z, 'update', catalogus.url],
    ]);

    const read = json<Page>(
      await c.request(
        'catalogi',
        'GET',
        `/zaaktypen?catalogus=${String(catalogus.url)}&trefwoorden=bijstand`,
      ),
      200,
    );
    expect(read.count).toBe(1);
    expect(read.results[0]).toMatchObject({
      url: z,
      concept: false,
      catalogus: catalogus.url,
      statustypen: [ontvangen.url, besloten.url],
      resultaattypen: [resultaattype.url],
      eigenschappen: [eigenschap.url],
      informatieobjecttypen: [iot.url],
      informatieobjecttypeOmschrijving: ['Aanvraagformulier'],
      besluittypen: [besluittype.url],
    });
    expect(read.results[0]!.roltypen).toHaveLength(1);
    expect(read.results[0]!.zaakobjecttypen).toHaveLength(1);

    const bt = json<Page>(await c.request('catalogi', 'GET', `/besluittypen?zaaktypen=${z}`), 200);
    expect(bt.results[0]).toMatchObject({
      zaaktypen: [z],
      zaaktypeIdentificaties: ['BIJZONDERE-BIJSTAND'],
      informatieobjecttypen: [iot.url],
      resultaattypen: [resultaattype.url],
    });
    const i = json(await c.request('catalogi', 'GET', String(iot.url)), 200);
    expect(i).toMatchObject({
      zaaktypen: [z],
      besluittypen: [besluittype.url],
      besluittypeOmschrijving: ['Toekenning bijzondere bijstand'],
    });
    const cat = json(await c.request('catalogi', 'GET', String(catalogus.url)), 200);
    expect(cat).toMatchObject({
      zaaktypen: [z],
      besluittypen: [besluittype.url],
      informatieobjecttypen: [iot.url],
    });

    const expanded = json(
      await c.request('catalogi', 'GET', `${z}?expand=statustypen,besluittypen.informatieobjecttypen`),
      200,
    );
    const embedded = expanded._expand as {
      statustypen: Obj[];
      besluittypen: { _expand: { informatieobjecttypen: Obj[] } }[];
    };
    expect(embedded.statustypen.map((s) => s.omschrijving)).toEqual(['Ontvangen', 'Besloten']);
    expect(embedded.besluittypen[0]!._expand.informatieobjecttypen[0]!.omschrijving).toBe(
      'Aanvraagformulier',
    );

    // A client of another municipality sees none of it.
    expect((await other.request('catalogi', 'GET', z)).statusCode).toBe(404);
    expect((await other.request('catalogi', 'GET', String(catalogus.url))).statusCode).toBe(404);
    expect((await other.request('catalogi', 'GET', String(ontvangen.url))).statusCode).toBe(404);
    const theirs = json<Page>(
      await other.request('catalogi', 'GET', `/zaaktypen?catalogus=${String(catalogus.url)}`),
      200,
    );
    expect(theirs.count).toBe(0);
    const theirCatalogi = json<Page>(await other.request('catalogi', 'GET', '/catalogussen?domein=SOC'), 200);
    expect(theirCatalogi.count).toBe(0);
    const theirStatustypen = json<Page>(
      await other.request('catalogi', 'GET', `/statustypen?zaaktype=${z}`),
      200,
    );
    expect(theirStatustypen.count).toBe(0);
  });

  it('pages with an exact count, answers 400 on an unknown filter, and serves ETags', async () => {
    const c = await zgwClient(t, { gemeente: '0344' });
    const first = json<Page>(await c.request('catalogi', 'GET', '/informatieobjecttypen'), 200);
    expect(first.count).toBe(4);
    expect(first.previous).toBeNull();
    const second = json<Page>(await c.request('catalogi', 'GET', '/informatieobjecttypen?page=2'), 200);
    expect(second).toMatchObject({ count: 4, next: null, results: [] });
    expect(second.previous).toBe(`${t.config.baseUrl}/catalogi/api/v1/informatieobjecttypen?page=1`);

    const bad = await c.request('catalogi', 'GET', '/zaaktypen?onbekend=1');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ invalidParams: { name: string; code: string }[] }>().invalidParams[0]).toMatchObject({
      name: 'onbekend',
      code: 'unknown-parameters',
    });
    expect((await c.request('catalogi', 'GET', '/zaaktypen?status=misschien')).statusCode).toBe(400);
    expect((await c.request('catalogi', 'GET', '/zaaktypen?datumGeldigheid=gisteren')).statusCode).toBe(400);

    const zt = json<Page>(await c.request('catalogi', 'GET', '/zaaktypen'), 200).results[0]!;
    const path = String(zt.url);
    const res = await c.request('catalogi', 'GET', path);
    const etag = res.headers.etag as string;
    expect(etag).toMatch(/^".+"$/);
    expect((await c.request('catalogi', 'HEAD', path)).headers.etag).toBe(etag);
    expect((await c.request('catalogi', 'GET', path, undefined, { 'if-none-match': etag })).statusCode).toBe(
      304,
    );
  });

  it('answers without a token 401 and with a token of another scope 403', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/catalogi/api/v1/zaaktypen' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    const c = await zgwClient(t, { gemeente: '0530', alles: false });
    expect((await c.request('catalogi', 'GET', '/zaaktypen')).statusCode).toBe(403);
  });
});
