import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRP_TESTSET } from '../helpers/app.ts';
import { freePort } from '../helpers/browser.ts';
import { LoketProcess } from '../helpers/process.ts';

// Real processes on a real data directory: only meaningful for the embedded database.
let loket: LoketProcess;

beforeAll(async () => {
  loket = await LoketProcess.start();
}, 180_000);

afterAll(async () => {
  await loket?.stop();
});

describe('the embedded database in one data directory', { timeout: 60_000 }, () => {
  it('refuses a second Loket with a clear message while the first keeps working', async () => {
    const second = await loket.run(['src/main.ts'], { PORT: String(await freePort()) });
    expect(second.code).toBe(1);
    expect(second.out).toContain('is in use by another Loket process');
    expect(second.out).toContain(loket.dir);
    const ready = await fetch(`${loket.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', database: 'pglite' });
  });

  it('runs CLI commands inside the running process', async () => {
    const list = await loket.run(['src/cli/main.ts', 'gemeenten']);
    expect(list.code).toBe(0);
    const gemeenten = JSON.parse(list.out) as { code: string; naam: string }[];
    expect(gemeenten.find((g) => g.code === '0599')?.naam).toBe('Rotterdam');
    const imported = await loket.run(['src/cli/main.ts', 'import-brp', '--path', BRP_TESTSET]);
    expect(imported.code).toBe(0);
    expect((JSON.parse(imported.out) as { imported: number }).imported).toBeGreaterThan(450);
    const bad = await loket.run(['src/cli/main.ts', 'import-brp', '--path', '/nope.csv']);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('ENOENT');
  });

  it('serves Mijn gegevens data through the Haal Centraal API with a CLI-issued token', async () => {
    const tok = await loket.run(['src/cli/main.ts', 'api-token', '--client-id', 'demo-0599']);
    const { token } = JSON.parse(tok.out) as { token: string };
    const res = await fetch(`${loket.url}/haalcentraal/api/brp/personen`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        type: 'RaadpleegMetBurgerservicenummer',
        burgerservicenummer: ['999993653'],
        fields: ['naam'],
      }),
    });
    expect(res.status).toBe(200);
    expect(
      ((await res.json()) as { personen: { naam: { volledigeNaam: string } }[] }).personen[0]?.naam
        .volledigeNaam,
    ).toBe('Suzanne Moulin');
  });
});
