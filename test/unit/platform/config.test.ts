import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/platform/config.ts';

describe('configuration', () => {
  it('has working defaults for development', () => {
    const c = loadConfig({}, '/srv/loket');
    expect(c).toMatchObject({
      mode: 'development',
      port: 3000,
      baseUrl: 'http://localhost:3000',
      dataDir: '/srv/loket/data',
      devIdp: true,
      demoData: true,
    });
    expect(c.digid).toMatchObject({ issuer: 'http://localhost:3000/dev-idp', bsnClaim: 'bsn' });
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('names every bad value at once', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x' });
    } catch (e) {
      expect((e as Error).message).toContain('PORT="abc"');
      expect((e as Error).message).toContain('DATABASE_URL="mysql://x"');
    }
  });

  it('refuses the development identity provider, demo data and plain http in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', LOKET_DEV_IDP: 'on' })).toThrow(
      /development identity provider is refused/,
    );
    expect(() => loadConfig({ NODE_ENV: 'production', LOKET_DEMO_DATA: 'on' })).toThrow(
      /demo data is refused/,
    );
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        LOKET_DEV_IDP: 'off',
        LOKET_DEMO_DATA: 'off',
        LOKET_BASE_URL: 'http://x.nl',
        LOKET_SESSION_SECRET: 'x'.repeat(32),
      }),
    ).toThrow(/LOKET_DIGID_ISSUER: required/);
  });

  it('takes the claim names of a real broker from configuration', () => {
    const c = loadConfig({
      LOKET_DIGID_ISSUER: 'https://broker.example/oidc',
      LOKET_DIGID_CLIENT_ID: 'loket',
      LOKET_DIGID_CLIENT_SECRET: 's',
      LOKET_DIGID_BSN_CLAIM: 'nin',
    });
    expect(c.digid).toEqual({
      issuer: 'https://broker.example/oidc',
      clientId: 'loket',
      clientSecret: 's',
      bsnClaim: 'nin',
    });
  });
});
