import {
  FormatRegistry,
  Type,
  type Static,
  type TLiteral,
  type TObject,
  type TSchema,
  type TUnion,
} from '@sinclair/typebox';
import { TypeCompiler, type TypeCheck } from '@sinclair/typebox/compiler';
import { ValueErrorType, type ValueError } from '@sinclair/typebox/errors';
import { invalid, type InvalidParam } from '../../platform/errors.ts';
import { VERTROUWELIJKHEID } from '../catalog/catalog.schema.ts';
import { BETROKKENE_TYPEN } from './cases.schema.ts';

/**
 * Request bodies of the Zaken API: one TypeBox declaration per body is the check, the type and
 * the shape of the 400 (invalidParams with the field names of the standard).
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const formats: Record<string, (v: string) => boolean> = {
  date: (v) => DATE.test(v) && !Number.isNaN(Date.parse(v)),
  'date-time': (v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v) && !Number.isNaN(Date.parse(v)),
  uri: (v) => /^https?:\/\//i.test(v) && URL.canParse(v),
  duration: (v) => /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/.test(v),
};
for (const [name, check] of Object.entries(formats))
  if (!FormatRegistry.Has(name)) FormatRegistry.Set(name, check);

const str = (maxLength: number) => Type.String({ maxLength });
const uri = () => Type.String({ format: 'uri', maxLength: 1000 });
const date = () => Type.String({ format: 'date' });
const nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const oneOf = <T extends readonly string[]>(values: T) =>
  Type.Union(values.map((v) => Type.Literal(v))) as unknown as TUnion<TLiteral<T[number]>[]>;
const rsin = () => Type.String({ pattern: '^[0-9]{9}$' });

/** GeoJSON geometry: checked for its shape; coordinates are numbers at some depth. */
const geometry = Type.Object({
  type: oneOf([
    'Point',
    'MultiPoint',
    'LineString',
    'MultiLineString',
    'Polygon',
    'MultiPolygon',
    'GeometryCollection',
  ] as const),
  coordinates: Type.Optional(Type.Array(Type.Unknown())),
  geometries: Type.Optional(Type.Array(Type.Unknown())),
});

const zaakVelden = {
  identificatie: Type.Optional(str(40)),
  bronorganisatie: rsin(),
  omschrijving: Type.Optional(str(80)),
  toelichting: Type.Optional(str(1000)),
  zaaktype: uri(),
  registratiedatum: Type.Optional(date()),
  verantwoordelijkeOrganisatie: rsin(),
  startdatum: date(),
  einddatumGepland: Type.Optional(nullable(date())),
  uiterlijkeEinddatumAfdoening: Type.Optional(nullable(date())),
  publicatiedatum: Type.Optional(nullable(date())),
  communicatiekanaal: Type.Optional(Type.Union([uri(), Type.Literal('')])),
  productenOfDiensten: Type.Optional(Type.Array(uri())),
  vertrouwelijkheidaanduiding: Type.Optional(oneOf(VERTROUWELIJKHEID)),
  betalingsindicatie: Type.Optional(oneOf(['', 'nvt', 'nog_niet', 'gedeeltelijk', 'geheel'] as const)),
  laatsteBetaaldatum: Type.Optional(nullable(Type.String({ format: 'date-time' }))),
  zaakgeometrie: Type.Optional(nullable(geometry)),
  verlenging: Type.Optional(
    nullable(Type.Object({ reden: str(200), duur: Type.String({ format: 'duration' }) })),
  ),
  opschorting: Type.Optional(nullable(Type.Object({ indicatie: Type.Boolean(), reden: str(200) }))),
  selectielijstklasse: Type.Optional(Type.Union([uri(), Type.Literal('')])),
  hoofdzaak: Type.Optional(nullable(uri())),
  relevanteAndereZaken: Type.Optional(
    Type.Array(
      Type.Object({ url: uri(), aardRelatie: oneOf(['vervolg', 'onderwerp', 'bijdrage'] as const) }),
    ),
  ),
  kenmerken: Type.Optional(Type.Array(Type.Object({ kenmerk: str(40), bron: str(40) }))),
  archiefnominatie: Type.Optional(nullable(oneOf(['', 'blijvend_bewaren', 'vernietigen'] as const))),
  archiefstatus: Type.Optional(
    oneOf([
      'nog_te_archiveren',
      'gearchiveerd',
      'gearchiveerd_procestermijn_onbekend',
      'overgedragen',
    ] as const),
  ),
  archiefactiedatum: Type.Optional(nullable(date())),
  opdrachtgevendeOrganisatie: Type.Optional(str(9)),
  processobjectaard: Type.Optional(nullable(str(200))),
  startdatumBewaartermijn: Type.Optional(nullable(date())),
  processobject: Type.Optional(
    nullable(
      Type.Object({
        datumkenmerk: str(250),
        identificatie: str(250),
        objecttype: str(250),
        registratie: str(250),
      }),
    ),
  ),
};
export const ZaakBody = Type.Object(zaakVelden);
export type ZaakInput = Static<typeof ZaakBody>;
export const ZaakPatch = Type.Partial(ZaakBody);
export type ZaakPatchInput = Static<typeof ZaakPatch>;

