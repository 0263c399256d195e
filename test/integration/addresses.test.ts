import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adressen as adressenTable } from '../../src/modules/registries/addresses.schema.ts';
import { seedAddresses } from '../../src/modules/registries/address-seed.ts';
import { localAdresAdapter, type Adres } from '../../src/modules/registries/addresses.adapter.ts';
import { countAll } from '../../src/modules/registries/addresses.repository.ts';
import { addressesService, type AddressesService } from '../../src/modules/registries/addresses.service.ts';
import { testApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let adressen: AddressesService;
let seeded: { adressen: number; toegevoegd: number };

beforeAll(async () => {
  t = await testApp({ today: () => new Date('2026-11-23T12:00:00') });
  const db = t.db.database.db;
  seeded = await seedAddresses(db);
  adressen = addressesService({ db, adapter: localAdresAdapter(db) });
});
afterAll(async () => {
  await t.close();
});

async function vind(postcode: string, huisnummer: number | string, toevoeging?: string): Promise<Adres> {
  const r = await adressen.zoek(postcode, huisnummer, toevoeging);
  if (!r.ok) throw new Error(`${postcode} ${huisnummer}: ${r.code}`);
  return r.adres;
}

describe('seedAddresses', () => {
  it('is idempotent, and adds only what is missing', async () => {
    const db = t.db.database.db;
    // The demo seed may have run it already: either way every address is there now.
    expect(seeded.adressen).toBeGreaterThan(250);
    expect(await countAll(db)).toBe(seeded.adressen);
    expect(await seedAddresses(db)).toEqual({ adressen: seeded.adressen, toegevoegd: 0 });
    await db.delete(adressenTable).where(eq(adressenTable.postcode, '3012BP'));
    expect(await seedAddresses(db)).toEqual({ adressen: seeded.adressen, toegevoegd: 3 });
    expect(await countAll(db)).toBe(seeded.adressen);
  });

  it('keeps the BAG ids of the person list and gives a home 45 to 140 m² with woonfunctie', async () => {
    const boterdiep = await vind('3077AW', 31);
    expect(boterdiep).toMatchObject({
      nummeraanduidingId: '0599200000219678',
      adresseerbaarObjectId: '0599010000208579',
      gemeenteCode: '0599',
      straat: 'Boterdiep',
      woonplaats: 'Rotterdam',
      gebruiksdoelen: ['woonfunctie'],
    });
    expect(boterdiep.oppervlakte).toBeGreaterThanOrEqual(45);
    expect(boterdiep.oppervlakte).toBeLessThanOrEqual(140);
  });

  it('derives 16-digit ids in the municipality where the person list has none', async () => {
    const jasmijn = await vind('3224RC', 55);
    expect(jasmijn.nummeraanduidingId).toMatch(/^053020\d{10}$/);
    expect(jasmijn.adresseerbaarObjectId).toMatch(/^053001\d{10}$/);
  });

  it('repairs the T.61 accents of official street names', async () => {
    expect((await vind('3073DD', 4)).straat).toBe('Heer Daniëlstraat');
  });
});

describe('address lookup', () => {
  it('finds an address from what a citizen types', async () => {
    expect(await adressen.zoek(' 3077 aw ', '31')).toMatchObject({
      ok: true,
      adres: { straat: 'Boterdiep' },
    });
  });

  it('names the field to correct', async () => {
    expect(await adressen.zoek('0123 AB', 1)).toEqual({ ok: false, code: 'postcode' });
    expect(await adressen.zoek('3077AW', 0)).toEqual({ ok: false, code: 'huisnummer' });
    expect(await adressen.zoek('3077AW', 32)).toEqual({ ok: false, code: 'onbekend' });
  });

  it('asks for the addition on a number with several, and offers them', async () => {
    const r = await adressen.zoek('3012 BP', 10);
    expect(r.ok).toBe(false);
    if (r.ok || r.code !== 'meerdere') throw new Error('expected meerdere');
    expect(r.opties.map((a) => a.huisletter)).toEqual(['A', 'B', 'C']);
    expect(await vind('3012BP', 10, 'b')).toMatchObject({ huisletter: 'B', oppervlakte: 64 });
    expect(await adressen.zoek('3012BP', 10, 'D')).toEqual({ ok: false, code: 'onbekend' });
  });

  it('matches a toevoeging as well as a huisletter, also typed in the number field', async () => {
    expect(await vind('1053DT', 10, '-1')).toMatchObject({ huisletter: null, huisnummertoevoeging: '1' });
    expect(await vind('1053DT', '10h')).toMatchObject({ huisnummertoevoeging: 'H' });
    expect(await vind('3037XB', 15, 'A')).toMatchObject({ huisletter: 'a' });
  });
});

describe('occupancy', () => {
  it('counts the persons living at an address, leaving out the deceased', async () => {
    // 13 person lists on Jasmijn 55, two of them of persons who died.
    expect((await adressen.bewoning(await vind('3224RC', 55), 0)).aantal).toBe(11);
  });

  it('counts by the address too when the person lists carry different BAG ids', async () => {
    expect((await adressen.bewoning(await vind('2597LD', 58), 0)).aantal).toBe(5);
  });

  it('flags many persons on one address', async () => {
    const b = await adressen.bewoning(await vind('1067MD', 275), 1);
    expect(b.aantal).toBe(15);
    expect(b.redenen).toContain('veel-bewoners');
  });

  it('signals a studio for a family and an office, not a family home', async () => {
    expect(await adressen.bewoning(await vind('3022EH', 24), 5)).toMatchObject({
      aantal: 5,
      oppervlakte: 128,
      opvallend: false,
    });
    expect(await adressen.bewoning(await vind('3014GJ', 201), 2)).toMatchObject({
      m2PerPersoon: 9,
      redenen: ['weinig-ruimte'],
    });
    expect((await adressen.bewoning(await vind('3011AD', 40), 1)).redenen).toEqual(['geen-woonfunctie']);
  });
});
