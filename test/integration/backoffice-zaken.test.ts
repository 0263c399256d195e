import { afterAll, beforeAll, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testApp, type TestApp } from '../helpers/app.ts';
import { huidigAdres } from '../../src/modules/registries/prefill.ts';

let t: TestApp;
beforeAll(async () => { t = await testApp(); });
afterAll(async () => { await t.close(); });

it('explore', async () => {
  const s = t.services;
  const db = s.database.db;
  const rows = (await db.execute(sql`select bsn, gemeente_code from personen where persoon->'partners' is not null and jsonb_array_length(persoon->'partners') > 0 order by bsn`)) as unknown;
  const list = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as { bsn: string; gemeente_code: string }[];
  let n = 0;
  for (const r of list) {
    const h = await s.persons.huisgenoten(r.bsn);
    if (h.length > 0) {
      console.log(r.bsn, r.gemeente_code, JSON.stringify(h), JSON.stringify((await huidigAdres(db, r.bsn))?.adres));
      if (++n > 12) break;
    }
  }
});
