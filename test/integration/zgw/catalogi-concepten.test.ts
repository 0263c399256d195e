import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../helpers/app.ts';
import type { zgwClient } from '../../helpers/zgw.ts';
import {
  conceptZaaktype,
  grantedClient,
  json,
  problems,
  selectielijstStandIn,
  zaaktypeBody,
  ztcClient,
} from './catalogi.fixtures.ts';

type Client = Awaited<ReturnType<typeof zgwClient>>;
type Obj = Record<string, unknown>;
interface Page {
  count: number;
  results: Obj[];
}

let t: TestApp;
let sl: Awaited<ReturnType<typeof selectielijstStandIn>>;
/** A catalogus manager: may write concepts, no corrections. */
let c: Client;
/** A manager who may also correct and remove published types. */
let forced: Client;
beforeAll(async () => {
  sl = await selectielijstStandIn();
  t = await testApp({ env: { LOKET_SELECTIELIJST_URL: sl.root } });
  c = await ztcClient(t, '0518', ['catalogi.lezen', 'catalogi.schrijven']);
  forced = await ztcClient(t, '0518', [
    'catalogi.lezen',
    'catalogi.schrijven',
    'catalogi.geforceerd-schrijven',
    'catalogi.geforceerd-verwijderen',
  ]);
});
afterAll(async () => {
  await t?.close();
  await sl?.close();
});

const post = (path: string, body?: Obj, client = c) => client.request('catalogi', 'POST', path, body);
const publish = (url: unknown, client = c) => client.request('catalogi', 'POST', `${String(url)}/publish`);
const iotBody = (catalogus: unknown, overrides: Obj = {}) => ({
  catalogus,
  omschrijving: 'Bijlage',
  vertrouwelijkheidaanduiding: 'openbaar',
  beginGeldigheid: '2026-01-01',
  informatieobjectcategorie: 'bijlage',
  ...overrides,
});

