import { describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { apiTokenVerifier } from '../../../src/modules/identity/api-token.ts';

const T0 = Date.parse('2026-12-01T12:00:00Z');
const sign = (secret: string, claims: Record<string, unknown>, iat = T0 / 1000) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt(iat)
    .sign(new TextEncoder().encode(secret));

describe('the API token verifier', () => {
  it('accepts a token again until it is an hour (and the tolerance) old, then refuses it', async () => {
    let now = T0;
    const verify = apiTokenVerifier(() => now);
    const token = await sign('geheim', { client_id: 'a', user_id: 'u1' });
    expect((await verify(token, 'geheim')).user_id).toBe('u1');
    now = T0 + 30 * 60_000;
    expect((await verify(token, 'geheim')).client_id).toBe('a');
    now = T0 + 62 * 60_000;
    await expect(verify(token, 'geheim')).rejects.toThrow();
  });

  it('honours exp before the hour is over', async () => {
    let now = T0;
    const verify = apiTokenVerifier(() => now);
    const token = await sign('geheim', { client_id: 'a', exp: T0 / 1000 + 120 });
    await verify(token, 'geheim');
    now = T0 + 170_000;
    expect((await verify(token, 'geheim')).client_id).toBe('a');
    now = T0 + 181_000;
    await expect(verify(token, 'geheim')).rejects.toThrow();
  });

  it('refuses a token verified before once the secret changed, and a forged one', async () => {
    const verify = apiTokenVerifier(() => T0);
    const token = await sign('oud-geheim', { client_id: 'a' });
    await verify(token, 'oud-geheim');
    await expect(verify(token, 'nieuw-geheim')).rejects.toThrow();
    const [h, , s] = token.split('.');
    const forged = `${h}.${Buffer.from(JSON.stringify({ client_id: 'b', iat: T0 / 1000 })).toString('base64url')}.${s}`;
    await expect(verify(forged, 'oud-geheim')).rejects.toThrow();
  });

  it('refuses a token without iat or issued in the future', async () => {
    const verify = apiTokenVerifier(() => T0);
    const zonder = await new SignJWT({ client_id: 'a' })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode('geheim'));
    await expect(verify(zonder, 'geheim')).rejects.toThrow();
    await expect(
      verify(await sign('geheim', { client_id: 'a' }, T0 / 1000 + 600), 'geheim'),
    ).rejects.toThrow();
  });
});
