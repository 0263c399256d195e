import type { FastifyReply, FastifyRequest } from 'fastify';
import { zgwActor } from '../zgw/zgw-auth.ts';
import type { ZgwService } from '../zgw/zgw.service.ts';
import type { ZgwCall } from './documenten-access.ts';

/** Authenticates the request's ZGW client (of one municipality) and names it for the audit trail. */
export async function zgwCall(zgw: Pick<ZgwService, 'authenticate'>, req: FastifyRequest): Promise<ZgwCall> {
  const client = await zgw.authenticate(req.headers.authorization);
  const toelichting = req.headers['x-audit-toelichting'];
  return {
    client,
    actor: zgwActor(client, req.id),
    toelichting: typeof toelichting === 'string' ? toelichting : '',
    authorization: req.headers.authorization,
  };
}

/** 201 with the Location of what was made. */
export const created = <T extends { url: string }>(reply: FastifyReply, body: T) =>
  reply.code(201).header('location', body.url).send(body);

/** The query as strings (the last value of a repeated parameter). */
export function queryOf(req: FastifyRequest): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries((req.query ?? {}) as Record<string, unknown>)) {
    const one = Array.isArray(v) ? (v as unknown[]).at(-1) : v;
    if (typeof one === 'string') out[k] = one;
  }
  return out;
}
