import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp({ seed: false });
});
afterAll(async () => {
  await t.close();
});

describe('login rate limit', () => {
  it('answers the 21st login attempt from one address within five minutes with an accessible 429 page', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await t.app.inject('/inloggen/digid')).statusCode);
    expect(statuses.every((s) => s === 303)).toBe(true);
    const last = await t.app.inject('/inloggen/digid');
    expect(last.statusCode).toBe(429);
    expect(last.body).toContain('Te veel pogingen');
    // Another address is not affected: the counter is per address, in the database.
    expect((await t.app.inject({ url: '/inloggen/digid', remoteAddress: '10.1.2.3' })).statusCode).toBe(303);
  });
});