describe('Catalogi API: concepts and publication', () => {
  it('ztc-009: a published zaaktype is not changed or removed, except its eindeGeldigheid or as a correction', async () => {
    const { zaaktype } = await conceptZaaktype(c, sl.root);
    json(await publish(zaaktype.url), 200);
    const url = String(zaaktype.url);
    expect(problems(await c.request('catalogi', 'PATCH', url, { omschrijving: 'Anders' }))).toEqual({
      nonFieldErrors: 'non-concept-object',
    });
    expect(
      problems(await c.request('catalogi', 'PUT', url, { ...zaaktype, omschrijving: 'Anders' })),
    ).toEqual({
      nonFieldErrors: 'non-concept-object',
    });
    expect((await c.request('catalogi', 'DELETE', url)).statusCode).toBe(403);
    const ended = json(await c.request('catalogi', 'PATCH', url, { eindeGeldigheid: '2026-12-31' }), 200);
    expect(ended.eindeGeldigheid).toBe('2026-12-31');
    const corrected = json(await forced.request('catalogi', 'PATCH', url, { toelichting: 'Correctie' }), 200);
    expect(corrected).toMatchObject({ toelichting: 'Correctie', concept: false });
  });

  it('ztc-009: a concept is changed and removed freely', async () => {
    const { zaaktype } = await conceptZaaktype(c, sl.root);
    const url = String(zaaktype.url);
    json(await c.request('catalogi', 'PUT', url, { ...zaaktype, omschrijving: 'Nieuwe omschrijving' }), 200);
    // Read-only and foreign fields are ignored: no publication, no move to another municipality.
    const patched = json(
      await c.request('catalogi', 'PATCH', url, { concept: false, gemeenteCode: '0363', id: 'x' }),
      200,
    );
    expect(patched).toMatchObject({ url, concept: true, omschrijving: 'Nieuwe omschrijving' });
    json(await post('/statustypen', { zaaktype: url, omschrijving: 'Ontvangen', volgnummer: 1 }), 201);
    expect(json(await c.request('catalogi', 'DELETE', url), 200)).toEqual({});
    expect((await c.request('catalogi', 'GET', url)).statusCode).toBe(404);
  });

  it('ztc-010: the types of a published zaaktype are not added, changed or removed, except as a correction', async () => {
    const { zaaktype } = await conceptZaaktype(c, sl.root);
    const z = String(zaaktype.url);
    const st = json(
      await post('/statustypen', { zaaktype: z, omschrijving: 'Ontvangen', volgnummer: 1 }),
      201,
    );
    json(await publish(z), 200);
    expect(
      problems(await post('/statustypen', { zaaktype: z, omschrijving: 'Afgehandeld', volgnummer: 2 })),
    ).toEqual({
      nonFieldErrors: 'non-concept-zaaktype',
    });
    expect(
      problems(await c.request('catalogi', 'PATCH', String(st.url), { omschrijving: 'Binnen' })),
    ).toEqual({
      nonFieldErrors: 'non-concept-zaaktype',
    });
    expect((await c.request('catalogi', 'DELETE', String(st.url))).statusCode).toBe(403);
    // A correction: a statustype added at the end.
    const added = json(
      await post('/statustypen', { zaaktype: z, omschrijving: 'Afgehandeld', volgnummer: 2 }, forced),
      201,
    );
    expect(added.isEindstatus).toBe(true);
  });

  it('ztc-011a: no type of a concept zaaktype is moved to a published zaaktype', async () => {
    const published = (await conceptZaaktype(c, sl.root)).zaaktype;
    json(await publish(published.url), 200);
    const { zaaktype } = await conceptZaaktype(c, sl.root);
    const rt = json(
      await post('/roltypen', {
        zaaktype: zaaktype.url,
        omschrijving: 'Melder',
        omschrijvingGeneriek: 'initiator',
      }),
      201,
    );
    expect(
      problems(await c.request('catalogi', 'PATCH', String(rt.url), { zaaktype: published.url })),
    ).toEqual({
      nonFieldErrors: 'non-concept-zaaktype',
    });
  });

  it('ztc-012: a zaaktype is published only when its besluittypen and informatieobjecttypen are', async () => {
    const { catalogus } = await conceptZaaktype(c, sl.root);
    const iot = json(await post('/informatieobjecttypen', iotBody(catalogus.url)), 200);
    const bt = json(
      await post('/besluittypen', {
        catalogus: catalogus.url,
        omschrijving: 'Vergunning',
        publicatieIndicatie: false,
        informatieobjecttypen: [],
        beginGeldigheid: '2026-01-01',
      }),
      201,
    );
    const zaaktype = json(
      await post(
        '/zaaktypen',
        zaaktypeBody(String(catalogus.url), sl.root, {
          identificatie: 'VERGUNNING',
          besluittypen: ['Vergunning'],
        }),
      ),
      201,
    );
    json(
      await post('/zaaktype-informatieobjecttypen', {
        zaaktype: zaaktype.url,
        informatieobjecttype: 'Bijlage',
        volgnummer: 1,
        richting: 'inkomend',
      }),
      201,
    );
    expect(problems(await publish(zaaktype.url))).toEqual({
      besluittypen: 'concept-relation',
      informatieobjecttypen: 'concept-relation',
    });
    json(await publish(bt.url), 200);
    json(await publish(iot.url), 200);
    expect(json(await publish(zaaktype.url), 200)).toMatchObject({
      concept: false,
      besluittypen: [bt.url],
      informatieobjecttypen: [iot.url],
    });
  });

  it('ztc-016: published versions of a zaaktype do not overlap; datumGeldigheid picks the version in force', async () => {
    const { catalogus, zaaktype: v1 } = await conceptZaaktype(c, sl.root);
    json(await publish(v1.url), 200);
    const v2 = json(
      await post(
        '/zaaktypen',
        zaaktypeBody(String(catalogus.url), sl.root, {
          beginGeldigheid: '2027-01-01',
          versiedatum: '2027-01-01',
        }),
      ),
      201,
    );
    expect(problems(await publish(v2.url))).toEqual({ beginGeldigheid: 'overlap' });
    json(await c.request('catalogi', 'PATCH', String(v1.url), { eindeGeldigheid: '2026-12-31' }), 200);
    json(await publish(v2.url), 200);
    const on = async (datum: string) =>
      json<Page>(
        await c.request(
          'catalogi',
          'GET',
          `/zaaktypen?catalogus=${String(catalogus.url)}&datumGeldigheid=${datum}`,
        ),
        200,
      ).results.map((z) => z.url);
    expect(await on('2026-12-31')).toEqual([v1.url]);
    expect(await on('2027-01-01')).toEqual([v2.url]);
    // Extending the old version again would overlap.
    expect(problems(await c.request('catalogi', 'PATCH', String(v1.url), { eindeGeldigheid: null }))).toEqual(
      {
        beginGeldigheid: 'overlap',
      },
    );
  });
});

