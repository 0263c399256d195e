import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bagAdresAdapter } from '../../src/modules/registries/addresses.adapter.ts';
import { addressesService } from '../../src/modules/registries/addresses.service.ts';
import { AppError } from '../../src/platform/errors.ts';
import type { Db } from '../../src/platform/db/types.ts';

const PREFIX = '/lvbag/individuelebevragingen/v2';
const API_KEY = 'test-bag-key';

/** Canned BAG API Individuele Bevragingen v2 answers, in the HAL shape Kadaster serves. */
const bagAdres = (over: Record<string, unknown>) => ({
  openbareRuimteNaam: 'Nieuwstraat',
  korteNaam: 'Nieuwstraat',
  huisnummer: 8,
  postcode: '3221AB',
  woonplaatsNaam: 'Hellevoetsluis',
  woonplaatsIdentificatie: '1529',
  openbareRuimteIdentificatie: '0530300000000101',
  _links: { self: { href: `${PREFIX}/adressen/x` } },
  ...over,
});
const ADRESSEN: Record<string, unknown[]> = {
  '3221AB|8': [
    bagAdres({
      huisletter: 'A',
      nummeraanduidingIdentificatie: '0530200000001001',
      adresseerbaarObjectIdentificatie: '0530010000001001',
    }),
    bagAdres({
      huisletter: 'A',
      huisnummertoevoeging: '2',
      nummeraanduidingIdentificatie: '0530200000001002',
      adresseerbaarObjectIdentificatie: '0530010000001002',
    }),
    // A houseboat: a ligplaats has no verblijfsobject, so no floor area nor gebruiksdoelen.
    bagAdres({
      huisletter: 'B',
      nummeraanduidingIdentificatie: '0530200000001003',
      adresseerbaarObjectIdentificatie: '0530020000001003',
    }),
  ],
};
const VERBLIJFSOBJECTEN: Record<string, unknown> = {
  '0530010000001001': {
    verblijfsobject: {
      identificatie: '0530010000001001',
      gebruiksdoelen: ['woonfunctie'],
      oppervlakte: 86,
      status: 'Verblijfsobject in gebruik',
    },
  },
  '0530010000001002': {
    verblijfsobject: {
      identificatie: '0530010000001002',
      gebruiksdoelen: ['kantoorfunctie'],
      oppervlakte: 40,
      status: 'Verblijfsobject in gebruik',
    },
  },
};

let server: http.Server;
let url: string;
let requests: { path: string; query: Record<string, string>; apiKey: string | undefined }[] = [];

