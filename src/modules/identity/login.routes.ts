import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Services } from '../../services.ts';
import { principalHome } from './principal.ts';
import type { LoginKind } from './oidc-login.ts';
import { LoginRefusedError } from './identity.service.ts';
import { errorPage } from '../../platform/http/error-pages.tsx';

const KINDS: LoginKind[] = ['digid', 'eherkenning', 'medewerker'];
const isKind = (k: string): k is LoginKind => (KINDS as string[]).includes(k);

const LOGIN_ATTEMPTS = 20;
const LOGIN_WINDOW_MS = 5 * 60 * 1000;

/** The relying-party side of login: redirect to the identity provider, take the code back, log out. */
export function loginRoutes(app: FastifyInstance, services: Services) {
  const { identity } = services;

  const limited = (req: FastifyRequest) =>
    identity.rateLimited(`login:${req.ip}`, LOGIN_ATTEMPTS, LOGIN_WINDOW_MS);

  app.get<{ Params: { kind: string } }>('/inloggen/:kind', async (req, reply) => {
    const { kind } = req.params;
    if (!isKind(kind)) return reply.callNotFound();
    if (await limited(req)) return errorPage(reply, 429);
    const { url, pending } = await identity.startLogin(kind);
    req.session.login = pending;
    return reply.redirect(url, 303);
  });

  app.get<{ Params: { kind: string } }>('/inloggen/:kind/callback', async (req, reply) => {
    const { kind } = req.params;
    const pending = req.session.login;
    if (!isKind(kind) || pending?.kind !== kind) return reply.redirect('/inloggen?mislukt=1', 303);
    req.session.login = undefined;
    try {
      const principal = await identity.finishLogin(kind, new URL(req.url, services.config.baseUrl), pending);
      // A fresh session id at login: a session fixed before it is worth nothing after.
      await req.session.regenerate();
      req.session.principal = principal;
      req.session.loginAt = Date.now();
      req.log.info({ kind, principal: principal.type }, 'login');
      return reply.redirect(principalHome(principal), 303);
    } catch (err) {
      req.log.warn({ err, kind }, err instanceof LoginRefusedError ? 'login refused' : 'login failed');
      return reply.redirect('/inloggen?mislukt=1', 303);
    }
  });

  app.post(
    '/uitloggen',
    { preHandler: (req, reply, done) => app.csrfProtection(req, reply, done) },
    async (req, reply) => {
      await req.session.destroy();
      if (services.config.devIdp) {
        // The development provider lives on this origin: end its single sign-on session too, so
        // the next person on this browser logs in afresh instead of meeting a logout screen.
        for (const name of ['_session', '_session.sig']) reply.clearCookie(name, { path: '/' });
      }
      return reply.redirect('/', 303);
    },
  );
}
