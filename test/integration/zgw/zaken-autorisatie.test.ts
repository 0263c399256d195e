import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../helpers/app.ts';
import { zgwClient } from '../../helpers/zgw.ts';
import {
  ALLE_SCOPES,
  anderZaaktype,
  beperkteClient,
  json,
  verhuizing,
  zaakBody,
  type Client,
  type Verhuizing,
} from './zaken-helpers.ts';

type J = Record<string, unknown> & { url: string; uuid: string };
type Page = { count: number; results: J[] };

let t: TestApp;
let c: Client;
let v: Verhuizing;
let ander: string;
/** Zaken of each zaaktype, made by the client with all authorisations. */
const vanV: J[] = [];
const vanAnder: J[] = [];

beforeAll(async () => {
  t = await testApp();
  c = await zgwClient(t, { gemeente: '0599' });
  v = await verhuizing(t, '0599');
  ander = await anderZaaktype(t, '0599', 'GEHEIM');
  for (let i = 0; i < 3; i++) {
    vanV.push(
      json<J>(await c.request('zaken', 'POST', '/zaken', zaakBody(v, { identificatie: `AUTH-V-${i}` }))),
    );
    vanAnder.push(
      json<J>(
        await c.request(
          'zaken',
          'POST',
          '/zaken',
          zaakBody(v, { zaaktype: ander, identificatie: `AUTH-A-${i}` }),
        ),
      ),
    );
  }
  const anderDetails = (await t.services.catalog.zaaktype('0599', ander.split('/').pop()!))!;
  const anderRoltype = anderDetails.roltypen.find((r) => r.omschrijvingGeneriek === 'behandelaar')!.id;
  for (const z of [...vanV, ...vanAnder])
    await c.request('zaken', 'POST', '/rollen', {
      zaak: z.url,
      betrokkeneType: 'medewerker',
      roltype:
        z.zaaktype === v.url
          ? v.roltype('behandelaar')
          : `${t.config.baseUrl}/catalogi/api/v1/roltypen/${anderRoltype}`,
      betrokkeneIdentificatie: { identificatie: 'mw-1', achternaam: 'Jansen' },
    });
});
afterAll(async () => t?.close());

const ids = (p: Page) => p.results.map((z) => z.uuid);
const list = async (client: Client, query = '') =>
  json<Page>(await client.request('zaken', 'GET', `/zaken${query}`));

