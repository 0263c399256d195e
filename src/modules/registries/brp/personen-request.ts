/**
 * Validation of the POST /personen body (PersonenQuery) of Haal Centraal BRP Personen v2,
 * with the parameter constraints of the spec and the error codes and reasons of the Haal
 * Centraal reference implementation (required, pattern, date, boolean, integer, minimum,
 * maximum, array, minItems, maxItems, unknownParam, value for an unknown type, fields).
 */
import { validateFields, type FieldsSoort, type InvalidParam } from './fields.ts';

export type { InvalidParam } from './fields.ts';

interface Basis {
  fields: string[];
  gemeenteVanInschrijving?: string;
}
interface MetOverledenen {
  inclusiefOverledenPersonen?: boolean;
}
export interface RaadpleegMetBurgerservicenummer extends Basis {
  type: 'RaadpleegMetBurgerservicenummer';
  burgerservicenummer: string[];
}
export interface ZoekMetGeslachtsnaamEnGeboortedatum extends Basis, MetOverledenen {
  type: 'ZoekMetGeslachtsnaamEnGeboortedatum';
  geslachtsnaam: string;
  geboortedatum: string;
  voornamen?: string;
  voorvoegsel?: string;
  geslacht?: string;
}
export interface ZoekMetNaamEnGemeenteVanInschrijving extends Basis, MetOverledenen {
  type: 'ZoekMetNaamEnGemeenteVanInschrijving';
  geslachtsnaam: string;
  voornamen: string;
  gemeenteVanInschrijving: string;
  voorvoegsel?: string;
  geslacht?: string;
}
export interface ZoekMetPostcodeEnHuisnummer extends Basis, MetOverledenen {
  type: 'ZoekMetPostcodeEnHuisnummer';
  postcode: string;
  huisnummer: number;
  huisletter?: string;
  huisnummertoevoeging?: string;
  geboortedatum?: string;
  geslachtsnaam?: string;
}
export interface ZoekMetStraatHuisnummerEnGemeenteVanInschrijving extends Basis, MetOverledenen {
  type: 'ZoekMetStraatHuisnummerEnGemeenteVanInschrijving';
  straat: string;
  huisnummer: number;
  gemeenteVanInschrijving: string;
  huisletter?: string;
  huisnummertoevoeging?: string;
}
export interface ZoekMetNummeraanduidingIdentificatie extends Basis, MetOverledenen {
  type: 'ZoekMetNummeraanduidingIdentificatie';
  nummeraanduidingIdentificatie: string;
}
export interface ZoekMetAdresseerbaarObjectIdentificatie extends Basis, MetOverledenen {
  type: 'ZoekMetAdresseerbaarObjectIdentificatie';
  adresseerbaarObjectIdentificatie: string;
}
export type PersonenQuery =
  | RaadpleegMetBurgerservicenummer
  | ZoekMetGeslachtsnaamEnGeboortedatum
  | ZoekMetNaamEnGemeenteVanInschrijving
  | ZoekMetPostcodeEnHuisnummer
  | ZoekMetStraatHuisnummerEnGemeenteVanInschrijving
  | ZoekMetNummeraanduidingIdentificatie
  | ZoekMetAdresseerbaarObjectIdentificatie;

export type ParseResult = { ok: true; query: PersonenQuery } | { ok: false; invalidParams: InvalidParam[] };

type Parameter =
  | { soort: 'tekst'; patroon: string }
  | { soort: 'datum' }
  | { soort: 'boolean' }
  | { soort: 'huisnummer' }
  | { soort: 'bsnLijst' };

