import { Type, type Static } from '@sinclair/typebox';
import type { Correspondentieadres } from './documents.schema.ts';
import type { VerzendingRecord, VerzendingRow } from './verzendingen.repository.ts';
import { DateString, Enum, Nullable, Url } from './zgw-input.ts';
import type { DrcBrcUrls } from './zgw-urls.ts';

const Binnenlands = Type.Object({
  huisletter: Type.Optional(Type.String({ maxLength: 1 })),
  huisnummer: Type.Integer({ minimum: 1, maximum: 99999 }),
  huisnummerToevoeging: Type.Optional(Type.String({ maxLength: 4 })),
  naamOpenbareRuimte: Type.String({ minLength: 1, maxLength: 80 }),
  postcode: Type.Optional(Type.String({ maxLength: 6 })),
  woonplaatsnaam: Type.String({ minLength: 1, maxLength: 80 }),
});
const Buitenlands = Type.Object({
  adresBuitenland1: Type.String({ minLength: 1, maxLength: 35 }),
  adresBuitenland2: Type.Optional(Type.String({ maxLength: 35 })),
  adresBuitenland3: Type.Optional(Type.String({ maxLength: 35 })),
  landPostadres: Url(200),
});
const Postadres = Type.Object({
  postBusOfAntwoordnummer: Type.Integer({ minimum: 1, maximum: 9999 }),
  postadresPostcode: Type.String({ minLength: 1, maxLength: 6 }),
  postadresType: Enum(['antwoordnummer', 'postbusnummer']),
  woonplaatsnaam: Type.String({ minLength: 1, maxLength: 80 }),
});

const fields = {
  betrokkene: Url(200),
  informatieobject: Type.String({ format: 'uri' }),
  aardRelatie: Enum(['afzender', 'geadresseerde']),
  toelichting: Type.Optional(Type.String({ maxLength: 200 })),
  ontvangstdatum: Type.Optional(Nullable(DateString())),
  verzenddatum: Type.Optional(Nullable(DateString())),
  contactPersoon: Url(1000),
  contactpersoonnaam: Type.Optional(Type.String({ maxLength: 40 })),
  binnenlandsCorrespondentieadres: Type.Optional(Nullable(Binnenlands)),
  buitenlandsCorrespondentieadres: Type.Optional(Nullable(Buitenlands)),
  correspondentiePostadres: Type.Optional(Nullable(Postadres)),
  faxnummer: Type.Optional(Nullable(Type.String({ maxLength: 15 }))),
  emailadres: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  mijnOverheid: Type.Optional(Type.Boolean()),
  telefoonnummer: Type.Optional(Nullable(Type.String({ maxLength: 15 }))),
};
export const VerzendingRequest = Type.Object(fields);
export const PatchedVerzendingRequest = Type.Partial(VerzendingRequest);
export type VerzendingInput = Static<typeof PatchedVerzendingRequest>;
type BinnenlandsAdres = Static<typeof Binnenlands>;

/** How many addresses a verzending names: exactly one is allowed. */
export const adresCount = (v: VerzendingRow) =>
  [
    v.perPost,
    v.buitenlandsCorrespondentieadres,
    v.correspondentiePostadres,
    v.faxnummer,
    v.emailadres,
    v.telefoonnummer,
  ].filter((x) => x !== null && x !== false && x !== '').length + (v.mijnOverheid ? 1 : 0);

/** The Dutch address of the ZGW request as Loket keeps a letter's address (and back). */
export function toCorrespondentieadres(a: BinnenlandsAdres, naam: string): Correspondentieadres {
  return {
    naam,
    straat: a.naamOpenbareRuimte,
    huisnummer: a.huisnummer,
    ...(a.huisletter ? { huisletter: a.huisletter } : {}),
    ...(a.huisnummerToevoeging ? { huisnummertoevoeging: a.huisnummerToevoeging } : {}),
    postcode: a.postcode ?? '',
    woonplaats: a.woonplaatsnaam,
  };
}

/** No postal address: the verzending goes by another channel. */
export const geenPostadres = (naam: string): Correspondentieadres => ({
  naam,
  straat: '',
  huisnummer: 0,
  postcode: '',
  woonplaats: '',
});

function binnenlands(a: Correspondentieadres) {
  return {
    ...(a.huisletter ? { huisletter: a.huisletter.slice(0, 1) } : {}),
    huisnummer: a.huisnummer,
    ...(a.huisnummertoevoeging ? { huisnummerToevoeging: a.huisnummertoevoeging.slice(0, 4) } : {}),
    naamOpenbareRuimte: a.straat.slice(0, 80),
    postcode: a.postcode.replace(/\s+/g, '').slice(0, 6),
    woonplaatsnaam: a.woonplaats.slice(0, 80),
  };
}

/** The ZGW Verzending; a letter of the portal or back office names the zaak's initiator as betrokkene. */
export function verzendingView(urls: DrcBrcUrls, r: VerzendingRecord) {
  const v = r.verzending;
  const fallback = r.initiatorRolId
    ? urls.url('rol', r.initiatorRolId)
    : urls.url('enkelvoudiginformatieobject', v.informatieobjectId);
  return {
    url: urls.url('verzending', v.id),
    betrokkene: v.betrokkene ?? fallback,
    informatieobject: urls.url('enkelvoudiginformatieobject', v.informatieobjectId),
    aardRelatie: v.aardRelatie,
    toelichting: v.toelichting,
    ontvangstdatum: v.ontvangstdatum,
    verzenddatum: v.verzenddatum,
    contactPersoon: v.contactPersoon ?? fallback,
    contactpersoonnaam: (v.contactpersoonnaam || v.adres.naam).slice(0, 40),
    binnenlandsCorrespondentieadres: v.perPost ? binnenlands(v.adres) : null,
    buitenlandsCorrespondentieadres: v.buitenlandsCorrespondentieadres,
    correspondentiePostadres: v.correspondentiePostadres,
    faxnummer: v.faxnummer,
    emailadres: v.emailadres,
    mijnOverheid: v.mijnOverheid,
    telefoonnummer: v.telefoonnummer,
  };
}
