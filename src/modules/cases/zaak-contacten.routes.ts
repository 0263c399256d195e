import type { FastifyInstance, FastifyRequest } from 'fastify';
import { assertQuery, page, pageNumber } from '../zgw/zgw-http.ts';
import type { Aanroep } from './zaken-api.context.ts';
import type { ZakenApi } from './zaken-api.ts';

type Uuid = { Params: { uuid: string } };
type Query = Record<string, string | undefined>;

const NOTITIE_FILTERS = [
  'aangemaaktDoor',
  'aangemaaktDoor__icontains',
  ...['aanmaakdatum', 'wijzigingsdatum'].flatMap((v) =>
    ['', '__gt', '__gte', '__lt', '__lte'].map((s) => `${v}${s}`),
  ),
  'gerelateerdAan',
  'notitieType',
  'onderwerp',
  'onderwerp__icontains',
  'status',
  'tekst',
  'tekst__icontains',
];

/** Klantcontacten, zaakcontactmomenten, zaakverzoeken and zaaknotities. */
export function contactenRoutes(
  app: FastifyInstance,
  api: ZakenApi,
  who: (req: FastifyRequest) => Promise<Aanroep>,
) {
  const { ctx, contacten } = api;
  const q = (req: FastifyRequest) => req.query as Query;

  app.get('/klantcontacten', async (req) => {
    assertQuery(req, ['zaak', 'page']);
    const n = pageNumber(req);
    const r = await contacten.klantcontacten.list(await who(req), q(req), (n - 1) * 100, 100);
    return page(req, ctx.baseUrl, r.count, r.results, n, 100);
  });
  app.post('/klantcontacten', async (req, reply) => {
    const json = await contacten.klantcontacten.create(await who(req), req.body);
    return reply.code(201).header('location', json.url).send(json);
  });
  app.get<Uuid>('/klantcontacten/:uuid', async (req) => {
    assertQuery(req, []);
    return contacten.klantcontacten.read(await who(req), req.params.uuid);
  });

  for (const [path, field, links] of [
    ['/zaakcontactmomenten', 'contactmoment', contacten.contactmomenten],
    ['/zaakverzoeken', 'verzoek', contacten.verzoeken],
  ] as const) {
    app.get(path, async (req) => {
      assertQuery(req, ['zaak', field]);
      return links.list(await who(req), q(req));
    });
    app.post(path, async (req, reply) => {
      const json = await links.create(await who(req), req.body);
      return reply.code(201).header('location', json.url).send(json);
    });
    app.get<Uuid>(`${path}/:uuid`, async (req) => {
      assertQuery(req, []);
      return links.read(await who(req), req.params.uuid);
    });
    app.delete<Uuid>(`${path}/:uuid`, async (req, reply) => {
      await links.destroy(await who(req), req.params.uuid);
      return reply.code(204).send();
    });
  }

  app.get('/zaaknotities', async (req) => {
    assertQuery(req, [...NOTITIE_FILTERS, 'page', 'pageSize']);
    const n = pageNumber(req);
    const raw = q(req).pageSize;
    const size = raw !== undefined && /^\d+$/.test(raw) ? Math.min(Math.max(Number(raw), 1), 100) : 100;
    const r = await contacten.notities.list(await who(req), q(req), (n - 1) * size, size);
    return page(req, ctx.baseUrl, r.count, r.results, n, size);
  });
  app.post('/zaaknotities', async (req, reply) => {
    const json = await contacten.notities.save(await who(req), undefined, req.body, false);
    return reply.code(201).header('location', json.url).send(json);
  });
  app.get<Uuid>('/zaaknotities/:uuid', async (req) => {
    assertQuery(req, []);
    return contacten.notities.read(await who(req), req.params.uuid);
  });
  app.put<Uuid>('/zaaknotities/:uuid', async (req) =>
    contacten.notities.save(await who(req), req.params.uuid, req.body, false),
  );
  app.patch<Uuid>('/zaaknotities/:uuid', async (req) =>
    contacten.notities.save(await who(req), req.params.uuid, req.body, true),
  );
  app.delete<Uuid>('/zaaknotities/:uuid', async (req, reply) => {
    await contacten.notities.destroy(await who(req), req.params.uuid);
    return reply.code(204).send();
  });
}
