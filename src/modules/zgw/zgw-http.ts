import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { load } from 'js-yaml';
import { invalid } from '../../platform/errors.ts';

/** The ZGW API roots Loket serves; one set for every municipality (a client sees its own). */
export const ZGW_APIS = {
  zaken: { path: '/zaken/api/v1', spec: 'zaken' },
  catalogi: { path: '/catalogi/api/v1', spec: 'catalogi' },
  documenten: { path: '/documenten/api/v1', spec: 'documenten' },
  besluiten: { path: '/besluiten/api/v1', spec: 'besluiten' },
  autorisaties: { path: '/autorisaties/api/v1', spec: 'autorisaties' },
  notificaties: { path: '/notificaties/api/v1', spec: 'notificaties' },
  referentielijsten: { path: '/referentielijsten/api/v1', spec: 'referentielijsten' },
} as const;
export type ZgwApi = keyof typeof ZGW_APIS;

export const zgwRoots = (baseUrl: string) =>
  Object.fromEntries(Object.entries(ZGW_APIS).map(([k, v]) => [k, `${baseUrl}${v.path}`])) as Record<
    ZgwApi,
    string
  >;

const SPECS = new URL('../../../../shared/specs/', import.meta.url);
const specCache = new Map<string, string>();

/** The OpenAPI document of a component, as JSON (the VNG document is the contract). */
export function openapiJson(spec: string): string {
  let json = specCache.get(spec);
  if (json === undefined) {
    const file = spec === 'referentielijsten' ? 'referentielijsten/openapi.yaml' : `zgw/${spec}.yaml`;
    json = JSON.stringify(load(readFileSync(new URL(file, SPECS), 'utf8')));
    specCache.set(spec, json);
  }
  return json;
}

/** 400 for any query parameter the operation does not know (ZGW general rule). */
export function assertQuery(req: FastifyRequest, allowed: readonly string[]) {
  const query = (req.query ?? {}) as Record<string, unknown>;
  const unknown = Object.keys(query).filter((k) => !allowed.includes(k));
  if (unknown.length > 0) {
    throw invalid(
      'Onbekende query parameters.',
      unknown.map((name) => ({ name, code: 'unknown-parameters', reason: 'Onbekende query parameter.' })),
    );
  }
}

export interface Page<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

/** The page number asked for (1-based); a bad one is a 400 with invalidParams. */
export function pageNumber(req: FastifyRequest): number {
  const raw = (req.query as Record<string, string | undefined>).page;
  if (raw === undefined) return 1;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw invalid('Ongeldige pagina.', [
      { name: 'page', code: 'invalid', reason: 'Een positief geheel getal.' },
    ]);
  return n;
}

/**
 * Requests answered with a page of a list. They get no ETag: the specs give one only to single
 * resources, and hashing a page of 100 zaken (~150 KB) was ~4 % of the CPU of a list request.
 */
const pages = new WeakSet<FastifyRequest>();

/** `{count, next, previous, results}` with absolute links to the neighbouring pages. */
export function page<T>(
  req: FastifyRequest,
  baseUrl: string,
  count: number,
  results: T[],
  n: number,
  size: number,
): Page<T> {
  pages.add(req);
  const link = (p: number) => {
    const u = new URL(req.url, baseUrl);
    u.searchParams.set('page', String(p));
    return `${baseUrl}${u.pathname}${u.search}`;
  };
  return {
    count,
    next: n * size < count ? link(n + 1) : null,
    previous: n > 1 ? link(n - 1) : null,
    results,
  };
}

/** The same page as JSON text, around its results as one JSON array text already. */
export function pageText(
  req: FastifyRequest,
  baseUrl: string,
  count: number,
  results: string,
  n: number,
  size: number,
): string {
  const head = JSON.stringify(page(req, baseUrl, count, [], n, size));
  return `${head.slice(0, -'[]}'.length)}${results}}`;
}

/**
 * One ZGW component under its root: `openapi.json`, ETags on every GET but pages of lists, with If-None-Match
 * answered 304 (HEAD comes with GET), and the component's routes.
 */
export function zgwComponent(app: FastifyInstance, api: ZgwApi, routes: (scope: FastifyInstance) => void) {
  const root = ZGW_APIS[api];
  void app.register(
    (scope, _opts, done) => {
      scope.addHook('onSend', async (req, reply, payload) => {
        if (
          (req.method !== 'GET' && req.method !== 'HEAD') ||
          reply.statusCode !== 200 ||
          typeof payload !== 'string' ||
          pages.has(req)
        )
          return payload;
        const etag = `"${createHash('sha256').update(payload).digest('base64url').slice(0, 32)}"`;
        reply.header('etag', etag);
        const match = req.headers['if-none-match'];
        if (match !== undefined && match.split(',').some((m) => m.trim() === etag || m.trim() === '*')) {
          reply.code(304);
          return '';
        }
        return payload;
      });
      if (root.spec) {
        const spec = root.spec;
        scope.get('/openapi.json', (_req, reply) => reply.type('application/json').send(openapiJson(spec)));
      }
      routes(scope);
      done();
    },
    { prefix: root.path },
  );
}
