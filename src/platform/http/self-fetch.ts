import type { FastifyInstance } from 'fastify';

/**
 * A fetch that answers requests to Loket's own origin in-process (the built-in identity
 * provider's endpoints), and sends everything else over the network. Loket then needs no
 * route to itself, and tests run without a listening socket.
 */
export function createSelfFetch(baseUrl: string) {
  const origin = new URL(baseUrl).origin;
  let app: FastifyInstance | undefined;
  const selfFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (!app || url.origin !== origin) return fetch(request);
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
    // The identity provider builds its URLs from the host and protocol the request names.
    const requestHeaders: Record<string, string> = {
      host: url.host,
      'x-forwarded-proto': url.protocol.replace(':', ''),
    };
    request.headers.forEach((v, k) => {
      requestHeaders[k] = v;
    });
    const res = await app.inject({
      method: request.method as 'GET',
      url: url.pathname + url.search,
      headers: requestHeaders,
      ...(body !== undefined ? { payload: body } : {}),
    });
    const headers = new Headers();
    for (const [k, v] of Object.entries(res.headers)) {
      if (v === undefined) continue;
      for (const one of Array.isArray(v) ? v : [v]) headers.append(k, String(one));
    }
    const nullBody = [204, 304].includes(res.statusCode);
    return new Response(nullBody ? null : new Uint8Array(res.rawPayload), {
      status: res.statusCode,
      headers,
    });
  };
  return {
    fetch: selfFetch,
    attach(instance: FastifyInstance) {
      app = instance;
    },
  };
}