export const StatusBody = Type.Object({
  zaak: uri(),
  statustype: uri(),
  datumStatusGezet: Type.String({ format: 'date-time' }),
  statustoelichting: Type.Optional(str(1000)),
  gezetdoor: Type.Optional(Type.Union([uri(), Type.Literal('')])),
});
export type StatusInput = Static<typeof StatusBody>;

export const RolBody = Type.Object({
  zaak: uri(),
  betrokkene: Type.Optional(Type.Union([uri(), Type.Literal('')])),
  betrokkeneType: oneOf(BETROKKENE_TYPEN),
  afwijkendeNaamBetrokkene: Type.Optional(str(625)),
  roltype: uri(),
  roltoelichting: Type.Optional(str(1000)),
  indicatieMachtiging: Type.Optional(oneOf(['', 'gemachtigde', 'machtiginggever'] as const)),
  contactpersoonRol: Type.Optional(
    nullable(
      Type.Object({
        naam: str(200),
        emailadres: Type.Optional(str(254)),
        functie: Type.Optional(str(50)),
        telefoonnummer: Type.Optional(str(20)),
      }),
    ),
  ),
  betrokkeneIdentificatie: Type.Optional(nullable(Type.Record(Type.String(), Type.Unknown()))),
});
export type RolInput = Static<typeof RolBody>;

export const ResultaatBody = Type.Object({
  zaak: uri(),
  resultaattype: uri(),
  toelichting: Type.Optional(str(1000)),
});
export type ResultaatInput = Static<typeof ResultaatBody>;
export const ResultaatPatch = Type.Partial(ResultaatBody);

export const ZaakeigenschapBody = Type.Object({ zaak: uri(), eigenschap: uri(), waarde: Type.String() });
export type ZaakeigenschapInput = Static<typeof ZaakeigenschapBody>;
export const ZaakeigenschapPatch = Type.Partial(ZaakeigenschapBody);

export const OBJECT_TYPES = [
  'adres',
  'besluit',
  'buurt',
  'enkelvoudig_document',
  'gemeente',
  'gemeentelijke_openbare_ruimte',
  'huishouden',
  'inrichtingselement',
  'kadastrale_onroerende_zaak',
  'kunstwerkdeel',
  'maatschappelijke_activiteit',
  'medewerker',
  'natuurlijk_persoon',
  'niet_natuurlijk_persoon',
  'openbare_ruimte',
  'organisatorische_eenheid',
  'pand',
  'spoorbaandeel',
  'status',
  'terreindeel',
  'terrein_gebouwd_object',
  'vestiging',
  'waterdeel',
  'wegdeel',
  'wijk',
  'woonplaats',
  'woz_deelobject',
  'woz_object',
  'woz_waarde',
  'zakelijk_recht',
  'overige',
] as const;

export const ZaakobjectBody = Type.Object({
  zaak: uri(),
  object: Type.Optional(Type.Union([uri(), Type.Literal('')])),
  zaakobjecttype: Type.Optional(Type.Union([uri(), Type.Literal('')])),
  objectType: oneOf(OBJECT_TYPES),
  objectTypeOverige: Type.Optional(str(100)),
  objectTypeOverigeDefinitie: Type.Optional(
    nullable(Type.Object({ url: uri(), schema: Type.String(), objectData: Type.String() })),
  ),
  relatieomschrijving: Type.Optional(str(80)),
  objectIdentificatie: Type.Optional(nullable(Type.Record(Type.String(), Type.Unknown()))),
});
export type ZaakobjectInput = Static<typeof ZaakobjectBody>;
export const ZaakobjectPatch = Type.Partial(ZaakobjectBody);

