import { describe, expect, it } from 'vitest';
import {
  addDuration,
  archiefactiedatum,
  archiefBijAfsluiten,
  archiefstatusProblemen,
  brondatum,
  type ArchiefContext,
} from '../../../src/modules/cases/zaken-archief.ts';
import type { BrondatumArchiefprocedure } from '../../../src/modules/catalog/catalog.schema.ts';

const ctx = (o: Partial<ArchiefContext> = {}): ArchiefContext => ({
  einddatum: '2026-03-15',
  hoofdzaakEinddatum: null,
  eigenschappen: [],
  zaakobjecten: [],
  gerelateerdeZaken: [],
  besluiten: [],
  ...o,
});
const b = (
  afleidingswijze: BrondatumArchiefprocedure['afleidingswijze'],
  o: Partial<BrondatumArchiefprocedure> = {},
) => ({ afleidingswijze, ...o });
const rt = (bron: BrondatumArchiefprocedure, archiefactietermijn: string | null = 'P10Y') => ({
  archiefnominatie: 'vernietigen' as const,
  archiefactietermijn,
  brondatumArchiefprocedure: bron,
});

describe('zrc-021: the brondatum in all nine afleidingswijzen', () => {
  it('afgehandeld: the zaak einddatum', () => {
    expect(brondatum(b('afgehandeld'), ctx())).toBe('2026-03-15');
  });

  it('hoofdzaak: the einddatum of the hoofdzaak', () => {
    expect(brondatum(b('hoofdzaak'), ctx({ hoofdzaakEinddatum: '2026-05-01' }))).toBe('2026-05-01');
    expect(brondatum(b('hoofdzaak'), ctx())).toBeNull();
  });

  it('eigenschap: the value of the eigenschap named by datumkenmerk', () => {
    const c = ctx({
      eigenschappen: [
        { naam: 'verhuisdatum', waarde: '2026-02-01' },
        { naam: 'anders', waarde: '2030-01-01' },
      ],
    });
    expect(brondatum(b('eigenschap', { datumkenmerk: 'verhuisdatum' }), c)).toBe('2026-02-01');
    expect(brondatum(b('eigenschap', { datumkenmerk: 'ontbreekt' }), c)).toBeNull();
    expect(
      brondatum(
        b('eigenschap', { datumkenmerk: 'x' }),
        ctx({ eigenschappen: [{ naam: 'x', waarde: '20260704' }] }),
      ),
    ).toBe('2026-07-04');
  });

  it('ander_datumkenmerk: none, the client sets archiefactiedatum by hand', () => {
    expect(brondatum(b('ander_datumkenmerk', { datumkenmerk: 'x' }), ctx())).toBeNull();
    expect(archiefactiedatum(rt(b('ander_datumkenmerk')), ctx())).toBeNull();
  });

  it('zaakobject: the latest datumkenmerk over the objects of the objecttype', () => {
    const c = ctx({
      zaakobjecten: [
        { objectType: 'pand', gegevens: { einddatum: '2027-01-01' } },
        { objectType: 'pand', gegevens: { einddatum: '2028-06-30T10:00:00Z' } },
        { objectType: 'adres', gegevens: { einddatum: '2040-01-01' } },
      ],
    });
    expect(brondatum(b('zaakobject', { objecttype: 'pand', datumkenmerk: 'einddatum' }), c)).toBe(
      '2028-06-30',
    );
    expect(brondatum(b('zaakobject', { objecttype: 'wijk', datumkenmerk: 'einddatum' }), c)).toBeNull();
  });

  it('termijn: einddatum plus procestermijn', () => {
    expect(brondatum(b('termijn', { procestermijn: 'P5Y' }), ctx())).toBe('2031-03-15');
    expect(brondatum(b('termijn', { procestermijn: null }), ctx())).toBeNull();
  });

  it('gerelateerde_zaak: the latest einddatum of the related zaken, once all are closed', () => {
    expect(brondatum(b('gerelateerde_zaak'), ctx({ gerelateerdeZaken: ['2026-01-01', '2026-09-01'] }))).toBe(
      '2026-09-01',
    );
    expect(brondatum(b('gerelateerde_zaak'), ctx({ gerelateerdeZaken: ['2026-01-01', null] }))).toBeNull();
  });

  it('ingangsdatum_besluit: the latest ingangsdatum of the besluiten', () => {
    const c = ctx({
      besluiten: [
        { ingangsdatum: '2026-04-01', vervaldatum: '2027-04-01' },
        { ingangsdatum: '2026-06-01', vervaldatum: '2026-12-31' },
      ],
    });
    expect(brondatum(b('ingangsdatum_besluit'), c)).toBe('2026-06-01');
  });

  it('vervaldatum_besluit: the latest vervaldatum, none while a besluit does not lapse', () => {
    const besluiten = [
      { ingangsdatum: '2026-04-01', vervaldatum: '2027-04-01' },
      { ingangsdatum: '2026-06-01', vervaldatum: '2026-12-31' },
    ];
    expect(brondatum(b('vervaldatum_besluit'), ctx({ besluiten }))).toBe('2027-04-01');
    expect(
      brondatum(
        b('vervaldatum_besluit'),
        ctx({ besluiten: [...besluiten, { ingangsdatum: '2026-01-01', vervaldatum: null }] }),
      ),
    ).toBeNull();
    expect(brondatum(b('vervaldatum_besluit'), ctx())).toBeNull();
  });
});

