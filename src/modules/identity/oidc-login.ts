import * as client from 'openid-client';
import type { OidcLoginConfig } from '../../platform/config.ts';
import type { PendingLogin } from '../../platform/http/types.ts';

export type LoginKind = PendingLogin['kind'];

/**
 * The relying party for one login kind: authorization code with PKCE (S256), state and nonce,
 * per the NL GOV assurance profile. Discovery happens on first use and is then kept.
 */
export function oidcLogin(kind: LoginKind, cfg: OidcLoginConfig, baseUrl: string, fetchImpl: typeof fetch) {
  let discovered: Promise<client.Configuration> | undefined;
  const redirectUri = `${baseUrl}/inloggen/${kind}/callback`;
  const configuration = () =>
    (discovered ??= client
      .discovery(new URL(cfg.issuer), cfg.clientId, cfg.clientSecret, undefined, {
        [client.customFetch]: fetchImpl as client.CustomFetch,
        ...(cfg.issuer.startsWith('http://') ? { execute: [client.allowInsecureRequests] } : {}),
      })
      .catch((err: unknown) => {
        discovered = undefined;
        throw err;
      }));

  return {
    async start(): Promise<{ url: string; pending: PendingLogin }> {
      const config = await configuration();
      const codeVerifier = client.randomPKCECodeVerifier();
      const pending: PendingLogin = {
        kind,
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier,
      };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: `openid ${kind}`,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
        // Always ask the person to authenticate: a shared computer must not log in the previous user.
        prompt: 'login',
      });
      return { url: url.href, pending };
    },
    /** Exchanges the code; returns the ID token claims. */
    async finish(currentUrl: URL, pending: PendingLogin): Promise<client.IDToken> {
      const config = await configuration();
      const tokens = await client.authorizationCodeGrant(config, currentUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error('No ID token');
      return claims;
    },
  };
}

export type OidcLogin = ReturnType<typeof oidcLogin>;
