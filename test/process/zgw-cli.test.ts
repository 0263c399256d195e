import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zgwToken } from '../helpers/zgw.ts';
import { LoketProcess } from '../helpers/process.ts';
import { zgwRegister } from '../helpers/zgw-register.ts';

// A real Loket on the embedded database, and the CLI as an administrator types it: the
// commands reach the running process through its admin socket.
let loket: LoketProcess;

/** `npx loket …`: the package's bin, as npx runs it. */
const loketCli = (args: string[]) => loket.run(['bin/loket.js', ...args]);

const applicaties = async (clientId: string, secret: string) =>
  fetch(`${loket.url}/autorisaties/api/v1/applicaties?clientIds=${clientId}`, {
    headers: { authorization: `Bearer ${await zgwToken(clientId, secret)}`, accept: 'application/json' },
  });

beforeAll(async () => {
  loket = await LoketProcess.start();
}, 180_000);

afterAll(async () => {
  await loket?.stop();
});

describe('ZGW commands while Loket runs on the embedded database', { timeout: 60_000 }, () => {
  it('zgw-client add registers a client whose JWT the running Loket accepts at once', async () => {
    const secret = 'cli-geheim-0123456789';
    const added = await loketCli([
      'zgw-client',
      'add',
      '--gemeente',
      '0599',
      '--client-id',
      'cli-zaaksysteem',
      '--secret',
      secret,
      '--all',
    ]);
    expect(added.code, added.out).toBe(0);
    expect(JSON.parse(added.out)).toEqual({
      clientId: 'cli-zaaksysteem',
      gemeente: '0599',
      heeftAlleAutorisaties: true,
    });
    const res = await applicaties('cli-zaaksysteem', secret);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      count: number;
      results: { clientIds: string[]; heeftAlleAutorisaties: boolean }[];
    };
    expect(body.count).toBe(1);
    expect(body.results[0]).toMatchObject({ clientIds: ['cli-zaaksysteem'], heeftAlleAutorisaties: true });
    expect((await applicaties('cli-zaaksysteem', 'een-ander-geheim-0123456789')).status).toBe(401);
  });

  it('without --all the client has no authorisations until an Applicatie grants them', async () => {
    const secret = 'cli-zonder-0123456789';
    const added = await loketCli([
      'zgw-client',
      'add',
      '--gemeente',
      '0599',
      '--client-id',
      'cli-zonder',
      '--secret',
      secret,
    ]);
    expect(added.code, added.out).toBe(0);
    expect((await applicaties('cli-zonder', secret)).status).toBe(403);
    const refused = await loketCli([
      'zgw-client',
      'add',
      '--gemeente',
      '0599',
      '--client-id',
      'kort',
      '--secret',
      'te-kort',
    ]);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('at least 16 characters');
  });

  it('zgw-dienst add registers a service the running Loket mirrors zaakverzoeken to at once (zrc-024); list and remove', async () => {
    const reg = await zgwRegister({ 'loket-cli-vrc': 'geheim-van-de-vrc' });
    try {
      const root = reg.root('verzoeken');
      const added = await loketCli([
        'zgw-dienst',
        'add',
        '--gemeente',
        '0599',
        '--api-root',
        root,
        '--client-id',
        'loket-cli-vrc',
        '--secret',
        'geheim-van-de-vrc',
      ]);
      expect(added.code, added.out).toBe(0);
      expect(JSON.parse(added.out)).toEqual({
        gemeente: '0599',
        apiRoot: `${root}/`,
        clientId: 'loket-cli-vrc',
      });
      const listed = await loketCli(['zgw-dienst', 'list', '--gemeente', '0599']);
      expect(listed.code, listed.out).toBe(0);
      expect(JSON.parse(listed.out)).toEqual([
        {
          gemeente: '0599',
          apiRoot: `${root}/`,
          clientId: 'loket-cli-vrc',
          sinds: expect.any(String) as unknown,
        },
      ]);
      expect(listed.out).not.toContain('geheim');

      // A zaak and a zaakverzoek through the running Loket's API.
      const secret = 'cli-spiegel-0123456789';
      expect(
        (
          await loketCli([
            'zgw-client',
            'add',
            '--gemeente',
            '0599',
            '--client-id',
            'cli-spiegel',
            '--secret',
            secret,
            '--all',
          ])
        ).code,
      ).toBe(0);
      const token = await zgwToken('cli-spiegel', secret);
      const api = async (path: string, body?: unknown) => {
        const res = await fetch(`${loket.url}${path}`, {
          method: body === undefined ? 'GET' : 'POST',
          headers: {
            authorization: `Bearer ${token}`,
            accept: 'application/json',
            'accept-crs': 'EPSG:4326',
            ...(body !== undefined ? { 'content-type': 'application/json', 'content-crs': 'EPSG:4326' } : {}),
          },
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        });
        return { status: res.status, body: (await res.json()) as Record<string, unknown> & { url: string } };
      };
      const zaaktypen = await api('/catalogi/api/v1/zaaktypen?status=definitief');
      const zaaktype = (zaaktypen.body.results as { url: string }[])[0]!.url;
      const gemeenten = JSON.parse((await loketCli(['gemeenten'])).out) as { code: string; oin: string }[];
      const rsin = gemeenten.find((g) => g.code === '0599')!.oin.slice(8, 17);
      const zaak = await api('/zaken/api/v1/zaken', {
        zaaktype,
        bronorganisatie: rsin,
        verantwoordelijkeOrganisatie: rsin,
        startdatum: '2026-01-05',
      });
      expect(zaak.status, JSON.stringify(zaak.body)).toBe(201);
      const verzoek = `${root}/verzoeken/1`;
      const vz = await api('/zaken/api/v1/zaakverzoeken', { zaak: zaak.body.url, verzoek });
      expect(vz.status, JSON.stringify(vz.body)).toBe(201);

      // The outbox worker of the running Loket delivers it (every 2 s).
      const deadline = Date.now() + 30_000;
      while (reg.calls.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      expect(reg.calls).toHaveLength(1);
      expect(reg.calls[0]).toMatchObject({
        method: 'POST',
        path: '/verzoeken/api/v1/objectverzoeken',
        body: { verzoek, object: zaak.body.url, objectType: 'zaak' },
        claims: { client_id: 'loket-cli-vrc' },
      });

      const removed = await loketCli(['zgw-dienst', 'remove', '--gemeente', '0599', '--api-root', root]);
      expect(removed.code, removed.out).toBe(0);
      expect(JSON.parse((await loketCli(['zgw-dienst', 'list', '--gemeente', '0599'])).out)).toEqual([]);
      const again = await loketCli(['zgw-dienst', 'remove', '--gemeente', '0599', '--api-root', root]);
      expect(again.code).toBe(1);
      expect(again.out).toContain('No service');
      const refused = await api('/zaken/api/v1/zaakverzoeken', { zaak: zaak.body.url, verzoek });
      expect(refused.status).toBe(400);
    } finally {
      await reg.close();
    }
  });

  it('zgw-urls prints the seven API roots of a municipality as JSON', async () => {
    const res = await loketCli(['zgw-urls', '--gemeente', '0599']);
    expect(res.code, res.out).toBe(0);
    const base = `http://localhost:${loket.port}`;
    expect(JSON.parse(res.out)).toEqual({
      gemeente: '0599',
      zaken: `${base}/zaken/api/v1`,
      catalogi: `${base}/catalogi/api/v1`,
      documenten: `${base}/documenten/api/v1`,
      besluiten: `${base}/besluiten/api/v1`,
      autorisaties: `${base}/autorisaties/api/v1`,
      notificaties: `${base}/notificaties/api/v1`,
      referentielijsten: `${base}/referentielijsten/api/v1`,
    });
    // Each root answers: its OpenAPI document is served.
    for (const root of Object.values(JSON.parse(res.out) as Record<string, string>).filter((v) =>
      v.startsWith('http'),
    ))
      expect((await fetch(`${root.replace('localhost', '127.0.0.1')}/openapi.json`)).status, root).toBe(200);
    const unknown = await loketCli(['zgw-urls', '--gemeente', '9999']);
    expect(unknown.code).toBe(1);
    expect(unknown.out).toContain('Unknown municipality');
  });
});