// Patterns copied from the spec: the wildcard rules (geslachtsnaam and voornamen verplicht
// from 3 characters plus a final '*', straat from 7 with a '*' at either end, voornamen
// optioneel with a final '*') are part of them.
const NAAM = "^[a-zA-Z0-9À-ž \\.\\-\\']{1,200}$|^[a-zA-Z0-9À-ž \\.\\-\\']{3,199}\\*{1}$";
const PARAMETERS: Record<string, Parameter> = {
  burgerservicenummer: { soort: 'bsnLijst' },
  gemeenteVanInschrijving: { soort: 'tekst', patroon: '^[0-9]{4}$' },
  inclusiefOverledenPersonen: { soort: 'boolean' },
  geboortedatum: { soort: 'datum' },
  geslachtsnaam: { soort: 'tekst', patroon: NAAM },
  geslacht: { soort: 'tekst', patroon: '^([Mm]|[Vv]|[Oo])$' },
  voorvoegsel: { soort: 'tekst', patroon: "^[a-zA-Z \\']{1,10}$" },
  voornamen: { soort: 'tekst', patroon: "^[a-zA-Z0-9À-ž \\.\\-\\']{1,199}\\*{0,1}$" },
  voornamenVerplicht: { soort: 'tekst', patroon: NAAM },
  postcode: { soort: 'tekst', patroon: '^[1-9]{1}[0-9]{3}[ ]?[A-Za-z]{2}$' },
  huisnummer: { soort: 'huisnummer' },
  huisletter: { soort: 'tekst', patroon: '^[a-zA-Z]{1}$' },
  huisnummertoevoeging: { soort: 'tekst', patroon: '^[a-zA-Z0-9 \\-]{1,4}$' },
  straat: {
    soort: 'tekst',
    patroon:
      "^[a-zA-Z0-9À-ž \\-\\'\\.]{1,80}$|^[a-zA-Z0-9À-ž \\-\\'\\.]{7,79}\\*{1}$|^\\*{1}[a-zA-Z0-9À-ž \\-\\'\\.]{7,79}$",
  },
  nummeraanduidingIdentificatie: { soort: 'tekst', patroon: '^(?!0{16})[0-9]{16}$' },
  adresseerbaarObjectIdentificatie: { soort: 'tekst', patroon: '^(?!0{16})[0-9]{16}$' },
};

interface Zoektype {
  verplicht: readonly string[];
  optioneel: readonly string[];
  fields: FieldsSoort;
}
const OVERLEDEN = 'inclusiefOverledenPersonen';
const ZOEKTYPES: Record<PersonenQuery['type'], Zoektype> = {
  RaadpleegMetBurgerservicenummer: { verplicht: ['burgerservicenummer'], optioneel: [], fields: 'Persoon' },
  ZoekMetGeslachtsnaamEnGeboortedatum: {
    verplicht: ['geslachtsnaam', 'geboortedatum'],
    optioneel: [OVERLEDEN, 'geslacht', 'voorvoegsel', 'voornamen'],
    fields: 'PersoonBeperkt',
  },
  ZoekMetNaamEnGemeenteVanInschrijving: {
    verplicht: ['geslachtsnaam', 'voornamen', 'gemeenteVanInschrijving'],
    optioneel: [OVERLEDEN, 'geslacht', 'voorvoegsel'],
    fields: 'PersoonBeperkt',
  },
  ZoekMetPostcodeEnHuisnummer: {
    verplicht: ['postcode', 'huisnummer'],
    optioneel: [OVERLEDEN, 'huisletter', 'huisnummertoevoeging', 'geboortedatum', 'geslachtsnaam'],
    fields: 'PersoonBeperkt',
  },
  ZoekMetStraatHuisnummerEnGemeenteVanInschrijving: {
    verplicht: ['straat', 'huisnummer', 'gemeenteVanInschrijving'],
    optioneel: [OVERLEDEN, 'huisletter', 'huisnummertoevoeging'],
    fields: 'PersoonBeperkt',
  },
  ZoekMetNummeraanduidingIdentificatie: {
    verplicht: ['nummeraanduidingIdentificatie'],
    optioneel: [OVERLEDEN],
    fields: 'PersoonBeperkt',
  },
  ZoekMetAdresseerbaarObjectIdentificatie: {
    verplicht: ['adresseerbaarObjectIdentificatie'],
    optioneel: [OVERLEDEN],
    fields: 'GezagPersoonBeperkt',
  },
};

const fout = (name: string, code: string, reason: string): InvalidParam => ({ name, code, reason });

