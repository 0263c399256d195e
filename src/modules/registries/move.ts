import type { Db } from '../../platform/db/types.ts';
import { AppError, conflict, invalid, notFound } from '../../platform/errors.ts';
import * as gemeenten from '../tenants/gemeente.repository.ts';
import type { Adres } from './addresses.adapter.ts';
import { adresRegel } from './addresses.service.ts';
import { decodeDatum } from './brp/datum.ts';
import { adressering } from './brp/decode/verblijfplaats.ts';
import { compact } from './brp/decode/waarden.ts';
import { withLeeftijd } from './brp/leeftijd.ts';
import type {
  Adres as HcAdres,
  Persoon,
  Verblijfplaats,
  VolledigeDatum,
  Waardetabel,
} from './brp/persoon.ts';
import { functieAdres, gemeente } from './brp/tabellen.ts';
import * as repo from './persons.repository.ts';

/** Who reported the move for this person (LO GBA 72.10 aangifte adreshouding). */
export type Aangifte = 'ingeschrevene' | 'partner' | 'gezagsouder';

export interface VerhuizingInput {
  bsn: string;
  naar: Adres;
  /** The move date, 'YYYY-MM-DD'. */
  datum: string;
  /** The zaak (uuid) in which the move was reported, kept with the historie. */
  zaakId: string;
  /** Not stored in the registry, which has no place for it: the caller's audit trail records it. */
  aangifte: Aangifte;
}

/** A move to a municipality that is not on Loket: the citizen reports it to that municipality. */
export class NietOpLoketError extends AppError {
  override name = 'NietOpLoketError';
  constructor(readonly gemeenteCode: string) {
    super('invalid', `Municipality ${gemeenteCode} is not on Loket.`, [
      { name: 'naar', code: 'niet-op-loket', reason: `The address lies in municipality ${gemeenteCode}.` },
    ]);
  }
}

/** Whether a municipality is on this installation, and so can hold a person list. */
export async function isOpLoket(db: Db, gemeenteCode: string): Promise<boolean> {
  return (await gemeenten.findByCode(db, gemeenteCode)) !== undefined;
}

const sleutel = (vp: HcAdres) => {
  const a = vp.verblijfadres ?? {};
  const pc = (a.postcode ?? '').replace(/\s/g, '');
  return `${pc}|${a.huisnummer ?? ''}|${a.huisletter ?? ''}|${a.huisnummertoevoeging ?? ''}`.toUpperCase();
};

/** The same dwelling: the same BAG object, or the same address where a list lacks the BAG ids. */
export function zelfdeAdres(a: Verblijfplaats | undefined, b: Verblijfplaats | undefined): boolean {
  if (a?.type !== 'Adres' || b?.type !== 'Adres') return false;
  const ao = a.adresseerbaarObjectIdentificatie;
  return (ao !== undefined && ao === b.adresseerbaarObjectIdentificatie) || sleutel(a) === sleutel(b);
}

/** NEN 5825 keeps street names to 24 characters; a longer official name is cut, not abbreviated. */
const korteNaam = (straat: string) => (straat.length <= 24 ? straat : straat.slice(0, 24).trimEnd());

/** The Haal Centraal verblijfplaats for living at `adres` from `datum`. */
export function verblijfplaatsOp(adres: Adres, datum: VolledigeDatum): HcAdres {
  return compact<HcAdres>({
    type: 'Adres',
    verblijfadres: compact({
      officieleStraatnaam: adres.straat,
      korteStraatnaam: korteNaam(adres.straat),
      huisnummer: adres.huisnummer,
      huisletter: adres.huisletter ?? undefined,
      huisnummertoevoeging: adres.huisnummertoevoeging ?? undefined,
      postcode: adres.postcode,
      woonplaats: adres.woonplaats,
    }),
    functieAdres: functieAdres('W'),
    adresseerbaarObjectIdentificatie: adres.adresseerbaarObjectId,
    nummeraanduidingIdentificatie: adres.nummeraanduidingId,
    datumVan: datum,
    datumIngangGeldigheid: datum,
  });
}

function volledigeDatum(iso: string): VolledigeDatum {
  const datum = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? decodeDatum(iso.replaceAll('-', '')) : undefined;
  if (datum?.type !== 'Datum')
    throw invalid('The move date is not a date.', [{ name: 'datum', code: 'date', reason: 'Not a date.' }]);
  return datum;
}

/**
 * Registers a move in the persons registry, in the caller's transaction: the new address
 * becomes the verblijfplaats, the old one goes to the historie, and when the municipality
 * changes the person list moves to the registry of the new municipality.
 */
