/**
 * The `fields` parameter of Haal Centraal BRP Personen v2: which paths a caller may ask for,
 * and cutting a Persoon down to them. Rules (spec and its feature files):
 * - a path is the dot-joined names from the root ('naam.voornamen', 'partners.naam.geslachtsnaam');
 *   collections take no index;
 * - asking for part of a Waardetabel (code, omschrijving) or of a date (type, datum, jaar, maand,
 *   onbekend, langFormaat) returns the whole value;
 * - the fields the API always adds (inOnderzoek, geheimhoudingPersoonsgegevens,
 *   opschortingBijhouding, rni, verificatie) may not be asked for, and are delivered anyway;
 * - a requested field without value is left out; an element of a collection stays, if need be
 *   as an empty object, so the caller still sees how many there are.
 */
import { ALIASSEN, BOMEN, DELEN, type FieldsSoort, type Groep, type Veld } from './fields-boom.ts';
import type { Persoon } from './persoon.ts';

export type { FieldsSoort } from './fields-boom.ts';

export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

export const FIELD_PATROON = '^[a-zA-Z0-9\\._]{1,200}$';
const FIELD_REGEX = new RegExp(FIELD_PATROON);

/** Checks a fields list; an empty result means valid. Names follow HC: 'fields[1]'. */
export function validateFields(fields: readonly unknown[], soort: FieldsSoort = 'Persoon'): InvalidParam[] {
  if (fields.length === 0)
    return [{ name: 'fields', code: 'minItems', reason: 'Array bevat minder dan 1 items.' }];
  if (fields.length > 130)
    return [{ name: 'fields', code: 'maxItems', reason: 'Array bevat meer dan 130 items.' }];
  const fouten: InvalidParam[] = [];
  fields.forEach((veld, i) => {
    const name = `fields[${i}]`;
    if (typeof veld !== 'string' || !FIELD_REGEX.test(veld)) {
      fouten.push({ name, code: 'pattern', reason: `Waarde voldoet niet aan patroon ${FIELD_PATROON}.` });
    } else if (!bestaat(BOMEN[soort], veld.split('.'))) {
      fouten.push({ name, code: 'fields', reason: 'Parameter bevat een niet bestaande veldnaam.' });
    }
  });
  return fouten;
}

function bestaat(veld: Veld, pad: readonly string[]): boolean {
  const [naam, ...rest] = pad;
  if (naam === undefined) return true;
  if (typeof veld === 'string') return veld !== 'waarde' && rest.length === 0 && DELEN[veld].includes(naam);
  if (naam === 'type' && veld.metType) return rest.length === 0;
  const kind = veld.velden[naam];
  return kind !== undefined && bestaat(kind, rest);
}

/** All valid paths for one kind of response, for documentation and tests. */
export function fieldPaden(soort: FieldsSoort = 'Persoon'): string[] {
  const paden: string[] = [];
  const loop = (g: Groep, prefix: string) => {
    if (g.metType) paden.push(`${prefix}type`);
    for (const [naam, kind] of Object.entries(g.velden)) {
      paden.push(`${prefix}${naam}`);
      if (typeof kind === 'string') {
        if (kind !== 'waarde') paden.push(...DELEN[kind].map((deel) => `${prefix}${naam}.${deel}`));
      } else loop(kind, `${prefix}${naam}.`);
    }
  };
  loop(BOMEN[soort], '');
  return paden;
}

type Json = Record<string, unknown>;

/**
 * Cuts the person down to the requested paths (assumed valid, see validateFields), plus what
 * the API always delivers. The aliases verblijfplaatsBinnenland and adresseringBinnenland
 * select from verblijfplaats and adressering, but only for a domestic address or location.
 */
export function selectFields(
  persoon: Persoon,
  fields: readonly string[],
  soort: FieldsSoort = 'Persoon',
): Partial<Persoon> {
  const bron = persoon as Json;
  const binnenland = persoon.verblijfplaats?.type === 'Adres' || persoon.verblijfplaats?.type === 'Locatie';
  let resultaat: Json = {};
  for (const veld of fields) {
    const [wortel = '', ...rest] = veld.split('.');
    const alias = ALIASSEN[wortel];
    if (alias !== undefined && !binnenland) continue;
    const kind = BOMEN[soort].velden[wortel];
    if (kind === undefined) continue;
    const naam = alias ?? wortel;
    const gekozen = selecteer(bron[naam], kind, rest);
    if (gekozen !== undefined) resultaat = voegSamen(resultaat, { [naam]: gekozen });
  }
  for (const naam of BOMEN[soort].automatisch ?? []) {
    if (bron[naam] !== undefined) resultaat[naam] = bron[naam];
  }
  return resultaat;
}

function selecteer(waarde: unknown, veld: Veld, pad: readonly string[]): unknown {
  if (waarde === undefined || typeof veld === 'string') return waarde;
  if (veld.lijst) {
    return Array.isArray(waarde)
      ? waarde.map((item) => selecteerObject(item as Json, veld, pad) ?? {})
      : undefined;
  }
  return selecteerObject(waarde as Json, veld, pad);
}

function selecteerObject(obj: Json, veld: Groep, pad: readonly string[]): Json | undefined {
  const [naam, ...rest] = pad;
  if (naam === undefined) return obj;
  const uit: Json = {};
  if (veld.metType && obj.type !== undefined) uit.type = obj.type;
  const kind = veld.velden[naam];
  if (kind !== undefined) {
    const gekozen = selecteer(obj[naam], kind, rest);
    if (gekozen !== undefined) uit[naam] = gekozen;
  }
  if (Object.keys(uit).length === 0) return undefined;
  for (const auto of veld.automatisch ?? []) if (obj[auto] !== undefined) uit[auto] = obj[auto];
  return uit;
}

function voegSamen(a: unknown, b: unknown): Json {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.map((item: unknown, i) => voegSamen(item, b[i])) as unknown as Json;
  }
  if (isJson(a) && isJson(b)) {
    const uit: Json = { ...a };
    for (const [k, v] of Object.entries(b)) uit[k] = k in uit ? voegSamen(uit[k], v) : v;
    return uit;
  }
  return (b ?? a) as Json;
}

function isJson(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
