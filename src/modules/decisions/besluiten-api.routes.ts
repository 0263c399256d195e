import type { FastifyInstance, FastifyRequest } from 'fastify';
import { notFound } from '../../platform/errors.ts';
import { created, queryOf, zgwCall } from '../documents/zgw-call.ts';
import type { ZgwService } from '../zgw/zgw.service.ts';
import { assertQuery, page, pageNumber } from '../zgw/zgw-http.ts';
import type { BesluitenApi } from './besluiten-api.service.ts';
import { PAGE_SIZE } from './besluiten.service.ts';

type Uuid = { Params: { uuid: string } };
type AuditParams = { Params: { besluit: string; uuid?: string } };

/** The Besluiten API 1.1.0 ('brc'): thin routes over the decisions module's services. */
export function besluitenApiRoutes(api: BesluitenApi, zgw: Pick<ZgwService, 'authenticate'>) {
  const { baseUrl } = api.urls;
  return (app: FastifyInstance) => {
    const call = (req: FastifyRequest) => zgwCall(zgw, req);
    const { besluiten, besluitinformatieobjecten: bios } = api;

    app.get('/besluiten', async (req) => {
      const c = await call(req);
      assertQuery(req, [
        'identificatie',
        'verantwoordelijkeOrganisatie',
        'besluittype',
        'zaak',
        'page',
        'expand',
      ]);
      const n = pageNumber(req);
      const { count, results } = await besluiten.list(c, queryOf(req), n);
      return page(req, baseUrl, count, results, n, PAGE_SIZE);
    });
    app.post('/besluiten', async (req, reply) =>
      created(reply, await besluiten.create(await call(req), req.body)),
    );
    app.get<Uuid>('/besluiten/:uuid', async (req) => {
      const c = await call(req);
      assertQuery(req, ['expand']);
      return besluiten.get(c, req.params.uuid, queryOf(req).expand);
    });
    app.put<Uuid>('/besluiten/:uuid', async (req) =>
      besluiten.update(await call(req), req.params.uuid, req.body, false),
    );
    app.patch<Uuid>('/besluiten/:uuid', async (req) =>
      besluiten.update(await call(req), req.params.uuid, req.body, true),
    );
    app.delete<Uuid>('/besluiten/:uuid', async (req, reply) => {
      await besluiten.destroy(await call(req), req.params.uuid);
      return reply.code(204).send();
    });
    app.get<AuditParams>('/besluiten/:besluit/audittrail', async (req) =>
      besluiten.audittrail(await call(req), req.params.besluit),
    );
    app.get<AuditParams>('/besluiten/:besluit/audittrail/:uuid', async (req) => {
      const [row] = await besluiten.audittrail(await call(req), req.params.besluit, req.params.uuid ?? '');
      if (!row) throw notFound();
      return row;
    });

    app.get('/besluitinformatieobjecten', async (req) => {
      const c = await call(req);
      assertQuery(req, ['besluit', 'informatieobject', 'expand']);
      return bios.list(c, queryOf(req));
    });
    app.post('/besluitinformatieobjecten', async (req, reply) =>
      created(reply, await bios.create(await call(req), req.body)),
    );
    app.get<Uuid>('/besluitinformatieobjecten/:uuid', async (req) => {
      const c = await call(req);
      assertQuery(req, ['expand']);
      return bios.get(c, req.params.uuid, queryOf(req).expand);
    });
    app.delete<Uuid>('/besluitinformatieobjecten/:uuid', async (req, reply) => {
      await bios.destroy(await call(req), req.params.uuid);
      return reply.code(204).send();
    });
  };
}
