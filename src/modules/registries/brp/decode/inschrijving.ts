import { decodeDatum } from '../datum.ts';
import { actueel, type Persoonslijst, type Rij } from '../lo-gba.ts';
import type {
  EuropeesKiesrecht,
  Overlijden,
  Persoon,
  RniDeelnemer,
  UitsluitingKiesrecht,
} from '../persoon.ts';
import {
  europeesKiesrecht,
  landBekend,
  plaats,
  redenOpschorting,
  rniDeelnemer,
  verblijfstitel,
} from '../tabellen.ts';
import { compact, nietLeeg } from './waarden.ts';

/** Death (category 06); absent when the current values hold no date of death. */
export function overlijden(r: Rij): Overlijden | undefined {
  const datum = decodeDatum(r['08.10']);
  if (!datum) return undefined;
  return compact({ datum, land: landBekend(r['08.30']), plaats: plaats(r['08.20']) });
}

/** Registration data (category 07) and the indications of categories 10, 11 and 13. */
export function inschrijving(pl: Persoonslijst): Partial<Persoon> {
  const r = actueel(pl, '07');
  const titel = actueel(pl, '10');
  const kiesrecht = actueel(pl, '13');
  return compact({
    datumEersteInschrijvingGBA: decodeDatum(r['68.10']),
    // 70.10 runs from 0 (no secrecy) to 7; any level above 0 means geheimhouding.
    geheimhoudingPersoonsgegevens: Number(r['70.10'] ?? '0') > 0 ? true : undefined,
    opschortingBijhouding: nietLeeg(
      compact({ reden: redenOpschorting(r['67.20']), datum: decodeDatum(r['67.10']) }),
    ),
    verificatie: nietLeeg(compact({ datum: decodeDatum(r['71.10']), omschrijving: r['71.20'] })),
    indicatieCurateleRegister: actueel(pl, '11')['33.10'] === '1' ? true : undefined,
    // 98 means 'geen verblijfstitel (meer)': the API then leaves the verblijfstitel out.
    verblijfstitel:
      titel['39.10'] === undefined || titel['39.10'] === '98'
        ? undefined
        : compact({
            aanduiding: verblijfstitel(titel['39.10']),
            datumEinde: decodeDatum(titel['39.20']),
            datumIngang: decodeDatum(titel['39.30']),
          }),
    uitsluitingKiesrecht: uitsluitingKiesrecht(kiesrecht),
    europeesKiesrecht: nietLeeg(
      compact<EuropeesKiesrecht>({
        aanduiding: europeesKiesrecht(kiesrecht['31.10']),
        einddatumUitsluiting: decodeDatum(kiesrecht['31.30']),
      }),
    ),
  });
}

function uitsluitingKiesrecht(r: Rij): UitsluitingKiesrecht | undefined {
  if (r['38.10'] !== 'A') return undefined;
  return compact({ uitgeslotenVanKiesrecht: true, einddatum: decodeDatum(r['38.20']) });
}

const RNI_CATEGORIEEN = [
  ['01', 'Persoon'],
  ['04', 'Nationaliteit'],
  ['06', 'Overlijden'],
  ['07', 'Inschrijving'],
  ['08', 'Verblijfplaats'],
] as const;

/** The RNI participants (88.10) that supplied the current values of a category. */
export function rni(pl: Persoonslijst): RniDeelnemer[] {
  return RNI_CATEGORIEEN.flatMap(([categorie, naam]) => {
    const r = actueel(pl, categorie);
    if (r['88.10'] === undefined) return [];
    return [
      compact({ deelnemer: rniDeelnemer(r['88.10']), omschrijvingVerdrag: r['88.20'], categorie: naam }),
    ];
  });
}
