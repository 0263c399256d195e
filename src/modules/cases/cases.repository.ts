import { and, asc, desc, eq, inArray, isNull, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { voorbereid } from '../../platform/db/voorbereid.ts';
import { statustypen, zaaktypen } from '../catalog/catalog.schema.ts';
import {
  berichten,
  opschortingen,
  resultaten,
  rollen,
  statussen,
  verlengingen,
  zaakeigenschappen,
  zaakNummers,
  zaakobjecten,
  zaken,
} from './cases.schema.ts';
import { tel, telSleutel, verplaats } from './zaak-tellingen.repository.ts';

export type Zaak = typeof zaken.$inferSelect;
export type NewZaak = typeof zaken.$inferInsert;
export type Rol = typeof rollen.$inferSelect;
export type Bericht = typeof berichten.$inferSelect;
export type OpschortingRow = typeof opschortingen.$inferSelect;
export type VerlengingRow = typeof verlengingen.$inferSelect;

/**
 * The next number of the year for a municipality. The upsert takes a row lock, so concurrent
 * transactions each get their own number and none is handed out twice.
 */
export async function nextZaakNummer(tx: Db, gemeenteCode: string, jaar: number): Promise<number> {
  const [row] = await tx
    .insert(zaakNummers)
    .values({ gemeenteCode, jaar, laatste: 1 })
    .onConflictDoUpdate({
      target: [zaakNummers.gemeenteCode, zaakNummers.jaar],
      set: { laatste: sql`${zaakNummers.laatste} + 1` },
    })
    .returning({ laatste: zaakNummers.laatste });
  return row!.laatste;
}

/**
 * A block of `aantal` numbers of the year, in a statement of its own (committed at once): the
 * API hands them out without holding the row lock until its own transaction commits.
 */
export async function reserveZaakNummers(db: Db, gemeenteCode: string, jaar: number, aantal: number) {
  const [row] = await db
    .insert(zaakNummers)
    .values({ gemeenteCode, jaar, laatste: aantal })
    .onConflictDoUpdate({
      target: [zaakNummers.gemeenteCode, zaakNummers.jaar],
      set: { laatste: sql`${zaakNummers.laatste} + ${aantal}` },
    })
    .returning({ laatste: zaakNummers.laatste });
  return { van: row!.laatste - aantal + 1, tot: row!.laatste };
}

/**
 * Inserts a zaak and counts it (zaak_tellingen), in the caller's transaction. Both statements
 * are sent at once (pipelined on PostgreSQL); a failing insert fails the transaction anyway.
 */
export async function insertZaak(tx: Db, z: NewZaak): Promise<Zaak> {
  const key = telSleutel({ ...z, einddatum: z.einddatum ?? null });
  const [[row]] = await Promise.all([tx.insert(zaken).values(z).returning(), tel(tx, [{ key, delta: 1 }])]);
  return row!;
}

const GETELD = ['gemeenteCode', 'zaaktypeId', 'vertrouwelijkheidaanduiding', 'einddatum'] as const;

/** Updates a zaak; a change of a counted column moves it between counters in the same transaction. */
export async function updateZaak(tx: Db, id: string, set: Partial<NewZaak>): Promise<Zaak> {
  const oud = GETELD.some((k) => k in set)
    ? (await tx.select().from(zaken).where(eq(zaken.id, id)).for('update'))[0]
    : undefined;
  const [row] = await tx
    .update(zaken)
    .set({ ...set, updatedAt: sql`now()` })
    .where(eq(zaken.id, id))
    .returning();
  if (oud) await verplaats(tx, telSleutel(oud), telSleutel(row!));
  return row!;
}

/** Deletes the zaak row itself (its parts first, by the caller) and uncounts it. */
export async function deleteZaakRow(tx: Db, id: string): Promise<void> {
  const [row] = await tx.delete(zaken).where(eq(zaken.id, id)).returning();
  if (row) await tel(tx, [{ key: telSleutel(row), delta: -1 }]);
}

/** A zaak of the municipality; locked for the rest of the transaction when `forUpdate`. */
/**
 * A zaak of a municipality, read outside a transaction by one statement built once (the select of
 * all its columns was about a tenth of Loket's CPU for a POST /statussen).
 */
const zaakVanGemeente = voorbereid((db) =>
  db
    .select()
    .from(zaken)
    .where(and(eq(zaken.gemeenteCode, sql.placeholder('gemeenteCode')), eq(zaken.id, sql.placeholder('id'))))
    .prepare('zaak_van_gemeente'),
);

export async function findZaak(
  db: Db,
  gemeenteCode: string,
  id: string,
  forUpdate = false,
): Promise<Zaak | undefined> {
  if (!forUpdate) {
    const [row] = await zaakVanGemeente(db).execute({ gemeenteCode, id });
    return row;
  }
  const [row] = await db
    .select()
    .from(zaken)
    .where(and(eq(zaken.gemeenteCode, gemeenteCode), eq(zaken.id, id)))
    .for('update');
  return row;
}

export async function findZaakById(db: Db, id: string): Promise<Zaak | undefined> {
  const [row] = await db.select().from(zaken).where(eq(zaken.id, id));
  return row;
}

export async function insertStatus(tx: Db, s: typeof statussen.$inferInsert) {
  const [row] = await tx.insert(statussen).values(s).returning();
  await tx
    .update(zaken)
    .set({ statusId: row!.id, updatedAt: sql`now()` })
    .where(eq(zaken.id, s.zaakId));
  return row!;
}

export const statusHistory = (db: Db, zaakId: string) =>
  db
    .select({
      id: statussen.id,
      datumStatusGezet: statussen.datumStatusGezet,
      statustoelichting: statussen.statustoelichting,
      volgnummer: statustypen.volgnummer,
      omschrijving: statustypen.omschrijving,
      statustekst: statustypen.statustekst,
    })
    .from(statussen)
    .innerJoin(statustypen, eq(statustypen.id, statussen.statustypeId))
    .where(eq(statussen.zaakId, zaakId))
    .orderBy(asc(statussen.datumStatusGezet), asc(statustypen.volgnummer));

export async function insertRol(tx: Db, r: typeof rollen.$inferInsert): Promise<Rol> {
  const [row] = await tx.insert(rollen).values(r).returning();
  return row!;
}

export async function deleteRol(tx: Db, id: string): Promise<void> {
  await tx.delete(rollen).where(eq(rollen.id, id));
}

export const rollenOf = (db: Db, zaakId: string) =>
  db.select().from(rollen).where(eq(rollen.zaakId, zaakId)).orderBy(asc(rollen.registratiedatum));

export async function insertZaakobject(tx: Db, o: typeof zaakobjecten.$inferInsert) {
  const [row] = await tx.insert(zaakobjecten).values(o).returning();
  return row!;
}

export const objectenOf = (db: Db, zaakId: string) =>
  db.select().from(zaakobjecten).where(eq(zaakobjecten.zaakId, zaakId));

export async function insertZaakeigenschap(tx: Db, e: typeof zaakeigenschappen.$inferInsert) {
  const [row] = await tx.insert(zaakeigenschappen).values(e).returning();
  return row!;
}

export const eigenschappenOf = (db: Db, zaakId: string) =>
  db.select().from(zaakeigenschappen).where(eq(zaakeigenschappen.zaakId, zaakId));

export async function insertResultaat(tx: Db, r: typeof resultaten.$inferInsert) {
  const [row] = await tx.insert(resultaten).values(r).returning();
  return row!;
}

export async function resultaatOf(db: Db, zaakId: string) {
  const [row] = await db.select().from(resultaten).where(eq(resultaten.zaakId, zaakId));
  return row;
}

export async function insertOpschorting(tx: Db, o: typeof opschortingen.$inferInsert) {
  const [row] = await tx.insert(opschortingen).values(o).returning();
  return row!;
}

/** Ends the running suspension of a zaak, if any. */
export async function closeOpschorting(tx: Db, zaakId: string, tot: string) {
  return tx
    .update(opschortingen)
    .set({ tot })
    .where(and(eq(opschortingen.zaakId, zaakId), isNull(opschortingen.tot)))
    .returning();
}

export const opschortingenOf = (db: Db, zaakIds: string[]) =>
  zaakIds.length === 0
    ? Promise.resolve([] as OpschortingRow[])
    : db
        .select()
        .from(opschortingen)
        .where(inArray(opschortingen.zaakId, zaakIds))
        .orderBy(asc(opschortingen.van), asc(opschortingen.createdAt));

export async function insertVerlenging(tx: Db, v: typeof verlengingen.$inferInsert) {
  const [row] = await tx.insert(verlengingen).values(v).returning();
  return row!;
}

export const verlengingenOf = (db: Db, zaakIds: string[]) =>
  zaakIds.length === 0
    ? Promise.resolve([] as VerlengingRow[])
    : db
        .select()
        .from(verlengingen)
        .where(inArray(verlengingen.zaakId, zaakIds))
        .orderBy(asc(verlengingen.datum));

export async function insertBericht(tx: Db, b: typeof berichten.$inferInsert): Promise<Bericht> {
  const [row] = await tx.insert(berichten).values(b).returning();
  return row!;
}

export async function markBeantwoord(tx: Db, id: string) {
  await tx
    .update(berichten)
    .set({ beantwoord: sql`now()` })
    .where(eq(berichten.id, id));
}

export const berichtenOf = (db: Db, zaakId: string) =>
  db.select().from(berichten).where(eq(berichten.zaakId, zaakId)).orderBy(asc(berichten.createdAt));

/** The cases a person is involved in (initiator or co-mover), in every municipality. */
export const zakenVanBsn = (db: Db, bsn: string) =>
  db
    .selectDistinctOn([zaken.id], {
      zaak: zaken,
      zaaktype: zaaktypen.omschrijving,
      product: zaaktypen.product,
      status: statustypen.omschrijving,
      statustekst: statustypen.statustekst,
    })
    .from(zaken)
    .innerJoin(rollen, eq(rollen.zaakId, zaken.id))
    .innerJoin(zaaktypen, eq(zaaktypen.id, zaken.zaaktypeId))
    .leftJoin(statussen, eq(statussen.id, zaken.statusId))
    .leftJoin(statustypen, eq(statustypen.id, statussen.statustypeId))
    .where(and(eq(rollen.bsn, bsn), inArray(rollen.omschrijvingGeneriek, ['initiator', 'belanghebbende'])))
    .orderBy(zaken.id);

/** Is the person initiator or co-mover of the zaak? */
export async function isBetrokkene(db: Db, zaakId: string, bsn: string, alleenInitiator = false) {
  const [row] = await db
    .select({ id: rollen.id })
    .from(rollen)
    .where(
      and(
        eq(rollen.zaakId, zaakId),
        eq(rollen.bsn, bsn),
        alleenInitiator
          ? eq(rollen.omschrijvingGeneriek, 'initiator')
          : inArray(rollen.omschrijvingGeneriek, ['initiator', 'belanghebbende']),
      ),
    )
    .limit(1);
  return row !== undefined;
}

export interface QueueFilter {
  status?: number | undefined;
  zaaktypeId?: string | undefined;
  behandelaar?: 'mij' | 'niemand' | undefined;
  medewerkerId?: string | undefined;
  afgehandeld?: boolean | undefined;
  sort?: 'termijn' | 'registratie' | 'nummer' | undefined;
}

const behandelaarVan = sql<
  string | null
>`(select r.naam from rollen r where r.zaak_id = ${zaken.id} and r.omschrijving_generiek = 'behandelaar' order by r.registratiedatum desc limit 1)`;
const behandelaarIdVan = sql<
  string | null
>`(select r.medewerker_id from rollen r where r.zaak_id = ${zaken.id} and r.omschrijving_generiek = 'behandelaar' order by r.registratiedatum desc limit 1)`;
const initiatorVan = sql<
  string | null
>`(select r.naam from rollen r where r.zaak_id = ${zaken.id} and r.omschrijving_generiek = 'initiator' limit 1)`;

/** The municipality's work queue. */
export function werkvoorraad(db: Db, gemeenteCode: string, f: QueueFilter, limit = 100) {
  const where: (SQL | undefined)[] = [
    eq(zaken.gemeenteCode, gemeenteCode),
    f.afgehandeld ? isNotNull(zaken.einddatum) : isNull(zaken.einddatum),
    f.status !== undefined ? eq(statustypen.volgnummer, f.status) : undefined,
    f.zaaktypeId ? eq(zaken.zaaktypeId, f.zaaktypeId) : undefined,
    f.behandelaar === 'mij' && f.medewerkerId ? sql`${behandelaarIdVan} = ${f.medewerkerId}` : undefined,
    f.behandelaar === 'niemand' ? sql`${behandelaarIdVan} is null` : undefined,
  ];
  const order =
    f.sort === 'registratie'
      ? [asc(zaken.registratiedatum), asc(zaken.identificatie)]
      : f.sort === 'nummer'
        ? [desc(zaken.identificatie)]
        : [asc(zaken.uiterlijkeEinddatumAfdoening), asc(zaken.identificatie)];
  return db
    .select({
      zaak: zaken,
      zaaktype: zaaktypen.omschrijving,
      status: statustypen.omschrijving,
      statusVolgnummer: statustypen.volgnummer,
      behandelaar: behandelaarVan,
      behandelaarId: behandelaarIdVan,
      initiator: initiatorVan,
    })
    .from(zaken)
    .innerJoin(zaaktypen, eq(zaaktypen.id, zaken.zaaktypeId))
    .leftJoin(statussen, eq(statussen.id, zaken.statusId))
    .leftJoin(statustypen, eq(statustypen.id, statussen.statustypeId))
    .where(and(...where))
    .orderBy(...order)
    .limit(limit);
}
