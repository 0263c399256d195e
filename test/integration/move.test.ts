import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAddresses } from '../../src/modules/registries/address-seed.ts';
import { localAdresAdapter, type Adres } from '../../src/modules/registries/addresses.adapter.ts';
import { addressesService, type AddressesService } from '../../src/modules/registries/addresses.service.ts';
import {
  huisgenoten,
  isOpLoket,
  NietOpLoketError,
  type Aangifte,
} from '../../src/modules/registries/move.ts';
import { findByBsn } from '../../src/modules/registries/persons.repository.ts';
import { verblijfplaatsHistorie } from '../../src/modules/registries/registries.schema.ts';
import type { Db } from '../../src/platform/db/types.ts';
import { testApp, type TestApp } from '../helpers/app.ts';

// The Groot Esselink family, Hofdijk 651 Rotterdam: Johan, his wife Wilma Haverkamp and three
// of their six children; the other three live at Spaanseweg 4.
const JOHAN = '999999345';
const WILMA = '999999357';
const TEUN = '999999369'; // born 2012-04-18
const DAAN = '999999370';
const HEIN = '999999412';
const FIEN = '999999382'; // lives at Spaanseweg 4
const KEVIN = '999996538'; // Den Haag, with Olivia Charbon and their son Vincent
const SUZANNE = '999993653'; // Rotterdam, Boterdiep 31; her husband has no BSN
const OVERLEDEN = '999993537'; // Hellevoetsluis, Jasmijn 55

let t: TestApp;
let db: Db;
let adressen: AddressesService;

beforeAll(async () => {
  t = await testApp({ today: () => new Date('2026-11-23T12:00:00') });
  db = t.db.database.db;
  await seedAddresses(db);
  adressen = addressesService({ db, adapter: localAdresAdapter(db) });
});
afterAll(async () => {
  await t.close();
});

async function vind(postcode: string, huisnummer: number, toevoeging?: string): Promise<Adres> {
  const r = await adressen.zoek(postcode, huisnummer, toevoeging);
  if (!r.ok) throw new Error(`${postcode} ${huisnummer}: ${r.code}`);
  return r.adres;
}

const verhuizing = (
  bsn: string,
  naar: Adres,
  datum = '2026-12-01',
  aangifte: Aangifte = 'ingeschrevene',
) => ({
  bsn,
  naar,
  datum,
  zaakId: randomUUID(),
  aangifte,
});

const historie = (bsn: string) =>
  db.select().from(verblijfplaatsHistorie).where(eq(verblijfplaatsHistorie.bsn, bsn));

describe('huisgenoten', () => {
  it('are the spouse and the minor children at the same address', async () => {
    expect(await t.services.persons.huisgenoten(JOHAN)).toEqual([
      { bsn: WILMA, naam: 'Wilma Haverkamp', relatie: 'partner', geboortedatum: '1990-11-16' },
      { bsn: HEIN, naam: 'Hein Groot Esselink', relatie: 'kind', geboortedatum: '2020-01-20' },
      { bsn: DAAN, naam: 'Daan Groot Esselink', relatie: 'kind', geboortedatum: '2013-12-06' },
      { bsn: TEUN, naam: 'Teun Groot Esselink', relatie: 'kind', geboortedatum: '2012-04-18' },
    ]);
    const kevin = await t.services.persons.huisgenoten(KEVIN);
    expect(kevin.map((h) => [h.bsn, h.relatie])).toEqual([
      ['999996630', 'partner'],
      ['999996629', 'kind'],
    ]);
  });

  it('leave out a child who has turned 18', async () => {
    const later = await huisgenoten(db, JOHAN, new Date('2030-04-18T12:00:00'));
    expect(later.map((h) => h.bsn)).toEqual([WILMA, HEIN, DAAN]);
  });

  it('are none for a partner without BSN, or an unknown person', async () => {
    expect(await t.services.persons.huisgenoten(SUZANNE)).toEqual([]);
    expect(await t.services.persons.huisgenoten('123456782')).toEqual([]);
  });
});

