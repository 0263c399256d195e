import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp, BRP_TESTSET } from '../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp({ seed: true });
});
afterAll(async () => {
  await t.close();
});

describe('BRP test set import', () => {
  it('puts every person list in the registry of the municipality where the person is registered', async () => {
    const counts = Object.fromEntries(
      (await t.services.persons.countByGemeente()).map((c) => [c.gemeenteCode, c.n]),
    );
    expect(Object.keys(counts).sort()).toEqual(['0344', '0363', '0518', '0530', '0599']);
    expect(counts['0599']).toBeGreaterThan(130);
    expect(counts['0518']).toBeGreaterThan(160);
  });

  it('is idempotent: importing again changes no counts', async () => {
    const before = await t.services.persons.countByGemeente();
    const report = await t.services.persons.importTestset(BRP_TESTSET);
    expect(report.imported).toBe(before.reduce((s, c) => s + c.n, 0));
    expect(report.skipped.some((s) => s.reason.includes('not on Loket'))).toBe(true);
    expect(await t.services.persons.countByGemeente()).toEqual(before);
  });

  it('reports a missing file instead of importing half', async () => {
    await expect(t.services.persons.importTestset('/nonexistent.csv')).rejects.toThrow(/ENOENT/);
  });
});