export async function registreerVerhuizing(
  tx: Db,
  input: VerhuizingInput,
): Promise<{ vanGemeenteCode: string; naarGemeenteCode: string }> {
  const naarGemeenteCode = input.naar.gemeenteCode;
  if (!(await isOpLoket(tx, naarGemeenteCode))) throw new NietOpLoketError(naarGemeenteCode);
  const datum = volledigeDatum(input.datum);
  const row = await repo.findByBsnForUpdate(tx, input.bsn);
  if (!row) throw notFound('No person list with this BSN.');
  const oud = row.persoon.verblijfplaats;
  if (row.persoon.overlijden !== undefined || row.persoon.opschortingBijhouding !== undefined)
    throw conflict('The person list is suspended; no move can be registered on it.');
  const nieuw = verblijfplaatsOp(input.naar, datum);
  if (zelfdeAdres(oud, nieuw)) throw conflict('The person already lives at this address.');
  const oudVan = oud?.datumVan?.type === 'Datum' ? oud.datumVan.datum : null;
  if (oudVan !== null && input.datum <= oudVan)
    throw invalid('The move date is not after the start of the current address.', [
      { name: 'datum', code: 'te-vroeg', reason: `The current address starts on ${oudVan}.` },
    ]);

  const vanGemeenteCode = row.gemeenteCode;
  const andereGemeente = naarGemeenteCode !== vanGemeenteCode;
  const inschrijving: Waardetabel | undefined = andereGemeente
    ? gemeente(naarGemeenteCode)
    : row.persoon.gemeenteVanInschrijving;
  const persoon: Persoon = {
    ...row.persoon,
    verblijfplaats: nieuw,
    adressering: adressering(nieuw, inschrijving),
    ...(andereGemeente ? { gemeenteVanInschrijving: inschrijving, datumInschrijvingInGemeente: datum } : {}),
  };
  if (oud !== undefined)
    await repo.insertVerblijfplaatsHistorie(tx, {
      bsn: input.bsn,
      gemeenteCode: vanGemeenteCode,
      verblijfplaats: { ...oud },
      datumVan: oudVan,
      datumTot: input.datum,
      naarGemeenteCode,
      zaakId: input.zaakId,
    });
  await repo.updatePersoon(tx, input.bsn, { persoon, gemeenteCode: naarGemeenteCode });
  return { vanGemeenteCode, naarGemeenteCode };
}

export interface Huisgenoot {
  bsn: string;
  naam: string;
  relatie: 'partner' | 'kind';
  geboortedatum: string | null;
}

const naamVan = (p: Persoon) =>
  p.naam?.volledigeNaam ??
  [p.naam?.voornamen, p.naam?.voorvoegsel, p.naam?.geslachtsnaam].filter(Boolean).join(' ');

/**
 * Whom the applicant may move along (Wet BRP): the spouse or registered partner living at the
 * same address, and minor children living there. Unmarried partners are not in the registry
 * as partners, so they never show up here.
 */
export async function huisgenoten(db: Db, bsn: string, today: Date): Promise<Huisgenoot[]> {
  const aanvrager = await repo.findByBsn(db, bsn);
  if (!aanvrager) return [];
  const p = aanvrager.persoon;
  const bsns = (xs: { burgerservicenummer?: string }[]) =>
    xs.flatMap((x) =>
      x.burgerservicenummer !== undefined && x.burgerservicenummer !== bsn ? [x.burgerservicenummer] : [],
    );
  // A dissolved marriage stays on the list (the latest one, when there is no current one).
  const partners = bsns((p.partners ?? []).filter((x) => x.ontbindingHuwelijkPartnerschap === undefined));
  const kinderen = bsns(p.kinderen ?? []);
  const rows = new Map((await repo.findByBsns(db, [...partners, ...kinderen])).map((r) => [r.bsn, r]));
  const thuis = (b: string) => {
    const r = rows.get(b);
    const q = r?.persoon;
    return q &&
      q.overlijden === undefined &&
      q.opschortingBijhouding === undefined &&
      zelfdeAdres(q.verblijfplaats, p.verblijfplaats)
      ? r
      : undefined;
  };
  const result: Huisgenoot[] = [];
  for (const b of partners) {
    const r = thuis(b);
    if (r)
      result.push({ bsn: b, naam: naamVan(r.persoon), relatie: 'partner', geboortedatum: r.geboortedatum });
  }
  for (const b of kinderen) {
    const r = thuis(b);
    const leeftijd = r ? withLeeftijd(r.persoon, today).leeftijd : undefined;
    if (r && leeftijd !== undefined && leeftijd < 18)
      result.push({ bsn: b, naam: naamVan(r.persoon), relatie: 'kind', geboortedatum: r.geboortedatum });
  }
  return result;
}

export interface Vertrokkene {
  bsn: string;
  naam: string | null;
  datumVertrek: string;
  naarGemeente: Waardetabel;
  /** The address left, as one line. */
  vorigAdres: string | null;
  zaakId: string | null;
}

function regel(vp: Verblijfplaats): string | null {
  if (vp.type !== 'Adres' || vp.verblijfadres?.huisnummer === undefined) return null;
  const a = vp.verblijfadres;
  return adresRegel({
    straat: a.officieleStraatnaam ?? a.korteStraatnaam ?? '',
    huisnummer: a.huisnummer ?? 0,
    huisletter: a.huisletter ?? null,
    huisnummertoevoeging: a.huisnummertoevoeging ?? null,
    postcode: a.postcode ?? '',
    woonplaats: a.woonplaats ?? '',
  });
}

/** Former residents who moved out of a municipality, newest first: for its back office. */
export async function vertrokken(
  db: Db,
  gemeenteCode: string,
  options: { sinds?: string } = {},
): Promise<Vertrokkene[]> {
  const rows = await repo.findVertrokken(db, gemeenteCode, options);
  return rows.map((r) => ({
    bsn: r.bsn,
    naam: r.naam,
    datumVertrek: r.datumVertrek,
    naarGemeente: gemeente(r.naarGemeenteCode) ?? { code: r.naarGemeenteCode },
    vorigAdres: regel(r.verblijfplaats as unknown as Verblijfplaats),
    zaakId: r.zaakId,
  }));
}
