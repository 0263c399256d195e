import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import {
  besluittypen,
  informatieobjecttypen,
  zaaktypeInformatieobjecttypen,
  zaaktypen,
} from './catalog.schema.ts';

/**
 * The relations by name within a catalogus (ImZTC 2.2): which names exist, which are
 * published, which versions of one name are published.
 */

/** Published versions of a type (by its name) in a catalogus, other than the given one. */
export function publishedVersions(
  db: Db,
  kind: 'zaaktype' | 'informatieobjecttype' | 'besluittype',
  catalogusId: string,
  naam: string,
  except: string,
) {
  const t = kind === 'zaaktype' ? zaaktypen : kind === 'besluittype' ? besluittypen : informatieobjecttypen;
  const naamColumn = kind === 'zaaktype' ? zaaktypen.identificatie : t.omschrijving;
  return db
    .select({ id: t.id, beginGeldigheid: t.beginGeldigheid, eindeGeldigheid: t.eindeGeldigheid })
    .from(t)
    .where(and(eq(t.catalogusId, catalogusId), eq(naamColumn, naam), eq(t.concept, false), ne(t.id, except)));
}

/** Which of these names exist as a type in the catalogus (in any version). */
export async function existingNames(
  db: Db,
  kind: 'zaaktype' | 'informatieobjecttype' | 'besluittype',
  catalogusId: string,
  names: string[],
): Promise<Set<string>> {
  if (names.length === 0) return new Set();
  const col =
    kind === 'zaaktype'
      ? zaaktypen.identificatie
      : kind === 'besluittype'
        ? besluittypen.omschrijving
        : informatieobjecttypen.omschrijving;
  const t = kind === 'zaaktype' ? zaaktypen : kind === 'besluittype' ? besluittypen : informatieobjecttypen;
  const rows = await db
    .selectDistinct({ naam: col })
    .from(t)
    .where(and(eq(t.catalogusId, catalogusId), inArray(col, names)));
  return new Set(rows.map((r) => r.naam));
}

/** Published versions, on a date, of the named types in a catalogus: is each name published? */
export async function publishedNames(
  db: Db,
  kind: 'informatieobjecttype' | 'besluittype',
  catalogusId: string,
  names: string[],
): Promise<Set<string>> {
  if (names.length === 0) return new Set();
  const t = kind === 'besluittype' ? besluittypen : informatieobjecttypen;
  const rows = await db
    .selectDistinct({ naam: t.omschrijving })
    .from(t)
    .where(and(eq(t.catalogusId, catalogusId), inArray(t.omschrijving, names), eq(t.concept, false)));
  return new Set(rows.map((r) => r.naam));
}

/** The omschrijvingen of a zaaktype's informatieobjecttypen. */
export async function ziotNames(db: Db, zaaktypeId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ naam: zaaktypeInformatieobjecttypen.informatieobjecttype })
    .from(zaaktypeInformatieobjecttypen)
    .where(eq(zaaktypeInformatieobjecttypen.zaaktypeId, zaaktypeId));
  return rows.map((r) => r.naam);
}
