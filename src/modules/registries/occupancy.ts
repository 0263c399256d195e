import type { Db } from '../../platform/db/types.ts';
import type { Adres } from './addresses.adapter.ts';
import { countAtAddress } from './persons.repository.ts';

/**
 * Thresholds of the occupancy signal, after the practice of the Landelijke Aanpak
 * Adreskwaliteit (LAA). Municipalities set their own; these are the defaults.
 */
export interface Drempels {
  /** Less floor area per person than this is 'weinig-ruimte'. */
  minM2PerPersoon: number;
  /** More persons than this on one address is 'veel-bewoners'. */
  maxBewoners: number;
}

export const STANDAARD_DREMPELS: Readonly<Drempels> = Object.freeze({ minM2PerPersoon: 12, maxBewoners: 6 });

export type BewoningReden = 'geen-woonfunctie' | 'weinig-ruimte' | 'veel-bewoners';

export interface Bewoning {
  /** Persons registered at the address after the move. */
  aantal: number;
  oppervlakte: number | null;
  gebruiksdoelen: string[];
  /** Rounded to one decimal; null when the floor area is unknown. */
  m2PerPersoon: number | null;
  opvallend: boolean;
  redenen: BewoningReden[];
}

/**
 * The occupancy signal for an address once `aantalErbij` persons join the `aantalIngeschreven`
 * already registered. A signal for a human (address investigation, home visit), never a
 * refusal. An address without gebruiksdoelen is a ligplaats or standplaats, where living is
 * normal, so only a verblijfsobject without woonfunctie counts as 'geen-woonfunctie'.
 */
export function bewoning(
  adres: Pick<Adres, 'oppervlakte' | 'gebruiksdoelen'>,
  aantalIngeschreven: number,
  aantalErbij: number,
  drempels: Partial<Drempels> = {},
): Bewoning {
  const { minM2PerPersoon, maxBewoners } = { ...STANDAARD_DREMPELS, ...drempels };
  const aantal = aantalIngeschreven + aantalErbij;
  const perPersoon = adres.oppervlakte !== null && aantal > 0 ? adres.oppervlakte / aantal : null;
  const redenen: BewoningReden[] = [];
  if (adres.gebruiksdoelen.length > 0 && !adres.gebruiksdoelen.includes('woonfunctie'))
    redenen.push('geen-woonfunctie');
  if (perPersoon !== null && perPersoon < minM2PerPersoon) redenen.push('weinig-ruimte');
  if (aantal > maxBewoners) redenen.push('veel-bewoners');
  return {
    aantal,
    oppervlakte: adres.oppervlakte,
    gebruiksdoelen: adres.gebruiksdoelen,
    m2PerPersoon: perPersoon === null ? null : Math.round(perPersoon * 10) / 10,
    opvallend: redenen.length > 0,
    redenen,
  };
}

/** The signal with the persons now registered at the address counted in the registry. */
export async function bewoningOpAdres(
  db: Db,
  adres: Adres,
  aantalErbij: number,
  drempels: Partial<Drempels> = {},
): Promise<Bewoning> {
  const aantalIngeschreven = await countAtAddress(db, {
    adresseerbaarObjectIdentificatie: adres.adresseerbaarObjectId,
    postcode: adres.postcode,
    huisnummer: adres.huisnummer,
    huisletter: adres.huisletter,
    huisnummertoevoeging: adres.huisnummertoevoeging,
  });
  return bewoning(adres, aantalIngeschreven, aantalErbij, drempels);
}
