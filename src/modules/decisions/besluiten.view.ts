import { Type } from '@sinclair/typebox';
import type { DrcBrcUrls } from '../documents/zgw-urls.ts';
import { DateString, Enum, Nullable, Url } from '../documents/zgw-input.ts';
import { besluittypeUrlOf, zaakUrlOf } from './besluiten-access.ts';
import type { BesluitRow, BioRow } from './besluiten.repository.ts';
import { VERVALREDENEN, type Vervalreden } from './decisions.schema.ts';

const WEERGAVE: Record<Vervalreden, string> = {
  tijdelijk: 'Besluit met tijdelijke werking',
  ingetrokken_overheid: 'Besluit ingetrokken door overheid',
  ingetrokken_belanghebbende: 'Besluit ingetrokken o.v.v. belanghebbende',
};

const fields = {
  identificatie: Type.Optional(Type.String({ maxLength: 50 })),
  verantwoordelijkeOrganisatie: Type.String({ minLength: 1, maxLength: 9 }),
  besluittype: Url(200),
  zaak: Type.Optional(Type.Union([Type.Literal(''), Url(200)])),
  datum: DateString(),
  toelichting: Type.Optional(Type.String()),
  bestuursorgaan: Type.Optional(Type.String({ maxLength: 50 })),
  ingangsdatum: DateString(),
  vervaldatum: Type.Optional(Nullable(DateString())),
  vervalreden: Type.Optional(Enum([...VERVALREDENEN, ''])),
  publicatiedatum: Type.Optional(Nullable(DateString())),
  verzenddatum: Type.Optional(Nullable(DateString())),
  uiterlijkeReactiedatum: Type.Optional(Nullable(DateString())),
};
export const BesluitRequest = Type.Object(fields);
export const PatchedBesluitRequest = Type.Partial(BesluitRequest);

export const BesluitInformatieObjectRequest = Type.Object({
  informatieobject: Url(1000),
  besluit: Type.String({ format: 'uri' }),
});

/** The ZGW Besluit; absent values are left out where the spec has no empty value for them. */
export function besluitView(urls: DrcBrcUrls, b: BesluitRow) {
  const zaak = zaakUrlOf(urls, b);
  return {
    url: urls.url('besluit', b.id),
    identificatie: b.identificatie,
    verantwoordelijkeOrganisatie: b.verantwoordelijkeOrganisatie,
    besluittype: besluittypeUrlOf(urls, b),
    ...(zaak ? { zaak } : {}),
    datum: b.datum,
    toelichting: b.toelichting,
    bestuursorgaan: b.bestuursorgaan,
    ingangsdatum: b.ingangsdatum,
    vervaldatum: b.vervaldatum,
    ...(b.vervalreden ? { vervalreden: b.vervalreden, vervalredenWeergave: WEERGAVE[b.vervalreden] } : {}),
    publicatiedatum: b.publicatiedatum,
    verzenddatum: b.verzenddatum,
    uiterlijkeReactiedatum: b.uiterlijkeReactiedatum,
  };
}

export const bioView = (urls: DrcBrcUrls, r: BioRow) => ({
  url: urls.url('besluitinformatieobject', r.id),
  informatieobject: urls.url('enkelvoudiginformatieobject', r.informatieobjectId),
  besluit: urls.url('besluit', r.besluitId),
});
