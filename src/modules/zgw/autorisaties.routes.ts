import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Services } from '../../services.ts';
import type { ZgwClient } from './zgw-auth.ts';
import { assertQuery, page, pageNumber } from './zgw-http.ts';
import { AC_PAGE_SIZE, autorisatiesService, type AutorisatiesService } from './autorisaties.service.ts';

type Uuid = { Params: { uuid: string } };
type Query = Record<string, string | undefined>;

/** The Autorisaties API 1.1 under its root: thin routes over the autorisaties service. */
export function autorisatiesRoutes(deps: {
  autorisaties: AutorisatiesService;
  authenticate(authorization: string | undefined): Promise<ZgwClient>;
  baseUrl: string;
}) {
  const { autorisaties: ac } = deps;
  const client = (req: FastifyRequest) => deps.authenticate(req.headers.authorization);

  return (app: FastifyInstance) => {
    app.get('/applicaties', async (req) => {
      const c = await client(req);
      assertQuery(req, ['clientIds', 'page']);
      const n = pageNumber(req);
      const r = await ac.list(c, { clientIds: (req.query as Query).clientIds, page: n });
      return page(req, deps.baseUrl, r.count, r.results, n, AC_PAGE_SIZE);
    });

    app.get('/applicaties/consumer', async (req) => {
      const c = await client(req);
      assertQuery(req, ['clientId']);
      return ac.consumer(c, (req.query as Query).clientId);
    });

    app.post('/applicaties', async (req, reply) => {
      const created = await ac.create(await client(req), req.body);
      return reply.code(201).header('location', created.url).send(created);
    });

    app.get<Uuid>('/applicaties/:uuid', async (req) => {
      const c = await client(req);
      assertQuery(req, []);
      return ac.read(c, req.params.uuid);
    });

    app.put<Uuid>('/applicaties/:uuid', async (req) =>
      ac.update(await client(req), req.params.uuid, req.body, false),
    );

    app.patch<Uuid>('/applicaties/:uuid', async (req) =>
      ac.update(await client(req), req.params.uuid, req.body, true),
    );

    app.delete<Uuid>('/applicaties/:uuid', async (req, reply) => {
      await ac.destroy(await client(req), req.params.uuid);
      return reply.code(204).send();
    });
  };
}

/** The component as zgw.routes.ts registers it, wired from the application's services. */
export const autorisatiesApi = (s: Pick<Services, 'database' | 'events' | 'config' | 'zgw'>) =>
  autorisatiesRoutes({
    autorisaties: autorisatiesService({
      db: s.database.db,
      events: s.events,
      baseUrl: s.config.baseUrl,
      gewijzigd: s.zgw.vergeet,
    }),
    authenticate: (authorization) => s.zgw.authenticate(authorization),
    baseUrl: s.config.baseUrl,
  });
