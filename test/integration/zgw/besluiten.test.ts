import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../helpers/app.ts';
import { zgwClient } from '../../helpers/zgw.ts';
import { auditOf } from '../../../src/platform/audit/audit.repository.ts';
import { besluiten } from '../../../src/modules/decisions/decisions.schema.ts';
import {
  BASE,
  besluittypeDocumenten,
  besluittypeUrl,
  catalogOf,
  extraBesluittype,
  grant,
  idOf,
  iotUrl,
  notificaties,
  remoteRegister,
  zaakFixture,
  zaakUrl,
} from './documenten.fixtures.ts';

type Client = Awaited<ReturnType<typeof zgwClient>>;
type Problem = { invalidParams: { name: string; code: string }[] };
interface Besluit {
  url: string;
  identificatie: string;
  besluittype: string;
  zaak?: string;
  verantwoordelijkeOrganisatie: string;
}

let t: TestApp;
let c: Client;
let adreswijziging: string;
let brief: string;
let scan: string;

const besluit = (overrides: Record<string, unknown> = {}) => ({
  verantwoordelijkeOrganisatie: '002220647',
  besluittype: adreswijziging,
  datum: '2026-03-01',
  ingangsdatum: '2026-03-02',
  ...overrides,
});
const document = async (type = brief) => {
  const res = await c.request('documenten', 'POST', '/enkelvoudiginformatieobjecten', {
    bronorganisatie: '002220647',
    creatiedatum: '2026-03-01',
    titel: 'Besluitbrief',
    auteur: 'Gemeente',
    taal: 'dut',
    informatieobjecttype: type,
    inhoud: Buffer.from('besluit').toString('base64'),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ url: string }>().url;
};

beforeAll(async () => {
  t = await testApp({ today: () => new Date('2026-03-10T12:00:00Z') });
  c = await zgwClient(t, { gemeente: '0599' });
  const cat = await catalogOf(t, '0599');
  adreswijziging = besluittypeUrl(cat.besluittype.id);
  brief = iotUrl(cat.iot('Brief').id);
  scan = iotUrl(cat.iot('Scan papieren formulier').id);
  // The demo besluittype is laid down in a Brief (brc-008 checks this).
  await besluittypeDocumenten(t, cat.besluittype.id, ['Brief']);
});
afterAll(async () => t?.close());

describe('besluiten', () => {
  it('creates a besluit on a zaak, with a generated identificatie (brc-002), shown in the zaak trail (brc-006)', async () => {
    const zaak = await zaakFixture(t, '0599');
    const res = await c.request('besluiten', 'POST', '/besluiten', besluit({ zaak: zaakUrl(zaak.id) }));
    expect(res.statusCode, res.body).toBe(201);
    const b = res.json<Besluit>();
    expect(res.headers.location).toBe(b.url);
    expect(b).toMatchObject({ besluittype: adreswijziging, zaak: zaakUrl(zaak.id) });
    expect(b.identificatie).toMatch(/^BESLUIT-2026-\d{10}$/);
    const second = (await c.request('besluiten', 'POST', '/besluiten', besluit())).json<Besluit>();
    expect(second.identificatie).not.toBe(b.identificatie);

    const zaakTrail = await auditOf(t.services.database.db, zaak.id);
    expect(zaakTrail.map((a) => [a.bron, a.resource, a.actie])).toContainEqual([
      'ZRC',
      'zaakbesluit',
      'create',
    ]);
    const sent = await notificaties(t, 'besluiten');
    expect(sent.find((n) => n.resourceUrl === b.url && n.actie === 'create')?.kenmerken).toEqual({
      verantwoordelijke_organisatie: '002220647',
      besluittype: adreswijziging,
    });
    const byZaak = await c.request(
      'besluiten',
      'GET',
      `/besluiten?zaak=${encodeURIComponent(zaakUrl(zaak.id))}`,
    );
    expect(byZaak.json<{ count: number; results: Besluit[] }>()).toMatchObject({
      count: 1,
      results: [{ url: b.url }],
    });

    const expanded = await c.request('besluiten', 'GET', `/besluiten/${idOf(b.url)}?expand=besluittype`);
    expect(expanded.statusCode, expanded.body).toBe(200);
    expect(expanded.json<{ _expand: { besluittype: { url: string } } }>()._expand.besluittype.url).toBe(
      adreswijziging,
    );

    const trail = await c.request('besluiten', 'GET', `/besluiten/${idOf(b.url)}/audittrail`);
    const rows = trail.json<{ uuid: string; bron: string; actie: string }[]>();
    expect(rows.map((r) => [r.bron, r.actie])).toEqual([['brc', 'create']]);
    const one = await c.request('besluiten', 'GET', `/besluiten/${idOf(b.url)}/audittrail/${rows[0]!.uuid}`);
    expect(one.statusCode).toBe(200);
  });

  it('brc-001: the besluittype must exist and be published, and cannot change', async () => {
    const bad = await c.request(
      'besluiten',
      'POST',
      '/besluiten',
      besluit({ besluittype: besluittypeUrl('00000000-0000-4000-8000-000000000000') }),
    );
    expect(bad.json<Problem>().invalidParams[0]).toMatchObject({ name: 'besluittype', code: 'bad-url' });
    const concept = await extraBesluittype(t, '0599', { omschrijving: 'Concept', concept: true });
    const refused = await c.request(
      'besluiten',
      'POST',
      '/besluiten',
      besluit({ besluittype: besluittypeUrl(concept.id) }),
    );
    expect(refused.json<Problem>().invalidParams[0]?.code).toBe('not-published');
    const elsewhere = await c.request(
      'besluiten',
      'POST',
      '/besluiten',
      besluit({ besluittype: 'http://127.0.0.1:9/besluittypen/1' }),
    );
    expect(elsewhere.json<Problem>().invalidParams[0]?.code).toBe('bad-url');

    const b = (await c.request('besluiten', 'POST', '/besluiten', besluit())).json<Besluit>();
    const other = await extraBesluittype(t, '0599', { omschrijving: 'Ander besluit' });
    const change = await c.request('besluiten', 'PATCH', `/besluiten/${idOf(b.url)}`, {
      besluittype: besluittypeUrl(other.id),
    });
    expect(change.json<Problem>().invalidParams[0]).toMatchObject({
      name: 'besluittype',
      code: 'wijzigen-niet-toegestaan',
    });
  });

  it('brc-002: identificatie is unique per organisation and does not change', async () => {
    const b = (
      await c.request('besluiten', 'POST', '/besluiten', besluit({ identificatie: 'B-1' }))
    ).json<Besluit>();
    const dup = await c.request('besluiten', 'POST', '/besluiten', besluit({ identificatie: 'B-1' }));
    expect(dup.json<Problem>().invalidParams[0]?.code).toBe('identificatie-niet-uniek');
    const change = await c.request('besluiten', 'PATCH', `/besluiten/${idOf(b.url)}`, {
      identificatie: 'B-2',
    });
    expect(change.statusCode).toBe(400);
    const ok = await c.request(
      'besluiten',
      'PUT',
      `/besluiten/${idOf(b.url)}`,
      besluit({ identificatie: 'B-1', toelichting: 'Toegelicht' }),
    );
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<{ toelichting: string }>().toelichting).toBe('Toegelicht');
  });

  it('brc-006: the zaak of a besluit does not change', async () => {
    const zaak = await zaakFixture(t, '0599');
    const b = (await c.request('besluiten', 'POST', '/besluiten', besluit())).json<Besluit>();
    const res = await c.request('besluiten', 'PATCH', `/besluiten/${idOf(b.url)}`, {
      zaak: zaakUrl(zaak.id),
    });
    expect(res.json<Problem>().invalidParams[0]).toMatchObject({
      name: 'zaak',
      code: 'wijzigen-niet-toegestaan',
    });
  });

  it('brc-007: the besluittype must be one of the zaaktype’s besluittypen', async () => {
    const zaak = await zaakFixture(t, '0599');
    const los = await extraBesluittype(t, '0599', { omschrijving: 'Los besluit' });
    const res = await c.request(
      'besluiten',
      'POST',
      '/besluiten',
      besluit({ besluittype: besluittypeUrl(los.id), zaak: zaakUrl(zaak.id) }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json<Problem>().invalidParams[0]?.code).toBe('zaaktype-mismatch');
    const elders = await zaakFixture(t, '0518');
    const other = await c.request('besluiten', 'POST', '/besluiten', besluit({ zaak: zaakUrl(elders.id) }));
    expect(other.json<Problem>().invalidParams[0]).toMatchObject({ name: 'zaak', code: 'bad-url' });
  });

  it('validates the datum (not in the future) and the RSIN', async () => {
    const future = await c.request('besluiten', 'POST', '/besluiten', besluit({ datum: '2026-04-01' }));
    expect(future.json<Problem>().invalidParams[0]?.code).toBe('future-not-allowed');
    const rsin = await c.request(
      'besluiten',
      'POST',
      '/besluiten',
      besluit({ verantwoordelijkeOrganisatie: '12' }),
    );
    expect(rsin.json<Problem>().invalidParams[0]?.name).toBe('verantwoordelijkeOrganisatie');
  });

  it('takes a besluittype and zaak of other registers when they resolve', async () => {
    const routes: Record<string, unknown> = {};
    const remote = await remoteRegister(routes);
    try {
      const bt = remote.url('/catalogi/api/v1/besluittypen/1');
      const zt = remote.url('/catalogi/api/v1/zaaktypen/1');
      const zaak = remote.url('/zaken/api/v1/zaken/1');
      routes['/catalogi/api/v1/besluittypen/1'] = {
        url: bt,
        catalogus: remote.url('/c'),
        publicatieIndicatie: false,
        concept: false,
        informatieobjecttypen: [],
      };
      routes['/catalogi/api/v1/zaaktypen/1'] = { url: zt, besluittypen: [bt] };
      routes['/zaken/api/v1/zaken/1'] = { url: zaak, zaaktype: zt, bronorganisatie: '002220647' };
      const res = await c.request('besluiten', 'POST', '/besluiten', besluit({ besluittype: bt, zaak }));
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json<Besluit>()).toMatchObject({ besluittype: bt, zaak });
    } finally {
      await remote.close();
    }
  });
});

