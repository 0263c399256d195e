import type { AbstractDatum } from './persoon.ts';
import { MONTHS } from '../../../platform/i18n/i18n.ts';

// Haal Centraal's langFormaat is Dutch whatever the reader's language.
const MAANDEN = MONTHS.nl;

/**
 * Decodes an LO GBA date (JJJJMMDD, with 00 for an unknown part) into the Haal Centraal
 * AbstractDatum: 00000000 is DatumOnbekend, JJJJ0000 a JaarDatum, JJJJMM00 a JaarMaandDatum.
 * A value that is no date at all decodes to undefined rather than to a made-up date.
 */
export function decodeDatum(gba: string | undefined): AbstractDatum | undefined {
  if (gba === undefined || !/^\d{8}$/.test(gba)) return undefined;
  if (gba === '00000000') return { type: 'DatumOnbekend', onbekend: true, langFormaat: 'onbekend' };
  const jaar = Number(gba.slice(0, 4));
  const maand = Number(gba.slice(4, 6));
  const dag = Number(gba.slice(6, 8));
  if (jaar === 0 || maand > 12 || (maand === 0 && dag !== 0)) return undefined;
  if (maand === 0) return { type: 'JaarDatum', jaar, langFormaat: String(jaar) };
  const maandNaam = MAANDEN[maand - 1] ?? '';
  if (dag === 0) return { type: 'JaarMaandDatum', jaar, maand, langFormaat: `${maandNaam} ${jaar}` };
  if (dag > dagenInMaand(jaar, maand)) return undefined;
  return {
    type: 'Datum',
    datum: `${gba.slice(0, 4)}-${gba.slice(4, 6)}-${gba.slice(6, 8)}`,
    langFormaat: `${dag} ${maandNaam} ${jaar}`,
  };
}

/** 'YYYY-MM-DD' for a fully known LO GBA date, otherwise null. */
export function isoDatum(gba: string | undefined): string | null {
  const datum = decodeDatum(gba);
  return datum?.type === 'Datum' ? datum.datum : null;
}

export function dagenInMaand(jaar: number, maand: number): number {
  return new Date(Date.UTC(jaar, maand, 0)).getUTCDate();
}
