import { decodeDatum, isoDatum } from '../datum.ts';
import { actueel, type Persoonslijst } from '../lo-gba.ts';
import type { DecodedPersoon, Persoon } from '../persoon.ts';
import { gemeente, geslacht } from '../tabellen.ts';
import { geboorte, kinderen, ouders, partners } from './gerelateerden.ts';
import { inschrijving, overlijden, rni } from './inschrijving.ts';
import { naamPersoon } from './naam.ts';
import { nationaliteiten } from './nationaliteiten.ts';
import { adressering, immigratie, verblijfplaats } from './verblijfplaats.ts';
import { compact } from './waarden.ts';

/** Decodes the current values of every category into the Haal Centraal Persoon. */
export function decodeerPersoonslijst(pl: Persoonslijst): DecodedPersoon {
  const p = actueel(pl, '01');
  const adres = actueel(pl, '08');
  const inschrijvingsgemeente = gemeente(adres['09.10']);
  const vp = verblijfplaats(adres, inschrijvingsgemeente);
  const lijst = <T>(items: T[]): T[] | undefined => (items.length > 0 ? items : undefined);
  const persoon: Persoon = compact({
    aNummer: p['01.10'],
    burgerservicenummer: p['01.20'],
    geslacht: geslacht(p['04.10']),
    naam: naamPersoon(p),
    geboorte: geboorte(p),
    nationaliteiten: lijst(nationaliteiten(pl)),
    overlijden: overlijden(actueel(pl, '06')),
    ...inschrijving(pl),
    gemeenteVanInschrijving: inschrijvingsgemeente,
    datumInschrijvingInGemeente: decodeDatum(adres['09.20']),
    verblijfplaats: vp,
    adressering: adressering(vp, inschrijvingsgemeente),
    immigratie: immigratie(adres),
    ouders: lijst(ouders(pl)),
    partners: lijst(partners(pl)),
    kinderen: lijst(kinderen(pl)),
    rni: lijst(rni(pl)),
  });
  return {
    bsn: p['01.20'] ?? null,
    aNummer: p['01.10'] ?? null,
    gemeenteVanInschrijving: adres['09.10'] ?? null,
    geslachtsnaam: p['02.40'] ?? null,
    voornamen: p['02.10'] ?? null,
    geboortedatum: isoDatum(p['03.10']),
    persoon,
  };
}
