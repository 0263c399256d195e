import type { Rij } from '../lo-gba.ts';
import type { NaamGerelateerde, NaamPersoon } from '../persoon.ts';
import { adellijkeTitelPredicaat, naamgebruik } from '../tabellen.ts';
import { compact, nietLeeg, zonderStandaard } from './waarden.ts';

/** Name of a parent, partner or child (groups 02.10-02.40 of categories 02, 03, 05, 09). */
export function naamGerelateerde(r: Rij): NaamGerelateerde | undefined {
  const voornamen = r['02.10'];
  return nietLeeg(
    compact({
      voornamen,
      adellijkeTitelPredicaat: adellijkeTitelPredicaat(r['02.20']),
      voorvoegsel: r['02.30'],
      // '.' is the standard value for an unknown surname; the API leaves it out.
      geslachtsnaam: zonderStandaard(r['02.40'], '.'),
      voorletters: voornamen === undefined ? undefined : voorletters(voornamen),
    }),
  );
}

/** Name of the person on the list (category 01), with full name and naamgebruik. */
export function naamPersoon(r: Rij): NaamPersoon | undefined {
  const naam = naamGerelateerde(r) ?? {};
  return nietLeeg(
    compact({
      ...naam,
      volledigeNaam: volledigeNaam(naam),
      aanduidingNaamgebruik: naamgebruik(r['61.10']),
    }),
  );
}

/**
 * One initial per first name followed by a full stop; a hyphenated name counts as one and a
 * digraph (Th, IJ) gives its first letter only. The standard value '.' stays '.'.
 */
export function voorletters(voornamen: string): string {
  if (voornamen === '.') return '.';
  return voornamen
    .split(' ')
    .filter((naam) => naam !== '')
    .map((naam) => `${naam.charAt(0)}.`)
    .join('');
}

/** Predicaat, voornamen, adellijke titel, voorvoegsel and geslachtsnaam, as the spec lists them. */
export function volledigeNaam(naam: NaamGerelateerde): string | undefined {
  const titel = naam.adellijkeTitelPredicaat;
  const delen = [
    titel?.soort === 'predicaat' ? titel.omschrijving : undefined,
    naam.voornamen,
    titel?.soort === 'titel' ? titel.omschrijving?.toLowerCase() : undefined,
    naam.voorvoegsel,
    naam.geslachtsnaam,
  ].filter((deel): deel is string => deel !== undefined && deel !== '');
  return delen.length > 0 ? delen.join(' ') : undefined;
}
