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
type Fout = { invalidParams?: { name: string; code: string }[] };

let t: TestApp;
let c: Client;
let v: Verhuizing;
let iot: (omschrijving: string) => string;
beforeAll(async () => {
  t = await testApp();
  c = await zgwClient(t, { gemeente: '0599' });
  v = await verhuizing(t, '0599');
  iot = (o) =>
    `${t.config.baseUrl}/catalogi/api/v1/informatieobjecttypen/${v.zt.informatieobjecttypen.find((i) => i.omschrijving === o)!.id}`;
});
afterAll(async () => t?.close());

const post = async (path: string, body: unknown, client = c) => {
  const res = await client.request('zaken', 'POST', path, body);
  expect(res.statusCode, res.body).toBe(201);
  return json<J>(res);
};
const codes = (res: { json: () => unknown }) =>
  ((res.json() as Fout).invalidParams ?? []).map((p) => `${p.name}:${p.code}`);
const nieuweZaak = () => post('/zaken', zaakBody(v));
const status = (zaak: J, statustype: string, datum = '2026-03-01T10:00:00Z', client = c) =>
  client.request('zaken', 'POST', '/statussen', { zaak: zaak.url, statustype, datumStatusGezet: datum });
const document = async (o: Record<string, unknown> = {}) => {
  const res = await c.request('documenten', 'POST', '/enkelvoudiginformatieobjecten', {
    bronorganisatie: v.rsin,
    creatiedatum: '2026-03-01',
    titel: 'Bewijs',
    auteur: 'Test',
    taal: 'dut',
    informatieobjecttype: iot('Bewijs van bewoning'),
    inhoud: Buffer.from('%PDF-1.4 test').toString('base64'),
    bestandsnaam: 'bewijs.pdf',
    indicatieGebruiksrecht: false,
    ...o,
  });
  expect(res.statusCode, res.body).toBe(201);
  return json<J>(res);
};

