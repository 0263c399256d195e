/** Nearest-rank percentile (p in 0..100) of sorted values; NaN when there are none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  if (p <= 0) return sorted[0]!;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

export interface Summary {
  requests: number;
  /** Non-2xx answers plus requests that got no answer (connection errors, time-outs). */
  errors: number;
  /** Answers per status code, e.g. { 200: 1234, 404: 2 }. */
  statuses: Record<number, number>;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Latencies in ms of the answered requests over a measurement of `seconds`. */
export function summarise(
  latencies: readonly number[],
  statuses: Record<number, number>,
  failed: number,
  seconds: number,
): Summary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const non2xx = Object.entries(statuses)
    .filter(([code]) => Number(code) < 200 || Number(code) > 299)
    .reduce((n, [, count]) => n + count, 0);
  return {
    requests: sorted.length + failed,
    errors: non2xx + failed,
    statuses: { ...statuses },
    requestsPerSecond: seconds > 0 ? sorted.length / seconds : 0,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length > 0 ? sorted[sorted.length - 1]! : NaN,
  };
}
