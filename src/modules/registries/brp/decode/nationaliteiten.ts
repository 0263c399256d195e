import { decodeDatum } from '../datum.ts';
import { voorkomens, type Persoonslijst, type Rij } from '../lo-gba.ts';
import type { Nationaliteit } from '../persoon.ts';
import { nationaliteit, redenNationaliteit } from '../tabellen.ts';
import { compact } from './waarden.ts';

/**
 * Current nationalities (category 04). An occurrence whose current values carry a reden
 * beëindigen (64.10), or no nationality at all (emptied after a correction), has ended.
 */
export function nationaliteiten(pl: Persoonslijst): Nationaliteit[] {
  return voorkomens(pl, '04')
    .map((v) => v.actueel)
    .filter((r) => r['64.10'] === undefined && (r['05.10'] !== undefined || r['65.10'] !== undefined))
    .map(decodeer);
}

function decodeer(r: Rij): Nationaliteit {
  const code = r['05.10'];
  const bijzonder = r['65.10'];
  const basis = compact({
    // 000 is the standard value 'onbekend'.
    redenOpname: r['63.10'] === '000' ? undefined : redenNationaliteit(r['63.10']),
    datumIngangGeldigheid: decodeDatum(r['85.10']),
  });
  // The old codes 0002 and 0500 stand for the same as bijzonder Nederlanderschap B and V.
  if (bijzonder === 'B' || code === '0002') return { type: 'BehandeldAlsNederlander', ...basis };
  if (bijzonder === 'V' || code === '0500') return { type: 'VastgesteldNietNederlander', ...basis };
  if (code === '0499') return { type: 'Staatloos', ...basis };
  if (code === '0000') return { type: 'NationaliteitOnbekend', ...basis };
  return compact({ type: 'Nationaliteit', nationaliteit: nationaliteit(code), ...basis });
}