describe('Zaken API: the parts of a zaak', () => {
  it("sets statuses; zrc-016: the statustype must be the zaaktype's", async () => {
    const zaak = await nieuweZaak();
    const res = await status(zaak, v.statustype(1));
    expect(res.statusCode, res.body).toBe(201);
    const s = json<J>(res);
    expect(s).toMatchObject({ indicatieLaatstGezetteStatus: true, statustype: v.statustype(1) });
    expect(json<J>(await c.request('zaken', 'GET', `/zaken/${zaak.uuid}`)).status).toBe(s.url);
    await status(zaak, v.statustype(2), '2026-03-02T10:00:00Z');
    const list = json<{ count: number; results: J[] }>(
      await c.request('zaken', 'GET', `/statussen?zaak=${encodeURIComponent(zaak.url)}`),
    );
    expect(list.results.map((x) => x.indicatieLaatstGezetteStatus)).toEqual([false, true]);
    const ander = await verhuizing(t, '0599').then(async () => anderZaaktype(t, '0599', 'STATUS'));
    const st = (await t.services.catalog.zaaktype('0599', ander.split('/').pop()!))!.statustypen[0]!;
    const mis = await status(zaak, `${t.config.baseUrl}/catalogi/api/v1/statustypen/${st.id}`);
    expect(mis.statusCode).toBe(400);
    expect(codes(mis)).toEqual(['statustype:zaaktype-mismatch']);
  });

  it('zrc-019: rollen with a roltype of the zaaktype; a natuurlijk persoon is found by BSN', async () => {
    const zaak = await nieuweZaak();
    const rol = await post('/rollen', {
      zaak: zaak.url,
      betrokkeneType: 'natuurlijk_persoon',
      roltype: v.roltype('initiator'),
      roltoelichting: 'Aanvrager',
      betrokkeneIdentificatie: { inpBsn: '999993653', geslachtsnaam: 'Moulin', voornamen: 'Suzanne' },
    });
    expect(rol).toMatchObject({ omschrijving: 'Aangever', omschrijvingGeneriek: 'initiator' });
    const found = json<{ results: J[] }>(
      await c.request(
        'zaken',
        'GET',
        '/zaken?rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=999993653',
      ),
    );
    expect(found.results.map((z) => z.uuid)).toContain(zaak.uuid);
    const rollen = json<{ count: number }>(
      await c.request(
        'zaken',
        'GET',
        `/rollen?zaak=${encodeURIComponent(zaak.url)}&betrokkeneType=natuurlijk_persoon`,
      ),
    );
    expect(rollen.count).toBe(1);
    const haags = await verhuizing(t, '0518');
    const mis = await c.request('zaken', 'POST', '/rollen', { ...rol, roltype: haags.roltype('initiator') });
    expect(codes(mis)).toEqual(['roltype:bad-url']);
    expect((await c.request('zaken', 'DELETE', `/rollen/${rol.uuid}`)).statusCode).toBe(204);
  });

  it('zrc-018: zaakeigenschappen of the zaaktype, nested under the zaak', async () => {
    const zaak = await nieuweZaak();
    const e = await post(`/zaken/${zaak.uuid}/zaakeigenschappen`, {
      zaak: zaak.url,
      eigenschap: v.eigenschap(0),
      waarde: '2026-02-01',
    });
    expect(e).toMatchObject({ naam: 'verhuisdatum', waarde: '2026-02-01' });
    const patched = await c.request('zaken', 'PATCH', `/zaken/${zaak.uuid}/zaakeigenschappen/${e.uuid}`, {
      waarde: '2026-02-02',
    });
    expect(json<J>(patched).waarde).toBe('2026-02-02');
    expect(json<J[]>(await c.request('zaken', 'GET', `/zaken/${zaak.uuid}/zaakeigenschappen`))).toHaveLength(
      1,
    );
    const ander = await anderZaaktype(t, '0599', 'EIGENSCHAP');
    const eig = (await t.services.catalog.zaaktype('0599', ander.split('/').pop()!))!.eigenschappen[0]!;
    const mis = await c.request('zaken', 'POST', `/zaken/${zaak.uuid}/zaakeigenschappen`, {
      zaak: zaak.url,
      eigenschap: `${t.config.baseUrl}/catalogi/api/v1/eigenschappen/${eig.id}`,
      waarde: 'x',
    });
    expect(codes(mis)).toEqual(['eigenschap:zaaktype-mismatch']);
  });

  it('zaakobjecten by identification or URL; "overige" needs its type', async () => {
    const zaak = await nieuweZaak();
    const o = await post('/zaakobjecten', {
      zaak: zaak.url,
      objectType: 'adres',
      relatieomschrijving: 'Nieuw adres',
      objectIdentificatie: {
        identificatie: '0599200000000001',
        wplWoonplaatsNaam: 'Rotterdam',
        gorOpenbareRuimteNaam: 'Coolsingel',
        huisnummer: 40,
      },
    });
    expect(o.objectType).toBe('adres');
    const overige = await c.request('zaken', 'POST', '/zaakobjecten', {
      zaak: zaak.url,
      objectType: 'overige',
      object: 'https://example.org/objecten/1',
    });
    expect(codes(overige)).toEqual(['objectTypeOverige:required']);
    const list = json<{ count: number }>(
      await c.request('zaken', 'GET', `/zaakobjecten?zaak=${encodeURIComponent(zaak.url)}&objectType=adres`),
    );
    expect(list.count).toBe(1);
  });

  it("zrc-003, zrc-004, zrc-017: a document of the zaaktype's types, related once, the relation fixed", async () => {
    const zaak = await nieuweZaak();
    const doc = await document();
    const zio = await post('/zaakinformatieobjecten', {
      zaak: zaak.url,
      informatieobject: doc.url,
      titel: 'Bewijs',
    });
    expect(zio).toMatchObject({
      aardRelatieWeergave: 'Hoort bij, omgekeerd: kent',
      informatieobject: doc.url,
    });
    expect(typeof zio.registratiedatum).toBe('string');
    expect(
      codes(
        await c.request('zaken', 'POST', '/zaakinformatieobjecten', {
          zaak: zaak.url,
          informatieobject: doc.url,
        }),
      ),
    ).toEqual(['nonFieldErrors:unique']);
    const missing = `${t.config.baseUrl}/documenten/api/v1/enkelvoudiginformatieobjecten/00000000-0000-4000-8000-000000000000`;
    expect(
      codes(
        await c.request('zaken', 'POST', '/zaakinformatieobjecten', {
          zaak: zaak.url,
          informatieobject: missing,
        }),
      ),
    ).toEqual(['informatieobject:bad-url']);
    const ander = await nieuweZaak();
    expect(
      codes(await c.request('zaken', 'PATCH', `/zaakinformatieobjecten/${zio.uuid}`, { zaak: ander.url })),
    ).toEqual(['zaak:wijzigen-niet-toegelaten']);
    const list = json<J[]>(
      await c.request('zaken', 'GET', `/zaakinformatieobjecten?zaak=${encodeURIComponent(zaak.url)}`),
    );
    expect(list.map((x) => x.uuid)).toEqual([zio.uuid]);
    // zrc-005: the Documenten API shows the same relation as an objectinformatieobject.
    const oio = await c.request(
      'documenten',
      'GET',
      `/objectinformatieobjecten?informatieobject=${encodeURIComponent(doc.url)}`,
    );
    expect(json<{ object: string }[]>(oio).map((x) => x.object)).toContain(zaak.url);
  });

  it('zrc-007, zrc-021: the eindstatus needs a resultaat and set gebruiksrechten, closes the zaak and derives the archive dates', async () => {
    const zaak = await nieuweZaak();
    expect(codes(await status(zaak, v.eindstatus, '2026-04-01T10:00:00Z'))).toEqual([
      'nonFieldErrors:resultaat-does-not-exist',
    ]);
    await post('/resultaten', { zaak: zaak.url, resultaattype: v.resultaattype(0), toelichting: 'Verwerkt' });
    const doc = await document({ indicatieGebruiksrecht: null });
    await post('/zaakinformatieobjecten', { zaak: zaak.url, informatieobject: doc.url });
    expect(codes(await status(zaak, v.eindstatus, '2026-04-01T10:00:00Z'))).toEqual([
      'nonFieldErrors:indicatiegebruiksrecht-unset',
    ]);
    const docId = doc.url.split('/').pop()!;
    const lock = json<{ lock: string }>(
      await c.request('documenten', 'POST', `/enkelvoudiginformatieobjecten/${docId}/lock`, {}),
    );
    await c.request('documenten', 'PATCH', `/enkelvoudiginformatieobjecten/${docId}`, {
      indicatieGebruiksrecht: false,
      lock: lock.lock,
    });
    await c.request('documenten', 'POST', `/enkelvoudiginformatieobjecten/${docId}/unlock`, {
      lock: lock.lock,
    });
    const res = await status(zaak, v.eindstatus, '2026-04-01T10:00:00Z');
    expect(res.statusCode, res.body).toBe(201);
    const closed = json<J>(await c.request('zaken', 'GET', `/zaken/${zaak.uuid}`));
    expect(closed).toMatchObject({
      einddatum: '2026-04-01',
      archiefnominatie: 'vernietigen',
      archiefactiedatum: '2031-04-01',
    });
  });

  it('zrc-007, zrc-008: a closed zaak changes only by force, and reopens only with zaken.heropenen', async () => {
    const zaak = await nieuweZaak();
    await post('/resultaten', { zaak: zaak.url, resultaattype: v.resultaattype(0) });
    expect((await status(zaak, v.eindstatus, '2026-04-01T10:00:00Z')).statusCode).toBe(201);
    const zonder = (s: string) => ALLE_SCOPES.filter((x) => x !== s);
    const gewoon = await beperkteClient(t, '0599', [
      {
        zaaktype: v.url,
        scopes: zonder('zaken.geforceerd-bijwerken').filter((x) => x !== 'zaken.heropenen'),
      },
    ]);
    expect(
      (await gewoon.request('zaken', 'PATCH', `/zaken/${zaak.uuid}`, { toelichting: 'Te laat' })).statusCode,
    ).toBe(403);
    expect(
      (
        await gewoon.request('zaken', 'POST', '/rollen', {
          zaak: zaak.url,
          betrokkeneType: 'medewerker',
          roltype: v.roltype('behandelaar'),
          betrokkeneIdentificatie: { identificatie: 'x' },
        })
      ).statusCode,
    ).toBe(403);
    expect((await status(zaak, v.statustype(2), '2026-04-02T10:00:00Z', gewoon)).statusCode).toBe(403);
    const geforceerd = await beperkteClient(t, '0599', [
      { zaaktype: v.url, scopes: zonder('zaken.heropenen') },
    ]);
    expect(
      (await geforceerd.request('zaken', 'PATCH', `/zaken/${zaak.uuid}`, { toelichting: 'Correctie' }))
        .statusCode,
    ).toBe(200);
    const heropener = await beperkteClient(t, '0599', [
      { zaaktype: v.url, scopes: ['zaken.lezen', 'zaken.heropenen'] },
    ]);
    const res = await status(zaak, v.statustype(2), '2026-04-02T10:00:00Z', heropener);
    expect(res.statusCode, res.body).toBe(201);
    expect(json<J>(await c.request('zaken', 'GET', `/zaken/${zaak.uuid}`))).toMatchObject({
      einddatum: null,
      archiefnominatie: null,
      archiefactiedatum: null,
    });
  });

  it('zrc-020: one resultaat per zaak, of a resultaattype of the zaaktype', async () => {
    const zaak = await nieuweZaak();
    const r = await post('/resultaten', { zaak: zaak.url, resultaattype: v.resultaattype(0) });
    expect(
      codes(
        await c.request('zaken', 'POST', '/resultaten', {
          zaak: zaak.url,
          resultaattype: v.resultaattype(1),
        }),
      ),
    ).toEqual(['zaak:unique']);
    const ander = await anderZaaktype(t, '0599', 'RESULTAAT');
    const rt = (await t.services.catalog.zaaktype('0599', ander.split('/').pop()!))!.resultaattypen[0]!;
    const mis = await c.request('zaken', 'PUT', `/resultaten/${r.uuid}`, {
      zaak: zaak.url,
      resultaattype: `${t.config.baseUrl}/catalogi/api/v1/resultaattypen/${rt.id}`,
    });
    expect(codes(mis)).toEqual(['resultaattype:zaaktype-mismatch']);
    expect(
      json<J>(await c.request('zaken', 'PATCH', `/resultaten/${r.uuid}`, { toelichting: 'Anders' }))
        .toelichting,
    ).toBe('Anders');
  });
});
