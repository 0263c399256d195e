import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../helpers/app.ts';
import { zgwClient } from '../../helpers/zgw.ts';
import { zgwRegister, type ZgwRegister } from '../../helpers/zgw-register.ts';
import { zaakcontactmomenten, zaakverzoeken } from '../../../src/modules/cases/zaken-api.schema.ts';
import { json, verhuizing, zaakBody, type Client, type Verhuizing } from './zaken-helpers.ts';

type J = Record<string, unknown> & { url: string; uuid: string };

const VRC = { clientId: 'loket-bij-vrc', secret: 'geheim-van-de-verzoeken-api' };
const CMC = { clientId: 'loket-bij-cmc', secret: 'geheim-van-de-contactmomenten-api' };

let t: TestApp;
let c: Client;
let v: Verhuizing;
let reg: ZgwRegister;
/** The services' clock runs this far ahead of the real one: moved on to make retries due. */
let vooruit = 0;

beforeAll(async () => {
  t = await testApp({ today: () => new Date(Date.now() + vooruit) });
  c = await zgwClient(t, { gemeente: '0599' });
  v = await verhuizing(t, '0599');
  reg = await zgwRegister({ [VRC.clientId]: VRC.secret, [CMC.clientId]: CMC.secret });
  await t.services.diensten.save({ gemeenteCode: '0599', apiRoot: reg.root('verzoeken'), ...VRC });
  await t.services.diensten.save({ gemeenteCode: '0599', apiRoot: reg.root('contactmomenten'), ...CMC });
});
afterAll(async () => {
  await reg?.close();
  await t?.close();
});

const nieuweZaak = async () => json<J>(await c.request('zaken', 'POST', '/zaken', zaakBody(v)));
const post = async (path: string, body: unknown) => {
  const res = await c.request('zaken', 'POST', path, body);
  expect(res.statusCode, res.body).toBe(201);
  return json<J>(res);
};
/** One round of the outbox worker (the opdrachten need no fan-out). */
const bezorg = () => t.services.events.deliverDue(50);
const callsOver = (verzoek: string) => reg.calls.filter((x) => x.body?.verzoek === verzoek);
const spiegelVan = async (table: typeof zaakverzoeken, uuid: string) =>
  (await t.services.database.db.select().from(table).where(eq(table.id, uuid)))[0]?.spiegelUrl;

