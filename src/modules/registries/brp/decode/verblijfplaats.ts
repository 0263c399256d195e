import { decodeDatum } from '../datum.ts';
import type { Rij } from '../lo-gba.ts';
import type {
  Adres,
  Adressering,
  Immigratie,
  Locatie,
  Verblijfplaats,
  VerblijfplaatsBuitenland,
  VerblijfplaatsOnbekend,
  Waardetabel,
} from '../persoon.ts';
import { aanduidingBijHuisnummer, functieAdres, landBekend } from '../tabellen.ts';
import { compact, nietLeeg, zonderStandaard } from './waarden.ts';

/**
 * The current verblijfplaats (category 08): an Adres when any element of group 11 has a
 * value, a Locatie when 12.10 has one, abroad when 13.10 is a country, unknown when 13.10 is
 * 0000. The municipality of registration names the woonplaats when 11.70 is empty or '.'.
 */
export function verblijfplaats(r: Rij, gemeente: Waardetabel | undefined): Verblijfplaats | undefined {
  const basis = compact({ datumIngangGeldigheid: decodeDatum(r['85.10']) });
  const nietOpAdres = r['83.10'] === '089999' ? true : undefined;
  const woonplaats = zonderStandaard(r['11.70'], '.') ?? gemeente?.omschrijving;
  if (Object.keys(r).some((sleutel) => sleutel.startsWith('11.'))) {
    const huisnummer = Number(r['11.20'] ?? '0');
    return compact<Adres>({
      type: 'Adres',
      verblijfadres: nietLeeg(
        compact({
          officieleStraatnaam: r['11.15'],
          korteStraatnaam: zonderStandaard(r['11.10'], '.'),
          huisnummer: huisnummer > 0 ? huisnummer : undefined,
          huisletter: r['11.30'],
          huisnummertoevoeging: r['11.40'],
          aanduidingBijHuisnummer: aanduidingBijHuisnummer(r['11.50']),
          postcode: r['11.60'],
          woonplaats,
        }),
      ),
      functieAdres: functieAdres(r['10.10']),
      adresseerbaarObjectIdentificatie: bagIdentificatie(r['11.80']),
      nummeraanduidingIdentificatie: bagIdentificatie(r['11.90']),
      datumVan: decodeDatum(r['10.30']),
      indicatieVastgesteldVerblijftNietOpAdres: nietOpAdres,
      ...basis,
    });
  }
  if (r['12.10'] !== undefined) {
    return compact<Locatie>({
      type: 'Locatie',
      verblijfadres: { locatiebeschrijving: r['12.10'] },
      functieAdres: functieAdres(r['10.10']),
      datumVan: decodeDatum(r['10.30']),
      indicatieVastgesteldVerblijftNietOpAdres: nietOpAdres,
      ...basis,
    });
  }
  if (r['13.10'] === '0000') {
    return compact<VerblijfplaatsOnbekend>({
      type: 'VerblijfplaatsOnbekend',
      datumVan: decodeDatum(r['13.20']),
      ...basis,
    });
  }
  if (r['13.10'] !== undefined) {
    return compact<VerblijfplaatsBuitenland>({
      type: 'VerblijfplaatsBuitenland',
      verblijfadres: nietLeeg(
        compact({ regel1: r['13.30'], regel2: r['13.40'], regel3: r['13.50'], land: landBekend(r['13.10']) }),
      ),
      datumVan: decodeDatum(r['13.20']),
      ...basis,
    });
  }
  return undefined;
}

/**
 * A BAG identification is exactly 16 digits. Some sources stored it as a number and padded the
 * lost leading zeros with spaces; such a value, or the standard value of zeros, is left out.
 */
function bagIdentificatie(waarde: string | undefined): string | undefined {
  const id = waarde?.trim();
  return id !== undefined && /^\d{16}$/.test(id) && id !== '0000000000000000' ? id : undefined;
}

/**
 * Address lines per NEN 5825:2002. Domestic: street, 'bij'/'t/o', house number and addition
 * on line 1 (only when street and number are known), postcode and woonplaats in capitals on
 * line 2. A location has its description on line 1. Abroad: the three registered lines and
 * the country.
 */
export function adressering(
  vp: Verblijfplaats | undefined,
  gemeente: Waardetabel | undefined,
): Adressering | undefined {
  if (!vp) return undefined;
  const nietOpAdres =
    'indicatieVastgesteldVerblijftNietOpAdres' in vp
      ? vp.indicatieVastgesteldVerblijftNietOpAdres
      : undefined;
  if (vp.type === 'Adres') {
    const a = vp.verblijfadres ?? {};
    if (a.korteStraatnaam === undefined || a.huisnummer === undefined)
      return nietLeeg(compact({ indicatieVastgesteldVerblijftNietOpAdres: nietOpAdres }));
    const aanduiding =
      a.aanduidingBijHuisnummer?.code === 'to'
        ? 't/o'
        : a.aanduidingBijHuisnummer?.code === 'by'
          ? 'bij'
          : undefined;
    const toevoeging = `${a.huisletter ?? ''}${a.huisnummertoevoeging ?? ''}`;
    const nummer =
      toevoeging === ''
        ? `${a.huisnummer}`
        : `${a.huisnummer}${/^\d/.test(toevoeging) ? '-' : ' '}${toevoeging}`;
    return compact({
      adresregel1: [a.korteStraatnaam, aanduiding, nummer].filter(Boolean).join(' '),
      adresregel2: regel2(a.postcode, a.woonplaats),
      indicatieVastgesteldVerblijftNietOpAdres: nietOpAdres,
    });
  }
  if (vp.type === 'Locatie') {
    return compact({
      adresregel1: vp.verblijfadres?.locatiebeschrijving,
      adresregel2: regel2(undefined, gemeente?.omschrijving),
      indicatieVastgesteldVerblijftNietOpAdres: nietOpAdres,
    });
  }
  if (vp.type === 'VerblijfplaatsBuitenland' && vp.verblijfadres?.land) {
    const { regel1, regel2: tweede, regel3, land } = vp.verblijfadres;
    return compact({ adresregel1: regel1, adresregel2: tweede, adresregel3: regel3, land });
  }
  return undefined;
}

/** Line 2 of a domestic address: '2584 BZ  'S-GRAVENHAGE' (two spaces before the place). */
export function regel2(postcode: string | undefined, woonplaats: string | undefined): string | undefined {
  const pc = postcode?.replace(/^(\d{4}) ?([A-Za-z]{2})$/, '$1 $2');
  const plaats = woonplaats?.toUpperCase();
  const regel = [pc, plaats].filter(Boolean).join('  ');
  return regel === '' ? undefined : regel;
}

/** Immigration (group 14): country of departure and date of settling in the Netherlands. */
export function immigratie(r: Rij): Immigratie | undefined {
  const land = r['14.10'];
  const datum = r['14.20'];
  return nietLeeg(
    compact({
      landVanwaarIngeschreven: landBekend(land),
      datumVestigingInNederland: decodeDatum(datum),
      vanuitVerblijfplaatsOnbekend: land === '0000' ? true : undefined,
      indicatieVestigingVanuitBuitenland: datum !== undefined ? true : undefined,
    }),
  );
}