describe('besluitinformatieobjecten', () => {
  it('brc-005: relating a document makes the objectinformatieobject; deleting removes it', async () => {
    const b = (await c.request('besluiten', 'POST', '/besluiten', besluit())).json<Besluit>();
    const doc = await document();
    const res = await c.request('besluiten', 'POST', '/besluitinformatieobjecten', {
      informatieobject: doc,
      besluit: b.url,
    });
    expect(res.statusCode, res.body).toBe(201);
    const bio = res.json<{ url: string }>();
    const oios = await c.request(
      'documenten',
      'GET',
      `/objectinformatieobjecten?informatieobject=${encodeURIComponent(doc)}`,
    );
    expect(oios.json<{ object: string; objectType: string }[]>()).toEqual([
      expect.objectContaining({ object: b.url, objectType: 'besluit' }),
    ]);
    const list = await c.request(
      'besluiten',
      'GET',
      `/besluitinformatieobjecten?besluit=${encodeURIComponent(b.url)}`,
    );
    expect(list.json<{ url: string }[]>().map((r) => r.url)).toEqual([bio.url]);
    const dup = await c.request('besluiten', 'POST', '/besluitinformatieobjecten', {
      informatieobject: doc,
      besluit: b.url,
    });
    expect(dup.json<Problem>().invalidParams[0]?.code).toBe('unique');
    // A document that records a besluit is not deleted (drc-008).
    expect(
      (await c.request('documenten', 'DELETE', `/enkelvoudiginformatieobjecten/${idOf(doc)}`)).statusCode,
    ).toBe(409);

    expect(
      (await c.request('besluiten', 'DELETE', `/besluitinformatieobjecten/${idOf(bio.url)}`)).statusCode,
    ).toBe(204);
    const after = await c.request(
      'documenten',
      'GET',
      `/objectinformatieobjecten?informatieobject=${encodeURIComponent(doc)}`,
    );
    expect(after.json()).toEqual([]);
  });

  it('brc-004: the system sets the aard of the relation (legt_vast for a besluit), not the client; the Documenten API mirrors it without relation information', async () => {
    const b = (await c.request('besluiten', 'POST', '/besluiten', besluit())).json<Besluit>();
    const doc = await document();
    // A client that names another aardRelatie changes nothing: the attribute is not the client's.
    const res = await c.request('besluiten', 'POST', '/besluitinformatieobjecten', {
      informatieobject: doc,
      besluit: b.url,
      aardRelatie: 'hoort_bij',
    });
    expect(res.statusCode, res.body).toBe(201);
    const bio = res.json<Record<string, unknown>>();
    // The standard's BesluitInformatieObject shows no aardRelatie: every one is 'legt_vast'.
    expect(bio).toEqual({ url: bio.url, informatieobject: doc, besluit: b.url });
    expect(
      (await c.request('besluiten', 'GET', `/besluitinformatieobjecten/${idOf(String(bio.url))}`)).json(),
    ).toEqual(bio);
    // The mirrored relation: objectType 'besluit' (for which RGBZ's aard is 'legt_vast'), and
    // "zonder de relatie-informatie", as the Besluiten API's description of the POST says.
    const oios = await c.request(
      'documenten',
      'GET',
      `/objectinformatieobjecten?informatieobject=${encodeURIComponent(doc)}`,
    );
    const [oio, ...others] = oios.json<Record<string, unknown>[]>();
    expect(others).toEqual([]);
    expect(oio).toEqual({ url: oio?.url, informatieobject: doc, object: b.url, objectType: 'besluit' });
    expect(oio?.url).toMatch(/\/documenten\/api\/v1\/objectinformatieobjecten\/[0-9a-f-]{36}$/);
  });

  it('brc-003: the informatieobject must exist in the Documenten API', async () => {
    const b = (await c.request('besluiten', 'POST', '/besluiten', besluit())).json<Besluit>();
    const res = await c.request('besluiten', 'POST', '/besluitinformatieobjecten', {
      informatieobject: `${BASE}/documenten/api/v1/enkelvoudiginformatieobjecten/00000000-0000-4000-8000-000000000000`,
      besluit: b.url,
    });
    expect(res.json<Problem>().invalidParams[0]).toMatchObject({ name: 'informatieobject', code: 'bad-url' });
  });

  it('brc-008: the document’s informatieobjecttype must be one of the besluittype’s', async () => {
    const b = (await c.request('besluiten', 'POST', '/besluiten', besluit())).json<Besluit>();
    const res = await c.request('besluiten', 'POST', '/besluitinformatieobjecten', {
      informatieobject: await document(scan),
      besluit: b.url,
    });
    expect(res.json<Problem>().invalidParams[0]?.code).toBe(
      'missing-besluittype-informatieobjecttype-relation',
    );
  });

  it('brc-009: deleting a besluit removes its besluitinformatieobjecten, their objectinformatieobjecten and its trail', async () => {
    const b = (await c.request('besluiten', 'POST', '/besluiten', besluit())).json<Besluit>();
    const doc = await document();
    await c.request('besluiten', 'POST', '/besluitinformatieobjecten', {
      informatieobject: doc,
      besluit: b.url,
    });
    expect((await c.request('besluiten', 'DELETE', `/besluiten/${idOf(b.url)}`)).statusCode).toBe(204);
    expect((await c.request('besluiten', 'GET', `/besluiten/${idOf(b.url)}`)).statusCode).toBe(404);
    expect((await c.request('besluiten', 'GET', `/besluiten/${idOf(b.url)}/audittrail`)).json()).toEqual([]);
    expect(await auditOf(t.services.database.db, idOf(b.url))).toEqual([]);
    const oios = await c.request(
      'documenten',
      'GET',
      `/objectinformatieobjecten?informatieobject=${encodeURIComponent(doc)}`,
    );
    expect(oios.json()).toEqual([]);
    expect(
      (await c.request('documenten', 'DELETE', `/enkelvoudiginformatieobjecten/${idOf(doc)}`)).statusCode,
    ).toBe(204);
  });
});

