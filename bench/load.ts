import autocannon from 'autocannon';
import { summarise, type Summary } from './stats.ts';

/** One request as a measurement sends it; made anew for every request (random ids, fresh bodies). */
export interface BenchRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface LoadResult {
  summary: Summary;
  /** An error answer, fetched once more after the run so that the report can show it. */
  firstError?: string | undefined;
}

/**
 * Drives `connections` concurrent keep-alive clients against 127.0.0.1 for `seconds`, each
 * sending its next request when the previous one is answered; latencies as the client sees them.
 */
export async function runLoad(
  baseUrl: string,
  make: () => BenchRequest,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const host = new URL(baseUrl).hostname;
  if (host !== '127.0.0.1' && host !== 'localhost')
    throw new Error(`The bench drives load against 127.0.0.1 only, not ${host}`);
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        duration: seconds,
        timeout: 30,
        requests: [{ setupRequest: (req) => ({ ...req, ...make() }) }],
      },
      (err: Error | null, res: autocannon.Result) => (err ? reject(err) : resolve(res)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
  });
  const elapsed = Math.min(result.duration, (performance.now() - started) / 1000);
  const summary = summarise(latencies, statuses, result.errors, elapsed);
  if (summary.errors === 0) return { summary };
  return { summary, firstError: await sampleError(baseUrl, make, result.errors) };
}

/** Sends requests until one fails, to show its answer (the load tool keeps no bodies). */
async function sampleError(baseUrl: string, make: () => BenchRequest, failed: number): Promise<string> {
  for (let i = 0; i < 20; i++) {
    const r = make();
    try {
      const res = await fetch(baseUrl + r.path, {
        method: r.method,
        headers: r.headers,
        ...(r.body !== undefined ? { body: r.body } : {}),
        signal: AbortSignal.timeout(30_000),
      });
      const text = (await res.text()).replace(/\s+/g, ' ');
      if (!res.ok) return `${r.method} ${r.path.split('?')[0]} → ${res.status}: ${text.slice(0, 300)}`;
    } catch (err) {
      return `${r.method} ${r.path.split('?')[0]} → ${(err as Error).message}`;
    }
  }
  return failed > 0
    ? `${failed} requests got no answer (connection error or time-out)`
    : 'intermittent errors';
}
