import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Services } from '../../services.ts';
import type { ZgwClient } from './zgw-auth.ts';
import { assertQuery } from './zgw-http.ts';
import { notificatiesService, type NotificatiesService } from './notificaties.service.ts';

type Uuid = { Params: { uuid: string } };

/** The Notificaties API 1.0.1 under its root: thin routes over the notificaties service. */
export function notificatiesRoutes(deps: {
  notificaties: NotificatiesService;
  authenticate(authorization: string | undefined): Promise<ZgwClient>;
}) {
  const nrc = deps.notificaties;
  const client = (req: FastifyRequest) => deps.authenticate(req.headers.authorization);

  return (app: FastifyInstance) => {
    app.get('/kanaal', async (req) => {
      const c = await client(req);
      assertQuery(req, ['naam']);
      return nrc.kanalen(c, (req.query as { naam?: string }).naam);
    });

    app.post('/kanaal', async (req, reply) => {
      const created = await nrc.createKanaal(await client(req), req.body);
      return reply.code(201).header('location', created.url).send(created);
    });

    app.get<Uuid>('/kanaal/:uuid', async (req) => {
      const c = await client(req);
      assertQuery(req, []);
      return nrc.kanaal(c, req.params.uuid);
    });

    app.get('/abonnement', async (req) => {
      const c = await client(req);
      assertQuery(req, []);
      return nrc.abonnementen(c);
    });

    app.post('/abonnement', async (req, reply) => {
      const created = await nrc.createAbonnement(await client(req), req.body);
      return reply.code(201).header('location', created.url).send(created);
    });

    app.get<Uuid>('/abonnement/:uuid', async (req) => {
      const c = await client(req);
      assertQuery(req, []);
      return nrc.abonnement(c, req.params.uuid);
    });

    app.put<Uuid>('/abonnement/:uuid', async (req) =>
      nrc.updateAbonnement(await client(req), req.params.uuid, req.body, false),
    );

    app.patch<Uuid>('/abonnement/:uuid', async (req) =>
      nrc.updateAbonnement(await client(req), req.params.uuid, req.body, true),
    );

    app.delete<Uuid>('/abonnement/:uuid', async (req, reply) => {
      await nrc.deleteAbonnement(await client(req), req.params.uuid);
      return reply.code(204).send();
    });

    // The spec answers 200 with the message (not 201): it is routed, not stored as a resource.
    app.post('/notificaties', async (req) => nrc.publiceer(await client(req), req.body));
  };
}

/** The component as zgw.routes.ts registers it, wired from the application's services. */
export const notificatiesApi = (s: Pick<Services, 'database' | 'events' | 'config' | 'zgw'>) =>
  notificatiesRoutes({
    notificaties: notificatiesService({ db: s.database.db, events: s.events, baseUrl: s.config.baseUrl }),
    authenticate: (authorization) => s.zgw.authenticate(authorization),
  });
