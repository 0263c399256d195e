import { readFileSync } from 'node:fs';

/**
 * The Gemeentelijke Selectielijst and reference lists as VNG publishes them
 * (`../shared/data/referentielijsten/`): read once, read-only. In the files each `url` is the
 * uuid and `procesType` the procestype's uuid; the API makes them absolute.
 */
const DATA = new URL('../../../../shared/data/referentielijsten/', import.meta.url);

export interface ProcesTypeRow {
  url: string;
  nummer: number;
  jaar: number;
  naam: string;
  omschrijving: string;
  toelichting: string;
  procesobject: string;
}

export interface ResultaatRow {
  url: string;
  procesType: string;
  nummer: number;
  volledigNummer: string;
  generiek: boolean;
  specifiek: boolean;
  naam: string;
  omschrijving: string;
  herkomst: string;
  waardering: string;
  procestermijn: string;
  procestermijnWeergave: string;
  bewaartermijn?: string | null;
  toelichting: string;
  procestermijnOpmerking: string;
  [taakgebied: string]: string | number | boolean | null | undefined;
}

export interface OmschrijvingRow {
  url: string;
  omschrijving: string;
  definitie: string;
  opmerking?: string;
}

export interface Referentielijsten {
  procestypen: ProcesTypeRow[];
  resultaten: ResultaatRow[];
  omschrijvingen: OmschrijvingRow[];
}

let loaded: Referentielijsten | undefined;

const read = <T>(file: string): T => JSON.parse(readFileSync(new URL(file, DATA), 'utf8')) as T;

/** Static published data, loaded on first use and kept: it changes only with a Loket release. */
export function referentielijsten(): Referentielijsten {
  loaded ??= {
    procestypen: read<ProcesTypeRow[]>('procestypen.json'),
    resultaten: read<ResultaatRow[]>('resultaten.json'),
    omschrijvingen: read<OmschrijvingRow[]>('resultaattypeomschrijvingen.json'),
  };
  return loaded;
}

/** The trailing uuid of a Selectielijst URL (any host: the canonical and Loket's share uuids). */
export const lastSegment = (url: string) => url.replace(/\/+$/, '').split('/').pop() ?? '';

/** A procestype as the API shows it. */
export const procesTypeView = (root: string, p: ProcesTypeRow) => ({
  url: `${root}/procestypen/${p.url}`,
  nummer: p.nummer,
  jaar: p.jaar,
  naam: p.naam,
  omschrijving: p.omschrijving,
  toelichting: p.toelichting,
  procesobject: p.procesobject,
});

/**
 * A resultaat as the API shows it: absolute URLs; an empty waardering (two rows) is left out
 * rather than shown as a value outside the enumeration; a missing bewaartermijn is null.
 */
export function resultaatView(root: string, r: ResultaatRow) {
  const { url, procesType, waardering, bewaartermijn, ...rest } = r;
  return {
    url: `${root}/resultaten/${url}`,
    procesType: `${root}/procestypen/${procesType}`,
    ...rest,
    ...(waardering !== '' ? { waardering } : {}),
    bewaartermijn: bewaartermijn ?? null,
  };
}

export const omschrijvingView = (root: string, o: OmschrijvingRow) => ({
  ...o,
  url: `${root}/resultaattypeomschrijvingen/${o.url}`,
});

export type ProcesType = ReturnType<typeof procesTypeView>;
export type Resultaat = ReturnType<typeof resultaatView>;
export type ResultaattypeOmschrijving = ReturnType<typeof omschrijvingView>;
