import type { FastifyInstance } from 'fastify';
import type { Services } from '../../services.ts';
import { forbidden, invalid } from '../../platform/errors.ts';
import { parsePersonenQuery } from './brp/personen-request.ts';

export const BRP_SCOPE = 'brp.personen.lezen';

/** Haal Centraal BRP Personen bevragen v2: one operation, POST /personen. */
export function brpRoutes(app: FastifyInstance, services: Services) {
  app.post('/haalcentraal/api/brp/personen', async (req, reply) => {
    const client = await services.identity.authenticateApiClient(req.headers.authorization);
    if (!client.scopes.includes(BRP_SCOPE)) throw forbidden(`The client lacks scope ${BRP_SCOPE}.`);
    const parsed = parsePersonenQuery(req.body);
    if (!parsed.ok) throw invalid('Een of meerdere parameters zijn niet correct.', parsed.invalidParams);
    const header = (name: string) => {
      const v = req.headers[name];
      return typeof v === 'string' && v.length > 0 ? v : undefined;
    };
    const gemeente = client.gemeenteCode ? await services.tenants.byCode(client.gemeenteCode) : undefined;
    const personen = await services.persons.query(
      parsed.query,
      { ...client, namensOin: header('x-origin-oin') ?? gemeente?.oin },
      {
        doelbinding: header('x-doelbinding') ?? 'onbekend',
        verwerking: header('x-verwerking') ?? 'onbekend',
        originOin: header('x-origin-oin') ?? gemeente?.oin,
        gebruiker: header('x-gebruiker') ?? client.userId ?? client.id,
      },
    );
    return reply.type('application/json').send({ type: parsed.query.type, personen });
  });
}