describe('zrc-021: archiefactiedatum and archiefnominatie on closing', () => {
  it('is brondatum plus archiefactietermijn', () => {
    expect(archiefactiedatum(rt(b('afgehandeld'), 'P10Y'), ctx())).toBe('2036-03-15');
    expect(archiefactiedatum(rt(b('afgehandeld'), 'P1Y6M'), ctx())).toBe('2027-09-15');
    expect(archiefactiedatum(rt(b('termijn', { procestermijn: 'P1Y' }), 'P20Y'), ctx())).toBe('2047-03-15');
  });

  it('sets no date without archiefactietermijn or brondatum', () => {
    expect(archiefactiedatum(rt(b('afgehandeld'), null), ctx())).toBeNull();
    expect(archiefactiedatum(rt(b('hoofdzaak')), ctx())).toBeNull();
  });

  it('takes the nominatie from the resultaattype only when the zaak has none, and keeps a date set by hand', () => {
    expect(
      archiefBijAfsluiten({ archiefnominatie: null, archiefactiedatum: null }, rt(b('afgehandeld')), ctx()),
    ).toEqual({ archiefnominatie: 'vernietigen', archiefactiedatum: '2036-03-15' });
    expect(
      archiefBijAfsluiten(
        { archiefnominatie: 'blijvend_bewaren', archiefactiedatum: '2099-01-01' },
        rt(b('afgehandeld')),
        ctx(),
      ),
    ).toEqual({ archiefnominatie: 'blijvend_bewaren', archiefactiedatum: '2099-01-01' });
  });

  it('adds durations with the month end clamped', () => {
    expect(addDuration('2024-02-29', 'P1Y')).toBe('2025-02-28');
    expect(addDuration('2026-01-31', 'P1M')).toBe('2026-02-28');
    expect(addDuration('2026-01-01', 'P2W3D')).toBe('2026-01-18');
    expect(addDuration('2026-01-01', 'PT1H')).toBeUndefined();
  });
});

describe('zrc-022: archiefstatus', () => {
  const base = {
    archiefnominatie: 'vernietigen',
    archiefactiedatum: '2036-01-01',
    documentStatussen: ['gearchiveerd'],
  };
  it('allows nog_te_archiveren always', () => {
    expect(
      archiefstatusProblemen({
        archiefstatus: 'nog_te_archiveren',
        archiefnominatie: null,
        archiefactiedatum: null,
        documentStatussen: ['definitief'],
      }),
    ).toEqual([]);
  });
  it('needs archiefnominatie, archiefactiedatum and archived documents for another value', () => {
    expect(archiefstatusProblemen({ ...base, archiefstatus: 'gearchiveerd' })).toEqual([]);
    const codes = (o: Partial<typeof base>) =>
      archiefstatusProblemen({ ...base, ...o, archiefstatus: 'gearchiveerd' }).map((p) => p.code);
    expect(codes({ archiefnominatie: null as unknown as string })).toEqual(['archiefnominatie-not-set']);
    expect(codes({ archiefactiedatum: null as unknown as string })).toEqual(['archiefactiedatum-not-set']);
    expect(codes({ documentStatussen: ['gearchiveerd', 'definitief'] })).toEqual(['documents-not-archived']);
  });
});
