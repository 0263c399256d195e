import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zgwToken } from '../helpers/zgw.ts';
import { LoketProcess } from '../helpers/process.ts';

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
