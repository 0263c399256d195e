import { asc, eq, inArray, max } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import {
  besluittypen,
  eigenschappen,
  informatieobjecttypen,
  resultaattypen,
  roltypen,
  statustypen,
  zaakobjecttypen,
  zaaktypeInformatieobjecttypen,
  zaaktypen,
} from './catalog.schema.ts';

/**
 * What the views of the Catalogi API need besides the rows themselves: the relations by name
 * (omschrijving, identificatie) within a catalogus, read in a few queries per page.
 */

export interface Version {
  id: string;
  concept: boolean;
  beginGeldigheid: string;
  eindeGeldigheid: string | null;
}
export interface ZaaktypeRef extends Version {
  identificatie: string;
  besluittypen: string[];
}
export interface BesluittypeRef extends Version {
  omschrijving: string;
  informatieobjecttypen: string[];
}
export interface InformatieobjecttypeRef extends Version {
  omschrijving: string;
}

/** The types of one catalogus, each in all its versions. */
export interface CatalogusIndex {
  zaaktypen: ZaaktypeRef[];
  besluittypen: BesluittypeRef[];
  informatieobjecttypen: InformatieobjecttypeRef[];
  /** Which zaaktype (version) uses which informatieobjecttype (by omschrijving). */
  ziot: { zaaktypeId: string; omschrijving: string }[];
  resultaattypen: { id: string; zaaktypeId: string; omschrijving: string; besluittypen: string[] }[];
}

export interface IndexNeeds {
  zaaktypen?: boolean;
  besluittypen?: boolean;
  informatieobjecttypen?: boolean;
  ziot?: boolean;
  resultaattypen?: boolean;
}

const version = <T extends typeof zaaktypen | typeof besluittypen | typeof informatieobjecttypen>(t: T) => ({
  id: t.id as T['id'],
  concept: t.concept as T['concept'],
  beginGeldigheid: t.beginGeldigheid as T['beginGeldigheid'],
  eindeGeldigheid: t.eindeGeldigheid as T['eindeGeldigheid'],
});

function group<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
  return m;
}

export async function loadIndex(
  db: Db,
  catalogusIds: string[],
  needs: IndexNeeds,
): Promise<Map<string, CatalogusIndex>> {
  const ids = [...new Set(catalogusIds)];
  const out = new Map<string, CatalogusIndex>();
  for (const id of ids)
    out.set(id, { zaaktypen: [], besluittypen: [], informatieobjecttypen: [], ziot: [], resultaattypen: [] });
  if (ids.length === 0) return out;
  const at = (id: string) => out.get(id)!;
  if (needs.zaaktypen) {
    const rows = await db
      .select({
        ...version(zaaktypen),
        catalogusId: zaaktypen.catalogusId,
        identificatie: zaaktypen.identificatie,
        besluittypen: zaaktypen.besluittypen,
      })
      .from(zaaktypen)
      .where(inArray(zaaktypen.catalogusId, ids))
      .orderBy(asc(zaaktypen.identificatie), asc(zaaktypen.beginGeldigheid));
    for (const [c, rs] of group(rows, (r) => r.catalogusId)) at(c).zaaktypen = rs;
  }
  if (needs.besluittypen) {
    const rows = await db
      .select({
        ...version(besluittypen),
        catalogusId: besluittypen.catalogusId,
        omschrijving: besluittypen.omschrijving,
        informatieobjecttypen: besluittypen.informatieobjecttypen,
      })
      .from(besluittypen)
      .where(inArray(besluittypen.catalogusId, ids))
      .orderBy(asc(besluittypen.omschrijving), asc(besluittypen.beginGeldigheid));
    for (const [c, rs] of group(rows, (r) => r.catalogusId)) at(c).besluittypen = rs;
  }
  if (needs.informatieobjecttypen) {
    const rows = await db
      .select({
        ...version(informatieobjecttypen),
        catalogusId: informatieobjecttypen.catalogusId,
        omschrijving: informatieobjecttypen.omschrijving,
      })
      .from(informatieobjecttypen)
      .where(inArray(informatieobjecttypen.catalogusId, ids))
      .orderBy(asc(informatieobjecttypen.omschrijving), asc(informatieobjecttypen.beginGeldigheid));
    for (const [c, rs] of group(rows, (r) => r.catalogusId)) at(c).informatieobjecttypen = rs;
  }
  if (needs.ziot) {
    const rows = await db
      .select({
        catalogusId: zaaktypen.catalogusId,
        zaaktypeId: zaaktypeInformatieobjecttypen.zaaktypeId,
        omschrijving: zaaktypeInformatieobjecttypen.informatieobjecttype,
      })
      .from(zaaktypeInformatieobjecttypen)
      .innerJoin(zaaktypen, eq(zaaktypen.id, zaaktypeInformatieobjecttypen.zaaktypeId))
      .where(inArray(zaaktypen.catalogusId, ids));
    for (const [c, rs] of group(rows, (r) => r.catalogusId)) at(c).ziot = rs;
  }
  if (needs.resultaattypen) {
    const rows = await db
      .select({
        catalogusId: zaaktypen.catalogusId,
        id: resultaattypen.id,
        zaaktypeId: resultaattypen.zaaktypeId,
        omschrijving: resultaattypen.omschrijving,
        besluittypen: resultaattypen.besluittypen,
      })
      .from(resultaattypen)
      .innerJoin(zaaktypen, eq(zaaktypen.id, resultaattypen.zaaktypeId))
      .where(inArray(zaaktypen.catalogusId, ids));
    for (const [c, rs] of group(rows, (r) => r.catalogusId)) at(c).resultaattypen = rs;
  }
  return out;
}

