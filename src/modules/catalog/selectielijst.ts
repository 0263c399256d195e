import { invalid } from '../../platform/errors.ts';

/**
 * The Selectielijst (Referentielijsten) API as the Catalogi API uses it: resources fetched by
 * the URL a client gives, Loket's own or another, to validate resultaattypen and zaaktypen.
 */

export interface SelectielijstResultaat {
  url: string;
  procesType: string;
  waardering: string;
  procestermijn: string;
  bewaartermijn: string | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const badUrl = (name: string, reason: string) =>
  invalid('Ongeldige URL.', [{ name, code: 'bad-url', reason }]);
const wrongResource = (name: string, soort: string) =>
  invalid('De URL verwijst niet naar het juiste soort object.', [
    { name, code: 'invalid-resource', reason: `De URL verwijst niet naar een ${soort}.` },
  ]);

/** Trailing slashes and letter case of the uuid do not make another resource. */
export const sameResource = (a: string, b: string) =>
  a.replace(/\/+$/, '').toLowerCase() === b.replace(/\/+$/, '').toLowerCase();

export function selectielijstClient(fetch: typeof globalThis.fetch) {
  async function get(url: string, name: string): Promise<Record<string, unknown>> {
    let res: Response;
    try {
      res = await fetch(url, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(10_000),
      });
    } catch {
      throw badUrl(name, 'De URL kon niet worden opgehaald.');
    }
    if (res.status !== 200) throw badUrl(name, `De URL gaf status ${res.status}.`);
    const json: unknown = await res.json().catch(() => undefined);
    if (!isRecord(json)) throw badUrl(name, 'De URL gaf geen JSON-object.');
    return json;
  }

  return {
    /** ztc-001: a Procestype of the Selectielijst. */
    async procestype(url: string, name = 'selectielijstProcestype') {
      const p = await get(url, name);
      if (typeof p.nummer !== 'number' || typeof p.jaar !== 'number' || 'procesType' in p)
        throw wrongResource(name, 'procestype');
      return p;
    },

    /** ztc-002: a Resultaat (selectielijstklasse) of the Selectielijst. */
    async resultaat(url: string, name = 'selectielijstklasse'): Promise<SelectielijstResultaat> {
      const r = await get(url, name);
      if (typeof r.procesType !== 'string' || typeof r.waardering !== 'string')
        throw wrongResource(name, 'selectielijst-resultaat');
      return {
        url,
        procesType: r.procesType,
        waardering: r.waardering,
        procestermijn: typeof r.procestermijn === 'string' ? r.procestermijn : '',
        bewaartermijn: typeof r.bewaartermijn === 'string' && r.bewaartermijn !== '' ? r.bewaartermijn : null,
      };
    },

    /** ztc-002: a Resultaattypeomschrijving; its omschrijving becomes omschrijvingGeneriek. */
    async resultaattypeomschrijving(url: string, name = 'resultaattypeomschrijving'): Promise<string> {
      const o = await get(url, name);
      if (typeof o.omschrijving !== 'string' || typeof o.definitie !== 'string' || 'nummer' in o)
        throw wrongResource(name, 'resultaattypeomschrijving');
      return o.omschrijving;
    },
  };
}
export type SelectielijstClient = ReturnType<typeof selectielijstClient>;
