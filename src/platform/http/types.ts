import type { VNode } from 'preact';
import type { PageContext } from '../views/context.ts';
import type { Lang, Translate } from '../i18n/i18n.ts';
import type { Principal } from '../../modules/identity/principal.ts';
import type { Gemeente } from '../../modules/tenants/gemeente.service.ts';

export interface PendingLogin {
  kind: 'digid' | 'eherkenning' | 'medewerker';
  state: string;
  nonce: string;
  codeVerifier: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    lang: Lang;
    t: Translate;
    principal: Principal | undefined;
    /** The municipality this request is for: by host name, else the logged-in account; null on neutral pages. */
    tenant: Gemeente | null;
  }
  interface FastifyReply {
    /** Renders a page in the layout; the page gets the request's language, tenant and CSRF token. */
    page(
      title: string,
      body: (ctx: PageContext) => VNode,
      opts?: { status?: number; tenant?: Gemeente | null },
    ): FastifyReply;
  }
}

declare module '@fastify/session' {
  interface FastifySessionObject {
    principal?: Principal;
    /** Epoch milliseconds of the login: sessions end after a fixed time, however active. */
    loginAt?: number;
    login?: PendingLogin;
  }
}
