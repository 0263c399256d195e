import type { Db } from '../../platform/db/types.ts';
import { unavailable } from '../../platform/errors.ts';
import * as repo from './addresses.repository.ts';

/** An address as the address registry (BAG) holds it, with what the occupancy signal needs. */
export interface Adres {
  nummeraanduidingId: string;
  adresseerbaarObjectId: string;
  /** CBS code of the municipality the address lies in (not necessarily on Loket). */
  gemeenteCode: string;
  straat: string;
  huisnummer: number;
  huisletter: string | null;
  huisnummertoevoeging: string | null;
  /** 'NNNNLL', without a space. */
  postcode: string;
  woonplaats: string;
  /** BAG gebruiksdoelen; empty for a ligplaats or standplaats, which have none. */
  gebruiksdoelen: string[];
  /** Floor area in m²; null when the BAG holds none (ligplaats, standplaats). */
  oppervlakte: number | null;
}

export interface AdresQuery {
  postcode: string;
  huisnummer: number;
  /** When given, only addresses with this huisletter (case-insensitive). */
  huisletter?: string;
  /** When given, only addresses with this huisnummertoevoeging (case-insensitive). */
  huisnummertoevoeging?: string;
}

/**
 * The address registry as Loket reads it: the local `adressen` table by default, or the
 * Kadaster's BAG API Individuele Bevragingen. Both answer every address on a number.
 */
export interface AdresAdapter {
  readonly kind: 'local' | 'bag';
  zoek(q: AdresQuery): Promise<Adres[]>;
}

export function localAdresAdapter(db: Db): AdresAdapter {
  return { kind: 'local', zoek: (q) => repo.findAdressen(db, q) };
}

interface BagAdres {
  openbareRuimteNaam?: string;
  huisnummer?: number;
  huisletter?: string;
  huisnummertoevoeging?: string;
  postcode?: string;
  woonplaatsNaam?: string;
  woonplaatsIdentificatie?: string;
  nummeraanduidingIdentificatie?: string;
  adresseerbaarObjectIdentificatie?: string;
}
interface BagVerblijfsobject {
  verblijfsobject?: { gebruiksdoelen?: string[]; oppervlakte?: number };
}
interface BagBronhouders {
  _embedded?: { bronhouders?: { bronhouder?: { code?: string } }[] };
}

const lower = (s: string | null | undefined) => (s ?? '').toLowerCase();
/** The type digits of a BAG id: 01 verblijfsobject, 02 ligplaats, 03 standplaats. */
const isVerblijfsobject = (id: string) => id.slice(4, 6) === '01';

/**
 * The adapter to the BAG API Individuele Bevragingen v2. An address comes from /adressen; its
 * floor area and gebruiksdoelen from /verblijfsobjecten; its municipality from /bronhouders,
 * since the first digits of a BAG id name the municipality that issued it, which a
 * municipal merger (herindeling) does not change.
 */
export function bagAdresAdapter(options: {
  url: string;
  apiKey: string | undefined;
  fetch?: typeof fetch;
}): AdresAdapter {
  const doFetch = options.fetch ?? fetch;
  const base = options.url.replace(/\/$/, '');

  async function get<T>(path: string, params: Record<string, string> = {}): Promise<T | undefined> {
    const qs = new URLSearchParams(params).toString();
    const res = await doFetch(`${base}${path}${qs === '' ? '' : `?${qs}`}`, {
      headers: {
        accept: 'application/hal+json',
        ...(options.apiKey !== undefined ? { 'x-api-key': options.apiKey } : {}),
      },
      signal: AbortSignal.timeout(10_000),
    });
    if (res.status === 404) return undefined;
    if (!res.ok) throw unavailable(`The BAG answered ${res.status}.`);
    return (await res.json()) as T;
  }

  async function gemeenteVan(woonplaatsId: string | undefined): Promise<string | undefined> {
    if (woonplaatsId === undefined) return undefined;
    const body = await get<BagBronhouders>('/bronhouders', { woonplaatsIdentificatie: woonplaatsId });
    return body?._embedded?.bronhouders?.[0]?.bronhouder?.code;
  }

  async function verblijfsobject(id: string) {
    if (!isVerblijfsobject(id)) return { gebruiksdoelen: [], oppervlakte: null };
    const vo = (await get<BagVerblijfsobject>(`/verblijfsobjecten/${encodeURIComponent(id)}`))
      ?.verblijfsobject;
    return { gebruiksdoelen: vo?.gebruiksdoelen ?? [], oppervlakte: vo?.oppervlakte ?? null };
  }

  return {
    kind: 'bag',
    async zoek(q) {
      const body = await get<{ _embedded?: { adressen?: BagAdres[] } }>('/adressen', {
        postcode: q.postcode,
        huisnummer: String(q.huisnummer),
        pageSize: '100',
      });
      // Narrowed here rather than by the API, whose matching without exacteMatch is wider.
      const adressen = (body?._embedded?.adressen ?? []).filter(
        (a) =>
          a.nummeraanduidingIdentificatie !== undefined &&
          a.adresseerbaarObjectIdentificatie !== undefined &&
          (q.huisletter === undefined || lower(q.huisletter) === lower(a.huisletter)) &&
          (q.huisnummertoevoeging === undefined ||
            lower(q.huisnummertoevoeging) === lower(a.huisnummertoevoeging)),
      );
      const gemeenten = new Map<string | undefined, Promise<string | undefined>>();
      for (const a of adressen)
        if (!gemeenten.has(a.woonplaatsIdentificatie))
          gemeenten.set(a.woonplaatsIdentificatie, gemeenteVan(a.woonplaatsIdentificatie));
      return Promise.all(
        adressen.map(async (a): Promise<Adres> => {
          const nummeraanduidingId = a.nummeraanduidingIdentificatie ?? '';
          const adresseerbaarObjectId = a.adresseerbaarObjectIdentificatie ?? '';
          const [gemeente, vo] = await Promise.all([
            gemeenten.get(a.woonplaatsIdentificatie),
            verblijfsobject(adresseerbaarObjectId),
          ]);
          return {
            nummeraanduidingId,
            adresseerbaarObjectId,
            gemeenteCode: gemeente ?? nummeraanduidingId.slice(0, 4),
            straat: a.openbareRuimteNaam ?? '',
            huisnummer: a.huisnummer ?? q.huisnummer,
            huisletter: a.huisletter ?? null,
            huisnummertoevoeging: a.huisnummertoevoeging ?? null,
            postcode: a.postcode ?? q.postcode,
            woonplaats: a.woonplaatsNaam ?? '',
            ...vo,
          };
        }),
      );
    },
  };
}