describe('registreerVerhuizing', () => {
  it('moves a person list to the registry of the new municipality, with the old address in the historie', async () => {
    const naar = await vind('2587EN', 120);
    const result = await db.transaction((tx) =>
      t.services.persons.registreerVerhuizing(tx, verhuizing(JOHAN, naar)),
    );
    expect(result).toEqual({ vanGemeenteCode: '0599', naarGemeenteCode: '0518' });

    const row = await findByBsn(db, JOHAN);
    expect(row?.gemeenteCode).toBe('0518');
    const datum = { type: 'Datum', datum: '2026-12-01', langFormaat: '1 december 2026' };
    expect(row?.persoon.verblijfplaats).toEqual({
      type: 'Adres',
      verblijfadres: {
        officieleStraatnaam: 'Stevinstraat',
        korteStraatnaam: 'Stevinstraat',
        huisnummer: 120,
        postcode: '2587EN',
        woonplaats: "'s-Gravenhage",
      },
      functieAdres: { code: 'W', omschrijving: 'woonadres' },
      adresseerbaarObjectIdentificatie: naar.adresseerbaarObjectId,
      nummeraanduidingIdentificatie: naar.nummeraanduidingId,
      datumVan: datum,
      datumIngangGeldigheid: datum,
    });
    expect(row?.persoon.gemeenteVanInschrijving).toEqual({ code: '0518', omschrijving: "'s-Gravenhage" });
    expect(row?.persoon.datumInschrijvingInGemeente).toEqual(datum);
    expect(row?.persoon.adressering).toEqual({
      adresregel1: 'Stevinstraat 120',
      adresregel2: "2587 EN  'S-GRAVENHAGE",
    });
    expect(row?.updatedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);

    const [h] = await historie(JOHAN);
    expect(h).toMatchObject({
      gemeenteCode: '0599',
      datumVan: '2018-01-20',
      datumTot: '2026-12-01',
      naarGemeenteCode: '0518',
      verblijfplaats: { type: 'Adres', verblijfadres: { korteStraatnaam: 'Hofdijk', huisnummer: 651 } },
    });
  });

  it('moves the family along in one transaction, after which they are huisgenoten again', async () => {
    const naar = await vind('2587EN', 120);
    await db.transaction(async (tx) => {
      await t.services.persons.registreerVerhuizing(tx, verhuizing(WILMA, naar, '2026-12-01', 'partner'));
      for (const kind of [TEUN, DAAN, HEIN])
        await t.services.persons.registreerVerhuizing(
          tx,
          verhuizing(kind, naar, '2026-12-01', 'gezagsouder'),
        );
    });
    expect((await t.services.persons.huisgenoten(JOHAN)).map((h) => h.bsn)).toEqual([
      WILMA,
      HEIN,
      DAAN,
      TEUN,
    ]);
    expect((await adressen.bewoning(naar, 0)).aantal).toBe(5);
    expect((await findByBsn(db, FIEN))?.gemeenteCode).toBe('0599');
  });

  it('keeps the registration date on a move within the municipality', async () => {
    const voor = await findByBsn(db, KEVIN);
    const naar = await vind('2562HB', 88);
    expect(
      await db.transaction((tx) => t.services.persons.registreerVerhuizing(tx, verhuizing(KEVIN, naar))),
    ).toEqual({
      vanGemeenteCode: '0518',
      naarGemeenteCode: '0518',
    });
    const na = await findByBsn(db, KEVIN);
    expect(na?.gemeenteCode).toBe('0518');
    expect(na?.persoon.datumInschrijvingInGemeente).toEqual(voor?.persoon.datumInschrijvingInGemeente);
    expect(na?.persoon.verblijfplaats).toMatchObject({
      verblijfadres: { officieleStraatnaam: 'Weimarstraat' },
    });
    expect(await historie(KEVIN)).toMatchObject([{ gemeenteCode: '0518', naarGemeenteCode: '0518' }]);
  });

  it('changes nothing when the transaction rolls back', async () => {
    const voor = await findByBsn(db, SUZANNE);
    const naar = await vind('3022EH', 24);
    await expect(
      db.transaction(async (tx) => {
        await t.services.persons.registreerVerhuizing(tx, verhuizing(SUZANNE, naar));
        throw new Error('the case could not be saved');
      }),
    ).rejects.toThrow('the case could not be saved');
    expect(await findByBsn(db, SUZANNE)).toEqual(voor);
    expect(await historie(SUZANNE)).toEqual([]);
  });

  it('refuses a municipality not on Loket, with a typed error', async () => {
    const delft = await vind('2611CE', 100);
    expect(delft.gemeenteCode).toBe('0503');
    expect(await isOpLoket(db, '0503')).toBe(false);
    expect(await t.services.persons.isOpLoket('0503')).toBe(false);
    expect(await t.services.persons.isOpLoket('0599')).toBe(true);
    const attempt = db.transaction((tx) =>
      t.services.persons.registreerVerhuizing(tx, verhuizing(SUZANNE, delft)),
    );
    await expect(attempt).rejects.toBeInstanceOf(NietOpLoketError);
    await expect(attempt).rejects.toMatchObject({
      code: 'invalid',
      invalidParams: [{ name: 'naar', code: 'niet-op-loket' }],
    });
    expect(await historie(SUZANNE)).toEqual([]);
  });

  it('refuses the current address, a date before it, a deceased person and an unknown BSN', async () => {
    const move = (bsn: string, naar: Adres, datum?: string) =>
      db.transaction((tx) => t.services.persons.registreerVerhuizing(tx, verhuizing(bsn, naar, datum)));
    const boterdiep = await vind('3077AW', 31);
    const elders = await vind('3039LN', 101);
    await expect(move(SUZANNE, boterdiep)).rejects.toMatchObject({ code: 'conflict' });
    await expect(move(SUZANNE, elders, '2015-08-08')).rejects.toMatchObject({ code: 'invalid' });
    await expect(move(SUZANNE, elders, '2026-02-30')).rejects.toMatchObject({ code: 'invalid' });
    await expect(move(OVERLEDEN, elders)).rejects.toMatchObject({ code: 'conflict' });
    await expect(move('123456782', elders)).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('vertrokken', () => {
  it('lists who moved out of a municipality, with where to and when', async () => {
    const weg = await t.services.persons.vertrokken('0599');
    expect(weg.map((v) => v.bsn).sort()).toEqual([JOHAN, WILMA, TEUN, DAAN, HEIN].sort());
    expect(weg.find((v) => v.bsn === JOHAN)).toMatchObject({
      naam: 'Johan Groot Esselink',
      datumVertrek: '2026-12-01',
      naarGemeente: { code: '0518', omschrijving: "'s-Gravenhage" },
      vorigAdres: 'Hofdijk 651, 3032 CG Rotterdam',
    });
    expect(await t.services.persons.vertrokken('0599', { sinds: '2026-12-01' })).toHaveLength(5);
    expect(await t.services.persons.vertrokken('0599', { sinds: '2026-12-02' })).toEqual([]);
  });

  it('leaves out moves within the municipality and arrivals', async () => {
    expect(await t.services.persons.vertrokken('0518')).toEqual([]);
  });
});
