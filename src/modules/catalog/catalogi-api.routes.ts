import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Services } from '../../services.ts';
import { notFound } from '../../platform/errors.ts';
import type { ZgwClient } from '../zgw/zgw-auth.ts';
import { assertQuery, page, pageNumber } from '../zgw/zgw-http.ts';
import {
  BesluittypeSchema,
  CatalogusSchema,
  EigenschapSchema,
  InformatieobjecttypeSchema,
  PaginatedSchema,
  ResultaattypeSchema,
  RoltypeSchema,
  StatustypeSchema,
  ZaakobjecttypeSchema,
  ZaaktypeInformatieobjecttypeSchema,
  ZaaktypeSchema,
} from './catalogi-api.schemas.ts';
import {
  PAGE_SIZE,
  requireZtcScope,
  type CatalogiApiService,
  type Mode,
  type Query,
} from './catalogi-api.service.ts';
import { isUuid, ZTC_RESOURCES, type ZtcResource } from './catalogi.urls.ts';

/** One resource of the Catalogi API as the OpenAPI document lists its operations. */
interface Resource {
  r: ZtcResource;
  schema: TSchema;
  filters: string[];
  /** Status of a create: the document says 200 for informatieobjecttypen. */
  created: 200 | 201;
  /** Status of a delete (200 with an empty object for the versioned types), or none. */
  deleted: 200 | 204 | null;
  publish?: boolean;
}

const SUB = ['zaaktype', 'zaaktypeIdentificatie', 'status', 'datumGeldigheid'];
const RESOURCES: Resource[] = [
  {
    r: 'catalogus',
    schema: CatalogusSchema,
    filters: ['domein', 'domein__in', 'rsin', 'rsin__in'],
    created: 201,
    deleted: null,
  },
  {
    r: 'zaaktype',
    schema: ZaaktypeSchema,
    filters: ['catalogus', 'identificatie', 'trefwoorden', 'status', 'datumGeldigheid'],
    created: 201,
    deleted: 200,
    publish: true,
  },
  { r: 'statustype', schema: StatustypeSchema, filters: SUB, created: 201, deleted: 204 },
  {
    r: 'resultaattype',
    schema: ResultaattypeSchema,
    filters: [...SUB, 'zaaktype_identificatie', 'datum_geldigheid'],
    created: 201,
    deleted: 204,
  },
  {
    r: 'roltype',
    schema: RoltypeSchema,
    filters: [...SUB, 'omschrijvingGeneriek'],
    created: 201,
    deleted: 204,
  },
  { r: 'eigenschap', schema: EigenschapSchema, filters: SUB, created: 201, deleted: 204 },
  {
    r: 'informatieobjecttype',
    schema: InformatieobjecttypeSchema,
    filters: ['catalogus', 'status', 'datumGeldigheid', 'omschrijving'],
    created: 200,
    deleted: 200,
    publish: true,
  },
  {
    r: 'besluittype',
    schema: BesluittypeSchema,
    filters: ['catalogus', 'zaaktypen', 'informatieobjecttypen', 'status', 'omschrijving', 'datumGeldigheid'],
    created: 201,
    deleted: 200,
    publish: true,
  },
  {
    r: 'zaaktypeInformatieobjecttype',
    schema: ZaaktypeInformatieobjecttypeSchema,
    filters: ['zaaktype', 'informatieobjecttype', 'richting', 'status'],
    created: 201,
    deleted: 204,
  },
  {
    r: 'zaakobjecttype',
    schema: ZaakobjecttypeSchema,
    filters: [
      'anderObjecttype', 'catalogus', 'datumBeginGeldigheid', 'datumEindeGeldigheid', 'datumGeldigheid',
      'objecttype', 'relatieOmschrijving', 'zaaktype', 'zaaktypeIdentificatie',
    ], // prettier-ignore
    created: 201,
    deleted: 204,
  },
];

/** The query as single strings (the last of a repeated parameter). */
function queryOf(req: FastifyRequest): Query {
  const q: Query = {};
  for (const [k, v] of Object.entries((req.query ?? {}) as Record<string, string | string[] | undefined>))
    q[k] = Array.isArray(v) ? v.at(-1) : v;
  return q;
}

