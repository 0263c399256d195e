/**
 * LO GBA reference tables (RvIG landelijke tabellen) and the Haal Centraal value tables.
 * Sources: Tabel 32 Nationaliteiten, 34 Landen and 38 Adellijke titel/predicaat in full;
 * Tabel 33 Gemeenten and 37 Reden opnemen/beëindigen nationaliteit for every code in the
 * RvIG test set; 56 Verblijfstitel; 60 RNI-deelnemers; tabelwaarden for the enumerations.
 * A code missing from a table decodes to itself as omschrijving instead of failing.
 */
import type { AdellijkeTitelPredicaat, Waardetabel } from './persoon.ts';
import adellijkeTitels from './tabellen/adellijke-titels.json' with { type: 'json' };
import gemeenten from './tabellen/gemeenten.json' with { type: 'json' };
import landen from './tabellen/landen.json' with { type: 'json' };
import nationaliteiten from './tabellen/nationaliteiten.json' with { type: 'json' };
import redenenNationaliteit from './tabellen/reden-nationaliteit.json' with { type: 'json' };
import rniDeelnemers from './tabellen/rni-deelnemers.json' with { type: 'json' };
import tabelwaarden from './tabellen/tabelwaarden.json' with { type: 'json' };
import verblijfstitels from './tabellen/verblijfstitels.json' with { type: 'json' };

type Tabel = Readonly<Record<string, string>>;

function opzoeken(tabel: Tabel, code: string): Waardetabel {
  return { code, omschrijving: tabel[code] ?? code };
}

function tabel(tabel: Tabel) {
  return (code: string | undefined): Waardetabel | undefined =>
    code === undefined ? undefined : opzoeken(tabel, code);
}

export const gemeente = tabel(gemeenten);
export const land = tabel(landen);
export const nationaliteit = tabel(nationaliteiten);
export const redenNationaliteit = tabel(redenenNationaliteit);
export const verblijfstitel = tabel(verblijfstitels);
export const rniDeelnemer = tabel(rniDeelnemers);
export const geslacht = tabel(tabelwaarden.geslacht);
export const naamgebruik = tabel(tabelwaarden.naamgebruik);
export const soortVerbintenis = tabel(tabelwaarden.soortVerbintenis);
export const functieAdres = tabel(tabelwaarden.functieAdres);
export const aanduidingBijHuisnummer = tabel(tabelwaarden.aanduidingBijHuisnummer);
export const redenOpschorting = tabel(tabelwaarden.redenOpschortingBijhouding);
export const europeesKiesrecht = tabel(tabelwaarden.europeesKiesrecht);

const titels: Readonly<Record<string, { omschrijving: string; soort: string }>> = adellijkeTitels;

export function adellijkeTitelPredicaat(code: string | undefined): AdellijkeTitelPredicaat | undefined {
  if (code === undefined) return undefined;
  const titel = titels[code];
  if (!titel) return { code, omschrijving: code };
  return {
    code,
    omschrijving: titel.omschrijving,
    soort: titel.soort === 'predicaat' ? 'predicaat' : 'titel',
  };
}

/**
 * A place of birth, marriage or death: a four-digit value is a gemeente code, anything else
 * the name of a place abroad (or a location such as a ship), delivered without code.
 */
export function plaats(waarde: string | undefined): Waardetabel | undefined {
  if (waarde === undefined || waarde === '0000') return undefined;
  return /^\d{4}$/.test(waarde) ? opzoeken(gemeenten, waarde) : { omschrijving: waarde };
}

/** A country, leaving out the standard value 0000 (onbekend). */
export function landBekend(code: string | undefined): Waardetabel | undefined {
  return code === '0000' ? undefined : land(code);
}
