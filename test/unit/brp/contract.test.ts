import { describe, expect, it } from 'vitest';
import {
  decodePersoonslijst,
  withLeeftijd,
  type Persoon,
} from '../../../src/modules/registries/brp/persoon.ts';
import { validatorFor } from './openapi-schema.ts';
import { persoonslijsten } from './testset.ts';

const validate = validatorFor('RaadpleegMetBurgerservicenummerResponse');
const peildatum = new Date(2025, 5, 1);

/**
 * Values in the RvIG test set that the spec's own patterns and lengths reject. The set tests
 * registries with odd data on purpose (characters such as @ " < ; ? °, 27 first names, a
 * surname of 180 characters, long foreign address lines); Loket passes names on unchanged,
 * so these values fail the spec exactly as they would from the real API. Keyed by person list.
 */
const BEKENDE_AFWIJKINGEN: Record<string, string[]> = {
  // Place of birth given as a position on board a ship or plane ('48.3° OL').
  Lg01_498: ['geboorte.plaats.omschrijving'],
  Lg01_668: ['geboorte.plaats.omschrijving'],
  Lg01_574: ['kinderen.1.geboorte.plaats.omschrijving'],
  Lg01_576: ['kinderen.1.geboorte.plaats.omschrijving'],
  // Characters outside À-ž ('?' for unmapped Icelandic letters, @, %, |, ;, quotes, <>).
  Lg01_450: [
    'geboorte.plaats.omschrijving',
    'ouders.0.geboorte.plaats.omschrijving',
    'ouders.1.naam.voornamen',
    'ouders.1.geboorte.plaats.omschrijving',
  ],
  Lg01_383: ['ouders.0.naam.voornamen', 'ouders.0.naam.voorletters'],
  Lg01_610: ['naam.voornamen', 'naam.voorletters', 'naam.volledigeNaam'],
  Lg01_466: ['naam.voornamen', 'naam.voorletters', 'naam.volledigeNaam'],
  Lg01_562: ['naam.voorvoegsel'],
  Lg01_639: [
    'naam.voornamen',
    'naam.geslachtsnaam',
    'naam.voorletters',
    'naam.volledigeNaam',
    'partners.0.naam.voornamen',
    'partners.0.naam.geslachtsnaam',
    'partners.0.naam.voorletters',
  ],
  Lg01_629: [
    'naam.voornamen',
    'naam.geslachtsnaam',
    'naam.voorletters',
    'naam.volledigeNaam',
    'partners.0.naam.voornamen',
    'partners.0.naam.geslachtsnaam',
    'partners.0.naam.voorletters',
  ],
  Lg01_655: [
    'naam.geslachtsnaam',
    'naam.volledigeNaam',
    'partners.0.naam.voornamen',
    'partners.0.naam.geslachtsnaam',
    'partners.0.naam.voorletters',
  ],
  // A surname with commas, and 27 first names giving more than 40 characters of initials.
  Lg01_441: ['naam.geslachtsnaam', 'naam.volledigeNaam'],
  Lg01_428: ['naam.voorletters'],
  // Tabel 32 names nationality 0088 'Macedonische/Burger van Noord-Macedonië': '/' is not allowed.
  Lg01_879: ['nationaliteiten.0.nationaliteit.omschrijving'],
  Lg01_891: ['nationaliteiten.0.nationaliteit.omschrijving'],
  // Address lines abroad longer than the 40 characters of regel1/adresregel1.
  Lg01_882: ['verblijfplaats.verblijfadres.regel1', 'adressering.adresregel1'],
  Lg01_895: ['verblijfplaats.verblijfadres.regel1', 'adressering.adresregel1'],
};

function decodeerAlles(): { ids: string[]; personen: Persoon[] } {
  const lijsten = persoonslijsten();
  return {
    ids: lijsten.map((pl) => pl.id),
    personen: lijsten.map((pl) => withLeeftijd(decodePersoonslijst(pl).persoon, peildatum)),
  };
}

/** Failing leaf values as 'Lg01_450 naam.voornamen'; if/then and unevaluated follow from them. */
function afwijkingen(ids: string[], personen: Persoon[]): string[] {
  validate({ type: 'RaadpleegMetBurgerservicenummer', personen });
  const gevonden = new Set<string>();
  for (const fout of validate.errors ?? []) {
    if (fout.keyword === 'if' || fout.keyword === 'unevaluatedProperties') continue;
    const [, , index, ...pad] = fout.instancePath.split('/');
    gevonden.add(`${ids[Number(index)]} ${pad.join('.')}`);
  }
  return [...gevonden].sort();
}

function vervang(persoon: Persoon, pad: string): void {
  const delen = pad.split('.');
  const laatste = delen.pop() ?? '';
  let doel = persoon as Record<string, unknown>;
  for (const deel of delen) doel = doel[deel] as Record<string, unknown>;
  doel[laatste] = 'X';
}

describe('contract: decoded persons against RaadpleegMetBurgerservicenummerResponse', () => {
  it('validates all 687 person lists, apart from the listed odd values of the test set', () => {
    const { ids, personen } = decodeerAlles();
    expect(personen).toHaveLength(687);
    const verwacht = Object.entries(BEKENDE_AFWIJKINGEN)
      .flatMap(([id, paden]) => paden.map((pad) => `${id} ${pad}`))
      .sort();
    expect(afwijkingen(ids, personen)).toEqual(verwacht);

    // With those values replaced by a plain 'X', nothing else may fail.
    for (const [id, paden] of Object.entries(BEKENDE_AFWIJKINGEN)) {
      const persoon = personen[ids.indexOf(id)];
      if (!persoon) throw new Error(`Onbekende persoonslijst ${id}`);
      for (const pad of paden) vervang(persoon, pad);
    }
    const ok = validate({ type: 'RaadpleegMetBurgerservicenummer', personen });
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('can fail: rejects a wrong date, a misspelt field, a bad pattern and an unknown subtype', () => {
    const gevallen: unknown[] = [
      { geboorte: { datum: { type: 'Datum', langFormaat: '1 mei 2000' } } },
      { geboorte: { datum: { type: 'Dag', datum: '2000-05-01', langFormaat: '1 mei 2000' } } },
      { geboorte: { datum: { type: 'JaarDatum', jaar: 2000, maand: 5, langFormaat: '2000' } } },
      { naam: { achternaam: 'Jansen' } },
      { burgerservicenummer: '12345' },
      { leeftijd: -1 },
      { verblijfplaats: { type: 'Adres', verblijfadres: { straat: 'Spui' } } },
      { verblijfplaats: { type: 'Adres', verblijfadres: { huisnummer: '31' } } },
      { nationaliteiten: [{ type: 'Nationaliteit', land: { code: '0001' } }] },
      { partners: [{ naam: { volledigeNaam: 'Jean Marie Beaudelaire' } }] },
    ];
    for (const persoon of gevallen) {
      const geldig = validate({ type: 'RaadpleegMetBurgerservicenummer', personen: [persoon] });
      expect(geldig, JSON.stringify(persoon)).toBe(false);
    }
    expect(validate({ type: 'RaadpleegMetBurgerservicenummer', personen: [{ leeftijd: 40 }] })).toBe(true);
  });
});