function uuidOf(req: FastifyRequest): string {
  const { uuid } = req.params as { uuid: string };
  if (!isUuid(uuid)) throw notFound();
  return uuid.toLowerCase();
}

/** The Catalogi API under its root: thin routes over the catalogue's API service. */
export function catalogiApiRoutes(
  app: FastifyInstance,
  deps: {
    catalogi: CatalogiApiService;
    client: (req: FastifyRequest) => Promise<ZgwClient>;
    baseUrl: string;
  },
) {
  const { catalogi } = deps;
  const one = (c: ZgwClient, r: ZtcResource, id: string) => catalogi.get(c, r, id);

  for (const d of RESOURCES) {
    const path = `/${ZTC_RESOURCES[d.r]}`;
    const item = `${path}/:uuid`;
    const write = (mode: Mode) => async (req: FastifyRequest) => {
      const c = await deps.client(req);
      // Catalogi and the versioned types are created with catalogi.schrijven only.
      requireZtcScope(c, mode === 'create' && (d.r === 'catalogus' || d.publish) ? 'aanmaken' : 'schrijven');
      const id = await catalogi.save(
        c,
        req.id,
        d.r,
        mode,
        req.body,
        mode === 'create' ? undefined : uuidOf(req),
      );
      return one(c, d.r, id);
    };

    app.get(path, { schema: { response: { 200: PaginatedSchema(d.schema) } } }, async (req) => {
      const c = await deps.client(req);
      requireZtcScope(c, 'lezen');
      assertQuery(req, [...d.filters, 'page', 'expand']);
      const q = queryOf(req);
      const n = pageNumber(req);
      const p = await catalogi.list(c, d.r, q, n);
      return page(req, deps.baseUrl, p.count, await catalogi.expand(c, p.rows, q), n, PAGE_SIZE);
    });

    app.post(path, { schema: { response: { [d.created]: d.schema } } }, async (req, reply) =>
      reply.code(d.created).send(await write('create')(req)),
    );

    app.get(item, { schema: { response: { 200: d.schema } } }, async (req) => {
      const c = await deps.client(req);
      requireZtcScope(c, 'lezen');
      assertQuery(req, d.r === 'zaaktype' ? ['expand', 'datumGeldigheid'] : ['expand']);
      const q = queryOf(req);
      const [found] = await catalogi.expand(c, [await catalogi.get(c, d.r, uuidOf(req), q)], q);
      return found;
    });

    app.put(item, { schema: { response: { 200: d.schema } } }, write('update'));
    app.patch(item, { schema: { response: { 200: d.schema } } }, write('partial_update'));

    const deleted = d.deleted;
    if (deleted !== null && d.r !== 'catalogus') {
      const r = d.r;
      app.delete(
        item,
        { schema: { response: { [deleted]: deleted === 200 ? Type.Object({}) : Type.Null() } } },
        async (req, reply) => {
          const c = await deps.client(req);
          requireZtcScope(c, 'verwijderen');
          await catalogi.remove(c, req.id, r, uuidOf(req));
          return deleted === 200 ? reply.code(200).send({}) : reply.code(204).send();
        },
      );
    }

    if (d.publish && (d.r === 'zaaktype' || d.r === 'informatieobjecttype' || d.r === 'besluittype')) {
      const r = d.r;
      app.post(`${item}/publish`, { schema: { response: { 200: d.schema } } }, async (req) => {
        const c = await deps.client(req);
        requireZtcScope(c, 'aanmaken');
        const id = uuidOf(req);
        await catalogi.publish(c, req.id, r, id);
        return one(c, r, id);
      });
    }
  }
}

/** The registration under the Catalogi API root. */
export const catalogiApi =
  (services: Pick<Services, 'catalogi' | 'zgw' | 'config'>) => (scope: FastifyInstance) =>
    catalogiApiRoutes(scope, {
      catalogi: services.catalogi,
      client: (req) => services.zgw.authenticate(req.headers.authorization),
      baseUrl: services.config.baseUrl,
    });
