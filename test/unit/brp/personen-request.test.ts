import { describe, expect, it } from 'vitest';
import { parsePersonenQuery } from '../../../src/modules/registries/brp/personen-request.ts';

const raadpleeg = (extra: Record<string, unknown> = {}) => ({
  type: 'RaadpleegMetBurgerservicenummer',
  burgerservicenummer: ['999993653'],
  fields: ['naam'],
  ...extra,
});
const zoek = (extra: Record<string, unknown> = {}) => ({
  type: 'ZoekMetGeslachtsnaamEnGeboortedatum',
  geslachtsnaam: 'Moulin',
  geboortedatum: '1985-12-01',
  fields: ['burgerservicenummer'],
  ...extra,
});

const fouten = (body: unknown) => {
  const result = parsePersonenQuery(body);
  return result.ok ? [] : result.invalidParams;
};

describe('parsePersonenQuery: RaadpleegMetBurgerservicenummer', () => {
  it('accepts 1 to 20 BSNs with fields and an optional gemeenteVanInschrijving', () => {
    const body = raadpleeg({ gemeenteVanInschrijving: '0599' });
    expect(parsePersonenQuery(body)).toEqual({ ok: true, query: body });
    const twintig = Array.from({ length: 20 }, (_, i) => String(999990000 + i));
    expect(parsePersonenQuery(raadpleeg({ burgerservicenummer: twintig })).ok).toBe(true);
  });

  it('requires fields', () => {
    const { fields: _weg, ...zonderFields } = raadpleeg();
    expect(fouten(zonderFields)).toEqual([
      { name: 'fields', code: 'required', reason: 'Parameter is verplicht.' },
    ]);
    expect(fouten(raadpleeg({ fields: 'naam,geslacht' }))).toEqual([
      { name: 'fields', code: 'array', reason: 'Parameter is geen array.' },
    ]);
    expect(fouten(raadpleeg({ fields: [] }))).toEqual([
      { name: 'fields', code: 'minItems', reason: 'Array bevat minder dan 1 items.' },
    ]);
  });

  it('checks the burgerservicenummer list', () => {
    const { burgerservicenummer: _weg, ...zonder } = raadpleeg();
    expect(fouten(zonder)).toEqual([
      { name: 'burgerservicenummer', code: 'required', reason: 'Parameter is verplicht.' },
    ]);
    expect(fouten(raadpleeg({ burgerservicenummer: [] }))).toEqual([
      { name: 'burgerservicenummer', code: 'minItems', reason: 'Array bevat minder dan 1 items.' },
    ]);
    expect(fouten(raadpleeg({ burgerservicenummer: Array.from({ length: 21 }, () => '999993653') }))).toEqual(
      [{ name: 'burgerservicenummer', code: 'maxItems', reason: 'Array bevat meer dan 20 items.' }],
    );
    expect(fouten(raadpleeg({ burgerservicenummer: '999993653,999990639' }))).toEqual([
      { name: 'burgerservicenummer', code: 'array', reason: 'Parameter is geen array.' },
    ]);
    expect(
      fouten(raadpleeg({ burgerservicenummer: ['1234567890', '999993653', '12345678', 999990639] })),
    ).toEqual(
      [0, 2, 3].map((i) => ({
        name: `burgerservicenummer[${i}]`,
        code: 'pattern',
        reason: 'Waarde voldoet niet aan patroon ^[0-9]{9}$.',
      })),
    );
  });

  it('checks gemeenteVanInschrijving, field paths and unknown parameters', () => {
    expect(
      fouten(raadpleeg({ gemeenteVanInschrijving: '599', fields: ['naam', 'anummer'], voornamen: 'Piet' })),
    ).toEqual([
      {
        name: 'gemeenteVanInschrijving',
        code: 'pattern',
        reason: 'Waarde voldoet niet aan patroon ^[0-9]{4}$.',
      },
      { name: 'fields[1]', code: 'fields', reason: 'Parameter bevat een niet bestaande veldnaam.' },
      { name: 'voornamen', code: 'unknownParam', reason: 'Parameter is niet verwacht.' },
    ]);
  });
});

