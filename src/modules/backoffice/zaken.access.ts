import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../services.ts';
import type { AuditActor } from '../../platform/audit/audit.repository.ts';
import type { MedewerkerPrincipal } from '../identity/principal.ts';
import { medewerkerVan, type MedewerkerVanGemeente } from '../identity/medewerker.access.ts';
import type { Actor } from '../registries/processing-log.service.ts';
import type { Gemeente } from '../tenants/gemeente.service.ts';

export type GemeenteParams = { Params: { gemeente: string } };
export type ZaakParams = { Params: { gemeente: string; id: string } };

export type Behandelaar = MedewerkerVanGemeente;

/** Who handles cases: behandelaars and coordinators (a functional administrator does not). */
export const handeltZaken = (m: MedewerkerPrincipal) =>
  m.rollen.includes('behandelaar') || m.rollen.includes('coordinator');

export const isCoordinator = (m: MedewerkerPrincipal) => m.rollen.includes('coordinator');

/** The case handler of the municipality in the path (see medewerkerVan). */
export const behandelaarOf = (
  req: FastifyRequest<GemeenteParams>,
  reply: FastifyReply,
  services: Pick<Services, 'tenants'>,
): Promise<Behandelaar | undefined> => medewerkerVan(req, reply, services.tenants, handeltZaken);

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
