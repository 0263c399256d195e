import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import formbody from '@fastify/formbody';
import fastifyStatic from '@fastify/static';
import type { Services } from './services.ts';
import { getOrCreateSecret } from './platform/secrets.ts';
import { registerSecurityHeaders } from './platform/http/security.ts';
import { registerSessions } from './platform/http/session.ts';
import { registerPages } from './platform/http/pages.tsx';
import { handleError, isApiRequest, sendProblem } from './platform/http/problem.ts';
import { errorPage } from './platform/http/error-pages.tsx';
import { healthRoutes } from './platform/http/health.routes.ts';
import { themeRoutes } from './modules/tenants/theme.routes.ts';
import { portalPages } from './modules/portal/portal.pages.tsx';
import { backofficePages } from './modules/backoffice/backoffice.pages.tsx';
import { loginRoutes } from './modules/identity/login.routes.ts';
import { brpRoutes } from './modules/registries/brp.routes.ts';
import { createDevProvider, mountDevProvider } from './modules/identity/dev-idp/provider.ts';
import { interactionPages } from './modules/identity/dev-idp/interaction.pages.tsx';
import type { Gemeente } from './modules/tenants/gemeente.service.ts';
import { registerMultipart } from './platform/http/multipart.ts';
import { aanvraagPages } from './modules/portal/aanvraag.pages.tsx';
import { mijnZakenPages } from './modules/portal/mijn-zaken.pages.tsx';
import { eventsPlugin } from './modules/events/events.plugin.ts';
import { backofficeZakenPages } from './modules/backoffice/zaken.pages.tsx';
import { zgwApis } from './modules/zgw/zgw.routes.ts';
import { clientsPages } from './modules/zgw/clients.pages.tsx';
import { dienstenPages } from './modules/zgw/diensten.pages.tsx';

const require = createRequire(import.meta.url);
const publicDir = fileURLToPath(new URL('../public', import.meta.url));
const distOf = (pkg: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'dist');

/** Builds the application; `listen` is the caller's business. */
export async function buildApp(services: Services): Promise<FastifyInstance> {
  const { config } = services;
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      // Query strings can hold personal data (a BSN searched for): log the path only.
      serializers: {
        req: (req: { method: string; url: string; id: string }) => ({
          method: req.method,
          path: req.url.split('?')[0],
          id: req.id,
        }),
      },
    },
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    // Only the configured proxies: otherwise a client could choose its own address (rate limits).
    trustProxy: (_address: string, hop: number) => hop < config.trustProxyHops,
    bodyLimit: 1024 * 1024,
  });
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  registerSecurityHeaders(app, { hsts: config.baseUrl.startsWith('https://') });
  await app.register(formbody);
  await registerMultipart(app);
  app.setErrorHandler(handleError);

  // The APIs: no session, language or logged-in person, so none of the pages' hooks (the session
  // hook alone signed a new session id for every API request, ~3 % of the CPU of a POST /zaken).
  healthRoutes(app, services.database);
  brpRoutes(app, services);
  zgwApis(app, services);

  const sessionSecret =
    config.sessionSecret ??
    (await getOrCreateSecret(services.database.db, 'session-secret', () => randomUUID() + randomUUID()));
  // The pages in a scope of their own, with the session, the CSRF protection and the page context.
  await app.register(async (pages) => {
    await registerSessions(pages, {
      secret: sessionSecret,
      secure: config.baseUrl.startsWith('https://'),
      storage: services.identity.sessionStorage,
    });
    registerPages(
      pages,
      (req) => resolveTenant(req, services),
      (p, loginAt) => services.identity.currentPrincipal(p, loginAt),
    );
    // Every URL without a route lands here, an API's too (then as problem+json).
    pages.setNotFoundHandler((req, reply) =>
      isApiRequest(req) ? sendProblem(reply, 404, 'notFound', 'Resource not found.') : errorPage(reply, 404),
    );
    // The assets are here too: a missing one is a page's 404, which needs the page context.
    await pages.register(fastifyStatic, { root: publicDir, prefix: '/assets/', maxAge: '1h' });
    pages.get('/assets/design-tokens.css', (_req, reply) =>
      reply.sendFile('index.css', distOf('@utrecht/design-tokens')),
    );
    pages.get('/assets/utrecht.css', (_req, reply) =>
      reply.sendFile('index.css', distOf('@utrecht/component-library-css')),
    );
    themeRoutes(pages, services);
    portalPages(pages, services);
    loginRoutes(pages, services);
    backofficePages(pages, services);
    backofficeZakenPages(pages, services);
    aanvraagPages(pages, services);
    mijnZakenPages(pages, services);
    await eventsPlugin(pages, { events: services.events, config, tenants: services.tenants });
    clientsPages(pages, services);
    dienstenPages(pages, services);
    if (config.devIdp) {
      const provider = await createDevProvider(config, services.database.db);
      await mountDevProvider(pages, provider);
      interactionPages(pages, provider, services);
    }
  });
  return app;
}

/**
 * A request's municipality: the one whose host name it came in on, else the logged-in
 * account's (a citizen's municipality of registration, an employee's own), else none.
 */
async function resolveTenant(req: FastifyRequest, services: Services): Promise<Gemeente | null> {
  const byHost = await services.tenants.byHostname(req.hostname.split(':')[0] ?? '');
  if (byHost) return byHost;
  const code = req.principal?.gemeenteCode;
  return (code ? await services.tenants.byCode(code) : undefined) ?? null;
}
