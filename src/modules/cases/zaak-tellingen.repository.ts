import { sql, type SQL } from 'drizzle-orm';
import { plaatshouders, waarden } from '../../platform/db/voorbereid.ts';
import type { Db } from '../../platform/db/types.ts';
import type { Vertrouwelijkheid } from '../catalog/catalog.schema.ts';
import { zaken } from './cases.schema.ts';
import { zaakTellingen } from './zaken-api.schema.ts';

/**
 * The exact counters of zaken (zaak_tellingen). Every insert, delete and change of a counted
 * column adds its delta in the same transaction, to a random one of SLOTS rows per key so that
 * concurrent transactions rarely wait on each other's row lock; a count sums the slots.
 */
const SLOTS = 64;

export interface TelSleutel {
  gemeenteCode: string;
  zaaktypeId: string;
  vertrouwelijkheidaanduiding: Vertrouwelijkheid;
  afgesloten: boolean;
}

export const telSleutel = (z: {
  gemeenteCode: string;
  zaaktypeId: string;
  vertrouwelijkheidaanduiding: Vertrouwelijkheid;
  einddatum: string | null;
}): TelSleutel => ({
  gemeenteCode: z.gemeenteCode,
  zaaktypeId: z.zaaktypeId,
  vertrouwelijkheidaanduiding: z.vertrouwelijkheidaanduiding,
  afgesloten: z.einddatum !== null,
});

const same = (a: TelSleutel, b: TelSleutel) =>
  a.gemeenteCode === b.gemeenteCode &&
  a.zaaktypeId === b.zaaktypeId &&
  a.vertrouwelijkheidaanduiding === b.vertrouwelijkheidaanduiding &&
  a.afgesloten === b.afgesloten;

const order = (k: TelSleutel) =>
  `${k.gemeenteCode}|${k.zaaktypeId}|${k.vertrouwelijkheidaanduiding}|${String(k.afgesloten)}`;

type NewTelling = typeof zaakTellingen.$inferInsert;
type TelWaarden = { [K in keyof NewTelling]-?: NewTelling[K] | SQL };

/** The upsert that adds the rows' deltas to their slots. */
const optellen = (tx: Db, rows: TelWaarden[]) =>
  tx
    .insert(zaakTellingen)
    .values(rows)
    .onConflictDoUpdate({
      target: [
        zaakTellingen.gemeenteCode,
        zaakTellingen.zaaktypeId,
        zaakTellingen.vertrouwelijkheidaanduiding,
        zaakTellingen.afgesloten,
        zaakTellingen.slot,
      ],
      set: { aantal: sql`${zaakTellingen.aantal} + excluded.aantal` },
    });

const slot = () => Math.floor(Math.random() * SLOTS);

/** Adds the deltas in one statement, in a fixed key order (two changes never lock crosswise). */
export async function tel(tx: Db, deltas: { key: TelSleutel; delta: number }[]): Promise<void> {
  const rows = deltas
    .filter((d) => d.delta !== 0)
    .sort((a, b) => order(a.key).localeCompare(order(b.key)))
    .map((d) => ({ ...d.key, slot: slot(), aantal: d.delta }));
  if (rows.length === 0) return;
  await optellen(tx, rows);
}

const TELLING = 'telling_';
const TEL_KOLOMMEN = [
  'gemeenteCode',
  'zaaktypeId',
  'vertrouwelijkheidaanduiding',
  'afgesloten',
  'slot',
  'aantal',
] as const satisfies (keyof NewTelling)[];

/** Counting a new zaak as a part of another statement, its values under `telling_<column>`. */
export const telDeel = (db: Db) => optellen(db, [plaatshouders(zaakTellingen, TEL_KOLOMMEN, TELLING)]);
export const telWaarden = (key: TelSleutel) =>
  waarden(zaakTellingen, TEL_KOLOMMEN, { ...key, slot: slot(), aantal: 1 } satisfies NewTelling, TELLING);

/** A change of a zaak moves it from one key to another (or not at all). */
export const verplaats = (tx: Db, oud: TelSleutel, nieuw: TelSleutel) =>
  same(oud, nieuw)
    ? Promise.resolve()
    : tel(tx, [
        { key: oud, delta: -1 },
        { key: nieuw, delta: 1 },
      ]);

/**
 * Recounts everything from the zaken table (after a bulk load that bypassed the repository),
 * under a lock that keeps writers out meanwhile.
 */
export async function herbereken(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`lock table ${zaken} in share mode`);
    await tx.delete(zaakTellingen);
    await tx.execute(sql`insert into ${zaakTellingen} (gemeente_code, zaaktype_id, vertrouwelijkheidaanduiding, afgesloten, slot, aantal)
      select gemeente_code, zaaktype_id, vertrouwelijkheidaanduiding, einddatum is not null, 0, count(*)
      from ${zaken} group by 1, 2, 3, 4`);
  });
}
