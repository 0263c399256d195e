import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../helpers/app.ts';
import { zgwClient } from '../../helpers/zgw.ts';
import {
  BASE,
  createEio,
  documentenApp,
  eioBody,
  extraInformatieobjecttype,
  grant,
  idOf,
  iotUrl,
  remoteRegister,
  storedDocument,
  zaakFixture,
  type Client,
  type Eio,
  type Problem,
} from './documenten.fixtures.ts';

let t: TestApp;
let c: Client;
let brief: string;
let bijlage: string;
const BACKOFFICE = {
  applicatieId: 'loket-bo',
  applicatieWeergave: 'Back office',
  gebruikersId: 'm',
  gebruikersWeergave: 'M',
};

const inhoud = Buffer.from('hallo').toString('base64');
const eio = (overrides: Record<string, unknown> = {}) =>
  eioBody(brief, { titel: 'Brief', inhoud, ...overrides });
const create = (client: Client, overrides: Record<string, unknown> = {}) =>
  createEio(client, brief, { titel: 'Brief', inhoud, ...overrides });

beforeAll(async () => {
  const app = await documentenApp();
  ({ t, c, brief } = app);
  bijlage = iotUrl(app.cat.iot('Aanvullend document').id);
});
afterAll(async () => t?.close());

describe('gebruiksrechten', () => {
  it('drc-006: indicatieGebruiksrecht follows the gebruiksrechten: true with any, null when the last goes', async () => {
    const doc = await create(c);
    const refused = await c.request(
      'documenten',
      'POST',
      '/enkelvoudiginformatieobjecten',
      eio({ indicatieGebruiksrecht: true }),
    );
    expect(refused.json<Problem>().invalidParams[0]?.code).toBe('missing-gebruiksrechten');

    const res = await c.request('documenten', 'POST', '/gebruiksrechten', {
      informatieobject: doc.url,
      startdatum: '2026-03-01T00:00:00Z',
      omschrijvingVoorwaarden: 'Alleen intern',
    });
    expect(res.statusCode).toBe(201);
    const recht = res.json<{ url: string }>();
    expect(
      (await c.request('documenten', 'GET', `/enkelvoudiginformatieobjecten/${idOf(doc.url)}`)).json<Eio>()
        .indicatieGebruiksrecht,
    ).toBe(true);

    const { lock } = (
      await c.request('documenten', 'POST', `/enkelvoudiginformatieobjecten/${idOf(doc.url)}/lock`)
    ).json<{ lock: string }>();
    const unset = await c.request('documenten', 'PATCH', `/enkelvoudiginformatieobjecten/${idOf(doc.url)}`, {
      lock,
      indicatieGebruiksrecht: false,
    });
    expect(unset.json<Problem>().invalidParams[0]?.code).toBe('existing-gebruiksrechten');
    await c.request('documenten', 'POST', `/enkelvoudiginformatieobjecten/${idOf(doc.url)}/unlock`, { lock });

    const list = await c.request(
      'documenten',
      'GET',
      `/gebruiksrechten?informatieobject=${encodeURIComponent(doc.url)}&startdatum__lte=2026-03-02T00:00:00Z`,
    );
    expect(list.json<{ url: string }[]>().map((r) => r.url)).toEqual([recht.url]);
    const patched = await c.request('documenten', 'PATCH', `/gebruiksrechten/${idOf(recht.url)}`, {
      omschrijvingVoorwaarden: 'Openbaar',
    });
    expect(patched.json<{ omschrijvingVoorwaarden: string }>().omschrijvingVoorwaarden).toBe('Openbaar');
    expect((await c.request('documenten', 'DELETE', `/gebruiksrechten/${idOf(recht.url)}`)).statusCode).toBe(
      204,
    );
    expect(
      (await c.request('documenten', 'GET', `/enkelvoudiginformatieobjecten/${idOf(doc.url)}`)).json<Eio>()
        .indicatieGebruiksrecht,
    ).toBeNull();
  });
});

