import { decodeJwt } from 'jose';
import { apiTokenVerifier } from './api-token.ts';
import type { Config } from '../../platform/config.ts';
import type { Db } from '../../platform/db/types.ts';
import { unauthenticated } from '../../platform/errors.ts';
import type { SessionStorage } from '../../platform/http/session.ts';
import * as repo from './identity.repository.ts';
import type { Rol } from './identity.schema.ts';
import { oidcLogin, type LoginKind, type OidcLogin } from './oidc-login.ts';
import { niveauFromAcr, type Principal } from './principal.ts';
import type { Actor } from '../registries/processing-log.service.ts';

export interface IdentityDeps {
  db: Db;
  config: Config;
  fetch: typeof fetch;
  /** Municipality of registration of a citizen, for the look of the pages. */
  gemeenteOfBsn: (bsn: string) => Promise<string | undefined>;
  naamOfBsn: (bsn: string) => Promise<string | undefined>;
  bedrijf: (kvk: string) => Promise<{ naam: string; gemeenteCode: string | null } | undefined>;
}

const claim = (claims: Record<string, unknown>, name: string): string | undefined => {
  const v = claims[name];
  return typeof v === 'string' && v.length > 0 ? v : undefined;
};

const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

/** An API client that proved itself with its JWT. */
export type ApiClientActor = Actor & {
  scopes: string[];
  userId: string | undefined;
  userRepresentation: string | undefined;
};

export class LoginRefusedError extends Error {
  override name = 'LoginRefusedError';
}

