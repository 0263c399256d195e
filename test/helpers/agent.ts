import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { testApp, type TestApp } from './app.ts';
import { freePort } from './browser.ts';

/**
 * A minimal browser over `inject`: keeps cookies per path, follows redirects within the app,
 * and fills in the CSRF token of the last page's form.
 */
export class Agent {
  private cookies = new Map<string, { value: string; path: string }>();
  lastHtml = '';

  constructor(
    private readonly app: FastifyInstance,
    private readonly origin = 'http://loket.test',
  ) {}

  private cookieHeader(url: string): string | undefined {
    const p = new URL(url, this.origin).pathname;
    const pairs = [...this.cookies]
      .filter(([, c]) => p.startsWith(c.path))
      .map(([k, c]) => `${k}=${c.value}`);
    return pairs.length > 0 ? pairs.join('; ') : undefined;
  }

  private store(res: LightMyRequestResponse) {
    for (const c of res.cookies as {
      name: string;
      value: string;
      path?: string;
      maxAge?: number;
      expires?: Date;
    }[]) {
      const expired = c.maxAge === 0 || (c.expires !== undefined && c.expires.getTime() < Date.now());
      if (expired || c.value === '') this.cookies.delete(c.name);
      else this.cookies.set(c.name, { value: c.value, path: c.path ?? '/' });
    }
  }

  async request(
    method: 'GET' | 'POST',
    url: string,
    form?: Record<string, string>,
    follow = true,
  ): Promise<LightMyRequestResponse> {
    let res = await this.app.inject({
      method,
      url: this.local(url),
      headers: {
        host: new URL(this.origin).host,
        ...(this.cookieHeader(url) ? { cookie: this.cookieHeader(url) } : {}),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(form ? { payload: new URLSearchParams(form).toString() } : {}),
    });
    this.store(res);
    let hops = 0;
    while (follow && res.statusCode >= 300 && res.statusCode < 400 && res.headers.location && hops++ < 15) {
      const next = String(res.headers.location);
      res = await this.app.inject({
        method: 'GET',
        url: this.local(next),
        headers: {
          host: new URL(this.origin).host,
          ...(this.cookieHeader(next) ? { cookie: this.cookieHeader(next) } : {}),
        },
      });
      this.store(res);
    }
    if (String(res.headers['content-type'] ?? '').includes('text/html')) this.lastHtml = res.body;
    return res;
  }

  get = (url: string, follow = true) => this.request('GET', url, undefined, follow);

  /** Posts a form with the CSRF token of the last page. */
  post(url: string, form: Record<string, string>, follow = true) {
    return this.request('POST', url, { _csrf: this.csrf(), ...form }, follow);
  }

  /** Posts a multipart form (fields and files) with the CSRF token of the last page. */
  async postMultipart(
    url: string,
    fields: Record<string, string | string[]>,
    files: Record<string, { filename: string; type: string; content: Uint8Array }> = {},
  ): Promise<LightMyRequestResponse> {
    const boundary = `----loket${Math.random().toString(16).slice(2)}`;
    const chunks: Buffer[] = [];
    const part = (head: string, body: Buffer | string) =>
      chunks.push(Buffer.from(`--${boundary}\r\n${head}\r\n\r\n`), Buffer.from(body), Buffer.from('\r\n'));
    for (const [name, value] of Object.entries({ _csrf: this.csrf(), ...fields })) {
      for (const v of (Array.isArray(value) ? value : [value]) as string[])
        part(`Content-Disposition: form-data; name="${name}"`, v);
    }
    for (const [name, f] of Object.entries(files)) {
      part(
        `Content-Disposition: form-data; name="${name}"; filename="${f.filename}"\r\nContent-Type: ${f.type}`,
        Buffer.from(f.content),
      );
    }
    chunks.push(Buffer.from(`--${boundary}--\r\n`));
    let res = await this.app.inject({
      method: 'POST',
      url: this.local(url),
      headers: {
        host: new URL(this.origin).host,
        ...(this.cookieHeader(url) ? { cookie: this.cookieHeader(url) } : {}),
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload: Buffer.concat(chunks),
    });
    this.store(res);
    if (res.statusCode === 303 && res.headers.location) res = await this.get(String(res.headers.location));
    else if (String(res.headers['content-type'] ?? '').includes('text/html')) this.lastHtml = res.body;
    return res;
  }

  csrf(): string {
    return /name="_csrf" value="([^"]+)"/.exec(this.lastHtml)?.[1] ?? '';
  }

  /** The action of the first form on the last page that posts. */
  formAction(): string {
    const m = /<form method="post" action="([^"]+)"/.exec(this.lastHtml);
    if (!m?.[1]) throw new Error('No form on the page');
    return m[1].replace(/&amp;/g, '&');
  }

  private local(url: string): string {
    const u = new URL(url, this.origin);
    if (u.origin !== this.origin) throw new Error(`Redirect leaves the app: ${url}`);
    return u.pathname + u.search;
  }
}

/** Logs in through the real OIDC flow with the development identity provider. */
export async function loginDigid(agent: Agent, bsn: string) {
  await agent.get('/inloggen/digid');
  return agent.post(agent.formAction(), { bsn, niveau: 'substantieel', actie: 'inloggen' });
}

export async function loginMedewerker(agent: Agent, account: string) {
  await agent.get('/inloggen/medewerker');
  return agent.post(agent.formAction(), { account, actie: 'inloggen' });
}

export async function loginEherkenning(agent: Agent, kvk: string, naam: string) {
  await agent.get('/inloggen/eherkenning');
  return agent.post(agent.formAction(), { kvk, naam, niveau: 'eh3', actie: 'inloggen' });
}

/**
 * One logged-in agent per account, made on first use (logins are rate-limited per address): a
 * nine-digit account logs in with DigiD, any other as an employee.
 */
export function agentsPerAccount(app: () => FastifyInstance, base: () => string) {
  const agents = new Map<string, Promise<Agent>>();
  return (account: string): Promise<Agent> => {
    let a = agents.get(account);
    if (!a) {
      a = (async () => {
        const agent = new Agent(app(), base());
        if (/^\d{9}$/.test(account)) await loginDigid(agent, account);
        else await loginMedewerker(agent, account);
        return agent;
      })();
      agents.set(account, a);
    }
    return a;
  };
}

/**
 * The whole application listening on a free port, for the tests of one file (the pages' links and
 * a browser need a real address): `onReady` gets the app and its base URL before the tests run, and
 * the answer is an agent per account, logged in once.
 */
export function listeningTestApp(onReady: (t: TestApp, base: string) => void) {
  let t: TestApp | undefined;
  let base = '';
  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    t = await testApp({ env: { LOKET_BASE_URL: base } });
    await t.app.listen({ port, host: '127.0.0.1' });
    onReady(t, base);
  });
  afterAll(async () => {
    await t?.close();
  });
  return agentsPerAccount(
    () => t!.app,
    () => base,
  );
}
