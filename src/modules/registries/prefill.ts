import type { Db } from '../../platform/db/types.ts';
import type { Correspondentieadres } from '../documents/documents.schema.ts';
import { findByBsn } from './persons.repository.ts';

/**
 * The applicant's current address and municipality of registration, to prefill an application
 * and to address letters: data the registry already has is never asked again.
 */
export async function huidigAdres(
  db: Db,
  bsn: string,
): Promise<{
  adres: Correspondentieadres;
  gemeenteCode: string;
  adresseerbaarObjectId: string | null;
} | null> {
  const row = await findByBsn(db, bsn);
  const vp = row?.persoon.verblijfplaats;
  // A suspended person list (deceased, emigrated) is not kept up to date: no move can be registered on it.
  if (!row || row.persoon.opschortingBijhouding !== undefined || row.persoon.overlijden !== undefined)
    return null;
  if (vp?.type !== 'Adres' || !vp.verblijfadres) return null;
  const a = vp.verblijfadres;
  return {
    gemeenteCode: row.gemeenteCode,
    adresseerbaarObjectId: vp.adresseerbaarObjectIdentificatie ?? null,
    adres: {
      naam: row.persoon.naam?.volledigeNaam ?? '',
      straat: a.korteStraatnaam ?? a.officieleStraatnaam ?? '',
      huisnummer: a.huisnummer ?? 0,
      ...(a.huisletter ? { huisletter: a.huisletter } : {}),
      ...(a.huisnummertoevoeging ? { huisnummertoevoeging: a.huisnummertoevoeging } : {}),
      postcode: a.postcode ?? '',
      woonplaats: a.woonplaats ?? '',
    },
  };
}
