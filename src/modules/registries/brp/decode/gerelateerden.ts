import { decodeDatum } from '../datum.ts';
import { voorkomens, type Persoonslijst, type Rij, type Voorkomen } from '../lo-gba.ts';
import type { Geboorte, Kind, Ouder, Partner } from '../persoon.ts';
import { geslacht, landBekend, plaats, soortVerbintenis } from '../tabellen.ts';
import { naamGerelateerde } from './naam.ts';
import { compact, heeftInhoud, nietLeeg } from './waarden.ts';

/** Birth (group 03), used for the person and every related person. */
export function geboorte(r: Rij): Geboorte | undefined {
  return nietLeeg(
    compact({ datum: decodeDatum(r['03.10']), land: landBekend(r['03.30']), plaats: plaats(r['03.20']) }),
  );
}

/** Parents: category 02 is ouder 1, category 03 ouder 2; an emptied category is left out. */
export function ouders(pl: Persoonslijst): Ouder[] {
  const resultaat: Ouder[] = [];
  for (const [categorie, ouderAanduiding] of [
    ['02', '1'],
    ['03', '2'],
  ] as const) {
    const r = voorkomens(pl, categorie)[0]?.actueel;
    if (!r || !heeftInhoud(r)) continue;
    resultaat.push(
      compact({
        burgerservicenummer: r['01.20'],
        geslacht: geslacht(r['04.10']),
        ouderAanduiding,
        datumIngangFamilierechtelijkeBetrekking: decodeDatum(r['62.10']),
        naam: naamGerelateerde(r),
        geboorte: geboorte(r),
      }),
    );
  }
  return resultaat;
}

/**
 * Children, from the current values of every occurrence of category 09. A child whose
 * occurrence holds only administrative data (e.g. after ontkenning vaderschap) is left out.
 */
export function kinderen(pl: Persoonslijst): Kind[] {
  return voorkomens(pl, '09')
    .map((v) => v.actueel)
    .filter(heeftInhoud)
    .map((r) =>
      compact({ burgerservicenummer: r['01.20'], naam: naamGerelateerde(r), geboorte: geboorte(r) }),
    );
}

/**
 * Partners: every current marriage or partnership (no datum ontbinding, 07.10); when there is
 * none, only the most recently dissolved one. Dissolving empties group 06 of the current
 * values, so the data of the marriage itself come from the newest correct historical row.
 */
export function partners(pl: Persoonslijst): Partner[] {
  const alle = voorkomens(pl, '05').filter((v) => heeftInhoud(v.actueel));
  const actuele = alle.filter((v) => v.actueel['07.10'] === undefined);
  if (actuele.length > 0) return actuele.map((v) => partner(v.actueel, v.actueel));
  const laatstOntbonden = alle.reduce<Voorkomen | undefined>(
    (laatste, v) => (!laatste || (v.actueel['07.10'] ?? '') > (laatste.actueel['07.10'] ?? '') ? v : laatste),
    undefined,
  );
  if (!laatstOntbonden) return [];
  const sluiting =
    laatstOntbonden.historie.find((r) => r['06.10'] !== undefined && r['84.10'] === undefined) ?? {};
  return [partner(laatstOntbonden.actueel, sluiting)];
}

function partner(r: Rij, sluiting: Rij): Partner {
  return compact({
    burgerservicenummer: r['01.20'],
    geslacht: geslacht(r['04.10']),
    soortVerbintenis: soortVerbintenis(r['15.10']),
    naam: naamGerelateerde(r),
    geboorte: geboorte(r),
    aangaanHuwelijkPartnerschap: nietLeeg(
      compact({
        datum: decodeDatum(sluiting['06.10']),
        land: landBekend(sluiting['06.30']),
        plaats: plaats(sluiting['06.20']),
      }),
    ),
    ontbindingHuwelijkPartnerschap: nietLeeg(compact({ datum: decodeDatum(r['07.10']) })),
  });
}
