import type { FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import fastifyCsrf from '@fastify/csrf-protection';

/** Where sessions are kept: the database, so that any process serves any request. */
export interface SessionStorage {
  get(id: string): Promise<Record<string, unknown> | undefined>;
  set(id: string, data: Record<string, unknown>, expiresAt: Date): Promise<void>;
  destroy(id: string): Promise<void>;
}

const MAX_AGE_MS = 30 * 60 * 1000;

export async function registerSessions(
  app: FastifyInstance,
  opts: { secret: string; secure: boolean; storage: SessionStorage },
): Promise<void> {
  const { storage } = opts;
  await app.register(fastifyCookie);
  await app.register(fastifySession, {
    secret: opts.secret,
    cookieName: 'loket_session',
    saveUninitialized: false,
    rolling: true,
    cookie: {
      httpOnly: true,
      secure: opts.secure ? true : 'auto',
      sameSite: 'lax',
      path: '/',
      maxAge: MAX_AGE_MS,
    },
    store: {
      get: (id, cb) => {
        storage.get(id).then((d) => cb(null, d as never), cb);
      },
      set: (id, session, cb) => {
        const expires = session.cookie.expires ?? new Date(Date.now() + MAX_AGE_MS);
        storage
          .set(id, JSON.parse(JSON.stringify(session)) as Record<string, unknown>, expires)
          .then(() => cb(), cb);
      },
      destroy: (id, cb) => {
        storage.destroy(id).then(() => cb(), cb);
      },
    },
  });
  // The CSRF secret lives in the session; every form carries a token derived from it.
  await app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/session',
    // A multipart form's fields arrive as { value } objects (see multipart.ts).
    getToken: (req) => {
      const t = (req.body as { _csrf?: string | { value?: unknown } } | undefined)?._csrf;
      return typeof t === 'object' && typeof t.value === 'string'
        ? t.value
        : typeof t === 'string'
          ? t
          : undefined;
    },
  });
}
