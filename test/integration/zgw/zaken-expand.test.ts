import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../helpers/app.ts';
import { zgwClient } from '../../helpers/zgw.ts';
import { json, verhuizing, zaakBody, type Client, type Verhuizing } from './zaken-helpers.ts';

type J = Record<string, unknown> & { url: string; uuid: string; _expand?: Record<string, unknown> };

let t: TestApp;
let c: Client;
let v: Verhuizing;
let hoofd: J;
let deel: J;
let rol: J;
let status: J;
beforeAll(async () => {
  t = await testApp();
  c = await zgwClient(t, { gemeente: '0599' });
  v = await verhuizing(t, '0599');
  const post = async (path: string, body: unknown) => json<J>(await c.request('zaken', 'POST', path, body));
  hoofd = await post('/zaken', zaakBody(v));
  deel = await post('/zaken', zaakBody(v, { hoofdzaak: hoofd.url }));
  rol = await post('/rollen', {
    zaak: deel.url,
    betrokkeneType: 'medewerker',
    roltype: v.roltype('behandelaar'),
    roltoelichting: '',
    betrokkeneIdentificatie: { identificatie: 'mw-7', achternaam: 'Bakker' },
  });
  status = await post('/statussen', {
    zaak: deel.url,
    statustype: v.statustype(1),
    datumStatusGezet: '2026-03-01T10:00:00Z',
    gezetdoor: rol.url,
  });
});
afterAll(async () => t?.close());

const get = async (path: string) => {
  const res = await c.request('zaken', 'GET', path);
  expect(res.statusCode, res.body).toBe(200);
  return json<J>(res);
};

describe('Zaken API: expand (zrc-025 to zrc-028)', () => {
  it('expands the parts of a zaak and nests along the grammar, read per level', async () => {
    const z = await get(
      `/zaken/${deel.uuid}?expand=rollen.statussen,status.gezetdoor,hoofdzaak.deelzaken,eigenschappen`,
    );
    const e = z._expand as { rollen: J[]; status: J; hoofdzaak: J; eigenschappen: J[] };
    expect(e.rollen.map((r) => r.url)).toEqual([rol.url]);
    expect((e.rollen[0]!._expand as { statussen: J[] }).statussen.map((s) => s.url)).toEqual([status.url]);
    expect(e.status.url).toBe(status.url);
    expect((e.status._expand as { gezetdoor: J }).gezetdoor.url).toBe(rol.url);
    expect(e.hoofdzaak.url).toBe(hoofd.url);
    expect((e.hoofdzaak._expand as { deelzaken: J[] }).deelzaken.map((d) => d.url)).toEqual([deel.url]);
    expect(e.eigenschappen).toEqual([]);
  });

  it('represents a zaak the same in a list, alone and expanded', async () => {
    for (const zaak of [hoofd, deel]) {
      const sql = await get(`/zaken/${zaak.uuid}`);
      const { _expand, ...node } = await get(`/zaken/${zaak.uuid}?expand=rollen`);
      expect(_expand).toBeDefined();
      expect(sql).toEqual(node);
      const page = json<{ results: J[] }>(
        await c.request('zaken', 'GET', `/zaken?identificatie=${String(zaak.identificatie)}`),
      );
      expect(page.results).toEqual([sql]);
    }
  });

  it('gives an empty object for a relation that is empty', async () => {
    const z = await get(`/zaken/${hoofd.uuid}?expand=resultaat,status,hoofdzaak`);
    expect(z._expand).toEqual({ resultaat: {}, status: {}, hoofdzaak: {} });
  });

  it("expands in lists, and on the parts' own endpoints", async () => {
    const page = json<{ results: J[] }>(
      await c.request('zaken', 'GET', `/zaken?identificatie=${String(deel.identificatie)}&expand=rollen`),
    );
    expect((page.results[0]!._expand as { rollen: J[] }).rollen).toHaveLength(1);
    const s = await get(`/statussen/${status.uuid}?expand=zaak,gezetdoor`);
    expect((s._expand as { zaak: J }).zaak.url).toBe(deel.url);
    const rollen = json<{ results: J[] }>(
      await c.request('zaken', 'GET', `/rollen?zaak=${encodeURIComponent(deel.url)}&expand=zaak.hoofdzaak`),
    );
    const zaak = (rollen.results[0]!._expand as { zaak: J }).zaak;
    expect((zaak._expand as { hoofdzaak: J }).hoofdzaak.url).toBe(hoofd.url);
  });

  it('expands catalogue resources through the Catalogi API (zrc-025: Zaken and Catalogi only)', async () => {
    const z = await get(`/zaken/${deel.uuid}?expand=zaaktype,status.statustype,rollen.roltype`);
    const e = z._expand as { zaaktype: J; status: J; rollen: J[] };
    expect(e.zaaktype.url).toBe(v.url);
    expect((e.status._expand as { statustype: J }).statustype.url).toBe(v.statustype(1));
    expect((e.rollen[0]!._expand as { roltype: J }).roltype.url).toBe(v.roltype('behandelaar'));
  });

  it('zrc-026: expands to any depth, here five levels down to the roltype in the Catalogi API', async () => {
    const z = await get(`/zaken/${hoofd.uuid}?expand=deelzaken.rollen.statussen.gezetdoor.roltype`);
    const [d] = (z._expand as { deelzaken: J[] }).deelzaken;
    expect(d!.url).toBe(deel.url);
    const [r] = (d!._expand as { rollen: J[] }).rollen;
    expect(r!.url).toBe(rol.url);
    const [s] = (r!._expand as { statussen: J[] }).statussen;
    expect(s!.url).toBe(status.url);
    const gezetdoor = (s!._expand as { gezetdoor: J }).gezetdoor;
    expect(gezetdoor.url).toBe(rol.url);
    const roltype = (gezetdoor._expand as { roltype: J }).roltype;
    expect(roltype).toMatchObject({
      url: v.roltype('behandelaar'),
      zaaktype: v.url,
      omschrijvingGeneriek: 'behandelaar',
    });
    // Four levels, from the other side: the deelzaak's hoofdzaak, its deelzaken, their status and statustype.
    const four = await get(`/zaken/${deel.uuid}?expand=hoofdzaak.deelzaken.status.statustype`);
    const [terug] = ((four._expand as { hoofdzaak: J }).hoofdzaak._expand as { deelzaken: J[] }).deelzaken;
    const statustype = ((terug!._expand as { status: J }).status._expand as { statustype: J }).statustype;
    expect(statustype).toMatchObject({ url: v.statustype(1), volgnummer: 1, zaaktype: v.url });
  });

  it('zrc-027: an expand path that is no attribute is a 404 on a resource, a 400 on a list', async () => {
    expect((await c.request('zaken', 'GET', `/zaken/${deel.uuid}?expand=onzin`)).statusCode).toBe(404);
    expect((await c.request('zaken', 'GET', `/zaken/${deel.uuid}?expand=rollen.onzin`)).statusCode).toBe(404);
    expect((await c.request('zaken', 'GET', '/zaken?expand=onzin')).statusCode).toBe(400);
  });
});

