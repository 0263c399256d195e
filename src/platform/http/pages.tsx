import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { isLang, translator } from '../i18n/i18n.ts';
import { Layout } from '../views/layout.tsx';
import { renderPage } from '../views/render.ts';
import type { PageContext } from '../views/context.ts';
import { principalHome, type Principal } from '../../modules/identity/principal.ts';
import type { Gemeente } from '../../modules/tenants/gemeente.service.ts';
import './types.ts';

export const LANG_COOKIE = 'loket_lang';

export function pageContext(req: FastifyRequest, reply: FastifyReply, tenant: Gemeente | null): PageContext {
  const p = req.principal;
  let csrf: string | undefined;
  return {
    lang: req.lang,
    t: req.t,
    path: req.url,
    tenant: tenant ? { code: tenant.code, naam: tenant.naam } : null,
    user: p ? { displayName: p.naam, home: principalHome(p) } : null,
    // Made only when a form asks for it, so that an anonymous page view stores no session.
    get csrfToken() {
      return (csrf ??= req.session ? reply.generateCsrf() : '');
    },
  };
}

/** Request language, principal, and `reply.page`. */
export function registerPages(
  app: FastifyInstance,
  resolveTenant: (req: FastifyRequest) => Promise<Gemeente | null>,
  currentPrincipal: (p: Principal, loginAt: number) => Promise<Principal | undefined>,
) {
  app.decorateRequest('lang', 'nl');
  app.decorateRequest('t', translator('nl'));
  app.decorateRequest('principal', undefined);
  app.decorateRequest('tenant', null);
  app.addHook('preHandler', async (req) => {
    const cookie = req.cookies[LANG_COOKIE];
    req.lang = isLang(cookie) ? cookie : 'nl';
    req.t = translator(req.lang);
    const stored = req.session?.principal;
    req.principal = stored ? await currentPrincipal(stored, req.session.loginAt ?? 0) : undefined;
    if (stored && !req.principal) req.session.principal = undefined;
    // Assets and APIs render no page: spare them the lookup.
    if (!/^\/(assets|themes|health|haalcentraal|[a-z]+\/api)\//.test(req.url))
      req.tenant = await resolveTenant(req);
  });
  app.decorateReply(
    'page',
    function (
      this: FastifyReply,
      title: string,
      body: (ctx: PageContext) => VNode,
      opts: { status?: number; tenant?: Gemeente | null } = {},
    ) {
      const ctx = pageContext(
        this.request,
        this,
        opts.tenant === undefined ? this.request.tenant : opts.tenant,
      );
      return this.code(opts.status ?? 200)
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(
          renderPage(
            <Layout ctx={ctx} title={title}>
              {body(ctx)}
            </Layout>,
          ),
        );
    },
  );
}
