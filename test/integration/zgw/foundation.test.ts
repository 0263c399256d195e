import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testApp, type TestApp } from '../../helpers/app.ts';
import { zgwClient, zgwToken } from '../../helpers/zgw.ts';
import { ZGW_APIS } from '../../../src/modules/zgw/zgw-http.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => t?.close());

describe('the ZGW foundation', () => {
  it('serves each component its OpenAPI document as JSON', async () => {
    for (const [api, { path, spec }] of Object.entries(ZGW_APIS)) {
      if (!spec) continue;
      const res = await t.app.inject({ method: 'GET', url: `${path}/openapi.json` });
      expect(res.statusCode, api).toBe(200);
      expect(res.json<{ openapi: string }>().openapi).toMatch(/^3\./);
    }
  });

  it('keeps sessions to the pages: an API request with a session cookie neither reads nor makes one', async () => {
    const login = await t.app.inject({ method: 'GET', url: '/inloggen/digid' });
    const session = login.cookies.find((c) => c.name === 'loket_session');
    expect(session, 'a login keeps what it waits for in a session').toBeDefined();
    const cookie = `loket_session=${session!.value}`;
    const c = await zgwClient(t, { gemeente: '0599' });
    const get = vi.spyOn(t.services.identity.sessionStorage, 'get');
    try {
      const api = await t.app.inject({
        method: 'GET',
        url: `${ZGW_APIS.zaken.path}/zaken`,
        headers: { cookie, authorization: `Bearer ${c.token}`, 'accept-crs': 'EPSG:4326' },
      });
      expect(api.statusCode).toBe(200);
      expect(api.headers['set-cookie']).toBeUndefined();
      const health = await t.app.inject({ method: 'GET', url: '/health/ready', headers: { cookie } });
      expect(health.statusCode).toBe(200);
      expect(get).not.toHaveBeenCalled();
      // The same cookie on a page is read.
      expect((await t.app.inject({ method: 'GET', url: '/inloggen', headers: { cookie } })).statusCode).toBe(
        200,
      );
      expect(get).toHaveBeenCalled();
    } finally {
      get.mockRestore();
    }
  });

  it('authenticates a registered client and refuses a wrong signature or an unknown client', async () => {
    const c = await zgwClient(t, { gemeente: '0599' });
    const client = await t.services.zgw.authenticate(`Bearer ${c.token}`);
    expect(client.gemeenteCode).toBe('0599');
    expect(client.heeftAlleAutorisaties).toBe(true);
    expect(client.userRepresentation).toBe('Test Gebruiker');
    await expect(
      t.services.zgw.authenticate(`Bearer ${await zgwToken(c.clientId, 'wrong-secret-0123456789')}`),
    ).rejects.toThrow();
    await expect(t.services.zgw.authenticate(`Bearer ${await zgwToken('nobody', 'x')}`)).rejects.toThrow();
  });

  it('gives a client added without --all no authorisations until an Applicatie grants them', async () => {
    const c = await zgwClient(t, { gemeente: '0363', alles: false });
    const client = await t.services.zgw.authenticate(`Bearer ${c.token}`);
    expect(client.heeftAlleAutorisaties).toBe(false);
    expect(client.grants).toEqual([]);
  });

  it('refuses to move a client id to another municipality', async () => {
    const c = await zgwClient(t, { gemeente: '0518' });
    await expect(
      t.services.zgw.addClient({
        gemeenteCode: '0344',
        clientId: c.clientId,
        secret: 'another-secret-0123456789',
        alles: true,
      }),
    ).rejects.toThrow(/andere gemeente/);
  });
});
