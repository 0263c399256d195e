import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { testApp, type TestApp } from '../../helpers/app.ts';
import { zgwClient } from '../../helpers/zgw.ts';
import { outbox } from '../../../src/modules/events/events.schema.ts';
import { autorisaties } from '../../../src/modules/zgw/zgw.schema.ts';
import { HOOGSTENS_MS } from '../../../src/modules/zgw/zgw-auth.cache.ts';

type Client = Awaited<ReturnType<typeof zgwClient>>;
type Applicatie = {
  url: string;
  clientIds: string[];
  label: string;
  heeftAlleAutorisaties: boolean;
  alleenIsGereedVoorPublicatie: boolean;
  autorisaties: { component: string; componentWeergave: string; scopes: string[]; zaaktype?: string }[];
};
type List = { count: number; next: string | null; previous: string | null; results: Applicatie[] };

const ZAAKTYPE = 'http://loket.test/catalogi/api/v1/zaaktypen/6f2b7c1e-0000-4000-8000-000000000001';
const path = (url: string) => new URL(url).pathname.slice('/autorisaties/api/v1'.length);

let t: TestApp;
let admin: Client;
let amsterdam: Client;
let seq = 0;
const uniek = (prefix: string) => `${prefix}-${++seq}-${Math.random().toString(16).slice(2, 6)}`;

beforeAll(async () => {
  t = await testApp();
  admin = await zgwClient(t, { gemeente: '0599' });
  amsterdam = await zgwClient(t, { gemeente: '0363' });
});
afterAll(async () => t?.close());

const create = (body: Record<string, unknown>, c: Client = admin) =>
  c.request('autorisaties', 'POST', '/applicaties', body);
const zrc = (scopes = ['zaken.lezen']) => ({
  component: 'zrc',
  scopes,
  zaaktype: ZAAKTYPE,
  maxVertrouwelijkheidaanduiding: 'openbaar',
});

