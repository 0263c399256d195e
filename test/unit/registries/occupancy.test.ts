import { describe, expect, it } from 'vitest';
import { bewoning, STANDAARD_DREMPELS } from '../../../src/modules/registries/occupancy.ts';

const woning = (oppervlakte: number | null, gebruiksdoelen = ['woonfunctie']) => ({
  oppervlakte,
  gebruiksdoelen,
});

describe('bewoning', () => {
  it('is unremarkable for a family in a family home', () => {
    expect(bewoning(woning(120), 0, 4)).toEqual({
      aantal: 4,
      oppervlakte: 120,
      gebruiksdoelen: ['woonfunctie'],
      m2PerPersoon: 30,
      opvallend: false,
      redenen: [],
    });
  });

  it('defaults to fewer than 12 m² per person and more than 6 persons', () => {
    expect(STANDAARD_DREMPELS).toEqual({ minM2PerPersoon: 12, maxBewoners: 6 });
  });

  describe('weinig-ruimte: fewer than 12 m² per person', () => {
    it.each([
      [36, 3, false], // 12.0: at the threshold
      [35, 3, true], // 11.7
      [37, 3, false], // 12.3
      [18, 1, false],
      [18, 2, true], // the studio with two
    ])('%i m² for %i persons → %s', (m2, aantal, opvallend) => {
      const b = bewoning(woning(m2), 0, aantal);
      expect(b.redenen.includes('weinig-ruimte')).toBe(opvallend);
      expect(b.opvallend).toBe(opvallend);
    });

    it('counts those registered and those moving in together', () => {
      const b = bewoning(woning(60), 4, 2);
      expect(b.aantal).toBe(6);
      expect(b.m2PerPersoon).toBe(10);
      expect(b.redenen).toEqual(['weinig-ruimte']);
    });

    it('rounds m² per person to one decimal but compares unrounded', () => {
      const b = bewoning(woning(71.9), 0, 6);
      expect(b.m2PerPersoon).toBe(12);
      expect(b.redenen).toEqual(['weinig-ruimte']);
    });
  });

  describe('veel-bewoners: more than 6 persons', () => {
    it.each([
      [5, 1, false], // 6: at the threshold
      [6, 1, true], // 7
      [0, 7, true],
      [4, 1, false],
    ])('%i registered + %i moving in → %s', (ingeschreven, erbij, opvallend) => {
      const b = bewoning(woning(500), ingeschreven, erbij);
      expect(b.redenen).toEqual(opvallend ? ['veel-bewoners'] : []);
    });
  });

  describe('geen-woonfunctie', () => {
    it('flags a verblijfsobject without woonfunctie, whatever its size', () => {
      expect(bewoning(woning(5200, ['kantoorfunctie']), 0, 1).redenen).toEqual(['geen-woonfunctie']);
    });

    it('accepts woonfunctie among other uses', () => {
      expect(bewoning(woning(90, ['winkelfunctie', 'woonfunctie']), 0, 2).opvallend).toBe(false);
    });

    it('does not flag a ligplaats or standplaats, which have no gebruiksdoelen nor floor area', () => {
      const b = bewoning(woning(null, []), 1, 1);
      expect(b).toMatchObject({ aantal: 2, m2PerPersoon: null, opvallend: false, redenen: [] });
    });
  });

  it('gives every reason that applies, in a fixed order', () => {
    expect(bewoning(woning(40, ['kantoorfunctie']), 5, 3).redenen).toEqual([
      'geen-woonfunctie',
      'weinig-ruimte',
      'veel-bewoners',
    ]);
  });

  it('takes a municipality’s own thresholds', () => {
    const drempels = { minM2PerPersoon: 20, maxBewoners: 4 };
    expect(bewoning(woning(95), 0, 5, drempels).redenen).toEqual(['weinig-ruimte', 'veel-bewoners']);
    expect(bewoning(woning(100), 0, 4, drempels).redenen).toEqual([]);
    expect(bewoning(woning(100), 0, 5, { maxBewoners: 5 }).redenen).toEqual([]);
  });
});
