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
    if (!gemeente) throw forbidden('The client belongs to no municipality on this installation.');
    // The organisation in the log is the client's own: a header may confirm it, never replace it.
    const origin = header('x-origin-oin');
    if (origin !== undefined && origin !== gemeente.oin)
      throw forbidden("x-origin-oin is not the client's organisation.");
    const personen = await services.persons.query(
      parsed.query,
      { ...client, namensOin: gemeente.oin },
      {
        gemeenteCode: gemeente.code,
        doelbinding: header('x-doelbinding') ?? 'onbekend',
        verwerking: header('x-verwerking') ?? 'onbekend',
        originOin: gemeente.oin,
        gebruiker: header('x-gebruiker') ?? client.userId ?? client.id,
      },
    );
    return reply.type('application/json').send({ type: parsed.query.type, personen });
  });
}