describe('Zaken API: fields in _zoek (zrc-029)', () => {
  // Not through c.request: the standard's schema requires every attribute, and fields leaves some out.
  const zoek = (body: Record<string, unknown>, query = '') =>
    t.app.inject({
      method: 'POST',
      url: `/zaken/api/v1/zaken/_zoek${query}`,
      headers: {
        authorization: `Bearer ${c.token}`,
        'content-type': 'application/json',
        'accept-crs': 'EPSG:4326',
        'content-crs': 'EPSG:4326',
      },
      payload: body,
    });

  it('returns only the attributes named, and expands the relations given as objects with theirs', async () => {
    const res = await zoek({
      identificatie: deel.identificatie,
      fields: [
        'url',
        'IDENTIFICATIE',
        {
          status: ['datumstatusgezet', { gezetdoor: ['roltoelichting'] }],
          rollen: ['*'],
          processobject: ['datumkenmerk'],
        },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json<{ count: number; results: J[] }>();
    expect(page.count).toBe(1);
    const [z] = page.results;
    expect(Object.keys(z!).sort()).toEqual([
      '_expand',
      'identificatie',
      'processobject',
      'rollen',
      'status',
      'url',
    ]);
    expect(z!.url).toBe(deel.url);
    expect(z!.status).toBe(status.url);
    const e = z!._expand as { status: J; rollen: J[] };
    expect(e.status).toEqual({
      datumStatusGezet: '2026-03-01T10:00:00.000Z',
      // A relation named as an object keeps its URL beside what it expands to.
      gezetdoor: rol.url,
      _expand: { gezetdoor: { roltoelichting: '' } },
    });
    // '*': the whole representation of each rol.
    expect(e.rollen).toEqual([await get(`/rollen/${rol.uuid}`)]);
    expect(z!.processobject).toEqual(
      deel.processobject ? { datumkenmerk: (deel.processobject as J).datumkenmerk } : null,
    );
  });

  it('refuses fields beside expand, and a malformed selection, as problem+json', async () => {
    const both = await zoek({ fields: ['url'] }, '?expand=rollen');
    expect(both.statusCode).toBe(400);
    expect(both.json<{ invalidParams: { name: string }[] }>().invalidParams.map((p) => p.name)).toEqual([
      'fields',
    ]);
    for (const fields of ['url', [1], [{ status: 'url' }]]) {
      const res = await zoek({ fields });
      expect(res.statusCode, JSON.stringify(fields)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const unknown = await zoek({ fields: [{ bestaatNiet: ['url'] }] });
    expect(unknown.statusCode).toBe(400);
  });
});