function answer(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, {
    'content-type': status < 400 ? 'application/hal+json' : 'application/problem+json',
  });
  res.end(JSON.stringify(body));
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://localhost');
    const query = Object.fromEntries(u.searchParams);
    const apiKey = req.headers['x-api-key'] as string | undefined;
    requests.push({ path: u.pathname.slice(PREFIX.length), query, apiKey });
    if (apiKey !== API_KEY)
      return answer(res, 403, { status: 403, title: 'U bent niet geautoriseerd voor deze operatie.' });
    if (u.pathname === `${PREFIX}/adressen`) {
      if (query.postcode === '9999ZZ')
        return answer(res, 503, { status: 503, title: 'Bronservice BAG is tijdelijk niet beschikbaar.' });
      const adressen = ADRESSEN[`${query.postcode}|${query.huisnummer}`];
      return answer(
        res,
        200,
        adressen
          ? { _embedded: { adressen }, _links: { self: { href: u.href } } }
          : { _links: { self: { href: u.href } } },
      );
    }
    const vo = /\/verblijfsobjecten\/(\d{16})$/.exec(u.pathname);
    if (vo) {
      const body = VERBLIJFSOBJECTEN[vo[1] ?? ''];
      return body
        ? answer(res, 200, body)
        : answer(res, 404, { status: 404, title: 'Opgevraagde resource bestaat niet.' });
    }
    if (u.pathname === `${PREFIX}/bronhouders` && query.woonplaatsIdentificatie === '1529')
      // Hellevoetsluis merged into Voorne aan Zee (1992); its BAG ids still start with 0530.
      return answer(res, 200, {
        _embedded: { bronhouders: [{ bronhouder: { code: '1992', naam: 'Voorne aan Zee' } }] },
      });
    return answer(res, 404, { status: 404, title: 'Opgevraagde resource bestaat niet.' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${PREFIX}/`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => {
  requests = [];
});

const adapter = () => bagAdresAdapter({ url, apiKey: API_KEY });

describe('BAG API Individuele Bevragingen adapter', () => {
  it('maps every address on a number, with floor area, gebruiksdoelen and municipality', async () => {
    const found = await adapter().zoek({ postcode: '3221AB', huisnummer: 8 });
    expect(found).toEqual([
      {
        nummeraanduidingId: '0530200000001001',
        adresseerbaarObjectId: '0530010000001001',
        gemeenteCode: '1992',
        straat: 'Nieuwstraat',
        huisnummer: 8,
        huisletter: 'A',
        huisnummertoevoeging: null,
        postcode: '3221AB',
        woonplaats: 'Hellevoetsluis',
        gebruiksdoelen: ['woonfunctie'],
        oppervlakte: 86,
      },
      expect.objectContaining({
        huisnummertoevoeging: '2',
        gebruiksdoelen: ['kantoorfunctie'],
        oppervlakte: 40,
      }),
      expect.objectContaining({
        huisletter: 'B',
        gebruiksdoelen: [],
        oppervlakte: null,
        gemeenteCode: '1992',
      }),
    ]);
  });

  it('sends the API key and asks the municipality once per woonplaats, the verblijfsobject per object', async () => {
    await adapter().zoek({ postcode: '3221AB', huisnummer: 8 });
    expect(requests.every((r) => r.apiKey === API_KEY)).toBe(true);
    expect(requests.map((r) => r.path).sort()).toEqual([
      '/adressen',
      '/bronhouders',
      '/verblijfsobjecten/0530010000001001',
      '/verblijfsobjecten/0530010000001002',
    ]);
    expect(requests.find((r) => r.path === '/adressen')?.query).toEqual({
      postcode: '3221AB',
      huisnummer: '8',
      pageSize: '100',
    });
  });

  it('narrows to a huisletter and huisnummertoevoeging before asking for details', async () => {
    const found = await adapter().zoek({
      postcode: '3221AB',
      huisnummer: 8,
      huisletter: 'a',
      huisnummertoevoeging: '2',
    });
    expect(found.map((a) => a.nummeraanduidingId)).toEqual(['0530200000001002']);
    expect(requests.filter((r) => r.path.startsWith('/verblijfsobjecten'))).toHaveLength(1);
  });

  it('answers an empty list for an unknown address', async () => {
    expect(await adapter().zoek({ postcode: '3221AB', huisnummer: 9 })).toEqual([]);
  });

  it('turns a BAG failure or a refused key into an unavailable error', async () => {
    await expect(adapter().zoek({ postcode: '9999ZZ', huisnummer: 1 })).rejects.toMatchObject({
      code: 'unavailable',
      status: 503,
    });
    const refused = bagAdresAdapter({ url, apiKey: 'wrong' }).zoek({ postcode: '3221AB', huisnummer: 8 });
    await expect(refused).rejects.toBeInstanceOf(AppError);
  });

  it('serves the address service like the local registry does', async () => {
    const service = addressesService({ db: {} as Db, adapter: adapter() });
    const a2 = await service.zoek('3221 ab', '8', 'a 2');
    expect(a2).toMatchObject({ ok: true, adres: { nummeraanduidingId: '0530200000001002' } });
    expect(await service.zoek('3221AB', 8)).toMatchObject({ ok: false, code: 'meerdere' });
    expect(await service.zoek('3221AB', 8, 'C')).toEqual({ ok: false, code: 'onbekend' });
  });
});
