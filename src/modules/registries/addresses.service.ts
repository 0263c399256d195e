import type { Db } from '../../platform/db/types.ts';
import type { Adres, AdresAdapter } from './addresses.adapter.ts';
import { bewoningOpAdres, type Bewoning, type Drempels } from './occupancy.ts';

export type { Adres, AdresAdapter } from './addresses.adapter.ts';

export type ZoekResultaat =
  | { ok: true; adres: Adres }
  /** The number has several additions and the one typed (or none) does not pick one: ask which. */
  | { ok: false; code: 'meerdere'; opties: Adres[] }
  | { ok: false; code: 'postcode' | 'huisnummer' | 'onbekend' };

/** '3011 ad' → '3011AD'; undefined unless four digits not starting with 0 and two letters. */
export function normalisePostcode(input: string): string | undefined {
  const pc = input.replace(/\s+/g, '').toUpperCase();
  return /^[1-9]\d{3}[A-Z]{2}$/.test(pc) ? pc : undefined;
}

/**
 * A house number from a form field: 1 to 99999. A citizen who types the addition in the same
 * field ('40A', '40 A-2') gets it split off rather than refused.
 */
export function parseHuisnummer(
  input: number | string,
): { huisnummer: number; toevoeging: string } | undefined {
  const text = typeof input === 'number' ? (Number.isInteger(input) ? String(input) : '') : input;
  const m = /^(\d+)\s*-?\s*(.*)$/.exec(text.trim());
  if (!m) return undefined;
  const huisnummer = Number(m[1]);
  if (!Number.isInteger(huisnummer) || huisnummer < 1 || huisnummer > 99999) return undefined;
  return { huisnummer, toevoeging: m[2] ?? '' };
}

/**
 * What a citizen types after the number ('A', 'a 2', '-2', 'bis') in a form comparable with
 * huisletter + huisnummertoevoeging: upper case, without spaces, hyphens, dots or slashes.
 */
export function normaliseToevoeging(input: string): string {
  return input.replace(/[\s\-./]+/g, '').toUpperCase();
}

/** The addition as written after the number: a letter after a space, a toevoeging after a hyphen. */
export function toevoegingVan(adres: Pick<Adres, 'huisletter' | 'huisnummertoevoeging'>): string {
  const letter = adres.huisletter ?? '';
  const toevoeging = adres.huisnummertoevoeging ?? '';
  return `${letter}${toevoeging !== '' ? `-${toevoeging}` : ''}`;
}

/**
 * Picks the address meant among those on one number. The typed addition is compared with
 * huisletter and huisnummertoevoeging together, because a citizen cannot tell them apart:
 * Amsterdam's '14-H' is a toevoeging, The Hague's '7 A' a huisletter.
 */
export function kiesAdres(kandidaten: Adres[], toevoeging: string): ZoekResultaat {
  if (kandidaten.length === 0) return { ok: false, code: 'onbekend' };
  const getypt = normaliseToevoeging(toevoeging);
  const passend = kandidaten.filter((a) => normaliseToevoeging(toevoegingVan(a)) === getypt);
  const [enige] = passend;
  if (passend.length === 1 && enige) return { ok: true, adres: enige };
  if (getypt === '' && kandidaten.length === 1 && kandidaten[0]) return { ok: true, adres: kandidaten[0] };
  if (getypt === '' || passend.length > 1)
    return { ok: false, code: 'meerdere', opties: passend.length > 1 ? passend : kandidaten };
  return { ok: false, code: 'onbekend' };
}

/** 'Coolsingel 40 A, 3011 AD Rotterdam'. */
export function adresRegel(
  adres: Pick<
    Adres,
    'straat' | 'huisnummer' | 'huisletter' | 'huisnummertoevoeging' | 'postcode' | 'woonplaats'
  >,
): string {
  const toevoeging = toevoegingVan(adres);
  const nummer = `${adres.huisnummer}${adres.huisletter !== null ? ' ' : ''}${toevoeging}`;
  const postcode = adres.postcode.replace(/^(\d{4})([A-Z]{2})$/i, '$1 $2');
  return `${adres.straat} ${nummer}, ${postcode} ${adres.woonplaats}`;
}

export function addressesService(deps: { db: Db; adapter: AdresAdapter; drempels?: Partial<Drempels> }) {
  const { db, adapter } = deps;
  return {
    /** Looks up the address a citizen typed; the failure codes name the field to correct. */
    async zoek(postcode: string, huisnummer: number | string, toevoeging?: string): Promise<ZoekResultaat> {
      const pc = normalisePostcode(postcode);
      if (pc === undefined) return { ok: false, code: 'postcode' };
      const nr = parseHuisnummer(huisnummer);
      if (nr === undefined) return { ok: false, code: 'huisnummer' };
      const kandidaten = await adapter.zoek({ postcode: pc, huisnummer: nr.huisnummer });
      return kiesAdres(kandidaten, toevoeging ?? nr.toevoeging);
    },

    /** The occupancy signal for `aantalErbij` persons moving in: for a human to look at, never a refusal. */
    bewoning: (adres: Adres, aantalErbij: number): Promise<Bewoning> =>
      bewoningOpAdres(db, adres, aantalErbij, deps.drempels),
  };
}

export type AddressesService = ReturnType<typeof addressesService>;
