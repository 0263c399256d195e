import { createHash } from 'node:crypto';

/**
 * Accounts of the development identity provider, encoded in the subject so that the provider
 * keeps no account store of its own: `digid|<bsn>`, `eh|<kvk>|<pseudonym>`, `mw|<username>`.
 */
export type DevAccount =
  | { kind: 'digid'; bsn: string }
  | { kind: 'eherkenning'; kvkNummer: string; pseudoniem: string }
  | { kind: 'medewerker'; gebruikersnaam: string };

export const encodeAccount = (a: DevAccount): string =>
  a.kind === 'digid'
    ? `digid|${a.bsn}`
    : a.kind === 'eherkenning'
      ? `eh|${a.kvkNummer}|${a.pseudoniem}`
      : `mw|${a.gebruikersnaam}`;

export function decodeAccount(sub: string): DevAccount | undefined {
  const [kind, a, b] = sub.split('|');
  if (kind === 'digid' && a) return { kind: 'digid', bsn: a };
  if (kind === 'eh' && a && b) return { kind: 'eherkenning', kvkNummer: a, pseudoniem: b };
  if (kind === 'mw' && a) return { kind: 'medewerker', gebruikersnaam: a };
  return undefined;
}

/** eHerkenning identifies the acting person only by a pseudonym, stable per company. */
export const actingPseudonym = (kvkNummer: string, naam: string) =>
  createHash('sha256').update(`${kvkNummer}:${naam.trim().toLowerCase()}`).digest('hex').slice(0, 24);

/** The 11-test (elfproef) every BSN passes. */
export function isValidBsn(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn)) return false;
  const d = [...bsn].map(Number);
  const sum = d.slice(0, 8).reduce((s, n, i) => s + n * (9 - i), 0) - d[8]!;
  return sum % 11 === 0;
}

/** eIDAS levels as the NL GOV assurance profile carries them in `acr`. */
export const LEVELS = {
  digid: [
    { value: 'basis', acr: 'http://eidas.europa.eu/LoA/low', label: 'DigiD Basis' },
    { value: 'midden', acr: 'http://eidas.europa.eu/LoA/low', label: 'DigiD Midden' },
    { value: 'substantieel', acr: 'http://eidas.europa.eu/LoA/substantial', label: 'DigiD Substantieel' },
    { value: 'hoog', acr: 'http://eidas.europa.eu/LoA/high', label: 'DigiD Hoog' },
  ],
  eherkenning: [
    { value: 'eh2', acr: 'http://eidas.europa.eu/LoA/low', label: 'EH2' },
    { value: 'eh2plus', acr: 'http://eidas.europa.eu/LoA/low', label: 'EH2+' },
    { value: 'eh3', acr: 'http://eidas.europa.eu/LoA/substantial', label: 'EH3' },
    { value: 'eh4', acr: 'http://eidas.europa.eu/LoA/high', label: 'EH4' },
  ],
} as const;
