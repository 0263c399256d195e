import type { AbstractDatum, Persoon } from './persoon.ts';

/**
 * Adds leeftijd as of `today` (read in the process's local time zone, which should be
 * Europe/Amsterdam). Per Haal Centraal: no age for a deceased person, nor when only the year
 * or nothing of the birth date is known, nor when the day is unknown and the birth month is
 * the current month (the birthday may or may not have passed).
 */
export function withLeeftijd(persoon: Persoon, today: Date): Persoon {
  const { leeftijd: _oud, ...rest } = persoon;
  const datum = persoon.overlijden ? undefined : persoon.geboorte?.datum;
  const leeftijd = datum ? berekenLeeftijd(datum, today) : undefined;
  return leeftijd === undefined ? rest : { ...rest, leeftijd };
}

/**
 * Applies every rule that depends on the day of the query: leeftijd, and leaving out a
 * verblijfstitel whose datumEinde is today or earlier.
 */
export function opPeildatum(persoon: Persoon, today: Date): Persoon {
  const metLeeftijd = withLeeftijd(persoon, today);
  const einde = persoon.verblijfstitel?.datumEinde;
  if (einde?.type !== 'Datum' || einde.datum > isoDag(today)) return metLeeftijd;
  const { verblijfstitel: _verlopen, ...rest } = metLeeftijd;
  return rest;
}

function berekenLeeftijd(geboren: AbstractDatum, today: Date): number | undefined {
  const jaar = today.getFullYear();
  const maand = today.getMonth() + 1;
  const dag = today.getDate();
  if (geboren.type === 'Datum') {
    const [j, m, d] = geboren.datum.split('-').map(Number) as [number, number, number];
    return jaar - j - (maand < m || (maand === m && dag < d) ? 1 : 0);
  }
  if (geboren.type === 'JaarMaandDatum' && geboren.maand !== maand) {
    return jaar - geboren.jaar - (maand < geboren.maand ? 1 : 0);
  }
  return undefined;
}

function isoDag(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
