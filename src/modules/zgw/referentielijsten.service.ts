import {
  lastSegment,
  omschrijvingView,
  procesTypeView,
  referentielijsten,
  resultaatView,
  type ProcesType,
  type Resultaat,
  type ResultaattypeOmschrijving,
} from './referentielijsten.data.ts';
import { zgwRoots } from './zgw-http.ts';

export type { ProcesType, Resultaat, ResultaattypeOmschrijving };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const hasStrings = (v: unknown, keys: string[]): v is Record<string, unknown> =>
  isRecord(v) && keys.every((k) => typeof v[k] === 'string');

/**
 * The Selectielijst as the rest of Loket uses it: the built-in Referentielijsten API's data,
 * and lookups by URL that other modules validate with (resultaattype.selectielijstklasse,
 * zaaktype.selectielijstProcestype). A URL of the built-in API is answered from memory; any
 * other (an external Selectielijst API, configured as LOKET_SELECTIELIJST_URL) is fetched.
 */
export function selectielijstService(deps: {
  /** The Selectielijst API root Loket uses (config.selectielijstUrl). */
  root: string;
  /** Loket's own origin: the built-in API is served under it. */
  baseUrl: string;
  fetch: typeof fetch;
  timeoutMs?: number;
}) {
  const own = zgwRoots(deps.baseUrl).referentielijsten;
  const data = referentielijsten;
  const underOwn = (url: string, collection: string) => url.startsWith(`${own}/${collection}/`);

  /** The JSON object at an external URL; undefined for anything but a 200 with an object. */
  async function fetchObject(url: string): Promise<Record<string, unknown> | undefined> {
    try {
      const res = await deps.fetch(url, {
        headers: { accept: 'application/json' },
        redirect: 'follow',
        signal: AbortSignal.timeout(deps.timeoutMs ?? 10_000),
      });
      if (res.status !== 200) {
        await res.body?.cancel();
        return undefined;
      }
      const body: unknown = await res.json();
      return isRecord(body) ? body : undefined;
    } catch {
      return undefined;
    }
  }

  const builtIn = {
    procestypen: (jaar?: number): ProcesType[] =>
      data()
        .procestypen.filter((p) => jaar === undefined || p.jaar === jaar)
        .map((p) => procesTypeView(own, p)),
    procestype: (uuid: string): ProcesType | undefined => {
      const p = data().procestypen.find((x) => x.url === uuid);
      return p && procesTypeView(own, p);
    },
    /** Resultaten in the published order, of one procestype (by its URL's uuid) if asked. */
    resultaten: (procesType?: string): Resultaat[] => {
      const uuid = procesType === undefined ? undefined : lastSegment(procesType);
      return data()
        .resultaten.filter((r) => uuid === undefined || r.procesType === uuid)
        .map((r) => resultaatView(own, r));
    },
    resultaat: (uuid: string): Resultaat | undefined => {
      const r = data().resultaten.find((x) => x.url === uuid);
      return r && resultaatView(own, r);
    },
    omschrijvingen: (): ResultaattypeOmschrijving[] =>
      data().omschrijvingen.map((o) => omschrijvingView(own, o)),
    omschrijving: (uuid: string): ResultaattypeOmschrijving | undefined => {
      const o = data().omschrijvingen.find((x) => x.url === uuid);
      return o && omschrijvingView(own, o);
    },
  };

  return {
    /** The Selectielijst API root Loket uses, for the URLs it writes into catalogi. */
    root: deps.root,
    builtIn,

    /** The Selectielijst resultaat at this URL, or undefined when there is none. */
    async resultaat(url: string): Promise<Resultaat | undefined> {
      if (underOwn(url, 'resultaten')) return builtIn.resultaat(lastSegment(url));
      const r = await fetchObject(url);
      return hasStrings(r, ['url', 'procesType', 'naam']) ? (r as unknown as Resultaat) : undefined;
    },

    /** The Selectielijst procestype at this URL, or undefined when there is none. */
    async procestype(url: string): Promise<ProcesType | undefined> {
      if (underOwn(url, 'procestypen')) return builtIn.procestype(lastSegment(url));
      const p = await fetchObject(url);
      return hasStrings(p, ['url', 'naam']) && typeof p.nummer === 'number'
        ? (p as unknown as ProcesType)
        : undefined;
    },

    /** The generic resultaattypeomschrijving at this URL, or undefined when there is none. */
    async resultaattypeomschrijving(url: string): Promise<ResultaattypeOmschrijving | undefined> {
      if (underOwn(url, 'resultaattypeomschrijvingen')) return builtIn.omschrijving(lastSegment(url));
      const o = await fetchObject(url);
      return hasStrings(o, ['url', 'omschrijving']) ? (o as unknown as ResultaattypeOmschrijving) : undefined;
    },

    /** Does the resultaat belong to the procestype (both by URL)? Compared by uuid: hosts differ. */
    sameProcesType: (resultaat: Pick<Resultaat, 'procesType'>, procestypeUrl: string) =>
      lastSegment(resultaat.procesType) === lastSegment(procestypeUrl),
  };
}

export type SelectielijstService = ReturnType<typeof selectielijstService>;
