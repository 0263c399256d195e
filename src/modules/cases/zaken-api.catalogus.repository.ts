import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import {
  eigenschappen,
  resultaattypen,
  roltypen,
  statustypen,
  zaaktypen,
} from '../catalog/catalog.schema.ts';

/**
 * The catalogue as the Zaken API checks against it (zrc-001, zrc-015 to zrc-020): types are
 * looked up by id within the client's municipality; another municipality's look missing.
 */

export async function zaaktype(db: Db, gemeenteCode: string, id: string) {
  const [row] = await db
    .select({
      id: zaaktypen.id,
      identificatie: zaaktypen.identificatie,
      concept: zaaktypen.concept,
      vertrouwelijkheidaanduiding: zaaktypen.vertrouwelijkheidaanduiding,
      productenOfDiensten: zaaktypen.productenOfDiensten,
    })
    .from(zaaktypen)
    .where(and(eq(zaaktypen.id, id), eq(zaaktypen.gemeenteCode, gemeenteCode)));
  return row;
}

/** The statustypen of a zaaktype by volgnummer; the last is the eindstatus (zrc-007). */
export const statustypenVan = (db: Db, zaaktypeId: string) =>
  db
    .select({
      id: statustypen.id,
      volgnummer: statustypen.volgnummer,
      omschrijving: statustypen.omschrijving,
    })
    .from(statustypen)
    .where(eq(statustypen.zaaktypeId, zaaktypeId))
    .orderBy(asc(statustypen.volgnummer));

export async function resultaattype(db: Db, gemeenteCode: string, id: string) {
  const [row] = await db
    .select()
    .from(resultaattypen)
    .where(and(eq(resultaattypen.id, id), eq(resultaattypen.gemeenteCode, gemeenteCode)));
  return row;
}

export async function roltype(db: Db, gemeenteCode: string, id: string) {
  const [row] = await db
    .select()
    .from(roltypen)
    .where(and(eq(roltypen.id, id), eq(roltypen.gemeenteCode, gemeenteCode)));
  return row;
}

export async function eigenschap(db: Db, gemeenteCode: string, id: string) {
  const [row] = await db
    .select()
    .from(eigenschappen)
    .where(and(eq(eigenschappen.id, id), eq(eigenschappen.gemeenteCode, gemeenteCode)));
  return row;
}

/** Is the informatieobjecttype one of the zaaktype's (zrc-017)? The catalogue module answers. */
export { zaaktypeHasInformatieobjecttype as zaaktypeKentIot } from '../catalog/catalog.repository.ts';

export async function statustype(db: Db, gemeenteCode: string, id: string) {
  const [row] = await db
    .select({
      id: statustypen.id,
      zaaktypeId: statustypen.zaaktypeId,
      omschrijving: statustypen.omschrijving,
    })
    .from(statustypen)
    .where(and(eq(statustypen.id, id), eq(statustypen.gemeenteCode, gemeenteCode)));
  return row;
}
