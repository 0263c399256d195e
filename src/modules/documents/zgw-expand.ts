import { invalid, notFound } from '../../platform/errors.ts';

/**
 * The attributes an `expand` asks for (comma separated; only the first level of a dotted path is
 * embedded). An attribute the resource does not have is a 400 on a list and a 404 on a single
 * resource (drc-013), as the specs allow.
 */
export function expandFields(
  raw: string | undefined,
  allowed: readonly string[],
  on: 'list' | 'one',
): string[] {
  if (raw === undefined || raw.trim() === '') return [];
  const fields = [...new Set(raw.split(',').map((p) => p.trim().split('.')[0] ?? ''))].filter(
    (f) => f !== '',
  );
  const unknown = fields.filter((f) => !allowed.includes(f));
  if (unknown.length > 0) {
    if (on === 'one') throw notFound(`Onbekend expand-attribuut: ${unknown.join(', ')}.`);
    throw invalid('Onbekend expand-attribuut.', [
      { name: 'expand', code: 'invalid', reason: `Onbekend attribuut: ${unknown.join(', ')}.` },
    ]);
  }
  return fields;
}

/**
 * Fetches what an `expand` embeds from another API (Loket's own in-process, or elsewhere) on
 * behalf of the caller, each URL once per request.
 */
export function embedder(fetchFn: typeof fetch, authorization: string | undefined) {
  const cache = new Map<string, Promise<Record<string, unknown> | undefined>>();
  const get = async (url: string): Promise<Record<string, unknown> | undefined> => {
    try {
      const res = await fetchFn(url, {
        headers: {
          accept: 'application/json',
          'accept-crs': 'EPSG:4326',
          ...(authorization ? { authorization } : {}),
        },
        signal: AbortSignal.timeout(10_000),
      });
      if (res.status !== 200) {
        await res.body?.cancel();
        return undefined;
      }
      const json: unknown = await res.json();
      return typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  };
  return (url: string | null | undefined) => {
    if (!url) return Promise.resolve(undefined);
    let p = cache.get(url);
    if (!p) {
      p = get(url);
      cache.set(url, p);
    }
    return p;
  };
}