export function identityService(deps: IdentityDeps) {
  const { db, config } = deps;
  const verifyToken = apiTokenVerifier();

  /**
   * The same, with the client read by the caller's `lookup` together with what it needs of the
   * client (one statement per request, e.g. with its authorisations).
   */
  async function authenticateApiClientWith<T>(
    authorization: string | undefined,
    lookup: (clientId: string) => Promise<{ client: repo.ApiClient; with: T } | undefined>,
  ): Promise<ApiClientActor & { with: T }> {
    const token = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1];
    if (!token) throw unauthenticated('A Bearer JWT is required.');
    let clientId: string | undefined;
    try {
      const payload = decodeJwt(token);
      clientId = (typeof payload.client_id === 'string' ? payload.client_id : undefined) ?? payload.iss;
    } catch {
      throw unauthenticated('The token is not a JWT.');
    }
    const found = clientId ? await lookup(clientId) : undefined;
    if (!found) throw unauthenticated('Unknown client.');
    const c = found.client;
    try {
      const payload = await verifyToken(token, c.secret);
      return {
        type: 'api-client',
        id: c.clientId,
        gemeenteCode: c.gemeenteCode,
        scopes: c.scopes,
        userId: typeof payload.user_id === 'string' ? payload.user_id : undefined,
        userRepresentation:
          typeof payload.user_representation === 'string' ? payload.user_representation : undefined,
        with: found.with,
      };
    } catch {
      throw unauthenticated('Invalid token signature or claims.');
    }
  }
  const logins: Record<LoginKind, OidcLogin> = {
    digid: oidcLogin('digid', config.digid, config.baseUrl, deps.fetch),
    eherkenning: oidcLogin('eherkenning', config.eherkenning, config.baseUrl, deps.fetch),
    medewerker: oidcLogin('medewerker', config.medewerker, config.baseUrl, deps.fetch),
  };

  /** Turns verified ID-token claims into the principal of the session; claim names are configuration. */
  async function principalFrom(kind: LoginKind, claims: Record<string, unknown>): Promise<Principal> {
    const niveau = niveauFromAcr(claims.acr);
    if (kind === 'digid') {
      const bsn = claim(claims, config.digid.bsnClaim);
      if (!bsn || !/^\d{9}$/.test(bsn))
        throw new LoginRefusedError(`No BSN in claim ${config.digid.bsnClaim}`);
      return {
        type: 'burger',
        bsn,
        niveau,
        gemeenteCode: await deps.gemeenteOfBsn(bsn),
        naam: (await deps.naamOfBsn(bsn)) ?? bsn,
      };
    }
    if (kind === 'eherkenning') {
      const kvk = claim(claims, config.eherkenning.kvkClaim);
      const acting = claim(claims, config.eherkenning.actingClaim);
      if (!kvk || !/^\d{8}$/.test(kvk) || !acting)
        throw new LoginRefusedError('No KVK number or acting person');
      const b = await deps.bedrijf(kvk);
      return {
        type: 'bedrijf',
        kvkNummer: kvk,
        handelendePersoon: acting,
        niveau,
        naam: b?.naam ?? kvk,
        gemeenteCode: b?.gemeenteCode ?? undefined,
      };
    }
    const username = claim(claims, 'preferred_username');
    const m = username ? await repo.medewerkerByGebruikersnaam(db, username) : undefined;
    if (!m || !m.actief) throw new LoginRefusedError('Unknown or inactive employee');
    return {
      type: 'medewerker',
      id: m.id,
      gebruikersnaam: m.gebruikersnaam,
      naam: m.naam,
      gemeenteCode: m.gemeenteCode,
      rollen: m.rollen,
    };
  }

  const sessionStorage: SessionStorage = {
    get: (id) => repo.getSession(db, id),
    set: (id, data, expiresAt) => repo.putSession(db, id, data, expiresAt),
    destroy: (id) => repo.deleteSession(db, id),
  };

  return {
    sessionStorage,
    startLogin: (kind: LoginKind) => logins[kind].start(),
    async finishLogin(
      kind: LoginKind,
      currentUrl: URL,
      pending: Parameters<OidcLogin['finish']>[1],
    ): Promise<Principal> {
      const claims = await logins[kind].finish(currentUrl, pending);
      return principalFrom(kind, claims);
    },
    principalFrom,

    /**
     * The session's principal as it stands now: none after the absolute session lifetime, and
     * an employee's municipality, roles and active flag re-read on every request, so that a
     * deactivated or moved employee loses access at once.
     */
    async currentPrincipal(p: Principal, loginAt: number): Promise<Principal | undefined> {
      if (Date.now() - loginAt > SESSION_LIFETIME_MS) return undefined;
      if (p.type !== 'medewerker') return p;
      const m = await repo.medewerkerById(db, p.id);
      if (!m || !m.actief) return undefined;
      return { ...p, naam: m.naam, gemeenteCode: m.gemeenteCode, rollen: m.rollen };
    },

    /**
     * Verifies a ZGW-style HS256 JWT: the client is named in `client_id` (or `iss`), its secret
     * is looked up, and the token must be signed with it.
     */
    authenticateApiClient: (authorization: string | undefined) =>
      authenticateApiClientWith(authorization, async (clientId) => {
        const client = await repo.apiClientById(db, clientId);
        return client && { client, with: undefined };
      }),

    authenticateApiClientWith,

    saveMedewerker: (m: { gemeenteCode: string; gebruikersnaam: string; naam: string; rollen: Rol[] }) =>
      repo.upsertMedewerker(db, m),
    medewerkers: () => repo.medewerkersList(db),
    /** The active employees of a municipality. */
    medewerkersVan: (gemeenteCode: string) => repo.medewerkersVan(db, gemeenteCode),
    saveApiClient: (c: {
      clientId: string;
      gemeenteCode: string;
      secret: string;
      naam: string;
      scopes: string[];
    }) => repo.upsertApiClient(db, c),
    apiClient: (clientId: string) => repo.apiClientById(db, clientId),
    /** Counts an attempt; true when over the limit. */
    async rateLimited(key: string, max: number, windowMs: number): Promise<boolean> {
      const { hits } = await repo.hit(db, key, windowMs);
      return hits > max;
    },
    purgeExpired: () => repo.deleteExpired(db),
  };
}

export type IdentityService = ReturnType<typeof identityService>;
