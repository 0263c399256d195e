import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { auditTrail } from '../../platform/audit/audit.schema.ts';
import { besluiten } from '../decisions/decisions.schema.ts';
import { informatieobjecten, zaakinformatieobjecten } from '../documents/documents.schema.ts';
import {
  berichten,
  opschortingen,
  resultaten,
  rollen,
  statussen,
  verlengingen,
  zaakeigenschappen,
  zaakobjecten,
  zaken,
} from './cases.schema.ts';
import {
  klantcontacten,
  zaakbesluiten,
  zaakcontactmomenten,
  zaakNummerReserveringen,
  zaaknotities,
  zaakverzoeken,
} from './zaken-api.schema.ts';
import { deleteZaakRow } from './cases.repository.ts';

/** The SQL of creating, changing and destroying zaken through the Zaken API (besides cases.repository.ts). */

export async function identificatieBestaat(db: Db, gemeenteCode: string, identificatie: string) {
  const [row] = await db
    .select({ id: zaken.id })
    .from(zaken)
    .where(and(eq(zaken.gemeenteCode, gemeenteCode), eq(zaken.identificatie, identificatie)));
  return row !== undefined;
}

export async function reservering(db: Db, gemeenteCode: string, identificatie: string) {
  const [row] = await db
    .select()
    .from(zaakNummerReserveringen)
    .where(
      and(
        eq(zaakNummerReserveringen.gemeenteCode, gemeenteCode),
        eq(zaakNummerReserveringen.identificatie, identificatie),
      ),
    );
  return row;
}

export async function reserveer(
  tx: Db,
  rows: { gemeenteCode: string; bronorganisatie: string; identificatie: string }[],
) {
  await tx.insert(zaakNummerReserveringen).values(rows);
}

/** The statuses of the documents of a zaak (zrc-022), and whether each has indicatieGebruiksrecht (zrc-007). */
export const documentenVan = (db: Db, zaakId: string) =>
  db
    .select({
      status: informatieobjecten.status,
      indicatieGebruiksrecht: informatieobjecten.indicatieGebruiksrecht,
    })
    .from(zaakinformatieobjecten)
    .innerJoin(informatieobjecten, eq(informatieobjecten.id, zaakinformatieobjecten.informatieobjectId))
    .where(eq(zaakinformatieobjecten.zaakId, zaakId));

/** Zaken of the municipality by id, for hoofdzaak and relevanteAndereZaken. */
export const zakenVan = (db: Db, gemeenteCode: string, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .select({ id: zaken.id, hoofdzaakId: zaken.hoofdzaakId, einddatum: zaken.einddatum })
        .from(zaken)
        .where(and(eq(zaken.gemeenteCode, gemeenteCode), inArray(zaken.id, ids)));

export const deelzakenVan = (db: Db, zaakId: string) =>
  db.select().from(zaken).where(eq(zaken.hoofdzaakId, zaakId));

/** The besluiten of Loket's own Besluiten API that are outcomes of the zaak. */
export const besluitenVan = (db: Db, zaakId: string) =>
  db
    .select({ id: besluiten.id, ingangsdatum: besluiten.ingangsdatum, vervaldatum: besluiten.vervaldatum })
    .from(besluiten)
    .where(eq(besluiten.zaakId, zaakId));

/** The running suspension, ended or started as the client sets Zaak.opschorting. */
export async function zetOpschorting(
  tx: Db,
  z: { id: string; gemeenteCode: string },
  o: { indicatie: boolean; reden: string },
  vandaag: string,
) {
  const [lopend] = await tx
    .select()
    .from(opschortingen)
    .where(and(eq(opschortingen.zaakId, z.id), isNull(opschortingen.tot)));
  if (o.indicatie && !lopend)
    await tx
      .insert(opschortingen)
      .values({ zaakId: z.id, gemeenteCode: z.gemeenteCode, van: vandaag, reden: o.reden });
  else if (o.indicatie && lopend && lopend.reden !== o.reden)
    await tx.update(opschortingen).set({ reden: o.reden }).where(eq(opschortingen.id, lopend.id));
  else if (!o.indicatie && lopend)
    await tx.update(opschortingen).set({ tot: vandaag }).where(eq(opschortingen.id, lopend.id));
}

/** A new extension when the client sets Zaak.verlenging to one that differs from the latest. */
export async function zetVerlenging(
  tx: Db,
  z: { id: string; gemeenteCode: string },
  v: { reden: string; duur: string },
  vandaag: string,
) {
  const [laatste] = await tx
    .select()
    .from(verlengingen)
    .where(eq(verlengingen.zaakId, z.id))
    .orderBy(sql`${verlengingen.datum} desc, ${verlengingen.createdAt} desc`)
    .limit(1);
  if (laatste?.reden === v.reden && laatste.duur === v.duur) return;
  await tx
    .insert(verlengingen)
    .values({ zaakId: z.id, gemeenteCode: z.gemeenteCode, duur: v.duur, reden: v.reden, datum: vandaag });
}

/** Does a besluit of Loket's own still point at the zaak? Then it cannot be destroyed. */
export async function heeftBesluiten(db: Db, zaakIds: string[]) {
  const [row] = await db
    .select({ id: besluiten.id })
    .from(besluiten)
    .where(inArray(besluiten.zaakId, zaakIds))
    .limit(1);
  return row !== undefined;
}

/**
 * zrc-023: the zaak and everything of it, really removed, its audit trail too. The documents
 * stay (only their relation to the zaak goes).
 */
export async function vernietig(tx: Db, zaakId: string) {
  await tx.update(zaken).set({ statusId: null }).where(eq(zaken.id, zaakId));
  await tx.delete(zaakinformatieobjecten).where(eq(zaakinformatieobjecten.zaakId, zaakId));
  for (const t of [
    statussen,
    resultaten,
    rollen,
    zaakobjecten,
    zaakeigenschappen,
    opschortingen,
    verlengingen,
    berichten,
  ]) {
    await tx.delete(t).where(eq(t.zaakId, zaakId));
  }
  for (const t of [zaakbesluiten, klantcontacten, zaakcontactmomenten, zaakverzoeken, zaaknotities]) {
    await tx.delete(t).where(eq(t.zaakId, zaakId));
  }
  await tx.delete(auditTrail).where(eq(auditTrail.hoofdObjectId, zaakId));
  await deleteZaakRow(tx, zaakId);
}
