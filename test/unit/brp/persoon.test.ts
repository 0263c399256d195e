import { describe, expect, it } from 'vitest';
import { decodePersoonslijst, withLeeftijd } from '../../../src/modules/registries/brp/persoon.ts';
import { persoonMetBsn, persoonslijsten } from './testset.ts';

const datum = (iso: string, langFormaat: string) => ({ type: 'Datum', datum: iso, langFormaat });

describe('decodePersoonslijst: 999993653 Suzanne Moulin', () => {
  const { persoon, ...sleutels } = persoonMetBsn('999993653');

  it('gives the search keys', () => {
    expect(sleutels).toEqual({
      bsn: '999993653',
      aNummer: '8940402024',
      gemeenteVanInschrijving: '0599',
      geslachtsnaam: 'Moulin',
      voornamen: 'Suzanne',
      geboortedatum: '1985-12-01',
    });
  });

  it('decodes name, sex and birth (foreign place without code; the set records land 5001)', () => {
    expect(persoon.naam).toEqual({
      voornamen: 'Suzanne',
      geslachtsnaam: 'Moulin',
      voorletters: 'S.',
      volledigeNaam: 'Suzanne Moulin',
      aanduidingNaamgebruik: { code: 'E', omschrijving: 'gebruik alleen de eigen naam.' },
    });
    expect(persoon.geslacht).toEqual({ code: 'V', omschrijving: 'vrouw' });
    expect(persoon.geboorte).toEqual({
      datum: datum('1985-12-01', '1 december 1985'),
      plaats: { omschrijving: 'Thann' },
      land: { code: '5001', omschrijving: 'Canada' },
    });
  });

  it('decodes the French nationality with an unknown start date', () => {
    expect(persoon.nationaliteiten).toEqual([
      {
        type: 'Nationaliteit',
        nationaliteit: { code: '0057', omschrijving: 'Franse' },
        redenOpname: { code: '301', omschrijving: 'Vaststelling bezit vreemde nationaliteit' },
        datumIngangGeldigheid: { type: 'DatumOnbekend', onbekend: true, langFormaat: 'onbekend' },
      },
    ]);
  });

  it('decodes the partner Jean Marie Beaudelaire, married 2008 in Thann', () => {
    expect(persoon.partners).toEqual([
      {
        geslacht: { code: 'M', omschrijving: 'man' },
        soortVerbintenis: { code: 'H', omschrijving: 'huwelijk' },
        naam: { voornamen: 'Jean Marie', geslachtsnaam: 'Beaudelaire', voorletters: 'J.M.' },
        geboorte: {
          datum: datum('1976-08-01', '1 augustus 1976'),
          plaats: { omschrijving: 'Saint Amarin' },
          land: { code: '5002', omschrijving: 'Frankrijk' },
        },
        aangaanHuwelijkPartnerschap: {
          datum: datum('2008-12-01', '1 december 2008'),
          plaats: { omschrijving: 'Thann' },
          land: { code: '5002', omschrijving: 'Frankrijk' },
        },
      },
    ]);
  });

  it('takes the address of the identifier row (Boterdiep 31 since 2015), not the historical Vredesplein 7', () => {
    expect(persoon.verblijfplaats).toEqual({
      type: 'Adres',
      verblijfadres: {
        officieleStraatnaam: 'Boterdiep',
        korteStraatnaam: 'Boterdiep',
        huisnummer: 31,
        postcode: '3077AW',
        woonplaats: 'Rotterdam',
      },
      functieAdres: { code: 'W', omschrijving: 'woonadres' },
      adresseerbaarObjectIdentificatie: '0599010000208579',
      nummeraanduidingIdentificatie: '0599200000219678',
      datumVan: datum('2015-08-08', '8 augustus 2015'),
      datumIngangGeldigheid: datum('2015-08-08', '8 augustus 2015'),
    });
    expect(persoon.adressering).toEqual({ adresregel1: 'Boterdiep 31', adresregel2: '3077 AW  ROTTERDAM' });
    expect(persoon.gemeenteVanInschrijving).toEqual({ code: '0599', omschrijving: 'Rotterdam' });
    expect(persoon.datumInschrijvingInGemeente).toEqual(datum('2013-11-02', '2 november 2013'));
  });

  it('decodes immigration from France, registration and both parents', () => {
    expect(persoon.immigratie).toEqual({
      landVanwaarIngeschreven: { code: '5002', omschrijving: 'Frankrijk' },
      datumVestigingInNederland: datum('2013-11-02', '2 november 2013'),
      indicatieVestigingVanuitBuitenland: true,
    });
    expect(persoon.datumEersteInschrijvingGBA).toEqual(datum('2013-11-02', '2 november 2013'));
    expect(persoon.geheimhoudingPersoonsgegevens).toBeUndefined();
    expect(persoon.ouders?.map((o) => [o.ouderAanduiding, o.naam?.geslachtsnaam, o.geslacht?.code])).toEqual([
      ['1', 'Béamont', 'V'],
      ['2', 'Moulin', 'M'],
    ]);
  });

  it('leaves leeftijd to withLeeftijd', () => {
    expect(persoon.leeftijd).toBeUndefined();
    expect(withLeeftijd(persoon, new Date(2025, 10, 30)).leeftijd).toBe(39);
    expect(withLeeftijd(persoon, new Date(2025, 11, 1)).leeftijd).toBe(40);
  });
});

