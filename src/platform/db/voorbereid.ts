import { sql, type Placeholder } from 'drizzle-orm';
import type { Db } from './types.ts';

/**
 * Statements that Drizzle builds once per database and shape, with `sql.placeholder()` where the
 * values go, so that a request only fills in its values: Drizzle's `.prepare()` on the pool's
 * database, kept. Building a statement costs Drizzle about as much CPU as PostgreSQL takes to
 * run a small one, so the statements of the busiest requests are kept this way.
 *
 * A shape is what changes the text (e.g. the columns an insert names). At most `max` shapes per
 * database are kept; a further one is built for its request only, so odd requests cannot fill
 * the memory of Loket (or, through postgres.js, of the server's prepared statements).
 */
export function voorbereid<T>(build: (db: Db, shape: string) => T, max = 32) {
  const perDb = new WeakMap<Db, Map<string, T>>();
  return (db: Db, shape = ''): T => {
    let kept = perDb.get(db);
    if (!kept) {
      kept = new Map();
      perDb.set(db, kept);
    }
    const hit = kept.get(shape);
    if (hit) return hit;
    const built = build(db, shape);
    if (kept.size < max) kept.set(shape, built);
    return built;
  };
}

/** Placeholders for the keys, named `${prefix}${key}`: the values of an insert built once. */
export const plaatshouders = <K extends string>(keys: readonly K[], prefix: string) =>
  Object.fromEntries(keys.map((k) => [k, sql.placeholder(`${prefix}${k}`)])) as Record<K, Placeholder>;

/** The values for `plaatshouders(Object.keys(row), prefix)`. */
export const voorPlaatshouders = (row: Record<string, unknown>, prefix: string): Record<string, unknown> =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [`${prefix}${k}`, v]));