describe('zrc-024: zaakverzoeken are mirrored in the Verzoeken API', () => {
  it('zrc-024: a new zaakverzoek leads to exactly one POST objectverzoeken, with a valid ZGW JWT, after the commit', async () => {
    const zaak = await nieuweZaak();
    const verzoek = `${reg.root('verzoeken')}/verzoeken/${crypto.randomUUID()}`;
    const voor = reg.calls.length;
    const vz = await post('/zaakverzoeken', { zaak: zaak.url, verzoek });
    expect(vz).toEqual({ url: vz.url, uuid: vz.uuid, zaak: zaak.url, verzoek });
    // Nothing is sent while the request runs: the opdracht waits in the outbox.
    expect(reg.calls.length).toBe(voor);

    expect(await bezorg()).toMatchObject({ bezorgd: 1, mislukt: 0 });
    const posts = callsOver(verzoek);
    expect(posts).toHaveLength(1);
    const [call] = posts;
    expect(call).toMatchObject({
      method: 'POST',
      path: '/verzoeken/api/v1/objectverzoeken',
      body: { verzoek, object: zaak.url, objectType: 'zaak' },
    });
    expect(call!.claims).toMatchObject({
      client_id: VRC.clientId,
      iss: VRC.clientId,
      user_id: 'loket',
      user_representation: expect.stringContaining('0599') as unknown,
    });
    expect(typeof call!.claims!.iat).toBe('number');

    // The relation the register made is kept on the zaakverzoek; it is not posted again.
    const spiegel = await spiegelVan(zaakverzoeken, vz.uuid);
    expect(spiegel).toMatch(new RegExp(`^${reg.root('verzoeken')}/objectverzoeken/`));
    expect(reg.relaties.get(spiegel!)).toEqual({ verzoek, object: zaak.url, objectType: 'zaak' });
    expect(await bezorg()).toMatchObject({ bezorgd: 0, mislukt: 0 });
    expect(callsOver(verzoek)).toHaveLength(1);
    // The ZGW resource does not show the mirror.
    expect(json(await c.request('zaken', 'GET', `/zaakverzoeken/${vz.uuid}`))).toEqual(vz);
  });

  /** A zaak with a zaakverzoek whose objectverzoek arrived. */
  async function gespiegeldVerzoek() {
    const zaak = await nieuweZaak();
    const vz = await post('/zaakverzoeken', {
      zaak: zaak.url,
      verzoek: `${reg.root('verzoeken')}/verzoeken/${crypto.randomUUID()}`,
    });
    await bezorg();
    const spiegel = (await spiegelVan(zaakverzoeken, vz.uuid))!;
    expect(reg.relaties.has(spiegel)).toBe(true);
    return { zaak, vz, spiegel };
  }

  it('zrc-024: deleting the zaakverzoek deletes its objectverzoek', async () => {
    const { vz, spiegel } = await gespiegeldVerzoek();

    expect((await c.request('zaken', 'DELETE', `/zaakverzoeken/${vz.uuid}`)).statusCode).toBe(204);
    expect(await bezorg()).toMatchObject({ bezorgd: 1, mislukt: 0 });
    const deletes = reg.calls.filter((x) => x.method === 'DELETE' && spiegel.endsWith(x.path));
    expect(deletes).toHaveLength(1);
    expect(deletes[0]!.claims).toMatchObject({ client_id: VRC.clientId });
    expect(reg.relaties.has(spiegel)).toBe(false);
  });

  it('zrc-024: a zaakverzoek removed before its mirror arrived: the objectverzoek is made and removed again', async () => {
    const zaak = await nieuweZaak();
    const verzoek = `${reg.root('verzoeken')}/verzoeken/${crypto.randomUUID()}`;
    const vz = await post('/zaakverzoeken', { zaak: zaak.url, verzoek });
    expect((await c.request('zaken', 'DELETE', `/zaakverzoeken/${vz.uuid}`)).statusCode).toBe(204);
    await bezorg(); // the POST; its handler finds the zaakverzoek gone
    await bezorg(); // the DELETE that follows
    const mine = [...reg.relaties.values()].filter((r) => r.verzoek === verzoek);
    expect(mine).toEqual([]);
    expect(callsOver(verzoek)).toHaveLength(1);
  });

  it('zrc-024: destroying the zaak removes the objectverzoeken of its zaakverzoeken', async () => {
    const { zaak, spiegel } = await gespiegeldVerzoek();
    expect((await c.request('zaken', 'DELETE', `/zaken/${zaak.uuid}`)).statusCode).toBe(204);
    await bezorg();
    expect(reg.relaties.has(spiegel)).toBe(false);
  });

  it('zrc-024: a verzoek of a register without a registered service is refused (400 unknown-service)', async () => {
    const zaak = await nieuweZaak();
    const res = await c.request('zaken', 'POST', '/zaakverzoeken', {
      zaak: zaak.url,
      verzoek: 'https://onbekend.example/api/v1/verzoeken/1',
    });
    expect(res.statusCode).toBe(400);
    expect(json<{ invalidParams: unknown[] }>(res).invalidParams).toEqual([
      { name: 'verzoek', code: 'unknown-service', reason: expect.any(String) as unknown },
    ]);
    expect(
      json<J[]>(await c.request('zaken', 'GET', `/zaakverzoeken?zaak=${encodeURIComponent(zaak.url)}`)),
    ).toEqual([]);
    // Another municipality's service is not this one's.
    const utrecht = await zgwClient(t, { gemeente: '0344' });
    const vu = await verhuizing(t, '0344');
    const zaakU = json<J>(await utrecht.request('zaken', 'POST', '/zaken', zaakBody(vu)));
    const other = await utrecht.request('zaken', 'POST', '/zaakverzoeken', {
      zaak: zaakU.url,
      verzoek: `${reg.root('verzoeken')}/verzoeken/1`,
    });
    expect(other.statusCode).toBe(400);
    expect(json<{ invalidParams: { code: string }[] }>(other).invalidParams[0]!.code).toBe('unknown-service');
  });
});