describe('decodePersoonslijst: 999990639 Mattheus du Burck', () => {
  const { persoon } = persoonMetBsn('999990639');

  it('keeps the voorvoegsel apart and in the full name', () => {
    expect(persoon.naam).toMatchObject({
      voornamen: 'Mattheus',
      voorvoegsel: 'du',
      geslachtsnaam: 'Burck',
      volledigeNaam: 'Mattheus du Burck',
    });
  });

  it('lists the four children with their current data', () => {
    expect(
      persoon.kinderen?.map((k) => [k.burgerservicenummer, k.naam?.voornamen, k.naam?.voorvoegsel]),
    ).toEqual([
      ['999992387', 'Caroline Ilse', 'du'],
      ['999994736', 'Karin Monique', 'du'],
      ['999994773', 'Sasja', 'du'],
      ['999993136', 'Carsten Antonius', 'du'],
    ]);
    expect(persoon.kinderen?.[0]?.geboorte).toEqual({
      datum: datum('1950-11-11', '11 november 1950'),
      plaats: { code: '0762', omschrijving: 'Deurne' },
      land: { code: '6030', omschrijving: 'Nederland' },
    });
  });

  it('decodes the current address from the identifier row, not Maassingel from the history', () => {
    expect(persoon.verblijfplaats).toMatchObject({
      type: 'Adres',
      verblijfadres: {
        korteStraatnaam: 'Zeeruststraat',
        huisnummer: 132,
        postcode: '2584BZ',
        woonplaats: "'s-Gravenhage",
      },
    });
    expect(persoon.adressering).toEqual({
      adresregel1: 'Zeeruststraat 132',
      adresregel2: "2584 BZ  'S-GRAVENHAGE",
    });
  });
});

