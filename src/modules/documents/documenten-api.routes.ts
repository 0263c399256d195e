import type { FastifyInstance } from 'fastify';
import { notFound } from '../../platform/errors.ts';
import { formOf } from '../../platform/http/multipart.ts';
import type { ZgwService } from '../zgw/zgw.service.ts';
import { assertQuery, page, pageNumber } from '../zgw/zgw-http.ts';
import type { DocumentenApi } from './documenten-api.service.ts';
import { documentenRelatieRoutes } from './documenten-relaties.routes.ts';
import { PAGE_SIZE } from './informatieobjecten-read.service.ts';
import { created, queryOf, zgwCall } from './zgw-call.ts';

type Uuid = { Params: { uuid: string } };
type AuditParams = { Params: { io: string; uuid?: string } };

const LIST = [
  'identificatie',
  'bronorganisatie',
  'objectinformatieobjecten_object',
  'objectinformatieobjecten_objectType',
  'trefwoorden',
  'expand',
  'page',
] as const;

/** The Documenten API 1.7.0 ('drc'): thin routes over the documents module's services. */
export function documentenApiRoutes(api: DocumentenApi, zgw: Pick<ZgwService, 'authenticate'>) {
  const { baseUrl } = api.urls;
  return (app: FastifyInstance) => {
    const call = (req: Parameters<typeof zgwCall>[1]) => zgwCall(zgw, req);

    app.get('/enkelvoudiginformatieobjecten', async (req) => {
      const c = await call(req);
      assertQuery(req, LIST);
      const q = queryOf(req);
      const n = pageNumber(req);
      const { count, results } = await api.reads.list(
        c,
        {
          identificatie: q.identificatie,
          bronorganisatie: q.bronorganisatie,
          object: q.objectinformatieobjecten_object,
          objectType: q.objectinformatieobjecten_objectType,
          trefwoorden: q.trefwoorden,
          expand: q.expand,
        },
        n,
      );
      return page(req, baseUrl, count, results, n, PAGE_SIZE);
    });

    app.post('/enkelvoudiginformatieobjecten', { bodyLimit: api.inlineLimit }, async (req, reply) =>
      created(reply, await api.writes.create(await call(req), req.body)),
    );

    app.post('/enkelvoudiginformatieobjecten/_zoek', async (req) => {
      const c = await call(req);
      assertQuery(req, ['page']);
      const n = pageNumber(req);
      const { count, results } = await api.reads.zoek(c, req.body, n);
      return page(req, baseUrl, count, results, n, PAGE_SIZE);
    });

    app.get<Uuid>('/enkelvoudiginformatieobjecten/:uuid', async (req) => {
      const c = await call(req);
      assertQuery(req, ['versie', 'registratieOp', 'expand']);
      return api.reads.get(c, req.params.uuid, queryOf(req));
    });

    app.put<Uuid>('/enkelvoudiginformatieobjecten/:uuid', { bodyLimit: api.inlineLimit }, async (req) =>
      api.writes.update(await call(req), req.params.uuid, req.body, false),
    );
    app.patch<Uuid>('/enkelvoudiginformatieobjecten/:uuid', { bodyLimit: api.inlineLimit }, async (req) =>
      api.writes.update(await call(req), req.params.uuid, req.body, true),
    );
    app.delete<Uuid>('/enkelvoudiginformatieobjecten/:uuid', async (req, reply) => {
      await api.writes.destroy(await call(req), req.params.uuid);
      return reply.code(204).send();
    });

    app.get<Uuid>('/enkelvoudiginformatieobjecten/:uuid/download', async (req, reply) => {
      const c = await call(req);
      assertQuery(req, ['versie', 'registratieOp']);
      const d = await api.reads.download(c, req.params.uuid, queryOf(req));
      const name = encodeURIComponent(d.bestandsnaam || 'document');
      return reply
        .type('application/octet-stream')
        .header('content-length', String(d.bestandsomvang))
        .header('content-disposition', `attachment; filename*=UTF-8''${name}`)
        .send(d.stream);
    });

    app.post<Uuid>('/enkelvoudiginformatieobjecten/:uuid/lock', async (req) =>
      api.locks.lock(await call(req), req.params.uuid),
    );
    app.post<Uuid>('/enkelvoudiginformatieobjecten/:uuid/unlock', async (req, reply) => {
      await api.locks.unlock(await call(req), req.params.uuid, req.body);
      return reply.code(204).send();
    });

    app.get<AuditParams>('/enkelvoudiginformatieobjecten/:io/audittrail', async (req) =>
      api.reads.audittrail(await call(req), req.params.io),
    );
    app.get<AuditParams>('/enkelvoudiginformatieobjecten/:io/audittrail/:uuid', async (req) => {
      const [row] = await api.reads.audittrail(await call(req), req.params.io, req.params.uuid ?? '');
      if (!row) throw notFound();
      return row;
    });

    // A part of a large file: multipart with `inhoud` (the bytes) and `lock`.
    app.put<Uuid>('/bestandsdelen/:uuid', { bodyLimit: api.partSize + 64 * 1024 }, async (req) => {
      const c = await call(req);
      const form = await formOf(req);
      const lock = form.fields.lock;
      const upload = form.uploads.inhoud;
      const inhoud =
        typeof form.fields.inhoud === 'string'
          ? new TextEncoder().encode(form.fields.inhoud)
          : upload?.inhoud;
      return api.locks.upload(c, req.params.uuid, {
        lock: typeof lock === 'string' ? lock : undefined,
        inhoud,
        truncated: upload?.truncated === true,
      });
    });

    documentenRelatieRoutes(app, api, call);
  };
}