describe('Autorisaties API: applicaties', () => {
  it('creates, reads, lists, replaces, patches and deletes an applicatie, each change announced on kanaal autorisaties', async () => {
    const clientId = uniek('zaaksysteem');
    const res = await create({
      clientIds: [clientId],
      label: 'Zaaksysteem',
      autorisaties: [zrc(['zaken.lezen', 'zaken.aanmaken'])],
    });
    expect(res.statusCode).toBe(201);
    const a = res.json<Applicatie>();
    expect(res.headers.location).toBe(a.url);
    expect(a).toMatchObject({
      clientIds: [clientId],
      heeftAlleAutorisaties: false,
      alleenIsGereedVoorPublicatie: false,
      autorisaties: [
        {
          component: 'zrc',
          componentWeergave: 'Zaken API',
          zaaktype: ZAAKTYPE,
          maxVertrouwelijkheidaanduiding: 'openbaar',
        },
      ],
    });

    expect((await admin.request('autorisaties', 'GET', path(a.url))).json()).toEqual(a);
    const listed = (
      await admin.request('autorisaties', 'GET', `/applicaties?clientIds=${clientId},nobody`)
    ).json<List>();
    expect(listed).toMatchObject({ count: 1, next: null, previous: null, results: [{ url: a.url }] });
    const consumer = await admin.request('autorisaties', 'GET', `/applicaties/consumer?clientId=${clientId}`);
    expect(consumer.json()).toEqual([a]);

    const put = await admin.request('autorisaties', 'PUT', path(a.url), {
      clientIds: [clientId],
      label: 'Nieuw label',
      heeftAlleAutorisaties: true,
    });
    expect(put.json()).toMatchObject({ label: 'Nieuw label', heeftAlleAutorisaties: true, autorisaties: [] });
    const patch = await admin.request('autorisaties', 'PATCH', path(a.url), {
      heeftAlleAutorisaties: false,
      autorisaties: [{ component: 'ztc', scopes: ['catalogi.lezen'] }],
      alleenIsGereedVoorPublicatie: true,
    });
    expect(patch.statusCode).toBe(200);
    expect(patch.json()).toMatchObject({
      label: 'Nieuw label',
      alleenIsGereedVoorPublicatie: true,
      autorisaties: [{ component: 'ztc', componentWeergave: 'Catalogi API', scopes: ['catalogi.lezen'] }],
    });

    expect((await admin.request('autorisaties', 'DELETE', path(a.url))).statusCode).toBe(204);
    expect((await admin.request('autorisaties', 'GET', path(a.url))).statusCode).toBe(404);
    expect((await admin.request('autorisaties', 'DELETE', path(a.url))).statusCode).toBe(404);

    const notes = await t.db.database.db
      .select({ payload: outbox.payload, gemeenteCode: outbox.gemeenteCode })
      .from(outbox)
      .where(and(eq(outbox.kanaal, 'autorisaties')));
    const mine = notes.filter((n) => n.payload.resourceUrl === a.url);
    expect(mine.map((n) => n.payload.actie)).toEqual(['create', 'update', 'partial_update', 'destroy']);
    expect(mine[0]).toMatchObject({
      gemeenteCode: '0599',
      payload: { kanaal: 'autorisaties', hoofdObject: a.url, resource: 'applicatie', kenmerken: {} },
    });
  });

  it('ac-001: a client id identifies one applicatie', async () => {
    const clientId = uniek('dubbel');
    expect(
      (await create({ clientIds: [clientId], label: 'Eerste', heeftAlleAutorisaties: true })).statusCode,
    ).toBe(201);
    const dup = await create({
      clientIds: ['ander', clientId],
      label: 'Tweede',
      heeftAlleAutorisaties: true,
    });
    expect(dup.statusCode).toBe(400);
    expect(dup.json()).toMatchObject({ invalidParams: [{ name: 'clientIds', code: 'clientId-exists' }] });
    const second = (
      await create({ clientIds: [uniek('ander')], label: 'Tweede', heeftAlleAutorisaties: true })
    ).json<Applicatie>();
    const moved = await admin.request('autorisaties', 'PATCH', path(second.url), { clientIds: [clientId] });
    expect(moved.statusCode).toBe(400);
    expect(moved.json()).toMatchObject({ invalidParams: [{ code: 'clientId-exists' }] });
    // Keeping its own client ids is no conflict with itself.
    expect(
      (await admin.request('autorisaties', 'PATCH', path(second.url), { label: 'Tweede!' })).statusCode,
    ).toBe(200);
  });

  it('ac-002: all authorisations or the listed ones, not both and not neither', async () => {
    const both = await create({
      clientIds: [uniek('x')],
      label: 'Beide',
      heeftAlleAutorisaties: true,
      autorisaties: [zrc()],
    });
    expect(both.statusCode).toBe(400);
    expect(both.json()).toMatchObject({
      invalidParams: [{ name: 'nonFieldErrors', code: 'ambiguous-authorizations-specified' }],
    });
    const neither = await create({ clientIds: [uniek('x')], label: 'Geen', autorisaties: [] });
    expect(neither.json()).toMatchObject({
      invalidParams: [{ name: 'nonFieldErrors', code: 'missing-authorizations' }],
    });
    const a = (
      await create({ clientIds: [uniek('x')], label: 'Lijst', autorisaties: [zrc()] })
    ).json<Applicatie>();
    const flag = await admin.request('autorisaties', 'PATCH', path(a.url), { heeftAlleAutorisaties: true });
    expect(flag.json()).toMatchObject({ invalidParams: [{ code: 'ambiguous-authorizations-specified' }] });
  });

  it('ac-003: scopes on zaken, documenten and besluiten need the type (and the maximum confidentiality)', async () => {
    const res = await create({
      clientIds: [uniek('x')],
      label: 'Onvolledig',
      autorisaties: [
        { component: 'zrc', scopes: ['zaken.lezen'] },
        {
          component: 'drc',
          scopes: ['documenten.lezen'],
          informatieobjecttype: 'http://loket.test/catalogi/api/v1/informatieobjecttypen/1',
        },
        { component: 'brc', scopes: ['besluiten.lezen'] },
        { component: 'ztc', scopes: ['catalogi.lezen'] },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ invalidParams: { name: string; code: string }[] }>().invalidParams).toEqual([
      expect.objectContaining({ name: 'autorisaties.0.zaaktype', code: 'required' }),
      expect.objectContaining({ name: 'autorisaties.0.maxVertrouwelijkheidaanduiding', code: 'required' }),
      expect.objectContaining({ name: 'autorisaties.1.maxVertrouwelijkheidaanduiding', code: 'required' }),
      expect.objectContaining({ name: 'autorisaties.2.besluittype', code: 'required' }),
    ]);
    const bad = await create({
      clientIds: [uniek('x')],
      label: 'Fout',
      autorisaties: [{ component: 'kc', scopes: [] }],
    });
    expect(bad.json()).toMatchObject({
      invalidParams: [{ name: 'autorisaties.0.component', code: 'invalid_choice' }],
    });
    const missing = await create({ heeftAlleAutorisaties: true });
    expect(missing.json<{ invalidParams: { name: string }[] }>().invalidParams.map((p) => p.name)).toEqual([
      'clientIds',
      'label',
    ]);
  });

  it('takes a change of authorisations into account on the next request', async () => {
    const klant = await zgwClient(t, { gemeente: '0599', alles: false });
    expect((await klant.request('autorisaties', 'GET', '/applicaties')).statusCode).toBe(403);
    const a = (
      await create({
        clientIds: [klant.clientId],
        label: 'Lezer',
        autorisaties: [{ component: 'ac', scopes: ['autorisaties.lezen'] }],
      })
    ).json<Applicatie>();
    expect((await klant.request('autorisaties', 'GET', '/applicaties')).statusCode).toBe(200);
    // Reading is not changing.
    expect(
      (await create({ clientIds: [uniek('x')], label: 'Zelf', heeftAlleAutorisaties: true }, klant))
        .statusCode,
    ).toBe(403);
    await admin.request('autorisaties', 'PATCH', path(a.url), { autorisaties: [zrc()] });
    expect((await klant.request('autorisaties', 'GET', path(a.url))).statusCode).toBe(403);
  });

  it('takes a change made straight in the database into account once PostgreSQL announces it', async () => {
    const klant = await zgwClient(t, { gemeente: '0599', alles: false });
    const a = (
      await create({
        clientIds: [klant.clientId],
        label: 'Lezer buiten Loket om',
        autorisaties: [{ component: 'ac', scopes: ['autorisaties.lezen'] }],
      })
    ).json<Applicatie>();
    // Read twice: the second request uses the client as Loket kept it.
    expect((await klant.request('autorisaties', 'GET', path(a.url))).statusCode).toBe(200);
    expect((await klant.request('autorisaties', 'GET', path(a.url))).statusCode).toBe(200);
    // Not through Loket's services (as another process or an administrator with psql would).
    await t.db.database.db
      .delete(autorisaties)
      .where(eq(autorisaties.applicatieId, path(a.url).split('/')[2]!));
    // What Loket kept would last HOOGSTENS_MS; the notification ends it long before.
    await vi.waitFor(
      async () => expect((await klant.request('autorisaties', 'GET', path(a.url))).statusCode).toBe(403),
      { timeout: HOOGSTENS_MS / 2, interval: 20 },
    );
  });

  it("keeps to the caller's municipality: another's applicatie looks missing", async () => {
    const clientId = uniek('rotterdams');
    const a = (
      await create({ clientIds: [clientId], label: 'Rotterdams', heeftAlleAutorisaties: true })
    ).json<Applicatie>();
    expect((await amsterdam.request('autorisaties', 'GET', path(a.url))).statusCode).toBe(404);
    expect(
      (await amsterdam.request('autorisaties', 'PATCH', path(a.url), { label: 'Overgenomen' })).statusCode,
    ).toBe(404);
    expect((await amsterdam.request('autorisaties', 'DELETE', path(a.url))).statusCode).toBe(404);
    expect(
      (await amsterdam.request('autorisaties', 'GET', `/applicaties/consumer?clientId=${clientId}`))
        .statusCode,
    ).toBe(404);
    const list = (await amsterdam.request('autorisaties', 'GET', '/applicaties')).json<List>();
    expect(list.results.map((r) => r.url)).not.toContain(a.url);
    expect(list.count).toBe(list.results.length);
  });

  it('refuses unknown query parameters and a bad page', async () => {
    expect((await admin.request('autorisaties', 'GET', '/applicaties?clientId=x')).statusCode).toBe(400);
    expect((await admin.request('autorisaties', 'GET', '/applicaties?page=nul')).statusCode).toBe(400);
    const beyond = await admin.request('autorisaties', 'GET', '/applicaties?page=99');
    expect(beyond.json()).toMatchObject({ next: null, results: [] });
  });
});
