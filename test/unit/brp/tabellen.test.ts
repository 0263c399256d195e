import { describe, expect, it } from 'vitest';
import {
  adellijkeTitelPredicaat,
  gemeente,
  land,
  nationaliteit,
  plaats,
  redenNationaliteit,
  rniDeelnemer,
  verblijfstitel,
} from '../../../src/modules/registries/brp/tabellen.ts';
import type { Waardetabel } from '../../../src/modules/registries/brp/persoon.ts';
import { persoonslijsten } from './testset.ts';

/** Every value in the test set of the elements whose key matches. */
function waarden(element: RegExp): Set<string> {
  const gevonden = new Set<string>();
  for (const pl of persoonslijsten()) {
    for (const rij of pl.rijen) {
      for (const [sleutel, waarde] of Object.entries(rij)) if (element.test(sleutel)) gevonden.add(waarde);
    }
  }
  return gevonden;
}

const zonderOmschrijving = (codes: Set<string>, decodeer: (code: string) => Waardetabel | undefined) =>
  [...codes].filter((code) => decodeer(code)?.omschrijving === code).sort();

describe('reference tables cover the test set', () => {
  it('names every gemeente code, except the three test municipalities of the proefomgeving', () => {
    const codes = [...waarden(/^\d\d\.(03\.20|06\.20|07\.20|08\.20|09\.10)$/)].filter((w) =>
      /^\d{4}$/.test(w),
    );
    expect(codes.length).toBeGreaterThan(200);
    expect(zonderOmschrijving(new Set(codes), gemeente)).toEqual(['1802', '1810', '1811']);
  });

  it('names every country, nationality, reason, title and verblijfstitel', () => {
    expect(zonderOmschrijving(waarden(/^\d\d\.(03\.30|06\.30|07\.30|08\.30|13\.10|14\.10)$/), land)).toEqual(
      [],
    );
    expect(zonderOmschrijving(waarden(/^04\.05\.10$/), nationaliteit)).toEqual([]);
    expect(zonderOmschrijving(waarden(/^04\.6[34]\.10$/), redenNationaliteit)).toEqual([]);
    expect(zonderOmschrijving(waarden(/^\d\d\.02\.20$/), adellijkeTitelPredicaat)).toEqual([]);
    expect(zonderOmschrijving(waarden(/^10\.39\.10$/), verblijfstitel)).toEqual([]);
  });

  it('lacks only the RNI participants 0001 and 0202, not in Tabel 60', () => {
    expect(zonderOmschrijving(waarden(/^\d\d\.88\.10$/), rniDeelnemer)).toEqual(['0001', '0202']);
  });
});

describe('table lookups', () => {
  it('decodes a missing code to itself', () => {
    expect(gemeente('9998')).toEqual({ code: '9998', omschrijving: '9998' });
    expect(adellijkeTitelPredicaat('XX')).toEqual({ code: 'XX', omschrijving: 'XX' });
  });

  it('gives titles and predicates their kind', () => {
    expect(adellijkeTitelPredicaat('JV')).toEqual({
      code: 'JV',
      omschrijving: 'Jonkvrouw',
      soort: 'predicaat',
    });
    expect(adellijkeTitelPredicaat('B')).toEqual({ code: 'B', omschrijving: 'Baron', soort: 'titel' });
  });

  it('reads a four-digit place as a gemeente and anything else as a place abroad', () => {
    expect(plaats('0518')).toEqual({ code: '0518', omschrijving: "'s-Gravenhage" });
    expect(plaats('Thann')).toEqual({ omschrijving: 'Thann' });
    expect(plaats('0000')).toBeUndefined();
  });
});
