import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/**
 * Security headers. The pages use no scripts and no inline styles, so the CSP can forbid both
 * outright; forms may only post to Loket itself. The headers are the same for every response, so
 * helmet's middleware is made once (@fastify/helmet made it anew for every request: ~2 % of the
 * CPU of a small API request).
 */
export function registerSecurityHeaders(app: FastifyInstance, opts: { hsts: boolean }): void {
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        formAction: ["'self'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: opts.hsts ? { maxAge: 31536000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (req, reply, done) => {
    headers(req.raw, reply.raw, (err) => done(err as Error | undefined));
  });
}
