import { and, asc, desc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import {
  besluittypen,
  catalogi,
  eigenschappen,
  informatieobjecttypen,
  resultaattypen,
  roltypen,
  statustypen,
  zaaktypeInformatieobjecttypen,
  zaaktypen,
} from './catalog.schema.ts';
import { SELECTIELIJST_CANONIEK, type Adoptie, type ZaaktypeBlauwdruk } from './blueprint.ts';

export type Zaaktype = typeof zaaktypen.$inferSelect;
export type Statustype = typeof statustypen.$inferSelect;
export type Resultaattype = typeof resultaattypen.$inferSelect;
export type Roltype = typeof roltypen.$inferSelect;
export type Informatieobjecttype = typeof informatieobjecttypen.$inferSelect;
export type Eigenschap = typeof eigenschappen.$inferSelect;

/** Valid on a date: begun, not ended (the end day included), published. */
const geldigOp = (datum: string) =>
  and(
    eq(zaaktypen.concept, false),
    lte(zaaktypen.beginGeldigheid, datum),
    or(isNull(zaaktypen.eindeGeldigheid), gte(zaaktypen.eindeGeldigheid, datum)),
  );

export async function findCatalogus(db: Db, gemeenteCode: string, domein: string) {
  const [row] = await db
    .select()
    .from(catalogi)
    .where(and(eq(catalogi.gemeenteCode, gemeenteCode), eq(catalogi.domein, domein)));
  return row;
}

export async function insertCatalogus(db: Db, c: typeof catalogi.$inferInsert) {
  const [row] = await db.insert(catalogi).values(c).returning();
  return row!;
}

export const findZaaktypeVersions = (db: Db, gemeenteCode: string, identificatie: string) =>
  db
    .select()
    .from(zaaktypen)
    .where(and(eq(zaaktypen.gemeenteCode, gemeenteCode), eq(zaaktypen.identificatie, identificatie)));

/** The published products of a municipality on a date: zaaktypen that carry a product definition. */
export const findProductZaaktypen = (db: Db, gemeenteCode: string, datum: string) =>
  db
    .select()
    .from(zaaktypen)
    .where(
      and(eq(zaaktypen.gemeenteCode, gemeenteCode), geldigOp(datum), sql`${zaaktypen.product} is not null`),
    )
    .orderBy(asc(zaaktypen.omschrijving));

export async function findProductZaaktype(db: Db, gemeenteCode: string, code: string, datum: string) {
  const [row] = await db
    .select()
    .from(zaaktypen)
    .where(
      and(
        eq(zaaktypen.gemeenteCode, gemeenteCode),
        geldigOp(datum),
        sql`${zaaktypen.product} ->> 'code' = ${code}`,
      ),
    )
    .orderBy(sql`${zaaktypen.beginGeldigheid} desc`)
    .limit(1);
  return row;
}

export async function findZaaktype(db: Db, id: string): Promise<Zaaktype | undefined> {
  const [row] = await db.select().from(zaaktypen).where(eq(zaaktypen.id, id));
  return row;
}

export const findStatustypen = (db: Db, zaaktypeId: string) =>
  db
    .select()
    .from(statustypen)
    .where(eq(statustypen.zaaktypeId, zaaktypeId))
    .orderBy(asc(statustypen.volgnummer));

export const findResultaattypen = (db: Db, zaaktypeId: string) =>
  db.select().from(resultaattypen).where(eq(resultaattypen.zaaktypeId, zaaktypeId));

export const findRoltypen = (db: Db, zaaktypeId: string) =>
  db.select().from(roltypen).where(eq(roltypen.zaaktypeId, zaaktypeId));

export const findEigenschappen = (db: Db, zaaktypeId: string) =>
  db.select().from(eigenschappen).where(eq(eigenschappen.zaaktypeId, zaaktypeId));

/**
 * The informatieobjecttypen of a zaaktype, each in one version: the relation is by omschrijving
 * within the catalogus, so the published version in force on the date, else the newest.
 */
export const findInformatieobjecttypen = (db: Db, zaaktypeId: string, datum: string) =>
  db
    .selectDistinctOn([zaaktypeInformatieobjecttypen.volgnummer, zaaktypeInformatieobjecttypen.id], {
      iot: informatieobjecttypen,
      richting: zaaktypeInformatieobjecttypen.richting,
    })
    .from(zaaktypeInformatieobjecttypen)
    .innerJoin(zaaktypen, eq(zaaktypen.id, zaaktypeInformatieobjecttypen.zaaktypeId))
    .innerJoin(
      informatieobjecttypen,
      and(
        eq(informatieobjecttypen.catalogusId, zaaktypen.catalogusId),
        eq(informatieobjecttypen.omschrijving, zaaktypeInformatieobjecttypen.informatieobjecttype),
      ),
    )
    .where(eq(zaaktypeInformatieobjecttypen.zaaktypeId, zaaktypeId))
    .orderBy(
      asc(zaaktypeInformatieobjecttypen.volgnummer),
      asc(zaaktypeInformatieobjecttypen.id),
      desc(
        sql`(not ${informatieobjecttypen.concept} and ${informatieobjecttypen.beginGeldigheid} <= ${datum} and (${informatieobjecttypen.eindeGeldigheid} is null or ${informatieobjecttypen.eindeGeldigheid} >= ${datum}))`,
      ),
      desc(informatieobjecttypen.beginGeldigheid),
    );

/** Writes a published zaaktype version with all its types from a blueprint, in one transaction. */
export async function insertFromBlauwdruk(
  tx: Db,
  catalogusId: string,
  b: ZaaktypeBlauwdruk,
  a: Adoptie,
): Promise<string> {
  const g = a.gemeenteCode;
  const sl = (url: string) =>
    a.selectielijstUrl && url.startsWith(SELECTIELIJST_CANONIEK)
      ? a.selectielijstUrl + url.slice(SELECTIELIJST_CANONIEK.length)
      : url;
  const [zt] = await tx
    .insert(zaaktypen)
    .values({
      catalogusId,
      gemeenteCode: g,
      identificatie: b.identificatie,
      omschrijving: b.omschrijving,
      vertrouwelijkheidaanduiding: b.vertrouwelijkheidaanduiding,
      doel: b.doel,
      aanleiding: b.aanleiding,
      indicatieInternOfExtern: b.indicatieInternOfExtern,
      handelingInitiator: b.handelingInitiator,
      onderwerp: b.onderwerp,
      handelingBehandelaar: b.handelingBehandelaar,
      doorlooptijd: b.doorlooptijd,
      servicenorm: a.servicenorm === undefined ? b.servicenorm : a.servicenorm,
      opschortingEnAanhoudingMogelijk: b.opschortingEnAanhoudingMogelijk,
      verlengingMogelijk: b.verlengingMogelijk,
      verlengingstermijn: b.verlengingstermijn,
      productenOfDiensten: b.productenOfDiensten,
      referentieproces: b.referentieproces,
      verantwoordelijke: a.verantwoordelijke,
      selectielijstProcestype: sl(b.selectielijstProcestype),
      besluittypen: b.besluittypen.map((bt) => bt.omschrijving),
      versiedatum: a.beginGeldigheid,
      beginGeldigheid: a.beginGeldigheid,
      beginObject: a.beginGeldigheid,
      concept: false,
      product: b.product,
    })
    .returning({ id: zaaktypen.id });
  const zaaktypeId = zt!.id;
  await tx.insert(statustypen).values(b.statustypen.map((s) => ({ ...s, zaaktypeId, gemeenteCode: g })));
  await tx.insert(resultaattypen).values(
    b.resultaattypen.map((r) => ({
      ...r,
      resultaattypeomschrijving: sl(r.resultaattypeomschrijving),
      selectielijstklasse: sl(r.selectielijstklasse),
      zaaktypeId,
      gemeenteCode: g,
    })),
  );
  await tx.insert(roltypen).values(b.roltypen.map((r) => ({ ...r, zaaktypeId, gemeenteCode: g })));
  if (b.eigenschappen.length > 0) {
    await tx.insert(eigenschappen).values(
      b.eigenschappen.map((e) => ({
        zaaktypeId,
        gemeenteCode: g,
        naam: e.naam,
        definitie: e.definitie,
        specificatie: { formaat: e.formaat, lengte: e.lengte, kardinaliteit: '1', waardenverzameling: [] },
      })),
    );
  }
  // Informatieobjecttypen and besluittypen are related by omschrijving: a catalogus that has
  // one of that omschrijving already (from another zaaktype) keeps using it.
  const bestaand = await findTypeOmschrijvingen(tx, catalogusId);
  let volgnummer = 1;
  for (const i of b.informatieobjecttypen) {
    if (!bestaand.informatieobjecttypen.has(i.omschrijving)) {
      await tx.insert(informatieobjecttypen).values({
        catalogusId,
        gemeenteCode: g,
        omschrijving: i.omschrijving,
        vertrouwelijkheidaanduiding: i.vertrouwelijkheidaanduiding,
        informatieobjectcategorie: i.richting === 'inkomend' ? 'bewijsstuk' : 'brief',
        beginGeldigheid: a.beginGeldigheid,
        beginObject: a.beginGeldigheid,
        concept: false,
      });
    }
    await tx.insert(zaaktypeInformatieobjecttypen).values({
      zaaktypeId,
      informatieobjecttype: i.omschrijving,
      gemeenteCode: g,
      volgnummer: volgnummer++,
      richting: i.richting,
    });
  }
  const nieuweBesluittypen = b.besluittypen.filter((bt) => !bestaand.besluittypen.has(bt.omschrijving));
  if (nieuweBesluittypen.length > 0) {
    await tx.insert(besluittypen).values(
      nieuweBesluittypen.map((bt) => ({
        catalogusId,
        gemeenteCode: g,
        omschrijving: bt.omschrijving,
        reactietermijn: bt.reactietermijn,
        beginGeldigheid: a.beginGeldigheid,
        beginObject: a.beginGeldigheid,
        concept: false,
      })),
    );
  }
  return zaaktypeId;
}

/** The omschrijvingen of the informatieobjecttypen and besluittypen a catalogus holds. */
async function findTypeOmschrijvingen(db: Db, catalogusId: string) {
  const iots = await db
    .selectDistinct({ o: informatieobjecttypen.omschrijving })
    .from(informatieobjecttypen)
    .where(eq(informatieobjecttypen.catalogusId, catalogusId));
  const bts = await db
    .selectDistinct({ o: besluittypen.omschrijving })
    .from(besluittypen)
    .where(eq(besluittypen.catalogusId, catalogusId));
  return {
    informatieobjecttypen: new Set(iots.map((r) => r.o)),
    besluittypen: new Set(bts.map((r) => r.o)),
  };
}

/**
 * Is the informatieobjecttype one of the zaaktype's? The relation is by omschrijving within the
 * catalogus (ImZTC 2.2), so every version of the informatieobjecttype counts.
 */
export async function zaaktypeHasInformatieobjecttype(
  db: Db,
  zaaktypeId: string,
  informatieobjecttypeId: string,
) {
  const [row] = await db
    .select({ id: zaaktypeInformatieobjecttypen.id })
    .from(zaaktypeInformatieobjecttypen)
    .innerJoin(zaaktypen, eq(zaaktypen.id, zaaktypeInformatieobjecttypen.zaaktypeId))
    .innerJoin(
      informatieobjecttypen,
      and(
        eq(informatieobjecttypen.catalogusId, zaaktypen.catalogusId),
        eq(informatieobjecttypen.omschrijving, zaaktypeInformatieobjecttypen.informatieobjecttype),
      ),
    )
    .where(
      and(
        eq(zaaktypeInformatieobjecttypen.zaaktypeId, zaaktypeId),
        eq(informatieobjecttypen.id, informatieobjecttypeId),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** Is the besluittype (any version, by omschrijving in the same catalogus) possible in the zaaktype? */
export async function zaaktypeHasBesluittype(db: Db, zaaktypeId: string, besluittypeId: string) {
  const [row] = await db
    .select({ id: besluittypen.id })
    .from(besluittypen)
    .innerJoin(zaaktypen, eq(zaaktypen.catalogusId, besluittypen.catalogusId))
    .where(
      and(
        eq(zaaktypen.id, zaaktypeId),
        eq(besluittypen.id, besluittypeId),
        sql`${besluittypen.omschrijving} = any(${zaaktypen.besluittypen})`,
      ),
    )
    .limit(1);
  return row !== undefined;
}
