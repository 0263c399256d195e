import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt, jwtVerify, type JWTPayload } from 'jose';

export interface RegisterCall {
  method: string;
  path: string;
  body: Record<string, unknown> | undefined;
  /** The verified claims of the ZGW JWT; undefined when the token was missing or wrong. */
  claims: JWTPayload | undefined;
}

const COLLECTIES = ['objectverzoeken', 'objectcontactmomenten'];

/**
 * Another register's ZGW APIs on a real socket, as Loket meets them: a Verzoeken API under
 * /verzoeken/api/v1 and a Contactmomenten API under /contactmomenten/api/v1. Every request must
 * carry a ZGW JWT signed with the secret of the client it names (else 403); the object
 * relations posted are kept and can be deleted; every call is recorded. While `down`, it drops
 * every connection.
 */
export async function zgwRegister(clients: Record<string, string>) {
  const calls: RegisterCall[] = [];
  const relaties = new Map<string, Record<string, unknown>>();
  const state = { down: false };
  let base = '';

  async function verify(authorization: string | undefined): Promise<JWTPayload | undefined> {
    const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
    if (!token) return undefined;
    try {
      const clientId = decodeJwt(token).client_id;
      const secret = typeof clientId === 'string' ? clients[clientId] : undefined;
      if (secret === undefined) return undefined;
      const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
        algorithms: ['HS256'],
        requiredClaims: ['iat'],
        maxTokenAge: '1h',
      });
      return payload;
    } catch {
      return undefined;
    }
  }

  const server = createServer((req, res) => {
    if (state.down) {
      req.socket.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const path = req.url ?? '';
        const call: RegisterCall = {
          method: req.method ?? '',
          path,
          body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
          claims: await verify(req.headers.authorization),
        };
        calls.push(call);
        const json = (status: number, body: unknown) =>
          res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
        if (!call.claims) return json(403, { code: 'permission_denied' });
        const m = /^\/(verzoeken|contactmomenten)\/api\/v1\/([a-z]+)(?:\/([\w-]+))?$/.exec(path);
        if (!m || !COLLECTIES.includes(m[2]!)) return json(404, { code: 'not_found' });
        if (req.method === 'POST' && m[3] === undefined) {
          const url = `${base}${path}/${randomUUID()}`;
          relaties.set(url, call.body ?? {});
          return json(201, { url, ...call.body });
        }
        if (req.method === 'DELETE' && m[3] !== undefined) {
          if (!relaties.delete(`${base}${path}`)) return json(404, { code: 'not_found' });
          return res.writeHead(204).end();
        }
        return json(405, { code: 'method_not_allowed' });
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    /** The root of one of its APIs, e.g. http://127.0.0.1:1234/verzoeken/api/v1 */
    root: (api: 'verzoeken' | 'contactmomenten') => `${base}/${api}/api/v1`,
    calls,
    relaties,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
export type ZgwRegister = Awaited<ReturnType<typeof zgwRegister>>;