describe('authorisation', () => {
  it('a client limited to one besluittype sees only besluiten of that type', async () => {
    const ander = await extraBesluittype(t, '0599', { omschrijving: 'Vergunning' });
    const mine = (await c.request('besluiten', 'POST', '/besluiten', besluit())).json<Besluit>();
    const other = (
      await c.request('besluiten', 'POST', '/besluiten', besluit({ besluittype: besluittypeUrl(ander.id) }))
    ).json<Besluit>();
    const limited = await zgwClient(t, { gemeente: '0599', alles: false });
    await grant(t, '0599', limited.clientId, 'brc', ['besluiten.lezen', 'besluiten.aanmaken'], {
      besluittype: adreswijziging,
    });
    const list = (await limited.request('besluiten', 'GET', '/besluiten')).json<{
      count: number;
      results: Besluit[];
    }>();
    expect(list.results.map((b) => b.url)).toContain(mine.url);
    expect(list.results.map((b) => b.url)).not.toContain(other.url);
    expect(list.results.every((b) => b.besluittype === adreswijziging)).toBe(true);
    expect(list.count).toBe(list.results.length);
    expect((await limited.request('besluiten', 'GET', `/besluiten/${idOf(other.url)}`)).statusCode).toBe(404);
    const create = await limited.request(
      'besluiten',
      'POST',
      '/besluiten',
      besluit({ besluittype: besluittypeUrl(ander.id) }),
    );
    expect(create.statusCode).toBe(403);
    expect((await limited.request('besluiten', 'DELETE', `/besluiten/${idOf(mine.url)}`)).statusCode).toBe(
      403,
    );
  });

  it("another municipality's client sees none of these besluiten", async () => {
    const b = (await c.request('besluiten', 'POST', '/besluiten', besluit())).json<Besluit>();
    const elders = await zgwClient(t, { gemeente: '0518' });
    const list = (await elders.request('besluiten', 'GET', '/besluiten')).json<{ results: Besluit[] }>();
    expect(list.results.map((r) => r.url)).not.toContain(b.url);
    expect((await elders.request('besluiten', 'GET', `/besluiten/${idOf(b.url)}`)).statusCode).toBe(404);
    const [row] = await t.services.database.db
      .select()
      .from(besluiten)
      .where(eq(besluiten.id, idOf(b.url)));
    expect(row?.gemeenteCode).toBe('0599');
  });
});
