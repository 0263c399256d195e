import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../helpers/app.ts';
import {
  BASE,
  catalogusUrl,
  createEio,
  documentenApp,
  idOf,
  remoteRegister,
  storedDocument,
  zaakFixture,
  zaaktypeUrl,
  type Client,
} from './documenten.fixtures.ts';

/** A resource with what it expands, nested. */
type Expanded = Record<string, unknown> & {
  url: string;
  _expand?: Record<string, Expanded | Expanded[]>;
};
/** The resource an attribute expands to. */
const one = (e: Expanded | undefined, attribute: string) => e?._expand?.[attribute] as Expanded;
/** The resources an attribute expands to. */
const many = (e: Expanded | undefined, attribute: string) => e?._expand?.[attribute] as Expanded[];

let t: TestApp;
let c: Client;
let cat: Awaited<ReturnType<typeof documentenApp>>['cat'];
let brief: string;
let catalogus: string;

beforeAll(async () => {
  ({ t, c, cat, brief } = await documentenApp());
  catalogus = catalogusUrl(cat.catalogusId);
});
afterAll(async () => t?.close());

/**
 * drc-012 on a resource that names a document: `informatieobject.informatieobjecttype.catalogus`
 * nests three levels deep, alike alone and in the list; a fourth step is not followed; an
 * unknown step is refused (drc-013).
 */
async function expectsThreeLevels(collection: string, resource: string, doc: string) {
  const path = `/${collection}/${idOf(resource)}`;
  const res = await c.request(
    'documenten',
    'GET',
    `${path}?expand=informatieobject.informatieobjecttype.catalogus`,
  );
  expect(res.statusCode, res.body).toBe(200);
  const informatieobject = one(res.json<Expanded>(), 'informatieobject');
  expect(informatieobject.url).toBe(doc);
  const type = one(informatieobject, 'informatieobjecttype');
  expect(type).toMatchObject({ url: brief, omschrijving: 'Brief' });
  expect(one(type, 'catalogus')).toMatchObject({ url: catalogus, domein: expect.any(String) as string });
  expect(one(type, 'catalogus')._expand).toBeUndefined();

  const deeper = await c.request(
    'documenten',
    'GET',
    `${path}?expand=informatieobject.informatieobjecttype.catalogus.zaaktypen`,
  );
  expect(deeper.statusCode, deeper.body).toBe(200);
  expect(deeper.json()).toEqual(res.json());

  const list = await c.request(
    'documenten',
    'GET',
    `/${collection}?informatieobject=${encodeURIComponent(doc)}&expand=informatieobject.informatieobjecttype.catalogus`,
  );
  expect(list.statusCode, list.body).toBe(200);
  const body = list.json<Expanded[] | { results: Expanded[] }>();
  expect(Array.isArray(body) ? body : body.results).toContainEqual(res.json());

  const unknown = 'informatieobject.informatieobjecttype.onzin';
  expect((await c.request('documenten', 'GET', `${path}?expand=${unknown}`)).statusCode).toBe(404);
  expect((await c.request('documenten', 'GET', `/${collection}?expand=${unknown}`)).statusCode).toBe(400);
}

