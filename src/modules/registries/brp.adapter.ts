import type { PersonenQuery } from './brp/personen-request.ts';
import type { Persoon } from './brp/persoon.ts';

/** Why and for whom the registry is read: the purpose headers Haal Centraal asks callers to send. */
export interface BrpRequestContext {
  /** The municipality whose registry is read: the caller's own. */
  gemeenteCode: string;
  doelbinding: string;
  verwerking: string;
  originOin: string | undefined;
  gebruiker: string;
}

/**
 * The persons registry as Loket reads it: the local registry by default, or a real Haal
 * Centraal BRP Personen endpoint. Both answer with persons cut to the query's fields.
 */
export interface BrpAdapter {
  readonly kind: 'local' | 'haal-centraal';
  personen(query: PersonenQuery, context: BrpRequestContext): Promise<Found[]>;
}

/** A person as found, with the BSN kept aside for the processing log even when not asked for. */
export interface Found {
  bsn: string | undefined;
  persoon: Partial<Persoon>;
}

/** The adapter to a real Haal Centraal BRP Personen v2 endpoint. */
export function haalCentraalAdapter(options: {
  url: string;
  apiKey: string | undefined;
  fetch?: typeof fetch;
}): BrpAdapter {
  const doFetch = options.fetch ?? fetch;
  return {
    kind: 'haal-centraal',
    async personen(query, context) {
      const res = await doFetch(`${options.url.replace(/\/$/, '')}/personen`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          ...(options.apiKey !== undefined ? { 'x-api-key': options.apiKey } : {}),
          'x-doelbinding': context.doelbinding,
          'x-verwerking': context.verwerking,
          'x-gebruiker': context.gebruiker,
          ...(context.originOin !== undefined ? { 'x-origin-oin': context.originOin } : {}),
        },
        // The BSN is always asked for, so that the processing log can name whose data was read.
        body: JSON.stringify({ ...query, fields: [...new Set([...query.fields, 'burgerservicenummer'])] }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) throw new Error(`Haal Centraal BRP answered ${res.status}`);
      const body = (await res.json()) as { personen?: Persoon[] };
      const asked = query.fields.includes('burgerservicenummer');
      return (body.personen ?? []).map((p) => {
        const { burgerservicenummer, ...rest } = p;
        return { bsn: burgerservicenummer, persoon: asked ? p : rest };
      });
    },
  };
}
