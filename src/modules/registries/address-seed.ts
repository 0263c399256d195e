import { createHash } from 'node:crypto';
import type { Db } from '../../platform/db/types.ts';
import * as repo from './addresses.repository.ts';
import { normalisePostcode } from './addresses.service.ts';
import { gemeente } from './brp/tabellen.ts';
import { listAdresVerblijfplaatsen } from './persons.repository.ts';

interface ExtraAdres {
  gemeenteCode: string;
  woonplaats: string;
  straat: string;
  huisnummer: number;
  huisletter?: string;
  huisnummertoevoeging?: string;
  postcode: string;
  oppervlakte: number;
  gebruiksdoelen?: string[];
}

const KANTOOR = ['kantoorfunctie'];
const plaats =
  (gemeenteCode: string, woonplaats: string) =>
  (
    straat: string,
    huisnummer: number,
    postcode: string,
    oppervlakte: number,
    extra: Partial<ExtraAdres> = {},
  ) =>
    ({ gemeenteCode, woonplaats, straat, huisnummer, postcode, oppervlakte, ...extra }) satisfies ExtraAdres;
const rotterdam = plaats('0599', 'Rotterdam');
const denHaag = plaats('0518', "'s-Gravenhage");
const amsterdam = plaats('0363', 'Amsterdam');
const utrecht = plaats('0344', 'Utrecht');
const hellevoetsluis = plaats('0530', 'Hellevoetsluis');

/**
 * Demo addresses where nobody lives yet, in every demo municipality: family homes to move to,
 * a number with several additions (for 'meerdere'), a studio of 18 m² and the town hall, an
 * office only (both for the occupancy signal), and a home in Delft, which is not on Loket.
 */
export const EXTRA_ADRESSEN: readonly ExtraAdres[] = [
  rotterdam('Essenburgsingel', 24, '3022EH', 128),
  rotterdam('Statensingel', 101, '3039LN', 118),
  rotterdam('Oudedijk', 150, '3061AN', 135),
  rotterdam('Witte de Withstraat', 10, '3012BP', 58, { huisletter: 'A' }),
  rotterdam('Witte de Withstraat', 10, '3012BP', 64, { huisletter: 'B' }),
  rotterdam('Witte de Withstraat', 10, '3012BP', 72, { huisletter: 'C' }),
  rotterdam('Nieuwe Binnenweg', 201, '3014GJ', 18),
  rotterdam('Coolsingel', 40, '3011AD', 5200, { gebruiksdoelen: KANTOOR }),
  denHaag('Stevinstraat', 120, '2587EN', 124),
  denHaag('Weimarstraat', 88, '2562HB', 112),
  denHaag('Frederik Hendriklaan', 150, '2582BT', 140),
  denHaag('Prinsegracht', 10, '2512GA', 55, { huisletter: 'A' }),
  denHaag('Prinsegracht', 10, '2512GA', 61, { huisletter: 'B' }),
  denHaag('Prinsegracht', 10, '2512GA', 67, { huisletter: 'C' }),
  denHaag('Hoogstraat', 12, '2513AR', 18),
  denHaag('Spui', 70, '2511BT', 8000, { gebruiksdoelen: KANTOOR }),
  amsterdam('Jan Evertsenstraat', 200, '1056EK', 110),
  amsterdam('Middenweg', 120, '1097BS', 126),
  amsterdam('Van Nijenrodeweg', 50, '1081BH', 138),
  // Amsterdam numbers its floors with a toevoeging: H(uis) for the ground floor, then 1, 2.
  amsterdam('Kinkerstraat', 10, '1053DT', 48, { huisnummertoevoeging: 'H' }),
  amsterdam('Kinkerstraat', 10, '1053DT', 52, { huisnummertoevoeging: '1' }),
  amsterdam('Kinkerstraat', 10, '1053DT', 52, { huisnummertoevoeging: '2' }),
  amsterdam('Eerste Helmersstraat', 33, '1054DB', 18),
  amsterdam('Amstel', 1, '1011PN', 9000, { gebruiksdoelen: KANTOOR }),
  utrecht('Biltstraat', 150, '3572BH', 116),
  utrecht('Kanaalstraat', 80, '3531CM', 104),
  utrecht('Twijnstraat', 40, '3511ZL', 122),
  utrecht('Oudegracht', 10, '3511AN', 60, { huisletter: 'A' }),
  utrecht('Oudegracht', 10, '3511AN', 66, { huisletter: 'B' }),
  utrecht('Oudegracht', 10, '3511AN', 70, { huisletter: 'C' }),
  utrecht('Voorstraat', 18, '3512AK', 18),
  utrecht('Stadsplateau', 1, '3521AZ', 7000, { gebruiksdoelen: KANTOOR }),
  hellevoetsluis('Kerkstraat', 12, '3221AH', 122),
  hellevoetsluis('Rijksstraatweg', 100, '3222KG', 130),
  hellevoetsluis('Nieuwstraat', 8, '3221AB', 108),
  hellevoetsluis('Opzoomerlaan', 10, '3221VE', 57, { huisletter: 'A' }),
  hellevoetsluis('Opzoomerlaan', 10, '3221VE', 63, { huisletter: 'B' }),
  hellevoetsluis('Opzoomerlaan', 10, '3221VE', 69, { huisletter: 'C' }),
  hellevoetsluis('Oostkade', 3, '3221AM', 18),
  hellevoetsluis('Oostzanddijk', 26, '3221AL', 3000, { gebruiksdoelen: KANTOOR }),
  plaats('0503', 'Delft')('Oude Delft', 100, '2611CE', 126),
];

