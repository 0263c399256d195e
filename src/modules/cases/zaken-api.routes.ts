import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../../platform/errors.ts';
import type { ZgwClient } from '../zgw/zgw-auth.ts';
import { assertQuery, page, pageNumber, pageText } from '../zgw/zgw-http.ts';
import { ZAAK_FILTER_NAMES } from './zaken-api.filters.ts';
import { aanroep, API_VERSION, crs, expandPaths } from './zaken-api.http.ts';
import { PAGE_SIZE } from './zaken-api.service.ts';
import { expand, expandTree } from './zaken-api.expand.ts';
import { fieldsPaths, parseFields, project } from './zaken-api.fields.ts';
import { zichtbaar, type ZaakJsonRow } from './zaken-api.repository.ts';
import { takken } from './zaken-api.toegang.ts';
import { zaakJson } from './zaken-api.view.ts';
import { onderdelenRoutes } from './zaak-onderdelen.routes.ts';
import { contactenRoutes } from './zaak-contacten.routes.ts';
import type { ZakenApi } from './zaken-api.ts';

type Uuid = { Params: { uuid: string } };
type ZaakUuid = { Params: { zaak_uuid: string; uuid: string } };
type Query = Record<string, unknown>;

export interface ZakenRoutesDeps {
  zakenApi: ZakenApi;
  zgw: { authenticate(authorization: string | undefined): Promise<ZgwClient> };
  config: { baseUrl: string };
}

/** The Zaken API 1.7.0 under its root: thin routes over the zaken services. */
export function zakenApiRoutes(deps: ZakenRoutesDeps) {
  const { ctx, zaken } = deps.zakenApi;
  const who = async (req: FastifyRequest) =>
    aanroep(req, await deps.zgw.authenticate(req.headers.authorization));

  /** Zaken as JSON, expanded as asked (for the zaken the client may read). */
  async function representaties(
    req: FastifyRequest,
    client: ZgwClient,
    rows: ZaakJsonRow[],
    paths: string[],
    detail: boolean,
  ) {
    const tree = expandTree('zaak', paths, detail);
    const items = rows.map((r) => ({ id: r.id, json: zaakJson(r) }));
    const z = zichtbaar(
      client.gemeenteCode,
      takken(ctx.toegang(client, 'zaken.lezen'), undefined, undefined),
    );
    await expand(ctx, 'zaak', items, tree, z, req.headers.authorization);
    return items.map((i) => i.json);
  }

  /** A page without expand: the representations PostgreSQL built, sent on as they are. */
  const zoalsGebouwd = (
    req: FastifyRequest,
    reply: FastifyReply,
    p: { count: number; tekst: string },
    n: number,
  ) =>
    reply
      .type('application/json; charset=utf-8')
      .send(pageText(req, ctx.baseUrl, p.count, p.tekst, n, PAGE_SIZE));

  return (app: FastifyInstance) => {
    app.addHook('onSend', async (_req, reply, payload) => {
      void reply.header('api-version', API_VERSION);
      return payload;
    });

    app.get('/zaken', async (req, reply) => {
      assertQuery(req, [...ZAAK_FILTER_NAMES, 'expand', 'ordering', 'page']);
      crs(req, reply, false);
      const a = await who(req);
      const q = req.query as Query;
      const paths = expandPaths(q.expand);
      const n = pageNumber(req);
      if (paths.length === 0) return zoalsGebouwd(req, reply, await zaken.listTekst(a, q, n), n);
      const { count, rows } = await zaken.list(a, q, n);
      return page(
        req,
        ctx.baseUrl,
        count,
        await representaties(req, a.client, rows, paths, false),
        n,
        PAGE_SIZE,
      );
    });

    app.post('/zaken/_zoek', async (req, reply) => {
      assertQuery(req, ['page', 'expand']);
      crs(req, reply, true);
      const a = await who(req);
      const body = (req.body ?? {}) as Query;
      const asked = (req.query as Query).expand ?? body.expand;
      // zrc-029: `fields` selects attributes and expands, instead of `expand`.
      const fields = parseFields(body.fields, asked);
      const paths = fields ? fieldsPaths(fields) : expandPaths(asked);
      const n = pageNumber(req);
      if (!fields && paths.length === 0)
        return zoalsGebouwd(req, reply, await zaken.searchTekst(a, body, n), n);
      const { count, rows } = await zaken.search(a, body, n);
      const results = await representaties(req, a.client, rows, paths, false);
      return page(
        req,
        ctx.baseUrl,
        count,
        fields ? results.map((r) => project(r, fields)) : results,
        n,
        PAGE_SIZE,
      );
    });

    app.post('/zaken', async (req, reply) => {
      crs(req, reply, true);
      const a = await who(req);
      const { id, json } = await zaken.create(a, req.body);
      // The representation PostgreSQL built, sent on as it is.
      return reply
        .code(201)
        .header('location', ctx.urls.url('zaak', id))
        .type('application/json; charset=utf-8')
        .send(json);
    });

    app.get<Uuid>('/zaken/:uuid', async (req, reply) => {
      assertQuery(req, ['expand']);
      crs(req, reply, false);
      const a = await who(req);
      const paths = expandPaths((req.query as Query).expand);
      const { zaak, json: text } = await zaken.read(a, req.params.uuid);
      const [json] = await representaties(req, a.client, [{ id: zaak.id, json: text }], paths, true);
      return json;
    });

    app.put<Uuid>('/zaken/:uuid', async (req, reply) => {
      crs(req, reply, true);
      return zaakJson(await zaken.update(await who(req), req.params.uuid, req.body));
    });

    app.patch<Uuid>('/zaken/:uuid', async (req, reply) => {
      crs(req, reply, true);
      return zaakJson(await zaken.patch(await who(req), req.params.uuid, req.body));
    });

    app.delete<Uuid>('/zaken/:uuid', async (req, reply) => {
      await zaken.destroy(await who(req), req.params.uuid);
      return reply.code(204).send();
    });

    app.get<ZaakUuid>('/zaken/:zaak_uuid/audittrail', async (req) => {
      assertQuery(req, []);
      return zaken.audittrail(await who(req), req.params.zaak_uuid);
    });

    app.get<ZaakUuid>('/zaken/:zaak_uuid/audittrail/:uuid', async (req) => {
      assertQuery(req, []);
      const trail = await zaken.audittrail(await who(req), req.params.zaak_uuid);
      const item = trail.find((x) => x.uuid === req.params.uuid.toLowerCase());
      if (!item) throw notFound('Audittrail niet gevonden.');
      return item;
    });

    app.post('/zaaknummer_reserveren', async (req, reply) =>
      reply.code(201).send(await zaken.reserveer(await who(req), req.body)),
    );

    onderdelenRoutes(app, deps.zakenApi, who);
    contactenRoutes(app, deps.zakenApi, who);
  };
}