describe('Documenten API: expand (drc-011 to drc-013)', () => {
  it('drc-012: expands dotted paths of a document into the Catalogi API, three levels deep at most', async () => {
    const doc = await createEio(c, brief);
    const path = `/enkelvoudiginformatieobjecten/${idOf(doc.url)}`;
    const res = await c.request(
      'documenten',
      'GET',
      `${path}?expand=informatieobjecttype.catalogus.zaaktypen,informatieobjecttype.zaaktypen`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const type = one(res.json<Expanded>(), 'informatieobjecttype');
    expect(type.url).toBe(brief);
    const catalogusNode = one(type, 'catalogus');
    expect(catalogusNode).toMatchObject({ url: catalogus, domein: expect.any(String) as string });
    const zaaktypen = many(catalogusNode, 'zaaktypen');
    expect(zaaktypen.find((z) => z.url === zaaktypeUrl(cat.zaaktype.id))).toMatchObject({
      identificatie: cat.zaaktype.identificatie,
    });
    // The third level is the last: nothing is expanded within it.
    expect(zaaktypen.every((z) => z._expand === undefined)).toBe(true);
    // One type expanded along two paths has both.
    expect(Object.keys(type._expand!).sort()).toEqual(['catalogus', 'zaaktypen']);

    // Deeper than three levels: answered to three, not refused.
    const deep = await c.request(
      'documenten',
      'GET',
      `${path}?expand=informatieobjecttype.catalogus.zaaktypen.statustypen.zaaktype`,
    );
    expect(deep.statusCode, deep.body).toBe(200);
    const deepZaaktypen = many(
      one(one(deep.json<Expanded>(), 'informatieobjecttype'), 'catalogus'),
      'zaaktypen',
    );
    expect(deepZaaktypen).toEqual(zaaktypen);

    // In a list, and in _zoek, alike.
    const list = await c.request(
      'documenten',
      'GET',
      `/enkelvoudiginformatieobjecten?identificatie=${doc.identificatie}&expand=informatieobjecttype.catalogus`,
    );
    const results = list.json<{ results: Expanded[] }>().results;
    expect(one(one(results[0], 'informatieobjecttype'), 'catalogus').url).toBe(catalogus);
    const zoek = await c.request('documenten', 'POST', '/enkelvoudiginformatieobjecten/_zoek', {
      uuid__in: [idOf(doc.url)],
      expand: 'informatieobjecttype.catalogus',
    });
    expect(zoek.json<{ results: Expanded[] }>().results).toEqual(results);

    // drc-013 at every level: an attribute the resource does not have is a 404 here, a 400 on a list.
    for (const expand of ['informatieobjecttype.onzin', 'informatieobjecttype.catalogus.zaak']) {
      expect((await c.request('documenten', 'GET', `${path}?expand=${expand}`)).statusCode, expand).toBe(404);
      expect(
        (await c.request('documenten', 'GET', `/enkelvoudiginformatieobjecten?expand=${expand}`)).statusCode,
        expand,
      ).toBe(400);
    }
  });

  it('drc-012: expands the document of a gebruiksrecht, its type and its catalogus', async () => {
    const doc = await createEio(c, brief);
    const recht = await c.request('documenten', 'POST', '/gebruiksrechten', {
      informatieobject: doc.url,
      startdatum: '2026-03-01T00:00:00Z',
      omschrijvingVoorwaarden: 'Alleen intern',
    });
    expect(recht.statusCode, recht.body).toBe(201);
    await expectsThreeLevels('gebruiksrechten', recht.json<{ url: string }>().url, doc.url);
  });

  it('drc-012: expands the document of a verzending, its type and its catalogus', async () => {
    const doc = await createEio(c, brief);
    const rol = `${BASE}/zaken/api/v1/rollen/00000000-0000-4000-8000-000000000001`;
    const res = await c.request('documenten', 'POST', '/verzendingen', {
      betrokkene: rol,
      informatieobject: doc.url,
      aardRelatie: 'geadresseerde',
      contactPersoon: rol,
      emailadres: 'z@example.nl',
    });
    expect(res.statusCode, res.body).toBe(201);
    await expectsThreeLevels('verzendingen', res.json<{ url: string }>().url, doc.url);
  });

  it('drc-012: expands the document of an objectinformatieobject, its type and its catalogus; drc-011: not the zaak', async () => {
    const zaak = await zaakFixture(t, '0599');
    const stored = await storedDocument(t, { zaakId: zaak.id, informatieobjecttypeId: idOf(brief) });
    const doc = `${BASE}/documenten/api/v1/enkelvoudiginformatieobjecten/${stored.id}`;
    const [oio] = (
      await c.request(
        'documenten',
        'GET',
        `/objectinformatieobjecten?informatieobject=${encodeURIComponent(doc)}`,
      )
    ).json<{ url: string }[]>();
    await expectsThreeLevels('objectinformatieobjecten', oio!.url, doc);
    // The zaak is the Zaken API's: not expanded here.
    const path = `/objectinformatieobjecten/${idOf(oio!.url)}`;
    expect((await c.request('documenten', 'GET', `${path}?expand=object`)).statusCode).toBe(404);
    expect((await c.request('documenten', 'GET', '/objectinformatieobjecten?expand=object')).statusCode).toBe(
      400,
    );
  });

  it("drc-012: expands a type of another catalogue and its catalogus there, without handing it the caller's token", async () => {
    const routes: Record<string, unknown> = {};
    const remote = await remoteRegister(routes);
    const tokens: (string | undefined)[] = [];
    remote.server.on('request', (req: { headers: { authorization?: string } }) =>
      tokens.push(req.headers.authorization),
    );
    try {
      // Loket's own type and catalogus, as another register would serve them.
      const ownType = (await c.request('catalogi', 'GET', brief)).json<Record<string, unknown>>();
      const ownCatalogus = (await c.request('catalogi', 'GET', catalogus)).json<Record<string, unknown>>();
      const type = remote.url('/catalogi/api/v1/informatieobjecttypen/3');
      const hun = remote.url('/catalogi/api/v1/catalogussen/3');
      routes['/catalogi/api/v1/informatieobjecttypen/3'] = {
        ...ownType,
        url: type,
        catalogus: hun,
        omschrijving: 'Extern',
      };
      routes['/catalogi/api/v1/catalogussen/3'] = { ...ownCatalogus, url: hun, domein: 'ELDER' };
      const doc = await createEio(c, type);
      const res = await c.request(
        'documenten',
        'GET',
        `/enkelvoudiginformatieobjecten/${idOf(doc.url)}?expand=informatieobjecttype.catalogus`,
      );
      expect(res.statusCode, res.body).toBe(200);
      const expanded = one(res.json<Expanded>(), 'informatieobjecttype');
      expect(expanded).toMatchObject({ url: type, omschrijving: 'Extern' });
      expect(one(expanded, 'catalogus')).toMatchObject({ url: hun, domein: 'ELDER' });
      expect(tokens.length).toBeGreaterThan(0);
      expect(tokens.every((a) => a === undefined)).toBe(true);
    } finally {
      await remote.close();
    }
  });
});
