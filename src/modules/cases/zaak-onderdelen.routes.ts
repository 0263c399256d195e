import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { invalid, notFound } from '../../platform/errors.ts';
import { assertQuery, page, pageNumber } from '../zgw/zgw-http.ts';
import type { Aanroep } from './zaken-api.context.ts';
import { expand, expandTree, type Kind } from './zaken-api.expand.ts';
import { expandPaths } from './zaken-api.http.ts';
import { ROL_FILTERS } from './zaak-rollen.service.ts';
import { onderdeelContext } from './zaak-onderdeel.context.ts';
import type { ZakenApi } from './zaken-api.ts';

type Uuid = { Params: { uuid: string } };
type ZaakUuid = { Params: { zaak_uuid: string; uuid: string } };
type Query = Record<string, string | undefined>;
type Json = Record<string, unknown>;

const SIZE = 100;

/** The routes of the parts of a zaak: statussen, resultaten, rollen, zaakobjecten, zaakeigenschappen, zaakinformatieobjecten, zaakbesluiten. */
export function onderdelenRoutes(
  app: FastifyInstance,
  api: ZakenApi,
  who: (req: FastifyRequest) => Promise<Aanroep>,
) {
  const { ctx, statussen, onderdelen, relaties, rollen } = api;
  const o = onderdeelContext(ctx);
  const created = (reply: FastifyReply, json: Json) =>
    reply.code(201).header('location', String(json.url)).send(json);
  const q = (req: FastifyRequest) => req.query as Query;

  /** Representations of one kind, expanded as asked. */
  async function expanded<T extends Json>(
    req: FastifyRequest,
    a: Aanroep,
    kind: Kind,
    items: T[],
    detail: boolean,
  ): Promise<T[]> {
    const tree = expandTree(kind, expandPaths(q(req).expand), detail);
    const nodes = items.map((json) => ({ id: String(json.uuid), json }));
    await expand(ctx, kind, nodes, tree, o.lezen(a), req.headers.authorization);
    return items;
  }

  /** A paged list of a kind of part. */
  function list(
    path: string,
    kind: Kind,
    filters: string[],
    get: (a: Aanroep, q: Query, offset: number, size: number) => Promise<{ count: number; results: Json[] }>,
  ) {
    app.get(path, async (req) => {
      assertQuery(req, [...filters, 'page', 'expand']);
      const a = await who(req);
      const n = pageNumber(req);
      const r = await get(a, q(req), (n - 1) * SIZE, SIZE);
      return page(req, ctx.baseUrl, r.count, await expanded(req, a, kind, r.results, false), n, SIZE);
    });
  }
  function read(path: string, kind: Kind, get: (a: Aanroep, id: string) => Promise<Json>) {
    app.get<Uuid>(path, async (req) => {
      assertQuery(req, ['expand']);
      const a = await who(req);
      const [json] = await expanded(req, a, kind, [await get(a, req.params.uuid)], true);
      return json;
    });
  }
  const lastStatus = (v: string | undefined) => (v === undefined ? undefined : v === 'true' || v === 'True');

  list('/statussen', 'status', ['zaak', 'statustype', 'indicatieLaatstGezetteStatus'], (a, x, off, n) =>
    statussen.listStatussen(
      a,
      { ...x, indicatieLaatstGezetteStatus: lastStatus(x.indicatieLaatstGezetteStatus) },
      off,
      n,
    ),
  );
  app.post('/statussen', async (req, reply) =>
    created(reply, await statussen.createStatus(await who(req), req.body)),
  );
  read('/statussen/:uuid', 'status', (a, id) => statussen.readStatus(a, id));

  list('/resultaten', 'resultaat', ['zaak', 'resultaattype'], (a, x, off, n) =>
    statussen.listResultaten(a, x, off, n),
  );
  app.post('/resultaten', async (req, reply) =>
    created(reply, await statussen.createResultaat(await who(req), req.body)),
  );
  read('/resultaten/:uuid', 'resultaat', (a, id) => statussen.readResultaat(a, id));
  app.put<Uuid>('/resultaten/:uuid', async (req) =>
    statussen.updateResultaat(await who(req), req.params.uuid, req.body, false),
  );
  app.patch<Uuid>('/resultaten/:uuid', async (req) =>
    statussen.updateResultaat(await who(req), req.params.uuid, req.body, true),
  );
  app.delete<Uuid>('/resultaten/:uuid', async (req, reply) => {
    await statussen.destroyResultaat(await who(req), req.params.uuid);
    return reply.code(204).send();
  });

  list('/rollen', 'rol', ROL_FILTERS, (a, x, off, n) => rollen.list(a, x, off, n));
  app.post('/rollen', async (req, reply) => created(reply, await rollen.create(await who(req), req.body)));
  read('/rollen/:uuid', 'rol', (a, id) => rollen.read(a, id));
  app.delete<Uuid>('/rollen/:uuid', async (req, reply) => {
    await rollen.destroy(await who(req), req.params.uuid);
    return reply.code(204).send();
  });

  list('/zaakobjecten', 'zaakobject', ['zaak', 'object', 'objectType'], (a, x, off, n) =>
    onderdelen.listZaakobjecten(a, x, off, n),
  );
  app.post('/zaakobjecten', async (req, reply) =>
    created(reply, await onderdelen.createZaakobject(await who(req), req.body)),
  );
  read('/zaakobjecten/:uuid', 'zaakobject', (a, id) => onderdelen.readZaakobject(a, id));
  app.put<Uuid>('/zaakobjecten/:uuid', async (req) =>
    onderdelen.updateZaakobject(await who(req), req.params.uuid, req.body, false),
  );
  app.patch<Uuid>('/zaakobjecten/:uuid', async (req) =>
    onderdelen.updateZaakobject(await who(req), req.params.uuid, req.body, true),
  );
  app.delete<Uuid>('/zaakobjecten/:uuid', async (req, reply) => {
    await onderdelen.destroyZaakobject(await who(req), req.params.uuid);
    return reply.code(204).send();
  });

  app.get('/zaakinformatieobjecten', async (req) => {
    assertQuery(req, ['zaak', 'informatieobject', 'expand']);
    const a = await who(req);
    return expanded(req, a, 'zaakinformatieobject', await relaties.listZios(a, q(req)), false);
  });
  app.post('/zaakinformatieobjecten', async (req, reply) =>
    created(reply, await relaties.createZio(await who(req), req.body)),
  );
  read('/zaakinformatieobjecten/:uuid', 'zaakinformatieobject', (a, id) => relaties.readZio(a, id));
  app.put<Uuid>('/zaakinformatieobjecten/:uuid', async (req) =>
    relaties.updateZio(await who(req), req.params.uuid, req.body, false),
  );
  app.patch<Uuid>('/zaakinformatieobjecten/:uuid', async (req) =>
    relaties.updateZio(await who(req), req.params.uuid, req.body, true),
  );
  app.delete<Uuid>('/zaakinformatieobjecten/:uuid', async (req, reply) => {
    await relaties.destroyZio(await who(req), req.params.uuid);
    return reply.code(204).send();
  });

  app.get<ZaakUuid>('/zaken/:zaak_uuid/zaakeigenschappen', async (req) => {
    assertQuery(req, []);
    return onderdelen.listZaakeigenschappen(await who(req), req.params.zaak_uuid);
  });
  app.post<ZaakUuid>('/zaken/:zaak_uuid/zaakeigenschappen', async (req, reply) =>
    created(reply, await onderdelen.createZaakeigenschap(await who(req), req.params.zaak_uuid, req.body)),
  );
  app.get<ZaakUuid>('/zaken/:zaak_uuid/zaakeigenschappen/:uuid', async (req) => {
    assertQuery(req, []);
    return onderdelen.readZaakeigenschap(await who(req), req.params.zaak_uuid, req.params.uuid);
  });
  app.put<ZaakUuid>('/zaken/:zaak_uuid/zaakeigenschappen/:uuid', async (req) =>
    onderdelen.updateZaakeigenschap(await who(req), req.params.zaak_uuid, req.params.uuid, req.body, false),
  );
  app.patch<ZaakUuid>('/zaken/:zaak_uuid/zaakeigenschappen/:uuid', async (req) =>
    onderdelen.updateZaakeigenschap(await who(req), req.params.zaak_uuid, req.params.uuid, req.body, true),
  );
  app.delete<ZaakUuid>('/zaken/:zaak_uuid/zaakeigenschappen/:uuid', async (req, reply) => {
    await onderdelen.destroyZaakeigenschap(await who(req), req.params.zaak_uuid, req.params.uuid);
    return reply.code(204).send();
  });

  /** expand=besluit: the besluit from the Besluiten API, with the caller's own token. */
  async function besluitExpand(req: FastifyRequest, items: Json[], detail: boolean) {
    const paths = expandPaths(q(req).expand);
    const wrong = paths.find((p) => p !== 'besluit');
    if (wrong) {
      if (detail) throw notFound(`'${wrong}' is geen geldig expand-pad.`);
      throw invalid('Ongeldige expand.', [
        { name: 'expand', code: 'invalid-expand', reason: `'${wrong}' is geen geldig expand-pad.` },
      ]);
    }
    if (paths.length > 0) await relaties.besluitenErbij(items, req.headers.authorization);
    return items;
  }
  app.get<ZaakUuid>('/zaken/:zaak_uuid/besluiten', async (req) => {
    assertQuery(req, ['expand']);
    return besluitExpand(req, await relaties.listZaakbesluiten(await who(req), req.params.zaak_uuid), false);
  });
  app.post<ZaakUuid>('/zaken/:zaak_uuid/besluiten', async (req, reply) =>
    created(reply, await relaties.createZaakbesluit(await who(req), req.params.zaak_uuid, req.body)),
  );
  app.get<ZaakUuid>('/zaken/:zaak_uuid/besluiten/:uuid', async (req) => {
    assertQuery(req, ['expand']);
    const item = await relaties.readZaakbesluit(await who(req), req.params.zaak_uuid, req.params.uuid);
    return (await besluitExpand(req, [item], true))[0];
  });
  app.delete<ZaakUuid>('/zaken/:zaak_uuid/besluiten/:uuid', async (req, reply) => {
    await relaties.destroyZaakbesluit(await who(req), req.params.zaak_uuid, req.params.uuid);
    return reply.code(204).send();
  });
}