const sha = (s: string) => BigInt(`0x${createHash('sha256').update(s).digest('hex').slice(0, 15)}`);

/** A BAG-shaped id (gemeente code, object type, ten digits) that is the same on every run. */
function afgeleidId(gemeenteCode: string, soort: '01' | '20', sleutel: string): string {
  return `${gemeenteCode}${soort}${String(sha(`${soort}|${sleutel}`) % 10_000_000_000n).padStart(10, '0')}`;
}

/** A floor area between 45 and 140 m², the same on every run. */
const oppervlakteVoor = (sleutel: string) => 45 + Number(sha(`m2|${sleutel}`) % 96n);

// The RvIG test set holds some official street names in T.61, a non-spacing accent before its
// letter, read as Latin-1 ('DaniÈelstraat'): put the accent back on its letter.
const T61: Readonly<Record<string, string>> = {
  Á: '\u0300',
  Â: '\u0301',
  Ã: '\u0302',
  Ä: '\u0303',
  Å: '\u0304',
  Æ: '\u0306',
  Ç: '\u0307',
  È: '\u0308',
  Ê: '\u030a',
  Ë: '\u0327',
  Í: '\u030b',
  Î: '\u0328',
  Ï: '\u030c',
};
export const herstelT61 = (naam: string) =>
  naam
    .replace(
      /([ÁÂÃÄÅÆÇÈÊËÍÎÏ])([A-Za-z])/g,
      (_m, accent: string, letter: string) => `${letter}${T61[accent] ?? ''}`,
    )
    .normalize('NFC');

const bagId = (id: string | undefined) => (id !== undefined && /^\d{16}$/.test(id) ? id : undefined);

/**
 * Fills the address registry, idempotently: every address someone in the persons registry lives
 * at, with its BAG ids when the person list has them, plus the demo addresses above. Run it
 * after the BRP import. An address already present is left untouched.
 */
export async function seedAddresses(db: Db): Promise<{ adressen: number; toegevoegd: number }> {
  const rows = new Map<string, repo.AdresRow>();
  const ids = new Set<string>();
  const add = (
    row: Omit<repo.AdresRow, 'nummeraanduidingId' | 'adresseerbaarObjectId'>,
    na?: string,
    ao?: string,
  ) => {
    const sleutel =
      `${row.postcode}|${row.huisnummer}|${row.huisletter ?? ''}|${row.huisnummertoevoeging ?? ''}`.toUpperCase();
    if (rows.has(sleutel)) return;
    // The test set gives one id to addresses with different postcodes now and then: derive a new one.
    let nummeraanduidingId =
      na !== undefined && !ids.has(na) ? na : afgeleidId(row.gemeenteCode, '20', sleutel);
    for (let n = 1; ids.has(nummeraanduidingId); n++)
      nummeraanduidingId = afgeleidId(row.gemeenteCode, '20', `${sleutel}#${n}`);
    ids.add(nummeraanduidingId);
    rows.set(sleutel, {
      ...row,
      nummeraanduidingId,
      adresseerbaarObjectId: ao ?? afgeleidId(row.gemeenteCode, '01', sleutel),
    });
  };

  for (const { gemeenteCode, verblijfplaats: vp } of await listAdresVerblijfplaatsen(db)) {
    if (vp.type !== 'Adres') continue;
    const a = vp.verblijfadres ?? {};
    const postcode = normalisePostcode(a.postcode ?? '');
    const straat = (
      a.officieleStraatnaam !== undefined ? herstelT61(a.officieleStraatnaam) : a.korteStraatnaam
    )?.trim();
    const huisnummer = a.huisnummer ?? 0;
    if (postcode === undefined || !straat || huisnummer < 1 || huisnummer > 99999) continue;
    const na = bagId(vp.nummeraanduidingIdentificatie);
    const sleutel = na ?? `${postcode}|${huisnummer}|${a.huisletter ?? ''}|${a.huisnummertoevoeging ?? ''}`;
    add(
      {
        gemeenteCode,
        straat,
        huisnummer,
        huisletter: a.huisletter ?? '',
        huisnummertoevoeging: a.huisnummertoevoeging ?? '',
        postcode,
        woonplaats: a.woonplaats ?? gemeente(gemeenteCode)?.omschrijving ?? '',
        gebruiksdoelen: ['woonfunctie'],
        oppervlakte: oppervlakteVoor(sleutel),
      },
      na,
      bagId(vp.adresseerbaarObjectIdentificatie),
    );
  }
  for (const e of EXTRA_ADRESSEN)
    add({
      ...e,
      huisletter: e.huisletter ?? '',
      huisnummertoevoeging: e.huisnummertoevoeging ?? '',
      gebruiksdoelen: e.gebruiksdoelen ?? ['woonfunctie'],
    });

  const toegevoegd = await repo.insertMissing(db, [...rows.values()]);
  return { adressen: rows.size, toegevoegd };
}