describe('Catalogi API: relations by URL (ztc-013) and who may do what (ztc-014)', () => {
  it('ztc-013: relations stay within one catalogus', async () => {
    const a = await conceptZaaktype(c, sl.root);
    const b = await conceptZaaktype(c, sl.root);
    json(
      await post('/informatieobjecttypen', iotBody(b.catalogus.url, { omschrijving: 'Alleen in B' })),
      200,
    );
    const ziot = await post('/zaaktype-informatieobjecttypen', {
      zaaktype: a.zaaktype.url,
      informatieobjecttype: 'Alleen in B',
      volgnummer: 1,
      richting: 'inkomend',
    });
    expect(problems(ziot)).toEqual({ informatieobjecttype: 'does-not-exist' });
    const btB = json(
      await post('/besluittypen', {
        catalogus: b.catalogus.url,
        omschrijving: 'B',
        publicatieIndicatie: false,
        informatieobjecttypen: [],
        beginGeldigheid: '2026-01-01',
      }),
      201,
    );
    expect(
      problems(await c.request('catalogi', 'PATCH', String(a.zaaktype.url), { besluittypen: [btB.url] })),
    ).toEqual({
      besluittypen: 'relations-incorrect-catalogus',
    });
    const zot = await post('/zaakobjecttypen', {
      zaaktype: a.zaaktype.url,
      catalogus: b.catalogus.url,
      anderObjecttype: true,
      objecttype: 'https://objecttypen.example.nl/api/v2/objecttypes/2',
      relatieOmschrijving: 'Boom',
    });
    expect(problems(zot)).toEqual({ catalogus: 'relations-incorrect-catalogus' });
    const stB = json(
      await post('/statustypen', { zaaktype: b.zaaktype.url, omschrijving: 'Ontvangen', volgnummer: 1 }),
      201,
    );
    const eigenschap = await post('/eigenschappen', {
      zaaktype: a.zaaktype.url,
      naam: 'x',
      definitie: 'x',
      specificatie: { formaat: 'tekst', lengte: '10', kardinaliteit: '1' },
      statustype: stB.url,
    });
    expect(problems(eigenschap)).toEqual({ statustype: 'relations-incorrect-zaaktype' });
  });

  it('a URL that is not ours, or not of the municipality, or names nothing, is a bad-url', async () => {
    const other = await ztcClient(t, '0363', ['catalogi.lezen', 'catalogi.schrijven']);
    const theirs = (await conceptZaaktype(other, sl.root)).catalogus;
    const body = (catalogus: string) => zaaktypeBody(catalogus, sl.root);
    expect(
      problems(await post('/zaaktypen', body('https://elders.example.nl/catalogi/api/v1/catalogussen/1'))),
    ).toEqual({ catalogus: 'bad-url' });
    expect(problems(await post('/zaaktypen', body(String(theirs.url))))).toEqual({ catalogus: 'bad-url' });
    const missing = `${t.config.baseUrl}/catalogi/api/v1/catalogussen/00000000-0000-4000-8000-000000000000`;
    expect(problems(await post('/zaaktypen', body(missing)))).toEqual({ catalogus: 'bad-url' });
    expect(
      problems(await post('/statustypen', { zaaktype: 'geen url', omschrijving: 'x', volgnummer: 1 })),
    ).toEqual({ zaaktype: 'invalid' });
  });

  it('ztc-014: a client that may read zaken or documenten reads the catalogus; writing needs catalogi.schrijven', async () => {
    const zaken = await grantedClient(t, '0518', 'zrc', ['zaken.lezen']);
    expect(json<Page>(await zaken.request('catalogi', 'GET', '/zaaktypen'), 200).count).toBeGreaterThan(0);
    const lezer = await ztcClient(t, '0518', ['catalogi.lezen']);
    expect(
      (
        await lezer.request('catalogi', 'POST', '/catalogussen', {
          domein: 'LEZ',
          rsin: '002564440',
          contactpersoonBeheerNaam: 'x',
        })
      ).statusCode,
    ).toBe(403);
    const { zaaktype } = await conceptZaaktype(c, sl.root);
    json(await publish(zaaktype.url), 200);
    expect((await c.request('catalogi', 'DELETE', String(zaaktype.url))).statusCode).toBe(403);
    // catalogi.geforceerd-verwijderen removes a published zaaktype nobody uses.
    expect((await forced.request('catalogi', 'DELETE', String(zaaktype.url))).statusCode).toBe(200);
  });
});
