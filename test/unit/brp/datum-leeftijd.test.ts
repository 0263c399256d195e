import { describe, expect, it } from 'vitest';
import { decodeDatum, isoDatum } from '../../../src/modules/registries/brp/datum.ts';
import { opPeildatum, withLeeftijd, type Persoon } from '../../../src/modules/registries/brp/persoon.ts';

describe('decodeDatum', () => {
  it.each([
    ['20131102', { type: 'Datum', datum: '2013-11-02', langFormaat: '2 november 2013' }],
    ['20200229', { type: 'Datum', datum: '2020-02-29', langFormaat: '29 februari 2020' }],
    ['19780300', { type: 'JaarMaandDatum', jaar: 1978, maand: 3, langFormaat: 'maart 1978' }],
    ['19680000', { type: 'JaarDatum', jaar: 1968, langFormaat: '1968' }],
    ['00000000', { type: 'DatumOnbekend', onbekend: true, langFormaat: 'onbekend' }],
  ])('decodes %s', (gba, verwacht) => {
    expect(decodeDatum(gba)).toEqual(verwacht);
  });

  it.each(['05', '2013110', '20131302', '20210231', '00001102', '20130002', 'abcdefgh'])(
    'refuses %s, which is no LO GBA date',
    (gba) => {
      expect(decodeDatum(gba)).toBeUndefined();
    },
  );

  it('gives an ISO date only for a fully known date', () => {
    expect(isoDatum('19851201')).toBe('1985-12-01');
    expect(isoDatum('19851200')).toBeNull();
    expect(isoDatum(undefined)).toBeNull();
  });
});

const geborenOp = (gba: string): Persoon => ({ geboorte: { datum: decodeDatum(gba) } });

describe('withLeeftijd', () => {
  const vandaag = new Date(2025, 5, 15); // 15 June 2025, local time

  it.each([
    ['20150615', 10],
    ['20150614', 10],
    ['20150616', 9],
    ['20150500', 10],
    ['20150700', 9],
  ])('born %s is %i', (gba, leeftijd) => {
    expect(withLeeftijd(geborenOp(gba), vandaag).leeftijd).toBe(leeftijd);
  });

  it.each(['20150600', '20150000', '00000000'])('gives no age when born %s', (gba) => {
    expect(withLeeftijd(geborenOp(gba), vandaag)).not.toHaveProperty('leeftijd');
  });

  it('counts a 29 February birthday as passed on 1 March only', () => {
    const persoon = geborenOp('19960229');
    expect(withLeeftijd(persoon, new Date(2017, 1, 28)).leeftijd).toBe(20);
    expect(withLeeftijd(persoon, new Date(2017, 2, 1)).leeftijd).toBe(21);
    expect(withLeeftijd(persoon, new Date(2016, 1, 29)).leeftijd).toBe(20);
  });

  it('gives no age for a deceased person and replaces a stale one', () => {
    const overleden = {
      ...geborenOp('19500101'),
      overlijden: { datum: decodeDatum('20200101') },
      leeftijd: 70,
    };
    expect(withLeeftijd(overleden, vandaag)).not.toHaveProperty('leeftijd');
    expect(withLeeftijd({ ...geborenOp('20000615'), leeftijd: 3 }, vandaag).leeftijd).toBe(25);
  });
});

describe('opPeildatum', () => {
  const titel = (einde: string): Persoon => ({
    verblijfstitel: { aanduiding: { code: '21' }, datumEinde: decodeDatum(einde) },
  });

  it('keeps a verblijfstitel that ends after today and drops one that ended', () => {
    const vandaag = new Date(2025, 5, 15);
    expect(opPeildatum(titel('20250616'), vandaag).verblijfstitel).toBeDefined();
    expect(opPeildatum(titel('20250615'), vandaag).verblijfstitel).toBeUndefined();
    expect(opPeildatum(titel('20150530'), vandaag).verblijfstitel).toBeUndefined();
  });
});