/** The types that belong to each zaaktype version. */
export interface ZaaktypeChildren {
  statustypen: string[];
  resultaattypen: string[];
  /** Omschrijvingen of its resultaattypen. */
  resultaattypeOmschrijving: string[];
  roltypen: string[];
  eigenschappen: string[];
  zaakobjecttypen: string[];
  /** Omschrijvingen of its informatieobjecttypen, in order. */
  informatieobjecttypen: string[];
}

export async function loadChildren(db: Db, zaaktypeIds: string[]): Promise<Map<string, ZaaktypeChildren>> {
  const out = new Map<string, ZaaktypeChildren>();
  for (const id of zaaktypeIds)
    out.set(id, {
      statustypen: [],
      resultaattypen: [],
      resultaattypeOmschrijving: [],
      roltypen: [],
      eigenschappen: [],
      zaakobjecttypen: [],
      informatieobjecttypen: [],
    });
  if (zaaktypeIds.length === 0) return out;
  const ofIds = <T extends { zaaktypeId: string }>(
    rows: T[],
    field: keyof ZaaktypeChildren,
    v: (r: T) => string,
  ) => {
    for (const r of rows) out.get(r.zaaktypeId)?.[field].push(v(r));
  };
  const st = await db
    .select({ id: statustypen.id, zaaktypeId: statustypen.zaaktypeId })
    .from(statustypen)
    .where(inArray(statustypen.zaaktypeId, zaaktypeIds))
    .orderBy(asc(statustypen.volgnummer));
  ofIds(st, 'statustypen', (r) => r.id);
  const rt = await db
    .select({
      id: resultaattypen.id,
      zaaktypeId: resultaattypen.zaaktypeId,
      omschrijving: resultaattypen.omschrijving,
    })
    .from(resultaattypen)
    .where(inArray(resultaattypen.zaaktypeId, zaaktypeIds))
    .orderBy(asc(resultaattypen.omschrijving), asc(resultaattypen.id));
  ofIds(rt, 'resultaattypen', (r) => r.id);
  ofIds(rt, 'resultaattypeOmschrijving', (r) => r.omschrijving);
  for (const [field, t] of [
    ['roltypen', roltypen],
    ['eigenschappen', eigenschappen],
    ['zaakobjecttypen', zaakobjecttypen],
  ] as const) {
    const rows = await db
      .select({ id: t.id, zaaktypeId: t.zaaktypeId })
      .from(t)
      .where(inArray(t.zaaktypeId, zaaktypeIds))
      .orderBy(asc(t.id));
    ofIds(rows, field, (r) => r.id);
  }
  const ziot = await db
    .select({
      zaaktypeId: zaaktypeInformatieobjecttypen.zaaktypeId,
      omschrijving: zaaktypeInformatieobjecttypen.informatieobjecttype,
    })
    .from(zaaktypeInformatieobjecttypen)
    .where(inArray(zaaktypeInformatieobjecttypen.zaaktypeId, zaaktypeIds))
    .orderBy(asc(zaaktypeInformatieobjecttypen.volgnummer));
  ofIds(ziot, 'informatieobjecttypen', (r) => r.omschrijving);
  return out;
}

/** The highest volgnummer of each zaaktype's statustypen: its eindstatus. */
export async function loadEindVolgnummers(db: Db, zaaktypeIds: string[]): Promise<Map<string, number>> {
  if (zaaktypeIds.length === 0) return new Map();
  const rows = await db
    .select({ zaaktypeId: statustypen.zaaktypeId, max: max(statustypen.volgnummer) })
    .from(statustypen)
    .where(inArray(statustypen.zaaktypeId, [...new Set(zaaktypeIds)]))
    .groupBy(statustypen.zaaktypeId);
  return new Map(rows.map((r) => [r.zaaktypeId, r.max ?? 0]));
}
