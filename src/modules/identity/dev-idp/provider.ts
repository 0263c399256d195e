import type { FastifyInstance } from 'fastify';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { randomBytes } from 'node:crypto';
import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/types.ts';
import { getOrCreateSecret } from '../../../platform/secrets.ts';
import { dbAdapterClass } from './adapter.ts';
import { decodeAccount } from './accounts.ts';

export const DEV_IDP_PREFIX = '/dev-idp';

/**
 * The built-in development identity provider: one OIDC issuer with a client for each login
 * kind (DigiD, eHerkenning, employees), speaking the same protocol as the real brokers.
 */
export async function createDevProvider(config: Config, db: Db): Promise<Provider> {
  const jwk = await getOrCreateSecret<JWK>(db, 'dev-idp-signing-key', async () => {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    return {
      ...(await exportJWK(privateKey)),
      alg: 'ES256',
      use: 'sig',
      kid: randomBytes(8).toString('hex'),
    };
  });
  const cookieKey = await getOrCreateSecret(db, 'dev-idp-cookie-key', () => randomBytes(32).toString('hex'));
  const redirect = (kind: string) => [`${config.baseUrl}/inloggen/${kind}/callback`];
  const client = (c: { clientId: string; clientSecret: string }, kind: string) => ({
    client_id: c.clientId,
    client_secret: c.clientSecret,
    redirect_uris: redirect(kind),
    post_logout_redirect_uris: [`${config.baseUrl}/`],
    grant_types: ['authorization_code'],
    response_types: ['code'] as 'code'[],
    token_endpoint_auth_method: 'client_secret_basic' as const,
    id_token_signed_response_alg: 'ES256' as const,
    scope: `openid ${kind}`,
  });
  const configuration: Configuration = {
    adapter: dbAdapterClass(db),
    clients: [
      client(config.digid, 'digid'),
      client(config.eherkenning, 'eherkenning'),
      client(config.medewerker, 'medewerker'),
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: [cookieKey], short: { path: '/' }, long: { path: '/' } },
    scopes: ['openid', 'digid', 'eherkenning', 'medewerker'],
    claims: {
      openid: ['sub'],
      digid: [config.digid.bsnClaim],
      eherkenning: [config.eherkenning.kvkClaim, config.eherkenning.actingClaim],
      medewerker: ['preferred_username'],
    },
    acrValues: [
      'http://eidas.europa.eu/LoA/low',
      'http://eidas.europa.eu/LoA/substantial',
      'http://eidas.europa.eu/LoA/high',
    ],
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `${DEV_IDP_PREFIX}/interaction/${interaction.uid}` },
    ttl: {
      Session: 600,
      Interaction: 600,
      Grant: 600,
      AccessToken: 300,
      AuthorizationCode: 60,
      IdToken: 300,
    },
    findAccount: (_ctx, sub) => {
      const account = decodeAccount(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: () => {
          if (account.kind === 'digid') return { sub, [config.digid.bsnClaim]: account.bsn };
          if (account.kind === 'eherkenning') {
            return {
              sub,
              [config.eherkenning.kvkClaim]: account.kvkNummer,
              [config.eherkenning.actingClaim]: account.pseudoniem,
            };
          }
          return { sub, preferred_username: account.gebruikersnaam };
        },
      };
    },
    // First-party clients: consent is implied, so a grant is made for what the client asked.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const accountId = ctx.oidc.session!.accountId!;
      const clientId = ctx.oidc.client!.clientId;
      const existingId = ctx.oidc.session!.grantIdFor(clientId);
      const existing = existingId ? await ctx.oidc.provider.Grant.find(existingId) : undefined;
      if (existing && existing.accountId === accountId) return existing;
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId });
      grant.addOIDCScope(ctx.oidc.client!.scope ?? 'openid');
      await grant.save();
      return grant;
    },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.status = ctx.status >= 400 ? ctx.status : 400;
      const esc = (s: unknown) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
      ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Login error</title></head><body><main><h1>Login error</h1><p>${esc(out.error)}: ${esc(out.error_description ?? '')}</p><p><a href="/inloggen">Back to Loket</a></p></main></body></html>`;
    },
  };
  const provider = new Provider(`${config.baseUrl}${DEV_IDP_PREFIX}`, configuration);
  provider.proxy = true;
  return provider;
}

/** Mounts the provider under /dev-idp; it reads the request body itself. */
export async function mountDevProvider(app: FastifyInstance, provider: Provider): Promise<void> {
  const callback = provider.callback();
  await app.register(
    // eslint-disable-next-line @typescript-eslint/require-await
    async (scope) => {
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser('*', (_req, _payload, done) => done(null, undefined));
      scope.all(`${DEV_IDP_PREFIX}/*`, (req, reply) => {
        reply.hijack();
        const raw = req.raw as typeof req.raw & { originalUrl?: string };
        raw.originalUrl = raw.url;
        raw.url = (raw.url ?? '/').slice(DEV_IDP_PREFIX.length) || '/';
        void callback(raw, reply.raw);
      });
    },
  );
}
