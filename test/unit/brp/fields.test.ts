import { describe, expect, it } from 'vitest';
import { fieldPaden, selectFields, validateFields } from '../../../src/modules/registries/brp/fields.ts';
import type { Persoon } from '../../../src/modules/registries/brp/persoon.ts';
import { loadSchemas } from './openapi-schema.ts';
import { persoonMetBsn } from './testset.ts';

const suzanne = persoonMetBsn('999993653').persoon;
const mattheus = persoonMetBsn('999990639').persoon;

describe('validateFields', () => {
  it('accepts paths to fields, parts of value tables and parts of dates', () => {
    const geldig = [
      'naam',
      'naam.voornamen',
      'geboorte.datum',
      'geboorte.datum.langFormaat',
      'geslacht.code',
      'verblijfplaats.verblijfadres.postcode',
      'verblijfplaats.type',
      'adressering',
      'adressering.adresregel1',
      'partners.naam.geslachtsnaam',
      'kinderen.geboorte.plaats.omschrijving',
      'nationaliteiten.type',
      'naam.adellijkeTitelPredicaat.soort',
      'verblijfplaatsBinnenland.verblijfadres.huisnummer',
    ];
    expect(validateFields(geldig)).toEqual([]);
  });

  it('names each unknown path with its index', () => {
    expect(validateFields(['burgerservicenummer', 'anummer', 'naam.achternaam'])).toEqual([
      { name: 'fields[1]', code: 'fields', reason: 'Parameter bevat een niet bestaande veldnaam.' },
      { name: 'fields[2]', code: 'fields', reason: 'Parameter bevat een niet bestaande veldnaam.' },
    ]);
  });

  it.each([
    'inOnderzoek',
    'geheimhoudingPersoonsgegevens',
    'opschortingBijhouding',
    'rni',
    'naam.voornamen.code',
    'geslacht.code.x',
    'geboorte.datum.dag',
    'partners.0.naam',
    'verblijfplaatsBinnenland.verblijfadres.regel1',
  ])('refuses %s', (pad) => {
    expect(validateFields([pad])).toEqual([
      { name: 'fields[0]', code: 'fields', reason: 'Parameter bevat een niet bestaande veldnaam.' },
    ]);
  });

  it('checks the pattern and the number of paths', () => {
    expect(validateFields(['a*nummer', 'burger service nummer', ''])).toEqual(
      [0, 1, 2].map((i) => ({
        name: `fields[${i}]`,
        code: 'pattern',
        reason: 'Waarde voldoet niet aan patroon ^[a-zA-Z0-9\\._]{1,200}$.',
      })),
    );
    expect(validateFields([])).toEqual([
      { name: 'fields', code: 'minItems', reason: 'Array bevat minder dan 1 items.' },
    ]);
    expect(validateFields(Array.from({ length: 131 }, () => 'naam'))).toEqual([
      { name: 'fields', code: 'maxItems', reason: 'Array bevat meer dan 130 items.' },
    ]);
  });

  it('allows only the limited fields for a search', () => {
    expect(
      validateFields(['naam.volledigeNaam', 'geboorte.datum', 'adressering.adresregel2'], 'PersoonBeperkt'),
    ).toEqual([]);
    expect(validateFields(['aNummer', 'gezag'], 'PersoonBeperkt').map((f) => f.name)).toEqual([
      'fields[0]',
      'fields[1]',
    ]);
    expect(validateFields(['gezag'], 'GezagPersoonBeperkt')).toEqual([]);
  });

  it.each(['Persoon', 'PersoonBeperkt', 'GezagPersoonBeperkt'] as const)(
    'only knows paths that exist in the %s schema of the spec',
    (soort) => {
      const paden = fieldPaden(soort).filter((p) => !/^(verblijfplaats|adressering)Binnenland/.test(p));
      expect(paden.length).toBeGreaterThan(10);
      expect(paden.filter((p) => !bestaatInSpec(soort, p.split('.')))).toEqual([]);
    },
  );

  it('covers every field of the Persoon schema except the automatic ones', () => {
    const bekend = new Set(fieldPaden().map((p) => p.split('.')[0]));
    const automatisch = [
      'inOnderzoek',
      'geheimhoudingPersoonsgegevens',
      'opschortingBijhouding',
      'rni',
      'verificatie',
    ];
    expect(
      [...eigenschappen(schemas.Persoon).keys()].filter((v) => !bekend.has(v) && !automatisch.includes(v)),
    ).toEqual([]);
  });
});

const schemas = loadSchemas();

/**
 * The property schemas reachable from a schema: through $ref, allOf, items and subtypes. A
 * name can come from several subtypes (verblijfadres of Adres and of VerblijfplaatsBuitenland).
 */
