import { and, eq, gt, gte, inArray, isNotNull, isNull, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { rollen, zaken } from './cases.schema.ts';
import type { DatumFilter, RolFilter, ZaakFilter } from './zaken-api.filters.ts';

/** The filters of GET /zaken and _zoek as SQL conditions on "zaken". */

function datum(col: PgColumn, f: DatumFilter): SQL[] {
  const c: (SQL | undefined)[] = [
    f.eq !== undefined ? eq(col, f.eq) : undefined,
    f.gt !== undefined ? gt(col, f.gt) : undefined,
    f.gte !== undefined ? gte(col, f.gte) : undefined,
    f.lt !== undefined ? lt(col, f.lt) : undefined,
    f.lte !== undefined ? lte(col, f.lte) : undefined,
    f.isnull === true ? isNull(col) : f.isnull === false ? isNotNull(col) : undefined,
  ];
  return c.filter((x): x is SQL => x !== undefined);
}

function rolCondition(f: RolFilter): SQL {
  const c = and(
    eq(rollen.zaakId, zaken.id),
    f.betrokkeneType ? eq(rollen.betrokkeneType, f.betrokkeneType as 'medewerker') : undefined,
    f.betrokkene !== undefined ? eq(rollen.betrokkene, f.betrokkene) : undefined,
    f.omschrijvingGeneriek ? eq(rollen.omschrijvingGeneriek, f.omschrijvingGeneriek) : undefined,
    ...f.identificatie.map(([type, field, value]) =>
      type === 'natuurlijk_persoon' && field === 'inpBsn'
        ? and(eq(rollen.betrokkeneType, 'natuurlijk_persoon'), eq(rollen.bsn, value))
        : and(
            eq(rollen.betrokkeneType, type as 'medewerker'),
            sql`${rollen.betrokkeneIdentificatie} ->> ${field} = ${value}`,
          ),
    ),
  );
  return sql`exists (select 1 from ${rollen} where ${c})`;
}

const floats = (xs: number[]) => `{${xs.join(',')}}`;

/**
 * zaakgeometrie within a (multi)polygon, without PostGIS: every vertex of the geometry lies
 * inside by the even-odd rule over all rings (so holes are left out).
 */
function withinCondition(rings: number[][][]): SQL {
  const edges = rings.flatMap((ring) => ring.slice(1).map((p, i) => [ring[i]!, p] as const));
  const x1 = floats(edges.map(([a]) => a[0]!));
  const y1 = floats(edges.map(([a]) => a[1]!));
  const x2 = floats(edges.map(([, b]) => b[0]!));
  const y2 = floats(edges.map(([, b]) => b[1]!));
  return sql`(${zaken.zaakgeometrie} is not null and not exists (
    select 1 from jsonb_path_query(${zaken.zaakgeometrie}, 'strict $.**') v
    where jsonb_typeof(v) = 'array' and jsonb_typeof(v -> 0) = 'number'
      and (select count(*) from unnest(${x1}::float8[], ${y1}::float8[], ${x2}::float8[], ${y2}::float8[]) e(x1, y1, x2, y2)
           where (e.y1 > (v ->> 1)::float8) <> (e.y2 > (v ->> 1)::float8)
             and (v ->> 0)::float8 < (e.x2 - e.x1) * ((v ->> 1)::float8 - e.y1) / nullif(e.y2 - e.y1, 0) + e.x1) % 2 = 0))`;
}

/** The filters besides zaaktype and confidentiality (those are in the parts). */
export function filterConditions(f: ZaakFilter): SQL[] {
  const c: (SQL | undefined)[] = [
    f.uuids ? inArray(zaken.id, f.uuids) : undefined,
    f.identificatie !== undefined ? eq(zaken.identificatie, f.identificatie) : undefined,
    f.bronorganisaties ? inArray(zaken.bronorganisatie, f.bronorganisaties) : undefined,
    f.archiefnominaties ? inArray(zaken.archiefnominatie, f.archiefnominaties as 'vernietigen'[]) : undefined,
    f.archiefstatussen ? inArray(zaken.archiefstatus, f.archiefstatussen) : undefined,
    ...datum(zaken.archiefactiedatum, f.archiefactiedatum),
    ...datum(zaken.startdatum, f.startdatum),
    ...datum(zaken.registratiedatum, f.registratiedatum),
    ...datum(zaken.einddatum, f.einddatum),
    ...datum(zaken.einddatumGepland, f.einddatumGepland),
    ...datum(zaken.uiterlijkeEinddatumAfdoening, f.uiterlijkeEinddatumAfdoening),
    f.rol ? rolCondition(f.rol) : undefined,
    f.within ? withinCondition(f.within) : undefined,
  ];
  return c.filter((x): x is SQL => x !== undefined);
}
