import { describe, expect, it } from 'vitest';
import type { Adres } from '../../../src/modules/registries/addresses.adapter.ts';
import {
  adresRegel,
  kiesAdres,
  normalisePostcode,
  normaliseToevoeging,
  parseHuisnummer,
  toevoegingVan,
} from '../../../src/modules/registries/addresses.service.ts';
import { herstelT61 } from '../../../src/modules/registries/address-seed.ts';

const adres = (overrides: Partial<Adres> = {}): Adres => ({
  nummeraanduidingId: '0599200000000001',
  adresseerbaarObjectId: '0599010000000001',
  gemeenteCode: '0599',
  straat: 'Coolsingel',
  huisnummer: 40,
  huisletter: null,
  huisnummertoevoeging: null,
  postcode: '3011AD',
  woonplaats: 'Rotterdam',
  gebruiksdoelen: ['woonfunctie'],
  oppervlakte: 80,
  ...overrides,
});

describe('normalisePostcode', () => {
  it.each([
    ['3011 ad', '3011AD'],
    ['3011AD', '3011AD'],
    [' 3011  Ad ', '3011AD'],
    ['1011\tpn', '1011PN'],
  ])('%j → %s', (input, expected) => expect(normalisePostcode(input)).toBe(expected));

  it.each(['0123AB', '301AD', '30111AD', '3011A', '3011 A1', '', 'ABCDEF', '3011-AD'])(
    'refuses %j',
    (input) => expect(normalisePostcode(input)).toBeUndefined(),
  );
});

describe('parseHuisnummer', () => {
  it('takes 1 to 99999, as number or text', () => {
    expect(parseHuisnummer(1)).toEqual({ huisnummer: 1, toevoeging: '' });
    expect(parseHuisnummer(99999)).toEqual({ huisnummer: 99999, toevoeging: '' });
    expect(parseHuisnummer(' 40 ')).toEqual({ huisnummer: 40, toevoeging: '' });
  });

  it('refuses 0, 100000, fractions, negatives and words', () => {
    for (const input of [0, 100000, 4.5, -3, '', 'veertig', '0', '123456'])
      expect(parseHuisnummer(input)).toBeUndefined();
  });

  it('splits an addition typed in the number field', () => {
    expect(parseHuisnummer('40A')).toEqual({ huisnummer: 40, toevoeging: 'A' });
    expect(parseHuisnummer('40 a-2')).toEqual({ huisnummer: 40, toevoeging: 'a-2' });
    expect(parseHuisnummer('9-2')).toEqual({ huisnummer: 9, toevoeging: '2' });
  });
});

describe('normaliseToevoeging', () => {
  it.each([
    ['A', 'A'],
    ['a', 'A'],
    ['A 2', 'A2'],
    ['a-2', 'A2'],
    ['-2', '2'],
    [' bis ', 'BIS'],
    ['', ''],
  ])('%j → %j', (input, expected) => expect(normaliseToevoeging(input)).toBe(expected));
});

describe('kiesAdres', () => {
  const a = adres({ huisletter: 'A', nummeraanduidingId: 'a' });
  const b = adres({ huisletter: 'B', nummeraanduidingId: 'b' });
  const kaal = adres({ nummeraanduidingId: 'kaal' });

  it('finds nothing on an unknown number', () => {
    expect(kiesAdres([], '')).toEqual({ ok: false, code: 'onbekend' });
    expect(kiesAdres([], 'A')).toEqual({ ok: false, code: 'onbekend' });
  });

  it('asks for the addition when the number has several and none was typed', () => {
    expect(kiesAdres([a, b], '')).toEqual({ ok: false, code: 'meerdere', opties: [a, b] });
  });

  it('takes the number without addition when there is one, and the only address on a number', () => {
    expect(kiesAdres([kaal, a, b], '')).toEqual({ ok: true, adres: kaal });
    expect(kiesAdres([a], '')).toEqual({ ok: true, adres: a });
  });

  it('matches the typed addition against huisletter and huisnummertoevoeging alike', () => {
    expect(kiesAdres([a, b], 'b')).toEqual({ ok: true, adres: b });
    const h = adres({ huisnummertoevoeging: 'H', nummeraanduidingId: 'h' });
    const een = adres({ huisnummertoevoeging: '1', nummeraanduidingId: '1' });
    expect(kiesAdres([h, een], 'h')).toEqual({ ok: true, adres: h });
    expect(kiesAdres([h, een], '-1')).toEqual({ ok: true, adres: een });
    const a2 = adres({ huisletter: 'A', huisnummertoevoeging: '2', nummeraanduidingId: 'a2' });
    expect(kiesAdres([a, a2], 'A 2')).toEqual({ ok: true, adres: a2 });
    const bis = adres({ huisnummertoevoeging: 'bis', nummeraanduidingId: 'bis' });
    expect(kiesAdres([kaal, bis], 'BIS')).toEqual({ ok: true, adres: bis });
  });

  it('does not guess when the typed addition is not there', () => {
    expect(kiesAdres([a, b], 'C')).toEqual({ ok: false, code: 'onbekend' });
    expect(kiesAdres([kaal], 'A')).toEqual({ ok: false, code: 'onbekend' });
  });

  it('asks when a letter and a toevoeging read the same', () => {
    const letterH = adres({ huisletter: 'H', nummeraanduidingId: 'lh' });
    const toevoegingH = adres({ huisnummertoevoeging: 'H', nummeraanduidingId: 'th' });
    expect(kiesAdres([letterH, toevoegingH], 'H')).toEqual({
      ok: false,
      code: 'meerdere',
      opties: [letterH, toevoegingH],
    });
  });
});

describe('adresRegel', () => {
  it('writes a letter after a space and a toevoeging after a hyphen', () => {
    expect(adresRegel(adres({ huisletter: 'A' }))).toBe('Coolsingel 40 A, 3011 AD Rotterdam');
    expect(adresRegel(adres())).toBe('Coolsingel 40, 3011 AD Rotterdam');
    expect(adresRegel(adres({ huisnummertoevoeging: '2' }))).toBe('Coolsingel 40-2, 3011 AD Rotterdam');
    expect(adresRegel(adres({ huisletter: 'A', huisnummertoevoeging: '2' }))).toBe(
      'Coolsingel 40 A-2, 3011 AD Rotterdam',
    );
  });

  it('gives the addition in a form that finds the address again', () => {
    const a2 = adres({ huisletter: 'A', huisnummertoevoeging: '2' });
    expect(toevoegingVan(a2)).toBe('A-2');
    expect(kiesAdres([adres({ huisletter: 'A' }), a2], toevoegingVan(a2))).toEqual({ ok: true, adres: a2 });
  });
});

describe('herstelT61', () => {
  it('puts the accents of the RvIG test set back on their letters', () => {
    expect(herstelT61('Heer DaniÈelstraat')).toBe('Heer Daniëlstraat');
    expect(herstelT61('HÂelÁene Swarthstraat')).toBe('Hélène Swarthstraat');
    expect(herstelT61('FranËcois Nivardstraat')).toBe('François Nivardstraat');
    expect(herstelT61('Coolsingel')).toBe('Coolsingel');
  });
});
