import postgres from 'postgres';

/** Bulk loading: indexes built once after the load, foreign keys checked once. */

/**
 * Plain indexes (not those of a primary key or unique constraint) are built once after the load
 * instead of row by row: their definitions are read from the catalog, so they come back as the
 * migrations made them. A seed interrupted meanwhile is never reused (no marker is written).
 */
export async function dropSecondaryIndexes(sql: postgres.Sql, tables: string[]): Promise<string[]> {
  const rows = await sql<{ name: string; def: string }[]>`
    select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
    from pg_index i join pg_class c on c.oid = i.indrelid
    where c.relname = any(${tables}) and c.relnamespace = 'public'::regnamespace and not i.indisprimary
      and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)`;
  for (const r of rows) await sql.unsafe(`drop index ${r.name}`);
  return rows.map((r) => r.def);
}

export async function rebuildIndexes(sql: postgres.Sql, defs: string[], parallel: number) {
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      const c = await sql.reserve();
      try {
        await c.unsafe(`set maintenance_work_mem = '256MB'`);
        while (next < defs.length) await c.unsafe(defs[next++]!);
      } finally {
        c.release();
      }
    }),
  );
}

export async function isSuperuser(url: string): Promise<boolean> {
  const sql = postgres(url, { max: 1, onnotice: () => undefined });
  try {
    const [r] = await sql<{ s: boolean }[]>`select rolsuper as s from pg_roles where rolname = current_user`;
    return r?.s === true;
  } finally {
    await sql.end();
  }
}

/** Every single-column foreign key of the tables: no row may point at nothing. */
export async function checkForeignKeys(sql: postgres.Sql, tables: string[], parallel: number) {
  const keys = await sql<{ child: string; col: string; parent: string; pcol: string; name: string }[]>`
    select c.conrelid::regclass::text as child, a.attname as col, c.confrelid::regclass::text as parent,
      af.attname as pcol, c.conname as name
    from pg_constraint c
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
    join pg_attribute af on af.attrelid = c.confrelid and af.attnum = c.confkey[1]
    where c.contype = 'f' and cardinality(c.conkey) = 1 and c.conrelid::regclass::text = any(${tables})`;
  const broken: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < keys.length) {
        const k = keys[next++]!;
        const [r] = await sql.unsafe<{ n: number }[]>(
          `select count(*)::int as n from ${k.child} x where x."${k.col}" is not null
           and not exists (select 1 from ${k.parent} p where p."${k.pcol}" = x."${k.col}")`,
        );
        if ((r?.n ?? 0) > 0) broken.push(`${k.name}: ${r!.n} rows of ${k.child} point at no ${k.parent}`);
      }
    }),
  );
  if (broken.length > 0) throw new Error(`The seed broke foreign keys:\n${broken.join('\n')}`);
}