function eigenschappen(schema: unknown, gezien = new Set<unknown>()): Map<string, unknown[]> {
  const uit = new Map<string, unknown[]>();
  if (typeof schema !== 'object' || schema === null || gezien.has(schema)) return uit;
  gezien.add(schema);
  const s = schema as Record<string, unknown>;
  const voegToe = (k: string, v: unknown[]) => uit.set(k, [...(uit.get(k) ?? []), ...v]);
  const verder = (t: unknown) => eigenschappen(t, gezien).forEach((v, k) => voegToe(k, v));
  if (typeof s.$ref === 'string') verder(schemas[s.$ref.split('/').pop() ?? '']);
  if (Array.isArray(s.allOf)) s.allOf.forEach(verder);
  if (s.items) verder(s.items);
  const mapping = (s.discriminator as { mapping?: Record<string, string> } | undefined)?.mapping;
  Object.values(mapping ?? {}).forEach((ref) => verder({ $ref: ref }));
  if (typeof s.properties === 'object' && s.properties !== null) {
    for (const [k, v] of Object.entries(s.properties)) voegToe(k, [v]);
  }
  return uit;
}

function bestaatInSpec(schemaNaam: string, pad: string[]): boolean {
  let huidig: unknown[] = [schemas[schemaNaam]];
  for (const naam of pad) {
    huidig = huidig.flatMap((schema) => eigenschappen(schema).get(naam) ?? []);
    if (huidig.length === 0) return false;
  }
  return true;
}

describe('selectFields', () => {
  it("returns exactly naam and geboorte for ['naam', 'geboorte']", () => {
    const gekozen = selectFields(suzanne, ['naam', 'geboorte']);
    expect(Object.keys(gekozen).sort()).toEqual(['geboorte', 'naam']);
    expect(gekozen.naam).toEqual(suzanne.naam);
    expect(gekozen.geboorte).toEqual(suzanne.geboorte);
  });

  it('narrows to nested fields and merges several paths', () => {
    expect(
      selectFields(suzanne, [
        'naam.voornamen',
        'naam.geslachtsnaam',
        'verblijfplaats.verblijfadres.postcode',
      ]),
    ).toEqual({
      naam: { voornamen: 'Suzanne', geslachtsnaam: 'Moulin' },
      verblijfplaats: { type: 'Adres', verblijfadres: { postcode: '3077AW' } },
    });
  });

  it('delivers a whole value table or date when part of it is asked for', () => {
    expect(selectFields(suzanne, ['geslacht.code', 'geboorte.datum.jaar'])).toEqual({
      geslacht: { code: 'V', omschrijving: 'vrouw' },
      geboorte: { datum: { type: 'Datum', datum: '1985-12-01', langFormaat: '1 december 1985' } },
    });
  });

  it('applies a path to every element of a collection', () => {
    expect(selectFields(mattheus, ['kinderen.naam.voornamen', 'partners.naam.geslachtsnaam'])).toEqual({
      kinderen: [
        { naam: { voornamen: 'Caroline Ilse' } },
        { naam: { voornamen: 'Karin Monique' } },
        { naam: { voornamen: 'Sasja' } },
        { naam: { voornamen: 'Carsten Antonius' } },
      ],
      partners: [{ naam: { geslachtsnaam: 'Maassen' } }],
    });
  });

  it('keeps children without the asked field as empty objects, and leaves out absent fields', () => {
    expect(selectFields(mattheus, ['kinderen.naam.adellijkeTitelPredicaat'])).toEqual({
      kinderen: [{}, {}, {}, {}],
    });
    expect(selectFields(suzanne, ['kinderen', 'naam.adellijkeTitelPredicaat', 'overlijden'])).toEqual({});
  });

  it('adds the fields the API always delivers', () => {
    const persoon: Persoon = {
      burgerservicenummer: '999990001',
      geheimhoudingPersoonsgegevens: true,
      opschortingBijhouding: { reden: { code: 'O', omschrijving: 'overlijden' } },
      verblijfplaats: {
        type: 'Adres',
        datumVan: { type: 'JaarDatum', jaar: 2000, langFormaat: '2000' },
        indicatieVastgesteldVerblijftNietOpAdres: true,
      },
    };
    expect(selectFields(persoon, ['verblijfplaats.datumVan'])).toEqual({
      geheimhoudingPersoonsgegevens: true,
      opschortingBijhouding: { reden: { code: 'O', omschrijving: 'overlijden' } },
      verblijfplaats: {
        type: 'Adres',
        datumVan: { type: 'JaarDatum', jaar: 2000, langFormaat: '2000' },
        indicatieVastgesteldVerblijftNietOpAdres: true,
      },
    });
  });

  it('answers the domestic aliases only for a domestic address', () => {
    expect(
      selectFields(suzanne, [
        'adresseringBinnenland.adresregel1',
        'verblijfplaatsBinnenland.verblijfadres.huisnummer',
      ]),
    ).toEqual({
      adressering: { adresregel1: 'Boterdiep 31' },
      verblijfplaats: { type: 'Adres', verblijfadres: { huisnummer: 31 } },
    });
    // 999995121 lives abroad (and, having emigrated, gets opschortingBijhouding automatically).
    const buitenland = persoonMetBsn('999995121').persoon;
    const gekozen = selectFields(buitenland, ['adresseringBinnenland', 'verblijfplaatsBinnenland']);
    expect(Object.keys(gekozen)).toEqual(['opschortingBijhouding']);
  });
});
