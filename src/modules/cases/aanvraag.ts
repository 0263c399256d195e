import type { Correspondentieadres } from '../documents/documents.schema.ts';
import { adresRegel, type Adres } from '../registries/addresses.service.ts';

/** A person named in an application: the applicant or someone moving along. */
export interface Betrokkene {
  bsn: string;
  naam: string;
  relatie?: 'partner' | 'kind';
}

/** An address as the application records it: the address registry's own shape. */
export type AanvraagAdres = Adres;

/**
 * What a product application holds once checked: field values by the product's field names,
 * plus what the checks derived (the applicant's current address, the report date).
 */
export interface Aanvraag {
  aanvrager: Betrokkene;
  huidigAdres: Correspondentieadres | null;
  meldingsdatum: string;
  waarden: Record<string, unknown>;
}

export { adresRegel };

export const toCorrespondentieadres = (naam: string, a: AanvraagAdres): Correspondentieadres => ({
  naam,
  straat: a.straat,
  huisnummer: a.huisnummer,
  ...(a.huisletter ? { huisletter: a.huisletter } : {}),
  ...(a.huisnummertoevoeging ? { huisnummertoevoeging: a.huisnummertoevoeging } : {}),
  postcode: a.postcode,
  woonplaats: a.woonplaats,
});