describe('Zaken API: authorisation (zrc-006)', () => {
  it('zrc-006: a client limited to one zaaktype sees nothing of another: list, count, detail, _zoek, parts, audit trail', async () => {
    const beperkt = await beperkteClient(t, '0599', [{ zaaktype: v.url, scopes: ALLE_SCOPES }]);
    const page = await list(beperkt);
    expect(ids(page)).toEqual(expect.arrayContaining(vanV.map((z) => z.uuid)));
    expect(ids(page).some((id) => vanAnder.some((z) => z.uuid === id))).toBe(false);
    expect(page.count).toBe((await list(c, `?zaaktype=${encodeURIComponent(v.url)}`)).count);
    expect(await list(beperkt, `?zaaktype=${encodeURIComponent(ander)}`)).toMatchObject({
      count: 0,
      results: [],
    });
    expect((await beperkt.request('zaken', 'GET', `/zaken/${vanAnder[0]!.uuid}`)).statusCode).toBe(403);
    const zoek = json<Page>(
      await beperkt.request('zaken', 'POST', '/zaken/_zoek', { zaaktype__in: [ander, v.url] }),
    );
    expect(zoek.results.every((z) => z.zaaktype === v.url)).toBe(true);
    const rollen = json<Page>(await beperkt.request('zaken', 'GET', '/rollen'));
    expect(rollen.results.some((r) => vanAnder.some((z) => z.url === r.zaak))).toBe(false);
    expect((await beperkt.request('zaken', 'GET', `/zaken/${vanAnder[0]!.uuid}/audittrail`)).statusCode).toBe(
      403,
    );
    expect(
      (await beperkt.request('zaken', 'POST', '/zaken', zaakBody(v, { zaaktype: ander }))).statusCode,
    ).toBe(403);
    expect(
      (await beperkt.request('zaken', 'PATCH', `/zaken/${vanAnder[0]!.uuid}`, { toelichting: 'x' }))
        .statusCode,
    ).toBe(403);
  });

  it('zrc-006: a client of several zaaktypen sees each in one list, in order, with the exact count', async () => {
    const beide = await beperkteClient(t, '0599', [
      { zaaktype: v.url, scopes: ['zaken.lezen'] },
      { zaaktype: ander, scopes: ['zaken.lezen'] },
    ]);
    const page = await list(beide);
    const alle = await list(c);
    expect(page.count).toBe(alle.count);
    expect(ids(page)).toEqual(ids(alle));
    const oplopend = await list(beide, '?ordering=startdatum');
    expect(oplopend.count).toBe(alle.count);
    expect(ids(oplopend)).toEqual(ids(await list(c, '?ordering=startdatum')));
  });

  it('zrc-006: the maximum vertrouwelijkheidaanduiding of a grant hides more confidential zaken', async () => {
    const open = json<J>(
      await c.request('zaken', 'POST', '/zaken', zaakBody(v, { vertrouwelijkheidaanduiding: 'openbaar' })),
    );
    const beperkt = await beperkteClient(t, '0599', [
      { zaaktype: v.url, scopes: ['zaken.lezen'], max: 'openbaar' },
    ]);
    const page = await list(beperkt);
    expect(ids(page)).toContain(open.uuid);
    expect(ids(page)).not.toContain(vanV[0]!.uuid);
    expect(page.count).toBe(1);
    expect((await beperkt.request('zaken', 'GET', `/zaken/${vanV[0]!.uuid}`)).statusCode).toBe(403);
    const max = await list(c, '?maximaleVertrouwelijkheidaanduiding=openbaar');
    expect(ids(max)).toContain(open.uuid);
    expect(ids(max)).not.toContain(vanV[0]!.uuid);
  });

  it('a client of another municipality sees nothing: its list lacks the zaak, the zaak and its parts are 404', async () => {
    const haags = await zgwClient(t, { gemeente: '0518' });
    const page = await list(haags);
    expect(ids(page)).not.toContain(vanV[0]!.uuid);
    expect((await haags.request('zaken', 'GET', `/zaken/${vanV[0]!.uuid}`)).statusCode).toBe(404);
    const rol = json<Page>(
      await c.request('zaken', 'GET', `/rollen?zaak=${encodeURIComponent(vanV[0]!.url)}`),
    ).results[0]!;
    expect((await haags.request('zaken', 'GET', `/rollen/${rol.uuid}`)).statusCode).toBe(404);
    expect(
      json<Page>(await haags.request('zaken', 'GET', `/rollen?zaak=${encodeURIComponent(vanV[0]!.url)}`))
        .count,
    ).toBe(0);
    expect(
      json<unknown[]>(await haags.request('zaken', 'GET', `/zaken/${vanV[0]!.uuid}/audittrail`)),
    ).toEqual([]);
  });

  it('needs the scope of the operation: zaken.lezen to list, zaken.aanmaken to create', async () => {
    const schrijver = await beperkteClient(t, '0599', [{ zaaktype: v.url, scopes: ['zaken.aanmaken'] }]);
    expect((await schrijver.request('zaken', 'GET', '/zaken')).statusCode).toBe(403);
    expect((await schrijver.request('zaken', 'POST', '/zaken', zaakBody(v))).statusCode).toBe(201);
    const lezer = await beperkteClient(t, '0599', [{ zaaktype: v.url, scopes: ['zaken.lezen'] }]);
    expect((await lezer.request('zaken', 'POST', '/zaken', zaakBody(v))).statusCode).toBe(403);
    expect((await lezer.request('zaken', 'DELETE', `/zaken/${vanV[2]!.uuid}`)).statusCode).toBe(403);
    expect((await lezer.request('zaken', 'GET', `/zaken/${vanV[2]!.uuid}/audittrail`)).statusCode).toBe(403);
  });
});
