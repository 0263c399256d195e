import type { FastifyReply, FastifyRequest } from 'fastify';
import { errorPage } from '../../platform/http/error-pages.tsx';
import type { Gemeente } from '../tenants/gemeente.service.ts';
import type { MedewerkerPrincipal } from './principal.ts';

export interface MedewerkerVanGemeente {
  m: MedewerkerPrincipal;
  g: Gemeente;
}

/**
 * The employee of the municipality in the path who may do this (`mag`), or an answer already
 * sent: a login redirect, 403 for someone who is no employee or lacks the role, and 404 for
 * another municipality (a denied record looks like a missing one).
 */
export async function medewerkerVan(
  req: FastifyRequest<{ Params: { gemeente: string } }>,
  reply: FastifyReply,
  tenants: { byCode(code: string): Promise<Gemeente | undefined> },
  mag: (m: MedewerkerPrincipal) => boolean = () => true,
): Promise<MedewerkerVanGemeente | undefined> {
  const p = req.principal;
  if (!p) {
    await reply.redirect('/inloggen', 303);
    return undefined;
  }
  if (p.type !== 'medewerker') {
    await errorPage(reply, 403);
    return undefined;
  }
  const g = p.gemeenteCode === req.params.gemeente ? await tenants.byCode(p.gemeenteCode) : undefined;
  if (!g) {
    await errorPage(reply, 404);
    return undefined;
  }
  if (!mag(p)) {
    await errorPage(reply, 403);
    return undefined;
  }
  return { m: p, g };
}

/** The functional administrator of the municipality in the path (see medewerkerVan). */
export const beheerderVan = (
  req: FastifyRequest<{ Params: { gemeente: string } }>,
  reply: FastifyReply,
  tenants: { byCode(code: string): Promise<Gemeente | undefined> },
) => medewerkerVan(req, reply, tenants, (m) => m.rollen.includes('functioneel-beheerder'));
