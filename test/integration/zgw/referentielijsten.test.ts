import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../helpers/app.ts';
import { expectContract, zgwClient } from '../../helpers/zgw.ts';
import { selectielijstService } from '../../../src/modules/zgw/referentielijsten.service.ts';

let t: TestApp;
let api: Awaited<ReturnType<typeof zgwClient>>['request'];
const ROOT = 'http://loket.test/referentielijsten/api/v1';
/** "Aangiften behandelen" (2020, nummer 7) and two of its resultaten, as the Verhuizing blueprint uses them. */
const PROCESTYPE = '75252f24-5840-43db-b6fc-04c9f19261b9';
const RESULTAAT = '0495bb2e-2f23-4026-a484-946ca59cf2f5';

type List<T> = { count: number; next: string | null; previous: string | null; results: T[] };
type Resultaat = { url: string; procesType: string; volledigNummer: string; waardering?: string };

beforeAll(async () => {
  t = await testApp();
  api = (await zgwClient(t, { gemeente: '0599' })).request;
});
afterAll(async () => t?.close());

describe('the built-in Referentielijsten & Selectielijst API', () => {
  it('is served at the configured Selectielijst root, with its OpenAPI document', async () => {
    expect(t.config.selectielijstUrl).toBe(ROOT);
    const doc = await t.app.inject({ method: 'GET', url: '/referentielijsten/api/v1/openapi.json' });
    expect(doc.statusCode).toBe(200);
    expect(doc.json<{ info: { title: string } }>().info.title).toContain('Selectielijst');
    const health = await api('referentielijsten', 'GET', '/health');
    expect(health.json()).toMatchObject({ healthy: true });
  });

  it('lists the procestypen of 2020, filtered by jaar, and reads one', async () => {
    const all = await api('referentielijsten', 'GET', '/procestypen');
    expect(all.statusCode).toBe(200);
    const list = all.json<{ url: string; nummer: number; jaar: number }[]>();
    expect(list).toHaveLength(29);
    expect(list[0]).toMatchObject({
      nummer: 1,
      jaar: 2020,
      url: `${ROOT}/procestypen/b594c8d1-ea6a-4bcd-a6aa-2c7a8ad3fe5b`,
    });
    expect((await api('referentielijsten', 'GET', '/procestypen?jaar=2020')).json()).toHaveLength(29);
    expect((await api('referentielijsten', 'GET', '/procestypen?jaar=2017')).json()).toEqual([]);
    const bad = await api('referentielijsten', 'GET', '/procestypen?jaar=twintig');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ invalidParams: [{ name: 'jaar', code: 'invalid' }] });
    const one = await api('referentielijsten', 'GET', `/procestypen/${PROCESTYPE}`);
    expect(one.json()).toMatchObject({
      naam: 'Aangiften behandelen',
      url: `${ROOT}/procestypen/${PROCESTYPE}`,
    });
    expect(
      (await api('referentielijsten', 'GET', `/procestypen/00000000-0000-4000-8000-000000000000`)).statusCode,
    ).toBe(404);
  });

  it('pages the resultaten with an exact count and absolute links', async () => {
    const p1 = await api('referentielijsten', 'GET', '/resultaten');
    const first = p1.json<List<Resultaat>>();
    expect(first.count).toBe(346);
    expect(first.results).toHaveLength(100);
    expect(first.previous).toBeNull();
    expect(first.next).toBe(`${ROOT}/resultaten?page=2`);
    const p4 = (await api('referentielijsten', 'GET', '/resultaten?page=4')).json<List<Resultaat>>();
    expect(p4.results).toHaveLength(46);
    expect(p4.next).toBeNull();
    expect(p4.previous).toBe(`${ROOT}/resultaten?page=3`);
    const urls = new Set<string>();
    for (let n = 1; n <= 4; n++)
      for (const r of (await api('referentielijsten', 'GET', `/resultaten?page=${n}`)).json<List<Resultaat>>()
        .results)
        urls.add(r.url);
    expect(urls.size).toBe(346);
    expect((await api('referentielijsten', 'GET', '/resultaten?page=5')).statusCode).toBe(404);
    expect((await api('referentielijsten', 'GET', '/resultaten?page=0')).statusCode).toBe(400);
    expect((await api('referentielijsten', 'GET', '/resultaten?zaaktype=x')).statusCode).toBe(400);
  });

  it('filters resultaten by procestype (proces_type, and procesType as the classic API names it)', async () => {
    const url = `${ROOT}/procestypen/${PROCESTYPE}`;
    const filtered = (
      await api('referentielijsten', 'GET', `/resultaten?proces_type=${encodeURIComponent(url)}`)
    ).json<List<Resultaat>>();
    expect(filtered.count).toBe(filtered.results.length);
    expect(filtered.count).toBeGreaterThan(5);
    expect(filtered.results.every((r) => r.procesType === url)).toBe(true);
    expect(filtered.results.map((r) => r.url)).toContain(`${ROOT}/resultaten/${RESULTAAT}`);
    // The canonical Selectielijst URL of the same procestype selects the same resultaten.
    const canonical = `https://selectielijst.openzaak.nl/api/v1/procestypen/${PROCESTYPE}`;
    const classic = (
      await api('referentielijsten', 'GET', `/resultaten?procesType=${encodeURIComponent(canonical)}`)
    ).json<List<Resultaat>>();
    expect(classic.count).toBe(filtered.count);
    const bad = await api('referentielijsten', 'GET', '/resultaten?proces_type=geen-url');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ invalidParams: [{ name: 'proces_type' }] });
  });

  it('reads a resultaat and the generic resultaattypeomschrijvingen', async () => {
    const r = await api('referentielijsten', 'GET', `/resultaten/${RESULTAAT}`);
    expect(r.json()).toMatchObject({
      url: `${ROOT}/resultaten/${RESULTAAT}`,
      procesType: `${ROOT}/procestypen/${PROCESTYPE}`,
    });
    expect((await api('referentielijsten', 'GET', '/resultaten/nope')).statusCode).toBe(404);
    const omschrijvingen = (await api('referentielijsten', 'GET', '/resultaattypeomschrijvingen')).json<
      { url: string; omschrijving: string }[]
    >();
    expect(omschrijvingen.map((o) => o.omschrijving)).toEqual(['Afgewezen', 'Ingetrokken', 'Toegekend']);
    const one = await api(
      'referentielijsten',
      'GET',
      new URL(omschrijvingen[0]!.url).pathname.slice('/referentielijsten/api/v1'.length),
    );
    expect(one.json()).toMatchObject({ omschrijving: 'Afgewezen' });
  });

  it('answers without authentication (the API is public), with ETags', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/referentielijsten/api/v1/procestypen' });
    expect(res.statusCode).toBe(200);
    expectContract('referentielijsten', 'GET', '/referentielijsten/api/v1/procestypen', res);
    const again = await t.app.inject({
      method: 'GET',
      url: '/referentielijsten/api/v1/procestypen',
      headers: { 'if-none-match': String(res.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
  });
});

describe('the selectielijst service other modules validate with', () => {
  it('looks up URLs of the built-in API in memory', async () => {
    const s = t.services.selectielijst;
    expect(s.root).toBe(ROOT);
    const r = await s.resultaat(`${ROOT}/resultaten/${RESULTAAT}`);
    expect(r?.procesType).toBe(`${ROOT}/procestypen/${PROCESTYPE}`);
    expect(s.sameProcesType(r!, `https://selectielijst.openzaak.nl/api/v1/procestypen/${PROCESTYPE}`)).toBe(
      true,
    );
    expect((await s.procestype(`${ROOT}/procestypen/${PROCESTYPE}`))?.nummer).toBe(7);
    expect(await s.resultaat(`${ROOT}/resultaten/00000000-0000-4000-8000-000000000000`)).toBeUndefined();
    expect(
      (
        await s.resultaattypeomschrijving(
          `${ROOT}/resultaattypeomschrijvingen/fb65d251-1518-4185-865f-b8bdcfad07b1`,
        )
      )?.omschrijving,
    ).toBe('Toegekend');
  });

  it('fetches URLs of an external Selectielijst API when one is configured', async () => {
    const asked: string[] = [];
    const external = 'https://selectielijst.example/api/v1';
    const fake: typeof fetch = (input) => {
      const url = String(input instanceof Request ? input.url : input);
      asked.push(url);
      return Promise.resolve(
        url === `${external}/resultaten/${RESULTAAT}`
          ? Response.json({ url, procesType: `${external}/procestypen/${PROCESTYPE}`, naam: 'Geleverd' })
          : new Response('{}', { status: 404 }),
      );
    };
    const s = selectielijstService({ root: external, baseUrl: 'http://loket.test', fetch: fake });
    expect(s.root).toBe(external);
    expect((await s.resultaat(`${external}/resultaten/${RESULTAAT}`))?.naam).toBe('Geleverd');
    expect(await s.resultaat(`${external}/resultaten/onbekend`)).toBeUndefined();
    // The built-in API stays answerable from memory.
    expect(await s.resultaat(`${ROOT}/resultaten/${RESULTAAT}`)).toBeDefined();
    expect(asked).toEqual([`${external}/resultaten/${RESULTAAT}`, `${external}/resultaten/onbekend`]);
  });
});
