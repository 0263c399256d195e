import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { testApp, type TestApp } from '../../helpers/app.ts';
import { expectContract, zgwClient } from '../../helpers/zgw.ts';
import { zaaktypen } from '../../../src/modules/catalog/catalog.schema.ts';
import { zaakNummerReserveringen } from '../../../src/modules/cases/zaken-api.schema.ts';
import { zaken } from '../../../src/modules/cases/cases.schema.ts';
import { auditTrail } from '../../../src/platform/audit/audit.schema.ts';
import { outbox } from '../../../src/modules/events/events.schema.ts';
import {
  anderZaaktype,
  json,
  register,
  verhuizing,
  zaakBody,
  type Client,
  type Verhuizing,
} from './zaken-helpers.ts';

interface Zaak {
  url: string;
  uuid: string;
  identificatie: string;
  vertrouwelijkheidaanduiding: string;
  deelzaken: string[];
  hoofdzaak: string | null;
  opschorting: { indicatie: boolean; reden: string };
  verlenging: { reden: string; duur: string } | null;
  laatsteBetaaldatum: string | null;
  archiefstatus: string;
}
interface Page<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}
type Fout = { code: string; invalidParams?: { name: string; code: string }[] };

let t: TestApp;
let c: Client;
let v: Verhuizing;
beforeAll(async () => {
  t = await testApp();
  c = await zgwClient(t, { gemeente: '0599' });
  v = await verhuizing(t, '0599');
});
afterAll(async () => t?.close());

const maak = async (o: Record<string, unknown> = {}) => {
  const res = await c.request('zaken', 'POST', '/zaken', zaakBody(v, o));
  expect(res.statusCode, res.body).toBe(201);
  return json<Zaak>(res);
};
const fout = async (path: string, body: unknown, method: 'POST' | 'PATCH' | 'PUT' = 'POST') => {
  const res = await c.request('zaken', method, path, body);
  expect(res.statusCode, res.body).toBe(400);
  return (json<Fout>(res).invalidParams ?? []).map((p) => `${p.name}:${p.code}`);
};

