import { SignJWT } from 'jose';
import type { Db } from '../../platform/db/types.ts';
import { invalid, type InvalidParam } from '../../platform/errors.ts';
import * as repo from './diensten.repository.ts';

export interface DienstInput {
  gemeenteCode: string;
  apiRoot: string;
  clientId: string;
  secret: string;
}

/**
 * An API root as it is kept: an http(s) URL without query, fragment or user info, ending in '/'
 * (so that https://vrc.example/api/v1 does not also cover https://vrc.example/api/v10).
 */
export function apiRootOf(raw: string): string | undefined {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return undefined;
  }
  if (!['http:', 'https:'].includes(u.protocol) || u.search || u.hash || u.username || u.password)
    return undefined;
  return u.href.endsWith('/') ? u.href : `${u.href}/`;
}

function validate(d: DienstInput): string {
  const problems: InvalidParam[] = [];
  const apiRoot = apiRootOf(d.apiRoot);
  if (!/^\d{4}$/.test(d.gemeenteCode))
    problems.push({ name: 'gemeenteCode', code: 'pattern', reason: 'four digits' });
  if (!apiRoot)
    problems.push({ name: 'apiRoot', code: 'url', reason: 'an http(s) URL without query or fragment' });
  if (d.clientId.trim() === '' || d.clientId.length > 255)
    problems.push({ name: 'clientId', code: 'length', reason: '1 to 255 characters' });
  if (d.secret === '' || d.secret.length > 1000)
    problems.push({ name: 'secret', code: 'length', reason: '1 to 1000 characters' });
  if (problems.length > 0 || !apiRoot)
    throw invalid(`Invalid service: ${problems.map((p) => `${p.name}: ${p.reason}`).join('; ')}.`, problems);
  return apiRoot;
}

/**
 * The registry of external ZGW services per municipality, and the ZGW JWT Loket presents to
 * them: HS256 with the registered client id and secret, made fresh for every request.
 */
export function zgwDienstenService(deps: { db: Db }) {
  const { db } = deps;
  return {
    /** Registers the service of an API root, or gives it a new client id and secret. */
    async save(d: DienstInput) {
      const apiRoot = validate(d);
      await repo.upsertDienst(db, {
        gemeenteCode: d.gemeenteCode,
        apiRoot,
        clientId: d.clientId,
        secret: d.secret,
      });
      return { gemeente: d.gemeenteCode, apiRoot, clientId: d.clientId };
    },

    /** The services of a municipality (or of all), without their secrets. */
    list: (gemeenteCode?: string) => repo.dienstenList(db, gemeenteCode),

    /** True when the municipality had a service at that root. */
    remove(gemeenteCode: string, apiRoot: string): Promise<boolean> {
      const root = apiRootOf(apiRoot);
      return root ? repo.deleteDienst(db, gemeenteCode, root) : Promise.resolve(false);
    },

    /** The municipality's service a URL belongs to, if one is registered. */
    async dienstVoor(
      gemeenteCode: string,
      url: string,
    ): Promise<{ apiRoot: string; clientId: string } | undefined> {
      const d = await repo.dienstVoorUrl(db, gemeenteCode, url);
      return d && { apiRoot: d.apiRoot, clientId: d.clientId };
    },

    /** The Authorization header value for a request of the municipality to a URL; undefined without a service. */
    async autorisatie(gemeenteCode: string, url: string): Promise<string | undefined> {
      const d = await repo.dienstVoorUrl(db, gemeenteCode, url);
      if (!d) return undefined;
      const token = await new SignJWT({
        client_id: d.clientId,
        user_id: 'loket',
        user_representation: `Loket (gemeente ${gemeenteCode})`,
      })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setIssuer(d.clientId)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode(d.secret));
      return `Bearer ${token}`;
    },
  };
}

export type ZgwDienstenService = ReturnType<typeof zgwDienstenService>;