export const ZioBody = Type.Object({
  informatieobject: uri(),
  zaak: uri(),
  titel: Type.Optional(str(200)),
  beschrijving: Type.Optional(Type.String()),
  vernietigingsdatum: Type.Optional(nullable(Type.String({ format: 'date-time' }))),
  status: Type.Optional(nullable(uri())),
});
export type ZioInput = Static<typeof ZioBody>;
export const ZioPatch = Type.Partial(ZioBody);

export const ReserveringBody = Type.Object({
  bronorganisatie: Type.String({ pattern: '^[0-9]{9}$' }),
  aantal: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
});

export const ZaakbesluitBody = Type.Object({ besluit: uri() });

const compiled = new WeakMap<TSchema, TypeCheck<TSchema>>();

const code = (t: ValueErrorType, value: unknown): string => {
  if (value === undefined) return 'required';
  if (t === ValueErrorType.StringMaxLength) return 'max_length';
  if (t === ValueErrorType.StringFormat) return 'invalid';
  if (t === ValueErrorType.Union || t === ValueErrorType.Literal) return 'invalid_choice';
  return 'invalid';
};

/**
 * A union (e.g. an object or null) fails as a whole; when one of its variants got further into
 * the value, its errors name the field that is wrong (verlenging.duur rather than verlenging).
 */
function specific(errors: ValueError[]): ValueError[] {
  return errors.flatMap((e) => {
    if (e.type !== ValueErrorType.Union || e.errors.length === 0) return [e];
    const variants = e.errors.map((it) => [...it]);
    const depth = (es: ValueError[]) => Math.min(...es.map((x) => x.path.split('/').length));
    const best = variants.filter((v) => v.length > 0).sort((a, b) => depth(b) - depth(a))[0];
    return best && depth(best) > e.path.split('/').length ? specific(best) : [e];
  });
}

/** Checks a body against its declaration; a 400 names every field in error. */
export function parseBody<T extends TObject>(schema: T, body: unknown): Static<T> {
  let check = compiled.get(schema);
  if (!check) {
    check = TypeCompiler.Compile(schema);
    compiled.set(schema, check);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw invalid('Een JSON object wordt verwacht.', [
      { name: 'nonFieldErrors', code: 'parse_error', reason: 'Geen object.' },
    ]);
  if (check.Check(body)) return body as Static<T>;
  const seen = new Map<string, InvalidParam>();
  for (const e of specific([...check.Errors(body)])) {
    const name = e.path.slice(1).replace(/\//g, '.') || 'nonFieldErrors';
    if (!seen.has(name)) seen.set(name, { name, code: code(e.type, e.value), reason: e.message });
  }
  throw invalid('Een of meer velden zijn niet correct.', [...seen.values()]);
}

export const KlantcontactBody = Type.Object({
  zaak: uri(),
  identificatie: Type.Optional(str(14)),
  datumtijd: Type.String({ format: 'date-time' }),
  kanaal: Type.Optional(str(20)),
  onderwerp: Type.Optional(str(200)),
  toelichting: Type.Optional(str(1000)),
});
export const ZaakcontactmomentBody = Type.Object({ zaak: uri(), contactmoment: uri() });
export const ZaakverzoekBody = Type.Object({ zaak: uri(), verzoek: uri() });
export const ZaaknotitieBody = Type.Object({
  onderwerp: Type.String({ minLength: 1, maxLength: 255 }),
  tekst: Type.String({ minLength: 1 }),
  aangemaaktDoor: Type.Optional(str(255)),
  notitieType: Type.Optional(oneOf(['intern', 'extern'] as const)),
  status: Type.Optional(oneOf(['concept', 'definitief'] as const)),
  gerelateerdAan: uri(),
});
export const ZaaknotitiePatch = Type.Partial(ZaaknotitieBody);