describe('Zaken API: zaken', () => {
  it('creates, lists, reads, updates and deletes a zaak, with ETag and 304', async () => {
    const res = await c.request('zaken', 'POST', '/zaken', zaakBody(v));
    expect(res.statusCode, res.body).toBe(201);
    const zaak = json<Zaak>(res);
    expect(res.headers.location).toBe(zaak.url);
    expect(res.headers['content-crs']).toBe('EPSG:4326');
    const one = await c.request('zaken', 'GET', `/zaken/${zaak.uuid}`);
    expect(one.json()).toEqual(zaak);
    const etag = String(one.headers.etag);
    expect(
      (await c.request('zaken', 'GET', `/zaken/${zaak.uuid}`, undefined, { 'if-none-match': etag }))
        .statusCode,
    ).toBe(304);
    const head = await c.request('zaken', 'HEAD', `/zaken/${zaak.uuid}`);
    expect(head.headers.etag).toBe(etag);
    // The specs give single resources an ETag, not pages of a list.
    expect((await c.request('zaken', 'GET', '/zaken')).headers.etag).toBeUndefined();

    const put = await c.request('zaken', 'PUT', `/zaken/${zaak.uuid}`, {
      ...zaak,
      omschrijving: 'Gewijzigd',
    });
    expect(put.statusCode, put.body).toBe(200);
    const patch = await c.request('zaken', 'PATCH', `/zaken/${zaak.uuid}`, { toelichting: 'Meer' });
    expect(json<{ omschrijving: string; toelichting: string }>(patch)).toMatchObject({
      omschrijving: 'Gewijzigd',
      toelichting: 'Meer',
    });
    expect((await c.request('zaken', 'DELETE', `/zaken/${zaak.uuid}`)).statusCode).toBe(204);
    expect((await c.request('zaken', 'GET', `/zaken/${zaak.uuid}`)).statusCode).toBe(404);
  });

  it('pages with an exact count, filters, orders and refuses unknown parameters', async () => {
    const a = await maak({ startdatum: '2026-02-01', identificatie: 'FILTER-A' });
    await maak({ startdatum: '2026-02-03', identificatie: 'FILTER-B' });
    const all = json<Page<Zaak>>(await c.request('zaken', 'GET', '/zaken'));
    expect(all.count).toBeGreaterThanOrEqual(all.results.length);
    const exact = json<Page<Zaak>>(
      await c.request('zaken', 'GET', `/zaken?zaaktype=${encodeURIComponent(v.url)}`),
    );
    const open = json<Page<Zaak>>(await c.request('zaken', 'GET', '/zaken?einddatum__isnull=true'));
    expect(exact.count).toBeGreaterThanOrEqual(2);
    expect(open.count).toBe(exact.count);
    const byId = json<Page<Zaak>>(await c.request('zaken', 'GET', '/zaken?identificatie=FILTER-A'));
    expect(byId).toMatchObject({ count: 1, next: null, previous: null });
    expect(byId.results[0]!.uuid).toBe(a.uuid);
    const range = json<Page<Zaak>>(
      await c.request('zaken', 'GET', '/zaken?startdatum__gte=2026-02-02&startdatum__lte=2026-02-03'),
    );
    expect(range.results.map((z) => z.identificatie)).toEqual(['FILTER-B']);
    const ordered = json<Page<{ startdatum: string }>>(
      await c.request('zaken', 'GET', '/zaken?ordering=-startdatum'),
    );
    const dates = ordered.results.map((z) => z.startdatum);
    expect(dates).toEqual([...dates].sort().reverse());
    const bad = await c.request('zaken', 'GET', '/zaken?onbekend=1');
    expect(bad.statusCode).toBe(400);
    expect(json<Fout>(bad).invalidParams?.[0]?.code).toBe('unknown-parameters');
    expect((await c.request('zaken', 'GET', '/zaken?startdatum__gte=gisteren')).statusCode).toBe(400);
    // A page beyond the end has no rows, and still the exact count.
    const voorbij = json<Page<Zaak>>(await c.request('zaken', 'GET', '/zaken?page=999'));
    expect(voorbij).toMatchObject({ count: exact.count, results: [], next: null });
    expect(voorbij.previous).toContain('page=998');
  });

  it('asks Accept-Crs and Content-Crs: 412 when missing, 406 and 415 for another CRS', async () => {
    const zonder = await t.app.inject({
      method: 'GET',
      url: '/zaken/api/v1/zaken',
      headers: { authorization: `Bearer ${c.token}` },
    });
    expectContract('zaken', 'GET', '/zaken/api/v1/zaken', zonder);
    expect(zonder.statusCode).toBe(412);
    expect(
      (await c.request('zaken', 'GET', '/zaken', undefined, { 'accept-crs': 'EPSG:28992' })).statusCode,
    ).toBe(406);
    expect(
      (await c.request('zaken', 'POST', '/zaken', zaakBody(v), { 'content-crs': 'EPSG:28992' })).statusCode,
    ).toBe(415);
  });

  it('zrc-001: the zaaktype must resolve to a published zaaktype of the municipality', async () => {
    expect(
      await fout(
        '/zaken',
        zaakBody(v, { zaaktype: `${v.url.slice(0, -36)}00000000-0000-4000-8000-000000000000` }),
      ),
    ).toEqual(['zaaktype:bad-url']);
    expect(await fout('/zaken', zaakBody(v, { zaaktype: 'http://127.0.0.1:9/zaaktypen/1' }))).toEqual([
      'zaaktype:bad-url',
    ]);
    const ander = await anderZaaktype(t, '0599', 'CONCEPT');
    await t.services.database.db
      .update(zaaktypen)
      .set({ concept: true })
      .where(eq(zaaktypen.id, ander.split('/').pop()!));
    expect(await fout('/zaken', zaakBody(v, { zaaktype: ander }))).toEqual(['zaaktype:not-published']);
    const haags = await verhuizing(t, '0518');
    expect(await fout('/zaken', zaakBody(v, { zaaktype: haags.url }))).toEqual(['zaaktype:bad-url']);
  });

  it('zrc-002: generates a unique identificatie per municipality and year, and refuses a duplicate', async () => {
    const [x, y] = [await maak(), await maak()];
    expect(x.identificatie).not.toBe(y.identificatie);
    expect(x.identificatie).toMatch(new RegExp(`^ZAAK-${new Date().getFullYear()}-\\d{7}$`));
    await maak({ identificatie: 'EIGEN-1' });
    expect(await fout('/zaken', zaakBody(v, { identificatie: 'EIGEN-1' }))).toEqual([
      'identificatie:identificatie-niet-uniek',
    ]);
    expect(await fout(`/zaken/${x.uuid}`, { identificatie: 'EIGEN-1' }, 'PATCH')).toEqual([
      'identificatie:identificatie-niet-uniek',
    ]);
  });

  it('zrc-002: a reserved zaaknummer goes only to the zaak that names it', async () => {
    const res = await c.request('zaken', 'POST', '/zaaknummer_reserveren', {
      bronorganisatie: v.rsin,
      aantal: 2,
    });
    expect(res.statusCode, res.body).toBe(201);
    const [r1] = json<{ zaaknummer: string }[]>(res);
    const zaak = await maak({ identificatie: r1!.zaaknummer });
    expect(zaak.identificatie).toBe(r1!.zaaknummer);
    // Used up with the zaak; the other one is still reserved.
    const over = await t.db.database.db.select().from(zaakNummerReserveringen);
    expect(over.map((r) => r.identificatie)).not.toContain(r1!.zaaknummer);
    expect(over.map((r) => r.identificatie)).toContain(json<{ zaaknummer: string }[]>(res)[1]!.zaaknummer);
  });

  it('zrc-009: the vertrouwelijkheidaanduiding comes from the zaaktype unless given', async () => {
    expect((await maak()).vertrouwelijkheidaanduiding).toBe('zaakvertrouwelijk');
    expect((await maak({ vertrouwelijkheidaanduiding: 'openbaar' })).vertrouwelijkheidaanduiding).toBe(
      'openbaar',
    );
  });

  it('zrc-010, zrc-011: communicatiekanaal and relevanteAndereZaken must resolve', async () => {
    const reg = await register({
      '/communicatiekanalen/1': { url: 'x', naam: 'E-mail', omschrijving: '' },
      '/zaken/9': { url: 'x' },
    });
    try {
      const ok = await maak({
        communicatiekanaal: reg.url('/communicatiekanalen/1'),
        relevanteAndereZaken: [{ url: reg.url('/zaken/9'), aardRelatie: 'vervolg' }],
      });
      expect(ok).toMatchObject({ communicatiekanaal: reg.url('/communicatiekanalen/1') });
      expect(
        await fout('/zaken', zaakBody(v, { communicatiekanaal: reg.url('/communicatiekanalen/2') })),
      ).toEqual(['communicatiekanaal:bad-url']);
      const andere = [
        { url: ok.url, aardRelatie: 'onderwerp' },
        { url: reg.url('/zaken/404'), aardRelatie: 'bijdrage' },
      ];
      expect(await fout('/zaken', zaakBody(v, { relevanteAndereZaken: andere }))).toEqual([
        'relevanteAndereZaken.1:bad-url',
      ]);
    } finally {
      await reg.close();
    }
  });

  it('zrc-012: gegevensgroepen may be null and are always answered nested; opschorting reaches the deadline ledger', async () => {
    const z = await maak({ verlenging: null, opschorting: null, processobject: null });
    expect(z.opschorting).toEqual({ indicatie: false, reden: '' });
    expect(z.verlenging).toBeNull();
    const res = await c.request('zaken', 'PATCH', `/zaken/${z.uuid}`, {
      opschorting: { indicatie: true, reden: 'Wacht op stukken' },
      verlenging: { reden: 'Advies nodig', duur: 'P4W' },
      kenmerken: [{ kenmerk: 'K-1', bron: 'test' }],
      selectielijstklasse: v.zt.resultaattypen[0]!.selectielijstklasse,
      laatsteBetaaldatum: '2026-01-02T10:00:00Z',
      betalingsindicatie: 'geheel',
      zaakgeometrie: { type: 'Point', coordinates: [4.47, 51.92] },
      processobject: { datumkenmerk: 'x', identificatie: 'y', objecttype: 'z', registratie: 'r' },
    });
    // The answer to PATCH is what GET reads back.
    expect(json<Zaak>(await c.request('zaken', 'GET', `/zaken/${z.uuid}`))).toEqual(json<Zaak>(res));
    expect(json<Zaak>(res)).toMatchObject({
      opschorting: { indicatie: true, reden: 'Wacht op stukken' },
      verlenging: { reden: 'Advies nodig', duur: 'P4W' },
    });
    const view = await t.services.zaakView.voorMedewerker('0599', z.uuid, { type: 'systeem', id: 'test' });
    expect(view?.opschortingen.map((o) => o.reden)).toEqual(['Wacht op stukken']);
    expect(await fout('/zaken', zaakBody(v, { verlenging: { reden: 'x' } }))).toEqual([
      'verlenging.duur:required',
    ]);
  });

  it('answers the same representation, built by PostgreSQL, on create, detail, list and search', async () => {
    const reg = await register({ '/communicatiekanalen/7': { url: 'x', naam: 'Post', omschrijving: '' } });
    try {
      const hoofd = await maak();
      const created = await maak({
        hoofdzaak: hoofd.url,
        communicatiekanaal: reg.url('/communicatiekanalen/7'),
        opschorting: { indicatie: true, reden: 'Wacht "op" stukken' },
        verlenging: { reden: 'Advies', duur: 'P2W' },
        betalingsindicatie: 'gedeeltelijk',
        laatsteBetaaldatum: '2026-01-02T10:11:12.345+01:00',
        productenOfDiensten: ['https://producten.overheid.nl/verhuizing-doorgeven'],
        kenmerken: [{ kenmerk: 'K-7', bron: 'balie' }],
        zaakgeometrie: { type: 'Point', coordinates: [4.9, 52.37] },
      });
      const root = created.url.slice(0, created.url.indexOf('/zaken/api/v1/'));
      expect(created).toEqual({
        url: `${root}/zaken/api/v1/zaken/${created.uuid}`,
        uuid: created.uuid,
        identificatie: created.identificatie,
        bronorganisatie: v.rsin,
        omschrijving: 'Via de API',
        toelichting: '',
        zaaktype: v.url,
        registratiedatum: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as unknown,
        verantwoordelijkeOrganisatie: v.rsin,
        startdatum: '2026-01-05',
        einddatum: null,
        einddatumGepland: null,
        uiterlijkeEinddatumAfdoening: null,
        publicatiedatum: null,
        communicatiekanaal: reg.url('/communicatiekanalen/7'),
        productenOfDiensten: ['https://producten.overheid.nl/verhuizing-doorgeven'],
        vertrouwelijkheidaanduiding: created.vertrouwelijkheidaanduiding,
        betalingsindicatie: 'gedeeltelijk',
        betalingsindicatieWeergave: 'De met de zaak gemoeide kosten zijn gedeeltelijk betaald.',
        laatsteBetaaldatum: '2026-01-02T09:11:12.345Z',
        zaakgeometrie: { type: 'Point', coordinates: [4.9, 52.37] },
        verlenging: { reden: 'Advies', duur: 'P2W' },
        opschorting: { indicatie: true, reden: 'Wacht "op" stukken' },
        hoofdzaak: hoofd.url,
        deelzaken: [],
        relevanteAndereZaken: [],
        eigenschappen: [],
        rollen: [],
        status: null,
        zaakinformatieobjecten: [],
        zaakobjecten: [],
        kenmerken: [{ kenmerk: 'K-7', bron: 'balie' }],
        archiefnominatie: null,
        archiefstatus: 'nog_te_archiveren',
        archiefactiedatum: null,
        resultaat: null,
        opdrachtgevendeOrganisatie: '',
        processobjectaard: null,
        startdatumBewaartermijn: null,
        processobject: null,
      });
      expect(json<Zaak>(await c.request('zaken', 'GET', `/zaken/${created.uuid}`))).toEqual(created);
      // The one statement that made it also wrote the suspension's and extension's history,
      // the audit row with this representation, and the notification.
      const view = await t.services.zaakView.voorMedewerker('0599', created.uuid, {
        type: 'systeem',
        id: 'test',
      });
      expect(view?.opschortingen.map((o) => [o.reden, o.tot])).toEqual([['Wacht "op" stukken', null]]);
      expect(view?.verlengingen.map((x) => [x.reden, x.duur])).toEqual([['Advies', 'P2W']]);
      const [aangemaakt] = json<{ actie: string; wijzigingen: { oud: unknown; nieuw: unknown } }[]>(
        await c.request('zaken', 'GET', `/zaken/${created.uuid}/audittrail`),
      );
      expect(aangemaakt).toMatchObject({ actie: 'create', wijzigingen: { oud: {}, nieuw: created } });
      const berichten = await t.db.database.db
        .select({ payload: outbox.payload })
        .from(outbox)
        .where(sql`${outbox.payload}->>'resourceUrl' = ${created.url}`);
      expect(berichten.map((b) => b.payload)).toEqual([
        expect.objectContaining({ kanaal: 'zaken', actie: 'create', hoofdObject: created.url }),
      ]);
      const lijst = json<Page<Zaak>>(await c.request('zaken', 'GET', '/zaken?ordering=-identificatie'));
      expect(lijst.results.find((z) => z.uuid === created.uuid)).toEqual(created);
      expect(lijst.results.find((z) => z.uuid === hoofd.uuid)?.deelzaken).toEqual([created.url]);
      const zoek = await c.request('zaken', 'POST', '/zaken/_zoek', { uuid__in: [created.uuid] });
      expect(json<Page<Zaak>>(zoek).results).toEqual([created]);
    } finally {
      await reg.close();
    }
  });

  it('stores what a new zaak leaves empty as SQL NULL, and of a group only its fields', async () => {
    const z = await maak({
      betalingsindicatie: 'nvt',
      laatsteBetaaldatum: null,
      zaakgeometrie: null,
      processobject: null,
      einddatumGepland: null,
      verlenging: { reden: 'Advies', duur: 'P1W', extra: 'niet van de standaard' },
    });
    expect(z.laatsteBetaaldatum).toBeNull();
    expect(z.verlenging).toEqual({ reden: 'Advies', duur: 'P1W' });
    expect(json<Zaak>(await c.request('zaken', 'GET', `/zaken/${z.uuid}`))).toEqual(z);
    const db = t.db.database.db;
    const [rij] = await db
      .select({
        geometrie: sql<string | null>`${zaken.zaakgeometrie}::text`,
        processobject: sql<string | null>`${zaken.processobject}::text`,
        betaald: zaken.laatsteBetaaldatum,
      })
      .from(zaken)
      .where(eq(zaken.id, z.uuid));
    expect(rij).toEqual({ geometrie: null, processobject: null, betaald: null });
    const [audit] = await db
      .select({ oud: sql<string | null>`${auditTrail.oud}::text` })
      .from(auditTrail)
      .where(eq(auditTrail.hoofdObjectId, z.uuid));
    expect(audit).toEqual({ oud: null });
    // A zaak without a geometry is within no area.
    const overal = {
      type: 'Polygon',
      coordinates: [
        [
          [-180, -90],
          [180, -90],
          [180, 90],
          [-180, 90],
          [-180, -90],
        ],
      ],
    };
    const zoek = await c.request('zaken', 'POST', '/zaken/_zoek', {
      uuid__in: [z.uuid],
      zaakgeometrie: { within: overal },
    });
    expect(json<Page<Zaak>>(zoek).count).toBe(0);
  });

  it('keeps what a zaak refers to in step with every write of its parts, also when recomputed', async () => {
    const lees = async (z: { uuid: string }) =>
      json<Zaak & { rollen: string[]; eigenschappen: string[] }>(
        await c.request('zaken', 'GET', `/zaken/${z.uuid}`),
      );
    const a = await maak();
    const b = await maak();
    const deel = await maak({ hoofdzaak: a.url });
    expect((await lees(a)).deelzaken).toEqual([deel.url]);
    const verhangen = await c.request('zaken', 'PATCH', `/zaken/${deel.uuid}`, { hoofdzaak: b.url });
    expect(verhangen.statusCode, verhangen.body).toBe(200);
    expect((await lees(a)).deelzaken).toEqual([]);
    expect((await lees(b)).deelzaken).toEqual([deel.url]);

    const rolBody = {
      zaak: a.url,
      betrokkeneType: 'natuurlijk_persoon',
      roltype: v.roltype('initiator'),
      roltoelichting: 'Aanvrager',
      betrokkeneIdentificatie: { inpBsn: '999993653' },
    };
    const r1 = json<{ url: string; uuid: string }>(await c.request('zaken', 'POST', '/rollen', rolBody));
    const r2 = json<{ url: string; uuid: string }>(await c.request('zaken', 'POST', '/rollen', rolBody));
    expect((await lees(a)).rollen).toEqual([r1.url, r2.url]);
    expect((await c.request('zaken', 'DELETE', `/rollen/${r1.uuid}`)).statusCode).toBe(204);
    expect((await lees(a)).rollen).toEqual([r2.url]);

    const e = json<{ url: string }>(
      await c.request('zaken', 'POST', `/zaken/${a.uuid}/zaakeigenschappen`, {
        zaak: a.url,
        eigenschap: v.eigenschap(0),
        waarde: '2026-02-01',
      }),
    );
    expect((await lees(a)).eigenschappen).toEqual([e.url]);

    const zet = (body: Record<string, unknown>) => c.request('zaken', 'PATCH', `/zaken/${a.uuid}`, body);
    await zet({
      opschorting: { indicatie: true, reden: 'Wacht' },
      verlenging: { reden: 'Eerste', duur: 'P1W' },
    });
    await zet({ verlenging: { reden: 'Tweede', duur: 'P2W' } });
    expect(await lees(a)).toMatchObject({
      opschorting: { indicatie: true, reden: 'Wacht' },
      verlenging: { reden: 'Tweede', duur: 'P2W' },
    });
    await zet({ opschorting: { indicatie: false, reden: '' } });
    const voor = await lees(a);
    expect(voor.opschorting).toEqual({ indicatie: false, reden: '' });

    // The function the migration and the benchmark's bulk load use gives the same.
    await t.services.database.db.execute(sql`select zaak_verwijzingen_herberekenen('0599')`);
    expect(await lees(a)).toEqual(voor);
    expect((await lees(b)).deelzaken).toEqual([deel.url]);
  });

  it('zrc-013: a hoofdzaak is no deelzaak itself, and no zaak its own; deelzaken are listed', async () => {
    const hoofd = await maak();
    const deel = await maak({ hoofdzaak: hoofd.url });
    expect(deel.hoofdzaak).toBe(hoofd.url);
    expect(json<Zaak>(await c.request('zaken', 'GET', `/zaken/${hoofd.uuid}`)).deelzaken).toEqual([deel.url]);
    expect(await fout('/zaken', zaakBody(v, { hoofdzaak: deel.url }))).toEqual([
      'hoofdzaak:deelzaak-als-hoofdzaak',
    ]);
    expect(await fout(`/zaken/${hoofd.uuid}`, { hoofdzaak: hoofd.url }, 'PATCH')).toEqual([
      'hoofdzaak:self-forbidden',
    ]);
  });

  it('zrc-014: no laatsteBetaaldatum with betalingsindicatie "nvt"; changing to "nvt" clears it', async () => {
    expect(
      await fout(
        '/zaken',
        zaakBody(v, { betalingsindicatie: 'nvt', laatsteBetaaldatum: '2026-01-02T10:00:00Z' }),
      ),
    ).toEqual(['laatsteBetaaldatum:betaling-nvt']);
    const z = await maak({ betalingsindicatie: 'geheel', laatsteBetaaldatum: '2026-01-02T10:00:00Z' });
    expect(z.laatsteBetaaldatum).toBe('2026-01-02T10:00:00.000Z');
    const res = await c.request('zaken', 'PATCH', `/zaken/${z.uuid}`, { betalingsindicatie: 'nvt' });
    expect(json<Zaak>(res).laatsteBetaaldatum).toBeNull();
  });

  it("zrc-015: productenOfDiensten must be the zaaktype's", async () => {
    await maak({ productenOfDiensten: ['https://producten.overheid.nl/verhuizing-doorgeven'] });
    expect(
      await fout('/zaken', zaakBody(v, { productenOfDiensten: ['https://example.org/ander-product'] })),
    ).toEqual(['productenOfDiensten:invalid-products-services']);
  });

  it('zrc-022: archiefstatus other than nog_te_archiveren needs archiefnominatie and archiefactiedatum', async () => {
    const z = await maak();
    expect(await fout(`/zaken/${z.uuid}`, { archiefstatus: 'gearchiveerd' }, 'PATCH')).toEqual([
      'archiefnominatie:archiefnominatie-not-set',
      'archiefactiedatum:archiefactiedatum-not-set',
    ]);
    const ok = await c.request('zaken', 'PATCH', `/zaken/${z.uuid}`, {
      archiefstatus: 'gearchiveerd',
      archiefnominatie: 'vernietigen',
      archiefactiedatum: '2036-01-01',
    });
    expect(json<Zaak>(ok).archiefstatus).toBe('gearchiveerd');
  });

  it('zrc-023: destroying a zaak removes its deelzaken and audit trail too', async () => {
    const hoofd = await maak();
    const deel = await maak({ hoofdzaak: hoofd.url });
    expect((await c.request('zaken', 'DELETE', `/zaken/${hoofd.uuid}`)).statusCode).toBe(204);
    expect((await c.request('zaken', 'GET', `/zaken/${deel.uuid}`)).statusCode).toBe(404);
    expect(json<unknown[]>(await c.request('zaken', 'GET', `/zaken/${hoofd.uuid}/audittrail`))).toEqual([]);
  });

  it('goes on on page 2 where page 1 stops, in every order, for GET and _zoek alike', async () => {
    // Enough zaken for a second page, on distinct and repeated start dates.
    for (let i = 0; i < 110; i += 10)
      await Promise.all(
        Array.from({ length: 10 }, (_, j) =>
          maak({ startdatum: `2025-0${1 + ((i + j) % 9)}-${String(10 + ((i + j) % 17)).padStart(2, '0')}` }),
        ),
      );
    type Z = { uuid: string; identificatie: string; startdatum: string };
    const key: Record<string, (z: Z) => string> = {
      '': (z) => z.identificatie,
      startdatum: (z) => z.startdatum,
      '-startdatum': (z) => z.startdatum,
    };
    for (const [ordering, of] of Object.entries(key)) {
      const query = ordering ? `?ordering=${ordering}` : '';
      const p1 = json<Page<Z>>(await c.request('zaken', 'GET', `/zaken${query}`));
      expect(p1.count).toBeGreaterThan(100);
      expect(p1.next).not.toBeNull();
      const p2 = json<Page<Z>>(await c.request('zaken', 'GET', p1.next!));
      expect(p2).toMatchObject({ count: p1.count, next: null });
      const all = [...p1.results, ...p2.results];
      expect(p1.results).toHaveLength(100);
      expect(all).toHaveLength(p1.count);
      expect(new Set(all.map((z) => z.uuid)).size).toBe(all.length);
      // Zaaknummers alone for the default order: how other identificaties sort is the collation's.
      const keys = all.map(of).filter((k) => ordering || /^ZAAK-\d{4}-\d{7}$/.test(k));
      expect(keys.length).toBeGreaterThan(100);
      const sorted = [...keys].sort();
      expect(keys, ordering || 'default').toEqual(ordering === 'startdatum' ? sorted : sorted.reverse());
      // _zoek pages the same.
      const z2 = json<Page<Z>>(
        await c.request('zaken', 'POST', '/zaken/_zoek?page=2', ordering ? { ordering } : {}),
      );
      expect(z2.count).toBe(p1.count);
      expect(z2.results.map((z) => z.uuid)).toEqual(p2.results.map((z) => z.uuid));
    }
  });
});
