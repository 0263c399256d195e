import { describe, expect, it } from 'vitest';
import { parseTestset, voorkomens } from '../../../src/modules/registries/brp/lo-gba.ts';
import { lijstMetBsn, persoonslijsten } from './testset.ts';

const KOP = ';01.01.20;01.02.40;05.01.20;05.07.10;05.H;06.08.10;06.88.10;06.88.10;09.01.10;09.02.10;09.H';

describe('parseTestset', () => {
  it('reads all 687 person lists of the RvIG test set', () => {
    const lijsten = persoonslijsten();
    expect(lijsten).toHaveLength(687);
    expect(lijsten[0]?.id).toBe('Lg01_716');
    expect(new Set(lijsten.map((pl) => pl.id)).size).toBe(687);
  });

  it('keeps only non-empty values, keyed by category.group.element', () => {
    const [pl] = parseTestset(`\uFEFF${KOP}\nLg01_1;999990001;Jansen;;;;;;;;;\n`);
    expect(pl).toEqual({ id: 'Lg01_1', rijen: [{ '01.01.20': '999990001', '01.02.40': 'Jansen' }] });
  });

  it('reads the second 06.88.10 column as 06.88.20 (header typo)', () => {
    const [pl] = parseTestset(`${KOP}\nLg01_1;999990001;;;;;;0201;verdrag;;;\n`);
    expect(pl?.rijen[0]).toMatchObject({ '06.88.10': '0201', '06.88.20': 'verdrag' });
  });

  it('moves the values shifted one column to the right in Lg01_803 back', () => {
    const [eerste, tweede] = lijstMetBsn('999996277').rijen;
    expect(eerste?.['05.H']).toBe('05');
    expect(eerste?.['06.08.10']).toBeUndefined();
    expect(eerste).toMatchObject({ '04.85.10': '20150131', '04.86.10': '20150131' });
    expect(eerste?.['04.88.10']).toBeUndefined();
    expect(tweede).toMatchObject({ '04.05.10': '0054', '04.85.10': '00000000', '04.86.10': '19931102' });
  });

  it('puts the rows after an identifier row, up to the next one, in the same list', () => {
    expect(lijstMetBsn('999990639').rijen).toHaveLength(6);
    expect(lijstMetBsn('999993653').rijen).toHaveLength(2);
  });
});

describe('voorkomens: current versus historical rows', () => {
  it('follows 09.H: 59 means the next row is history of this child, 09 a new child', () => {
    const kinderen = voorkomens(lijstMetBsn('999990639'), '09');
    expect(kinderen.map((k) => k.actueel['02.10'])).toEqual([
      'Caroline Ilse',
      'Karin Monique',
      'Sasja',
      'Carsten Antonius',
    ]);
    // The current values carry the BSN recorded later; the historical row is the older version.
    expect(kinderen[0]?.actueel['01.20']).toBe('999992387');
    expect(kinderen[0]?.historie).toEqual([expect.objectContaining({ '82.30': 'PK', '86.10': '19940930' })]);
    expect(kinderen[0]?.historie[0]?.['01.20']).toBeUndefined();
    expect(kinderen[1]?.historie).toHaveLength(1);
    expect(kinderen[2]?.historie).toHaveLength(0);
  });

  it('reads 08.H=58 on the identifier row as: the next row is the previous address', () => {
    const [adres] = voorkomens(lijstMetBsn('999993653'), '08');
    expect(adres?.actueel).toMatchObject({ '11.10': 'Boterdiep', '11.20': '31', '10.30': '20150808' });
    expect(adres?.historie).toEqual([
      expect.objectContaining({ '11.10': 'Vredesplein', '11.20': '7', '10.30': '20131102' }),
    ]);
  });

  it('chains nationalities: 04.H=04 starts the next one, 54 continues the history', () => {
    const nationaliteiten = voorkomens(lijstMetBsn('999992806'), '04');
    expect(nationaliteiten).toHaveLength(3);
    expect(nationaliteiten[0]?.actueel['05.10']).toBe('0334');
    expect(nationaliteiten[1]?.actueel['64.10']).toBe('404');
    expect(nationaliteiten[1]?.historie.map((r) => r['05.10'] ?? r['64.10'])).toEqual(['401', '0331']);
    expect(nationaliteiten[2]?.actueel['65.10']).toBe('V');
  });

  it('finds the NN.H rule everywhere in the set but for 23 broken links', () => {
    const categorieen = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13'];
    const heeft = (rij: Record<string, string> | undefined, c: string) =>
      rij !== undefined && Object.keys(rij).some((k) => k.startsWith(`${c}.`) && !k.endsWith('.H'));
    const gebroken = persoonslijsten().flatMap((pl) =>
      categorieen.flatMap((c) =>
        pl.rijen.flatMap((rij, i) => {
          const markering = rij[`${c}.H`];
          const volgt = heeft(pl.rijen[i + 1], c);
          const klopt =
            markering === undefined
              ? !volgt
              : volgt && (markering === c || markering === String(Number(c) + 50));
          return klopt ? [] : [`${pl.id} ${c}`];
        }),
      ),
    );
    expect(gebroken).toHaveLength(23);
    expect(gebroken).toContain('Lg01_838 09');
  });

  it('without a marker, a row naming another child starts a new occurrence (Lg01_838)', () => {
    const pl = persoonslijsten().find((p) => p.id === 'Lg01_838');
    expect(pl).toBeDefined();
    const kinderen = voorkomens(pl!, '09');
    expect(kinderen.map((k) => k.actueel['02.10'])).toContain('Adriaan Jan');
    expect(kinderen.find((k) => k.actueel['02.10'] === 'Jan Adriaan')?.historie).toHaveLength(1);
    expect(kinderen).toHaveLength(12);
  });

  it('without a marker, a further row of a single category is history', () => {
    const lijst = parseTestset(`${KOP}\nLg01_1;999990001;Jansen;;;;;;;;;\n;999990001;Janssen;;;;;;;;;\n`);
    const [persoon] = voorkomens(lijst[0]!, '01');
    expect(persoon?.actueel['02.40']).toBe('Jansen');
    expect(persoon?.historie).toEqual([{ '01.20': '999990001', '02.40': 'Janssen' }]);
  });
});
