/** How the zaken are spread over municipalities and years: pure, so that it can be tested. */

export interface Segment {
  gemeente: string;
  jaar: number;
  /** Zaken in this municipality and year, numbered 1..count (ZAAK-<jaar>-<nr>). */
  count: number;
  /** Registration dates are spread evenly over [firstDay, firstDay + days). */
  firstDay: string;
  days: number;
  /** The global ordinal of zaak 1 of this segment: every zaak's data derives from its ordinal. */
  offset: number;
}

export interface Chunk {
  segment: Segment;
  from: number;
  to: number;
}

const DAY = 86_400_000;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Splits `total` over the parts by share, exactly (largest remainder). */
export function apportion(total: number, shares: number[]): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  const exact = shares.map((s) => (total * s) / sum);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of byRemainder) {
    if (left === 0) break;
    counts[i]!++;
    left--;
  }
  return counts;
}

/**
 * Zaken per municipality by share, each registered on a day from `fromYear`-01-01 up to the
 * day before `today`, numbered per municipality and year as Loket numbers them.
 */
export function planSegments(
  total: number,
  gemeenten: { code: string; share: number }[],
  today: Date,
  fromYear = 2021,
): Segment[] {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const years: { jaar: number; first: number; days: number }[] = [];
  for (let jaar = fromYear; Date.UTC(jaar, 0, 1) < end; jaar++) {
    const first = Math.max(start, Date.UTC(jaar, 0, 1));
    const last = Math.min(end, Date.UTC(jaar + 1, 0, 1));
    years.push({ jaar, first, days: Math.round((last - first) / DAY) });
  }
  const perGemeente = apportion(
    total,
    gemeenten.map((g) => g.share),
  );
  const segments: Segment[] = [];
  let offset = 1;
  gemeenten.forEach((g, gi) => {
    const perYear = apportion(
      perGemeente[gi]!,
      years.map((y) => y.days),
    );
    years.forEach((y, yi) => {
      const count = perYear[yi]!;
      if (count === 0) return;
      segments.push({
        gemeente: g.code,
        jaar: y.jaar,
        count,
        firstDay: isoDay(y.first),
        days: y.days,
        offset,
      });
      offset += count;
    });
  });
  return segments;
}

/** Batches of at most `size` zaken, never across a segment. */
export function chunksOf(segments: Segment[], size: number): Chunk[] {
  return segments.flatMap((segment) => {
    const out: Chunk[] = [];
    for (let from = 1; from <= segment.count; from += size) {
      out.push({ segment, from, to: Math.min(segment.count, from + size - 1) });
    }
    return out;
  });
}