describe('parsePersonenQuery: ZoekMetGeslachtsnaamEnGeboortedatum', () => {
  it('accepts the required and optional parameters', () => {
    const body = zoek({
      voornamen: 'Suz*',
      voorvoegsel: 'van der',
      geslacht: 'v',
      inclusiefOverledenPersonen: true,
      gemeenteVanInschrijving: '0599',
    });
    expect(parsePersonenQuery(body)).toEqual({ ok: true, query: body });
  });

  it('requires geslachtsnaam and geboortedatum, also when given as empty strings', () => {
    expect(fouten({ type: 'ZoekMetGeslachtsnaamEnGeboortedatum', fields: ['naam'] })).toEqual([
      { name: 'geslachtsnaam', code: 'required', reason: 'Parameter is verplicht.' },
      { name: 'geboortedatum', code: 'required', reason: 'Parameter is verplicht.' },
    ]);
    expect(fouten(zoek({ geslachtsnaam: '', geboortedatum: '' })).map((f) => f.code)).toEqual([
      'required',
      'required',
    ]);
  });

  it('wants a full ISO date', () => {
    for (const geboortedatum of ['19851201', '1 december 1985', '1985-02-30', '1985-12']) {
      expect(fouten(zoek({ geboortedatum }))).toEqual([
        { name: 'geboortedatum', code: 'date', reason: 'Waarde is geen geldige datum.' },
      ]);
    }
  });

  it('allows a wildcard at the end of a geslachtsnaam of at least 3 characters', () => {
    expect(fouten(zoek({ geslachtsnaam: 'Mou*' }))).toEqual([]);
    expect(fouten(zoek({ geslachtsnaam: "d'Ancona-Van der Berg" }))).toEqual([]);
    for (const geslachtsnaam of ['*sen', 'gr*t', 'ab*', '*', 'gr**', '<script>', 'a'.repeat(201)]) {
      expect(fouten(zoek({ geslachtsnaam })), geslachtsnaam).toEqual([
        {
          name: 'geslachtsnaam',
          code: 'pattern',
          reason:
            "Waarde voldoet niet aan patroon ^[a-zA-Z0-9À-ž \\.\\-\\']{1,200}$|^[a-zA-Z0-9À-ž \\.\\-\\']{3,199}\\*{1}$.",
        },
      ]);
    }
  });

  it('allows a wildcard at the end of voornamen, never at the start', () => {
    expect(fouten(zoek({ voornamen: 'S*' }))).toEqual([]);
    expect(fouten(zoek({ voornamen: '*iet' })).map((f) => [f.name, f.code])).toEqual([
      ['voornamen', 'pattern'],
    ]);
  });

  it('checks geslacht, voorvoegsel and inclusiefOverledenPersonen', () => {
    expect(
      fouten(zoek({ geslacht: 'N', voorvoegsel: 'van der Berg', inclusiefOverledenPersonen: 'ja' })),
    ).toEqual([
      { name: 'inclusiefOverledenPersonen', code: 'boolean', reason: 'Waarde is geen boolean.' },
      { name: 'geslacht', code: 'pattern', reason: 'Waarde voldoet niet aan patroon ^([Mm]|[Vv]|[Oo])$.' },
      {
        name: 'voorvoegsel',
        code: 'pattern',
        reason: "Waarde voldoet niet aan patroon ^[a-zA-Z \\']{1,10}$.",
      },
    ]);
  });

  it('allows only the fields of the limited PersoonBeperkt', () => {
    expect(fouten(zoek({ fields: ['naam.volledigeNaam', 'adressering.adresregel1', 'leeftijd'] }))).toEqual(
      [],
    );
    expect(fouten(zoek({ fields: ['burgerservicenummer', 'aNummer'] }))).toEqual([
      { name: 'fields[1]', code: 'fields', reason: 'Parameter bevat een niet bestaande veldnaam.' },
    ]);
  });

  it('refuses parameters of another search type and typos', () => {
    expect(fouten(zoek({ postcode: '1234AB', voorvoegsels: 'van' }))).toEqual([
      { name: 'postcode', code: 'unknownParam', reason: 'Parameter is niet verwacht.' },
      { name: 'voorvoegsels', code: 'unknownParam', reason: 'Parameter is niet verwacht.' },
    ]);
  });
});

describe('parsePersonenQuery: type', () => {
  it('requires a type and knows only the search types of the spec', () => {
    expect(fouten({ fields: ['naam'] })).toEqual([
      { name: 'type', code: 'required', reason: 'Parameter is verplicht.' },
    ]);
    expect(fouten(null)).toEqual([{ name: 'type', code: 'required', reason: 'Parameter is verplicht.' }]);
    expect(fouten(raadpleeg({ type: 'ZoekMetBsn' }))).toEqual([
      { name: 'type', code: 'value', reason: 'Waarde is geen geldig zoek type.' },
    ]);
    expect(fouten(raadpleeg({ type: 'toString' }))[0]?.code).toBe('value');
  });

  it('validates the other search types too', () => {
    expect(
      fouten({ type: 'ZoekMetPostcodeEnHuisnummer', postcode: '3077 AW', huisnummer: 31, fields: ['naam'] }),
    ).toEqual([]);
    expect(
      fouten({ type: 'ZoekMetPostcodeEnHuisnummer', postcode: '0077AW', huisnummer: 0, fields: ['naam'] }),
    ).toEqual([
      {
        name: 'postcode',
        code: 'pattern',
        reason: 'Waarde voldoet niet aan patroon ^[1-9]{1}[0-9]{3}[ ]?[A-Za-z]{2}$.',
      },
      { name: 'huisnummer', code: 'minimum', reason: 'Waarde is lager dan minimum 1.' },
    ]);
    expect(
      fouten({
        type: 'ZoekMetNaamEnGemeenteVanInschrijving',
        geslachtsnaam: 'Moulin',
        voornamen: 'S*',
        gemeenteVanInschrijving: '0599',
        fields: ['naam'],
      }).map((f) => [f.name, f.code]),
    ).toEqual([['voornamen', 'pattern']]);
    expect(
      fouten({
        type: 'ZoekMetStraatHuisnummerEnGemeenteVanInschrijving',
        straat: 'Boterd*',
        huisnummer: '31',
        gemeenteVanInschrijving: '0599',
        fields: ['naam'],
      }),
    ).toEqual([
      {
        name: 'straat',
        code: 'pattern',
        reason:
          "Waarde voldoet niet aan patroon ^[a-zA-Z0-9À-ž \\-\\'\\.]{1,80}$|^[a-zA-Z0-9À-ž \\-\\'\\.]{7,79}\\*{1}$|^\\*{1}[a-zA-Z0-9À-ž \\-\\'\\.]{7,79}$.",
      },
      { name: 'huisnummer', code: 'integer', reason: 'Waarde is geen geldig getal.' },
    ]);
    expect(
      fouten({
        type: 'ZoekMetNummeraanduidingIdentificatie',
        nummeraanduidingIdentificatie: '0000000000000000',
        fields: ['naam'],
      })[0]?.code,
    ).toBe('pattern');
    expect(
      fouten({
        type: 'ZoekMetAdresseerbaarObjectIdentificatie',
        adresseerbaarObjectIdentificatie: '0599010000208579',
        fields: ['gezag', 'naam'],
      }),
    ).toEqual([]);
  });
});