/** Validates a POST /personen body; on success the body is the typed query. */
export function parsePersonenQuery(body: unknown): ParseResult {
  const invoer: Record<string, unknown> =
    typeof body === 'object' && body !== null && !Array.isArray(body) ? { ...body } : {};
  const { type } = invoer;
  if (type === undefined || type === null || type === '') {
    return { ok: false, invalidParams: [fout('type', 'required', 'Parameter is verplicht.')] };
  }
  const zoektype =
    typeof type === 'string' && Object.hasOwn(ZOEKTYPES, type)
      ? ZOEKTYPES[type as PersonenQuery['type']]
      : undefined;
  if (!zoektype)
    return { ok: false, invalidParams: [fout('type', 'value', 'Waarde is geen geldig zoek type.')] };

  const fouten: InvalidParam[] = [];
  const bekend = new Set([
    'type',
    'fields',
    'gemeenteVanInschrijving',
    ...zoektype.verplicht,
    ...zoektype.optioneel,
  ]);
  for (const naam of new Set([...zoektype.verplicht, ...zoektype.optioneel, 'gemeenteVanInschrijving'])) {
    const verplicht = zoektype.verplicht.includes(naam);
    const spec = naam === 'voornamen' && verplicht ? PARAMETERS.voornamenVerplicht : PARAMETERS[naam];
    if (spec) fouten.push(...controleer(naam, invoer[naam], spec, verplicht));
  }
  fouten.push(...controleerFields(invoer.fields, zoektype.fields));
  for (const naam of Object.keys(invoer)) {
    if (!bekend.has(naam)) fouten.push(fout(naam, 'unknownParam', 'Parameter is niet verwacht.'));
  }
  if (fouten.length > 0) return { ok: false, invalidParams: fouten };
  // Every property was checked against the parameter table of its type above.
  return { ok: true, query: invoer as unknown as PersonenQuery };
}

function controleer(naam: string, waarde: unknown, spec: Parameter, verplicht: boolean): InvalidParam[] {
  if (waarde === undefined || waarde === null)
    return verplicht ? [fout(naam, 'required', 'Parameter is verplicht.')] : [];
  // An empty string counts as not given for a required parameter, as a wrong value otherwise.
  if (waarde === '' && verplicht) return [fout(naam, 'required', 'Parameter is verplicht.')];
  switch (spec.soort) {
    case 'tekst':
      if (typeof waarde !== 'string') return [fout(naam, 'string', 'Waarde is geen geldige string.')];
      return new RegExp(spec.patroon).test(waarde)
        ? []
        : [fout(naam, 'pattern', `Waarde voldoet niet aan patroon ${spec.patroon}.`)];
    case 'datum':
      return typeof waarde === 'string' && isDatum(waarde)
        ? []
        : [fout(naam, 'date', 'Waarde is geen geldige datum.')];
    case 'boolean':
      return typeof waarde === 'boolean' ? [] : [fout(naam, 'boolean', 'Waarde is geen boolean.')];
    case 'huisnummer':
      if (typeof waarde !== 'number' || !Number.isInteger(waarde)) {
        return [fout(naam, 'integer', 'Waarde is geen geldig getal.')];
      }
      if (waarde < 1) return [fout(naam, 'minimum', 'Waarde is lager dan minimum 1.')];
      return waarde > 99999 ? [fout(naam, 'maximum', 'Waarde is hoger dan maximum 99999.')] : [];
    case 'bsnLijst':
      return controleerBsns(naam, waarde);
  }
}

function controleerBsns(naam: string, waarde: unknown): InvalidParam[] {
  if (!Array.isArray(waarde)) return [fout(naam, 'array', 'Parameter is geen array.')];
  if (waarde.length < 1) return [fout(naam, 'minItems', 'Array bevat minder dan 1 items.')];
  if (waarde.length > 20) return [fout(naam, 'maxItems', 'Array bevat meer dan 20 items.')];
  return waarde.flatMap((bsn: unknown, i) =>
    typeof bsn === 'string' && /^[0-9]{9}$/.test(bsn)
      ? []
      : [fout(`${naam}[${i}]`, 'pattern', 'Waarde voldoet niet aan patroon ^[0-9]{9}$.')],
  );
}

function controleerFields(fields: unknown, soort: FieldsSoort): InvalidParam[] {
  if (fields === undefined || fields === null) return [fout('fields', 'required', 'Parameter is verplicht.')];
  if (!Array.isArray(fields)) return [fout('fields', 'array', 'Parameter is geen array.')];
  return validateFields(fields, soort);
}

/** A full calendar date in ISO 8601 form, as `format: date` requires. */
function isDatum(waarde: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(waarde);
  if (!match) return false;
  const [jaar, maand, dag] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const datum = new Date(Date.UTC(jaar, maand - 1, dag));
  return datum.getUTCFullYear() === jaar && datum.getUTCMonth() === maand - 1 && datum.getUTCDate() === dag;
}
