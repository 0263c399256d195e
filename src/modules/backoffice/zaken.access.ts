import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../services.ts';
import type { AuditActor } from '../../platform/audit/audit.repository.ts';
import { errorPage } from '../../platform/http/error-pages.tsx';
import type { MedewerkerPrincipal } from '../identity/principal.ts';
import type { Actor } from '../registries/processing-log.service.ts';
import type { Gemeente } from '../tenants/gemeente.service.ts';

export type GemeenteParams = { Params: { gemeente: string } };
export type ZaakParams = { Params: { gemeente: string; id: string } };

export interface Behandelaar {
  m: MedewerkerPrincipal;
  g: Gemeente;
}

/** Who handles cases: behandelaars and coordinators (a functional administrator does not). */
export const handeltZaken = (m: MedewerkerPrincipal) =>
  m.rollen.includes('behandelaar') || m.rollen.includes('coordinator');

export const isCoordinator = (m: MedewerkerPrincipal) => m.rollen.includes('coordinator');

/**
 * The case handler of the municipality in the path, or an answer already sent: a login
 * redirect, 403 for a citizen or an employee without a handling role, and 404 for another
 * municipality (a denied record looks like a missing one).
 */
export async function behandelaarOf(
  req: FastifyRequest<GemeenteParams>,
  reply: FastifyReply,
  services: Pick<Services, 'tenants'>,
): Promise<Behandelaar | undefined> {
  const p = req.principal;
  if (!p) {
    await reply.redirect('/inloggen', 303);
    return undefined;
  }
  if (p.type !== 'medewerker') {
    await errorPage(reply, 403);
    return undefined;
  }
  const g =
    p.gemeenteCode === req.params.gemeente ? await services.tenants.byCode(p.gemeenteCode) : undefined;
  if (!g) {
    await errorPage(reply, 404);
    return undefined;
  }
  if (!handeltZaken(p)) {
    await errorPage(reply, 403);
    return undefined;
  }
  return { m: p, g };
}

/** The audit trail's who-columns for a change made in the back office. */
export const auditActor = (req: FastifyRequest, m: MedewerkerPrincipal): AuditActor => ({
  applicatieId: 'loket-backoffice',
  applicatieWeergave: 'Loket backoffice',
  gebruikersId: m.gebruikersnaam,
  gebruikersWeergave: m.naam,
  requestId: req.id,
});

/** The processing log's actor for a read of personal data in the back office. */
export const logActor = ({ m, g }: Behandelaar): Actor => ({
  type: 'medewerker',
  id: m.gebruikersnaam,
  namensOin: g.oin,
});

export { isUuid } from '../../platform/ids.ts';

export const zaakPath = (g: Pick<Gemeente, 'code'>, zaakId: string) =>
  `/backoffice/${g.code}/zaken/${zaakId}`;
