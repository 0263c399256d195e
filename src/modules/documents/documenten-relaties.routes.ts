import type { FastifyInstance, FastifyRequest } from 'fastify';
import { assertQuery, page, pageNumber } from '../zgw/zgw-http.ts';
import type { ZgwCall } from './documenten-access.ts';
import type { DocumentenApi } from './documenten-api.service.ts';
import { GEBRUIKSRECHTEN_FILTERS } from './gebruiksrechten.service.ts';
import { PAGE_SIZE } from './informatieobjecten-read.service.ts';
import { created, queryOf } from './zgw-call.ts';

type Uuid = { Params: { uuid: string } };

/** Gebruiksrechten, verzendingen and objectinformatieobjecten of the Documenten API. */
export function documentenRelatieRoutes(
  app: FastifyInstance,
  api: DocumentenApi,
  call: (req: FastifyRequest) => Promise<ZgwCall>,
) {
  const { baseUrl } = api.urls;

  app.get('/gebruiksrechten', async (req) => {
    const c = await call(req);
    assertQuery(req, ['informatieobject', 'expand', ...GEBRUIKSRECHTEN_FILTERS]);
    return api.gebruiksrechten.list(c, queryOf(req));
  });
  app.post('/gebruiksrechten', async (req, reply) =>
    created(reply, await api.gebruiksrechten.create(await call(req), req.body)),
  );
  app.get<Uuid>('/gebruiksrechten/:uuid', async (req) => {
    const c = await call(req);
    assertQuery(req, ['expand']);
    return api.gebruiksrechten.get(c, req.params.uuid, queryOf(req).expand);
  });
  app.put<Uuid>('/gebruiksrechten/:uuid', async (req) =>
    api.gebruiksrechten.update(await call(req), req.params.uuid, req.body, false),
  );
  app.patch<Uuid>('/gebruiksrechten/:uuid', async (req) =>
    api.gebruiksrechten.update(await call(req), req.params.uuid, req.body, true),
  );
  app.delete<Uuid>('/gebruiksrechten/:uuid', async (req, reply) => {
    await api.gebruiksrechten.destroy(await call(req), req.params.uuid);
    return reply.code(204).send();
  });

  app.get('/verzendingen', async (req) => {
    const c = await call(req);
    assertQuery(req, ['aardRelatie', 'informatieobject', 'betrokkene', 'expand', 'page']);
    const n = pageNumber(req);
    const { count, results } = await api.verzendingen.list(c, queryOf(req), n);
    return page(req, baseUrl, count, results, n, PAGE_SIZE);
  });
  app.post('/verzendingen', async (req, reply) =>
    created(reply, await api.verzendingen.create(await call(req), req.body)),
  );
  app.get<Uuid>('/verzendingen/:uuid', async (req) => {
    const c = await call(req);
    assertQuery(req, ['expand']);
    return api.verzendingen.get(c, req.params.uuid, queryOf(req).expand);
  });
  app.put<Uuid>('/verzendingen/:uuid', async (req) =>
    api.verzendingen.update(await call(req), req.params.uuid, req.body, false),
  );
  app.patch<Uuid>('/verzendingen/:uuid', async (req) =>
    api.verzendingen.update(await call(req), req.params.uuid, req.body, true),
  );
  app.delete<Uuid>('/verzendingen/:uuid', async (req, reply) => {
    await api.verzendingen.destroy(await call(req), req.params.uuid);
    return reply.code(204).send();
  });

  app.get('/objectinformatieobjecten', async (req) => {
    const c = await call(req);
    assertQuery(req, ['object', 'informatieobject', 'expand']);
    return api.objectinformatieobjecten.list(c, queryOf(req));
  });
  app.post('/objectinformatieobjecten', async (req, reply) =>
    created(reply, await api.objectinformatieobjecten.create(await call(req), req.body)),
  );
  app.get<Uuid>('/objectinformatieobjecten/:uuid', async (req) => {
    const c = await call(req);
    assertQuery(req, ['expand']);
    return api.objectinformatieobjecten.get(c, req.params.uuid, queryOf(req).expand);
  });
  app.delete<Uuid>('/objectinformatieobjecten/:uuid', async (req, reply) => {
    await api.objectinformatieobjecten.destroy(await call(req), req.params.uuid);
    return reply.code(204).send();
  });
}