describe('decodePersoonslijst: other cases', () => {
  it('999990147 Margriet Buidel: deceased, bijhouding opgeschort, no leeftijd', () => {
    const { persoon } = persoonMetBsn('999990147');
    expect(persoon.overlijden).toEqual({
      datum: datum('2018-05-26', '26 mei 2018'),
      plaats: { code: '0599', omschrijving: 'Rotterdam' },
      land: { code: '6030', omschrijving: 'Nederland' },
    });
    expect(persoon.opschortingBijhouding).toEqual({
      reden: { code: 'O', omschrijving: 'overlijden' },
      datum: datum('2018-05-26', '26 mei 2018'),
    });
    expect(withLeeftijd(persoon, new Date(2025, 5, 1)).leeftijd).toBeUndefined();
  });

  it('999993409 Thea Kouwenhoven: one child, whose BSN was added later', () => {
    const { persoon } = persoonMetBsn('999993409');
    expect(persoon.kinderen).toEqual([
      {
        burgerservicenummer: '999993781',
        naam: { voornamen: 'Vanessa', geslachtsnaam: 'Groeman', voorletters: 'V.' },
        geboorte: {
          datum: datum('1993-10-08', '8 oktober 1993'),
          plaats: { code: '0518', omschrijving: "'s-Gravenhage" },
          land: { code: '6030', omschrijving: 'Nederland' },
        },
      },
    ]);
  });

  it('999999333: only a dissolved partnership, with its start taken from the history', () => {
    const [partner] = persoonMetBsn('999999333').persoon.partners ?? [];
    expect(partner).toMatchObject({
      burgerservicenummer: '999993240',
      soortVerbintenis: { code: 'P', omschrijving: 'geregistreerd partnerschap' },
      aangaanHuwelijkPartnerschap: { datum: datum('1998-02-01', '1 februari 1998') },
      ontbindingHuwelijkPartnerschap: { datum: datum('2000-03-08', '8 maart 2000') },
    });
  });

  it('999996277: a current partner wins over a dissolved one', () => {
    const partners = persoonMetBsn('999996277').persoon.partners;
    expect(partners?.map((p) => p.naam?.geslachtsnaam)).toEqual(['Jacobs']);
  });

  it('999992806: year-only birth date, ended nationalities left out, vastgesteld niet-Nederlander', () => {
    const decoded = persoonMetBsn('999992806');
    expect(decoded.geboortedatum).toBeNull();
    expect(decoded.persoon.geboorte?.datum).toEqual({ type: 'JaarDatum', jaar: 1968, langFormaat: '1968' });
    expect(decoded.persoon.nationaliteiten?.map((n) => n.type)).toEqual([
      'Nationaliteit',
      'VastgesteldNietNederlander',
    ]);
  });

  it('999992570: 08.83.10 = 089999 marks vastgesteld verblijft niet op adres', () => {
    const { persoon } = persoonMetBsn('999992570');
    expect(persoon.verblijfplaats).toMatchObject({
      type: 'Adres',
      indicatieVastgesteldVerblijftNietOpAdres: true,
    });
    expect(persoon.adressering?.indicatieVastgesteldVerblijftNietOpAdres).toBe(true);
  });

  it('999995121: an address abroad', () => {
    const { persoon } = persoonMetBsn('999995121');
    expect(persoon.verblijfplaats?.type).toBe('VerblijfplaatsBuitenland');
    expect(persoon.adressering?.land).toEqual({ code: '5002', omschrijving: 'Frankrijk' });
  });
});

describe('decodePersoonslijst over the whole set', () => {
  const alle = persoonslijsten().map(decodePersoonslijst);

  it('registers the persons in these municipalities', () => {
    const perGemeente = new Map<string | null, number>();
    for (const p of alle)
      perGemeente.set(p.gemeenteVanInschrijving, (perGemeente.get(p.gemeenteVanInschrijving) ?? 0) + 1);
    expect(perGemeente.size).toBe(42);
    expect(Object.fromEntries([...perGemeente].filter(([, n]) => n >= 29))).toEqual({
      '0518': 176,
      '0599': 141,
      '0363': 117,
      '1999': 72,
      '0530': 44,
      '0344': 31,
      '1810': 29,
    });
  });

  it('has a BSN for all but two lists, and a few BSNs twice (the set is made for testing)', () => {
    expect(alle.filter((p) => p.bsn === null)).toHaveLength(2);
    const bsns = alle.map((p) => p.bsn).filter((b) => b !== null);
    expect(bsns.length - new Set(bsns).size).toBe(5);
  });

  it('decodes a code missing from a table to itself rather than failing', () => {
    const toetsoog = alle.find((p) => p.gemeenteVanInschrijving === '1810');
    expect(toetsoog?.persoon.gemeenteVanInschrijving).toEqual({ code: '1810', omschrijving: '1810' });
  });
});
