import type { Rol } from './identity.schema.ts';

/** Levels of assurance, eIDAS-aligned (DigiD Basis/Midden ≈ low, Substantieel, Hoog; EH2/2+, EH3, EH4). */
export type Betrouwbaarheid = 'laag' | 'substantieel' | 'hoog';

export interface Burger {
  type: 'burger';
  bsn: string;
  niveau: Betrouwbaarheid;
  /** Municipality of registration at login, for the look of the pages. */
  gemeenteCode: string | undefined;
  naam: string;
}

export interface Bedrijf {
  type: 'bedrijf';
  kvkNummer: string;
  /** Pseudonym of the person acting for the company. */
  handelendePersoon: string;
  niveau: Betrouwbaarheid;
  naam: string;
  gemeenteCode: string | undefined;
}

export interface MedewerkerPrincipal {
  type: 'medewerker';
  id: string;
  gebruikersnaam: string;
  naam: string;
  gemeenteCode: string;
  rollen: Rol[];
}

export type Principal = Burger | Bedrijf | MedewerkerPrincipal;

/** Maps an `acr` value (SAML-style DigiD/eHerkenning URNs or eIDAS names) to a level. */
export function niveauFromAcr(acr: unknown): Betrouwbaarheid {
  const v = typeof acr === 'string' ? acr.toLowerCase() : '';
  if (/hoog|high|eh4|level4/.test(v)) return 'hoog';
  if (/substantieel|substantial|eh3|level3/.test(v)) return 'substantieel';
  return 'laag';
}

export const principalHome = (p: Principal) =>
  p.type === 'burger' ? '/mijn-gegevens' : p.type === 'bedrijf' ? '/mijn-bedrijf' : '/backoffice';
