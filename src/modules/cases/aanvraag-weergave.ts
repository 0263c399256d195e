import { formatDate, type Lang } from '../../platform/i18n/i18n.ts';
import type { Veld } from '../catalog/product.ts';
import { adresRegel, type AanvraagAdres, type Betrokkene } from './aanvraag.ts';

/** How the proof field is answered: a document, or the main occupant's consent. */
export type BewijsWaarde =
  { soort: 'document'; bestandsnaam: string } | { soort: 'toestemming'; hoofdbewoner: string };

const WORDS = {
  nl: {
    alleen: 'Niemand, alleen ikzelf',
    document: 'Document',
    toestemming: 'Toestemming van de hoofdbewoner',
  },
  en: { alleen: 'Nobody, only me', document: 'Document', toestemming: 'Consent of the main occupant' },
};

/** One answer of an application as people read it, by the kind of field. */
export function formatWaarde(veld: Veld, waarde: unknown, lang: Lang): string {
  if (waarde === undefined || waarde === null || waarde === '') return '—';
  switch (veld.type) {
    case 'meeverhuizers': {
      const list = waarde as Betrokkene[];
      return list.length === 0 ? WORDS[lang].alleen : list.map((b) => b.naam).join(', ');
    }
    case 'adres':
      return adresRegel(waarde as AanvraagAdres);
    case 'datum':
      return typeof waarde === 'string' ? formatDate(waarde, lang) : '—';
    case 'bewijs': {
      const b = waarde as BewijsWaarde;
      return b.soort === 'document'
        ? `${WORDS[lang].document}: ${b.bestandsnaam}`
        : `${WORDS[lang].toestemming}: ${b.hoofdbewoner}`;
    }
    case 'tekst':
      return typeof waarde === 'string' ? waarde : '—';
  }
}

/** Label/value rows of a whole application, in the order of the product's form. */
export const aanvraagRegels = (
  velden: Veld[],
  waarden: Record<string, unknown>,
  lang: Lang,
): [string, string][] => velden.map((v) => [v.label[lang], formatWaarde(v, waarden[v.naam], lang)]);
