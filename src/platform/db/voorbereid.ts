import { getTableColumns, getTableName, is, sql, SQL, type Table } from 'drizzle-orm';
import type { Db } from './types.ts';

/**
 * A statement that Drizzle builds once per database, with `sql.placeholder()` where the values
 * go, so that a request only fills in its values: Drizzle's `.prepare()` on the pool's database,
 * kept. Building a statement costs Drizzle about as much CPU as PostgreSQL takes to run a small
 * one, so the statements of the busiest requests are kept this way.
 */
export function voorbereid<T>(build: (db: Db) => T): (db: Db) => T {
  const perDb = new WeakMap<Db, T>();
  return (db) => {
    let kept = perDb.get(db);
    if (kept === undefined) {
      kept = build(db);
      perDb.set(db, kept);
    }
    return kept;
  };
}

type Kolom<T extends Table> = keyof T['_']['columns'] & string;

/**
 * Placeholders for the table's columns, named `${prefix}${key}`, as the values of an insert that
 * is built once. They take values as `waarden` makes them (already in the driver's form).
 */
export const plaatshouders = <T extends Table, K extends Kolom<T>>(
  _table: T,
  keys: readonly K[],
  prefix: string,
) => Object.fromEntries(keys.map((k) => [k, sql`${sql.placeholder(`${prefix}${k}`)}`])) as Record<K, SQL>;

/**
 * The values for `plaatshouders(table, keys, prefix)` from a row: every key, in the driver's form
 * (as Drizzle's insert would send them); null stays SQL NULL. A key the row leaves out gets the
 * column's default, so that one statement serves every row; a column whose default is SQL must
 * be given.
 */
export function waarden<T extends Table, K extends Kolom<T>>(
  table: T,
  keys: readonly K[],
  row: Partial<Record<K, unknown>>,
  prefix: string,
): Record<string, unknown> {
  const columns = getTableColumns(table);
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const column = columns[k]!;
    let v = row[k];
    if (v === undefined) {
      if (is(column.default, SQL) || (column.default === undefined && column.notNull))
        throw new Error(`${getTableName(table)}.${k} must be given: its default is no value`);
      v = (column.default as unknown) ?? null;
    }
    out[`${prefix}${k}`] = v === null ? null : column.mapToDriverValue(v);
  }
  const extra = Object.keys(row).filter((k) => !(keys as readonly string[]).includes(k));
  if (extra.length > 0) throw new Error(`${getTableName(table)}: no place for ${extra.join(', ')}`);
  return out;
}