describe('zrc-025: zaakcontactmomenten are mirrored in the Contactmomenten API', () => {
  it('zrc-025: a register that is down gets the objectcontactmoment after a retry, and its removal', async () => {
    const zaak = await nieuweZaak();
    const contactmoment = `${reg.root('contactmomenten')}/contactmomenten/${crypto.randomUUID()}`;
    reg.state.down = true;
    const cm = await post('/zaakcontactmomenten', { zaak: zaak.url, contactmoment });
    expect(await bezorg()).toMatchObject({ bezorgd: 0, mislukt: 1 });
    const [open] = (await t.services.events.listDeliveries('0599', { status: 'open' })).filter(
      (d) => d.soort === 'opdracht',
    );
    expect(open).toMatchObject({
      kanaal: 'zrc-025.objectcontactmomenten.aanmaken',
      abonnee: `POST ${reg.root('contactmomenten')}/objectcontactmomenten`,
      pogingen: 1,
    });
    expect(open!.laatsteFout).toMatch(/fetch failed|socket|other side closed/);

    reg.state.down = false;
    // Not before the backoff has passed.
    expect(await bezorg()).toMatchObject({ bezorgd: 0, mislukt: 0 });
    vooruit += 2 * 3_600_000;
    expect(await bezorg()).toMatchObject({ bezorgd: 1, mislukt: 0 });
    const posts = reg.calls.filter((x) => x.body?.contactmoment === contactmoment);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({
      method: 'POST',
      path: '/contactmomenten/api/v1/objectcontactmomenten',
      body: { contactmoment, object: zaak.url, objectType: 'zaak' },
      claims: { client_id: CMC.clientId },
    });
    const spiegel = (await spiegelVan(zaakcontactmomenten, cm.uuid))!;
    expect(reg.relaties.get(spiegel)).toEqual({ contactmoment, object: zaak.url, objectType: 'zaak' });

    expect((await c.request('zaken', 'DELETE', `/zaakcontactmomenten/${cm.uuid}`)).statusCode).toBe(204);
    expect(await bezorg()).toMatchObject({ bezorgd: 1, mislukt: 0 });
    expect(reg.calls.filter((x) => x.method === 'DELETE' && spiegel.endsWith(x.path))).toHaveLength(1);
    expect(reg.relaties.has(spiegel)).toBe(false);
  });

  it('zrc-025: a removal whose answer was lost is done when the register says the relation is gone', async () => {
    const zaak = await nieuweZaak();
    const cm = await post('/zaakcontactmomenten', {
      zaak: zaak.url,
      contactmoment: `${reg.root('contactmomenten')}/contactmomenten/${crypto.randomUUID()}`,
    });
    await bezorg();
    const spiegel = (await spiegelVan(zaakcontactmomenten, cm.uuid))!;
    reg.relaties.delete(spiegel); // removed at the register already
    expect((await c.request('zaken', 'DELETE', `/zaakcontactmomenten/${cm.uuid}`)).statusCode).toBe(204);
    expect(await bezorg()).toMatchObject({ bezorgd: 1, mislukt: 0 });
  });
});

describe('the registry of external services', () => {
  it('finds the service by the longest API root of the municipality, and refuses a bad root', async () => {
    const d = t.services.diensten;
    await d.save({ gemeenteCode: '0599', apiRoot: 'https://vrc.example/api/v1', clientId: 'a', secret: 's' });
    await d.save({ gemeenteCode: '0599', apiRoot: 'https://vrc.example/', clientId: 'b', secret: 's' });
    expect(await d.dienstVoor('0599', 'https://vrc.example/api/v1/verzoeken/1')).toEqual({
      apiRoot: 'https://vrc.example/api/v1/',
      clientId: 'a',
    });
    expect(await d.dienstVoor('0599', 'https://vrc.example/api/v10/verzoeken/1')).toMatchObject({
      clientId: 'b',
    });
    expect(await d.dienstVoor('0344', 'https://vrc.example/api/v1/verzoeken/1')).toBeUndefined();
    await expect(
      d.save({ gemeenteCode: '0599', apiRoot: 'ftp://vrc.example/?x=1', clientId: 'a', secret: 's' }),
    ).rejects.toThrow(/apiRoot/);
    expect((await d.list('0599')).some((x) => 'secret' in x)).toBe(false);
    expect(await d.remove('0599', 'https://vrc.example')).toBe(true);
    expect(await d.remove('0599', 'https://vrc.example/api/v1/')).toBe(true);
    expect(await d.remove('0599', 'https://vrc.example/api/v1/')).toBe(false);
  });
});