describe('verzendingen', () => {
  const adres = {
    naamOpenbareRuimte: 'Coolsingel',
    huisnummer: 40,
    postcode: '3011AD',
    woonplaatsnaam: 'Rotterdam',
  };
  it('registers a verzending by post, which the back office then posts, and one by e-mail, which it does not', async () => {
    const doc = await create(c);
    const post = await c.request('documenten', 'POST', '/verzendingen', {
      betrokkene: `${BASE}/zaken/api/v1/rollen/00000000-0000-4000-8000-000000000001`,
      informatieobject: doc.url,
      aardRelatie: 'geadresseerde',
      contactPersoon: `${BASE}/zaken/api/v1/rollen/00000000-0000-4000-8000-000000000001`,
      contactpersoonnaam: 'Zoë Brontë',
      binnenlandsCorrespondentieadres: adres,
    });
    expect(post.statusCode, post.body).toBe(201);
    const verzending = post.json<{ url: string; binnenlandsCorrespondentieadres: typeof adres }>();
    expect(verzending.binnenlandsCorrespondentieadres).toMatchObject(adres);
    const email = await c.request('documenten', 'POST', '/verzendingen', {
      betrokkene: `${BASE}/zaken/api/v1/rollen/00000000-0000-4000-8000-000000000001`,
      informatieobject: doc.url,
      aardRelatie: 'geadresseerde',
      contactPersoon: `${BASE}/zaken/api/v1/rollen/00000000-0000-4000-8000-000000000001`,
      emailadres: 'z@example.nl',
    });
    expect(email.statusCode).toBe(201);
    const open = await t.services.documents.openVerzendingen('0599');
    expect(open.map((v) => v.id)).toEqual([idOf(verzending.url)]);

    const two = await c.request('documenten', 'POST', '/verzendingen', {
      betrokkene: `${BASE}/x`,
      informatieobject: doc.url,
      aardRelatie: 'geadresseerde',
      contactPersoon: `${BASE}/x`,
      emailadres: 'z@example.nl',
      telefoonnummer: '0101234567',
    });
    expect(two.json<Problem>().invalidParams[0]?.code).toBe('invalid-address');

    const patched = await c.request('documenten', 'PATCH', `/verzendingen/${idOf(verzending.url)}`, {
      verzenddatum: '2026-03-03',
    });
    expect(patched.json<{ verzenddatum: string }>().verzenddatum).toBe('2026-03-03');
    expect(await t.services.documents.openVerzendingen('0599')).toEqual([]);
    const list = await c.request(
      'documenten',
      'GET',
      `/verzendingen?informatieobject=${encodeURIComponent(doc.url)}`,
    );
    expect(list.json<{ count: number }>().count).toBe(2);
    expect(
      (await c.request('documenten', 'DELETE', `/verzendingen/${idOf(verzending.url)}`)).statusCode,
    ).toBe(204);
  });

  it('serves the letters the back office queued as verzendingen, with the zaak initiator as betrokkene', async () => {
    const zaak = await zaakFixture(t, '0599');
    const db = t.services.database.db;
    const stored = await storedDocument(
      t,
      { zaakId: zaak.id, informatieobjecttypeId: idOf(brief), titel: 'Besluit', auteur: 'Gemeente' },
      BACKOFFICE,
    );
    const v = await db.transaction((tx) =>
      t.services.documents.addVerzending(tx, BACKOFFICE, {
        gemeenteCode: '0599',
        informatieobjectId: stored.id,
        adres: {
          naam: 'J. Jansen',
          straat: 'Dorpsstraat',
          huisnummer: 1,
          postcode: '1234 AB',
          woonplaats: 'Ergens',
        },
        toelichting: 'Per post',
      }),
    );
    const res = await c.request('documenten', 'GET', `/verzendingen/${v.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      aardRelatie: 'geadresseerde',
      contactpersoonnaam: 'J. Jansen',
      binnenlandsCorrespondentieadres: {
        naamOpenbareRuimte: 'Dorpsstraat',
        huisnummer: 1,
        postcode: '1234AB',
      },
    });
  });
});

describe('objectinformatieobjecten', () => {
  it('drc-002/drc-003/drc-004: only for an existing object, once, and when its register has the relation', async () => {
    const zaak = await zaakFixture(t, '0599');
    const stored = await storedDocument(
      t,
      { zaakId: zaak.id, informatieobjecttypeId: idOf(brief), titel: 'Op de zaak' },
      BACKOFFICE,
    );
    const docUrl = `${BASE}/documenten/api/v1/enkelvoudiginformatieobjecten/${stored.id}`;
    const twice = await c.request('documenten', 'POST', '/objectinformatieobjecten', {
      informatieobject: docUrl,
      object: `${BASE}/zaken/api/v1/zaken/${zaak.id}`,
      objectType: 'zaak',
    });
    expect(twice.json<Problem>().invalidParams[0]?.code).toBe('unique');

    const other = await zaakFixture(t, '0599');
    const noRelation = await c.request('documenten', 'POST', '/objectinformatieobjecten', {
      informatieobject: docUrl,
      object: `${BASE}/zaken/api/v1/zaken/${other.id}`,
      objectType: 'zaak',
    });
    expect(noRelation.json<Problem>().invalidParams[0]?.code).toBe('inconsistent-relation');

    const unreachable = await c.request('documenten', 'POST', '/objectinformatieobjecten', {
      informatieobject: docUrl,
      object: 'http://127.0.0.1:9/zaken/api/v1/zaken/1',
      objectType: 'zaak',
    });
    expect(unreachable.json<Problem>().invalidParams[0]).toMatchObject({ name: 'object', code: 'bad-url' });
  });

  it('records the documents’ side of a zaakinformatieobject the Zaken API makes, in its transaction', async () => {
    const doc = await create(c);
    const api = t.services.documentenBesluiten.documenten;
    await t.services.database.db.transaction((tx) =>
      api.objectinformatieobjectGewijzigd(
        tx,
        { actor: BACKOFFICE, toelichting: '' },
        {
          gemeenteCode: '0599',
          informatieobjectId: idOf(doc.url),
          relatieId: '00000000-0000-4000-8000-0000000000aa',
          actie: 'create',
          weergave: 'ZAAK-1 - DOC-1',
        },
      ),
    );
    const trail = await c.request(
      'documenten',
      'GET',
      `/enkelvoudiginformatieobjecten/${idOf(doc.url)}/audittrail`,
    );
    expect(trail.json<{ resource: string; resourceUrl: string }[]>().at(-1)).toMatchObject({
      resource: 'objectinformatieobject',
      resourceUrl: `${BASE}/documenten/api/v1/objectinformatieobjecten/00000000-0000-4000-8000-0000000000aa`,
    });
  });

  it('drc-002/drc-004: a relation with a zaak in another register that has it', async () => {
    const doc = await create(c);
    const zaakPath = '/zaken/api/v1/zaken/7e0e5c3e-0000-4000-8000-000000000001';
    const routes: Record<string, unknown> = {};
    const remote = await remoteRegister(routes);
    try {
      const zaak = remote.url(zaakPath);
      routes[zaakPath] = { url: zaak, zaaktype: remote.url('/zt'), bronorganisatie: '002220647' };
      routes[
        `/zaken/api/v1/zaakinformatieobjecten?${new URLSearchParams({ zaak, informatieobject: doc.url }).toString()}`
      ] = [{ url: remote.url('/zaken/api/v1/zaakinformatieobjecten/1') }];
      const res = await c.request('documenten', 'POST', '/objectinformatieobjecten', {
        informatieobject: doc.url,
        object: zaak,
        objectType: 'zaak',
      });
      expect(res.statusCode, res.body).toBe(201);
      const oio = res.json<{ url: string }>();
      const list = await c.request(
        'documenten',
        'GET',
        `/objectinformatieobjecten?object=${encodeURIComponent(zaak)}`,
      );
      expect(list.json<{ url: string }[]>().map((o) => o.url)).toEqual([oio.url]);
      // The register still has it: not removed here (the spec has 409 for that).
      expect(
        (await c.request('documenten', 'DELETE', `/objectinformatieobjecten/${idOf(oio.url)}`)).statusCode,
      ).toBe(409);
      delete routes[
        `/zaken/api/v1/zaakinformatieobjecten?${new URLSearchParams({ zaak, informatieobject: doc.url }).toString()}`
      ];
      expect(
        (await c.request('documenten', 'DELETE', `/objectinformatieobjecten/${idOf(oio.url)}`)).statusCode,
      ).toBe(204);
    } finally {
      await remote.close();
    }
  });
});

describe('remote informatieobjecttypen', () => {
  it('drc-001: a published informatieobjecttype of another catalogue is fetched; a concept one is refused', async () => {
    const routes: Record<string, unknown> = {};
    const remote = await remoteRegister(routes);
    try {
      const type = remote.url('/catalogi/api/v1/informatieobjecttypen/1');
      const concept = remote.url('/catalogi/api/v1/informatieobjecttypen/2');
      routes['/catalogi/api/v1/informatieobjecttypen/1'] = {
        url: type,
        catalogus: remote.url('/c'),
        omschrijving: 'Extern',
        vertrouwelijkheidaanduiding: 'intern',
        concept: false,
      };
      routes['/catalogi/api/v1/informatieobjecttypen/2'] = {
        ...(routes['/catalogi/api/v1/informatieobjecttypen/1'] as object),
        concept: true,
      };
      const doc = await create(c, { informatieobjecttype: type });
      expect(doc).toMatchObject({ informatieobjecttype: type, vertrouwelijkheidaanduiding: 'intern' });
      const refused = await c.request(
        'documenten',
        'POST',
        '/enkelvoudiginformatieobjecten',
        eio({ informatieobjecttype: concept }),
      );
      expect(refused.json<Problem>().invalidParams[0]?.code).toBe('not-published');
      const notAType = await c.request(
        'documenten',
        'POST',
        '/enkelvoudiginformatieobjecten',
        eio({ informatieobjecttype: remote.url('/nothing') }),
      );
      expect(notAType.json<Problem>().invalidParams[0]?.code).toBe('bad-url');
    } finally {
      await remote.close();
    }
  });

  it('drc-001: a concept informatieobjecttype of the own catalogue is refused', async () => {
    const concept = await extraInformatieobjecttype(t, '0599', {
      omschrijving: 'Nog concept',
      concept: true,
    });
    const res = await c.request(
      'documenten',
      'POST',
      '/enkelvoudiginformatieobjecten',
      eio({ informatieobjecttype: iotUrl(concept.id) }),
    );
    expect(res.json<Problem>().invalidParams[0]?.code).toBe('not-published');
  });
});

describe('authorisation', () => {
  it('a client limited to one informatieobjecttype and confidentiality sees only those documents', async () => {
    const mine = await create(c, { informatieobjecttype: bijlage, vertrouwelijkheidaanduiding: 'openbaar' });
    const secret = await create(c, { informatieobjecttype: bijlage, vertrouwelijkheidaanduiding: 'geheim' });
    const other = await create(c);
    const limited = await zgwClient(t, { gemeente: '0599', alles: false });
    await grant(t, '0599', limited.clientId, 'drc', ['documenten.lezen', 'documenten.aanmaken'], {
      informatieobjecttype: bijlage,
      max: 'intern',
    });
    const list = await limited.request('documenten', 'GET', '/enkelvoudiginformatieobjecten');
    const urls = list.json<{ count: number; results: Eio[] }>().results.map((r) => r.url);
    expect(urls).toContain(mine.url);
    expect(urls).not.toContain(secret.url);
    expect(urls).not.toContain(other.url);
    expect(list.json<{ count: number }>().count).toBe(urls.length);
    expect(
      (await limited.request('documenten', 'GET', `/enkelvoudiginformatieobjecten/${idOf(other.url)}`))
        .statusCode,
    ).toBe(404);
    expect(
      (await limited.request('documenten', 'GET', `/enkelvoudiginformatieobjecten/${idOf(secret.url)}`))
        .statusCode,
    ).toBe(404);
    const forbidden = await limited.request('documenten', 'POST', '/enkelvoudiginformatieobjecten', eio());
    expect(forbidden.statusCode).toBe(403);
    const noScope = await limited.request(
      'documenten',
      'DELETE',
      `/enkelvoudiginformatieobjecten/${idOf(mine.url)}`,
    );
    expect(noScope.statusCode).toBe(403);
    const gebruiksrechten = await limited.request('documenten', 'GET', '/gebruiksrechten');
    expect(gebruiksrechten.statusCode).toBe(200);
  });

  it("another municipality's client sees nothing of these documents", async () => {
    const doc = await create(c);
    const elders = await zgwClient(t, { gemeente: '0518' });
    const list = await elders.request('documenten', 'GET', '/enkelvoudiginformatieobjecten');
    expect(list.json<{ results: Eio[] }>().results.map((r) => r.url)).not.toContain(doc.url);
    expect(
      (await elders.request('documenten', 'GET', `/enkelvoudiginformatieobjecten/${idOf(doc.url)}`))
        .statusCode,
    ).toBe(404);
    expect(
      (await elders.request('documenten', 'POST', `/enkelvoudiginformatieobjecten/${idOf(doc.url)}/lock`))
        .statusCode,
    ).toBe(404);
    const recht = await elders.request('documenten', 'POST', '/gebruiksrechten', {
      informatieobject: doc.url,
      startdatum: '2026-03-01T00:00:00Z',
      omschrijvingVoorwaarden: 'x',
    });
    expect(recht.json<Problem>().invalidParams[0]?.code).toBe('bad-url');
  });
});
