import { invalid, type InvalidParam } from '../../platform/errors.ts';
import { isUuid } from '../../platform/ids.ts';
import { VERTROUWELIJKHEID, type Vertrouwelijkheid } from '../catalog/catalog.schema.ts';
import { BETROKKENE_TYPEN } from './cases.schema.ts';

/**
 * The filters of GET /zaken (query string) and POST /zaken/_zoek (body), parsed and checked
 * once into one shape the repository turns into SQL.
 */

export interface DatumFilter {
  eq?: string;
  gt?: string;
  gte?: string;
  lt?: string;
  lte?: string;
  isnull?: boolean;
}

export interface RolFilter {
  betrokkeneType?: string;
  betrokkene?: string;
  omschrijvingGeneriek?: string;
  /** betrokkeneIdentificatie fields: [betrokkeneType, field, value]. */
  identificatie: [string, string, string][];
}

export interface ZaakFilter {
  uuids?: string[];
  identificatie?: string;
  bronorganisaties?: string[];
  /** Zaaktype URLs asked for (resolved to ids by the service). */
  zaaktypen?: string[];
  archiefnominaties?: string[];
  archiefstatussen?: string[];
  archiefactiedatum: DatumFilter;
  startdatum: DatumFilter;
  registratiedatum: DatumFilter;
  einddatum: DatumFilter;
  einddatumGepland: DatumFilter;
  uiterlijkeEinddatumAfdoening: DatumFilter;
  rol?: RolFilter;
  maximaleVertrouwelijkheidaanduiding?: Vertrouwelijkheid;
  /** zaakgeometrie.within: the rings of the (multi)polygon searched in. */
  within?: number[][][];
}

export const ORDERINGS = [
  'startdatum',
  'einddatum',
  'publicatiedatum',
  'archiefactiedatum',
  'registratiedatum',
  'identificatie',
] as const;
export type OrderField = (typeof ORDERINGS)[number];
export interface Ordering {
  field: OrderField;
  desc: boolean;
}

/** The date filters and the comparisons the spec offers for each. */
const DATUMS = {
  archiefactiedatum: ['', '__isnull', '__lt', '__gt'],
  startdatum: ['', '__gt', '__gte', '__lt', '__lte'],
  registratiedatum: ['', '__gt', '__lt'],
  einddatum: ['', '__isnull', '__gt', '__lt'],
  einddatumGepland: ['', '__gt', '__lt'],
  uiterlijkeEinddatumAfdoening: ['', '__gt', '__lt'],
} as const;
type DatumVeld = keyof typeof DATUMS;
const ROL_IDENT: Record<string, [string, string]> = {
  natuurlijkPersoon__inpBsn: ['natuurlijk_persoon', 'inpBsn'],
  natuurlijkPersoon__anpIdentificatie: ['natuurlijk_persoon', 'anpIdentificatie'],
  natuurlijkPersoon__inpA_nummer: ['natuurlijk_persoon', 'inpA_nummer'],
  nietNatuurlijkPersoon__innNnpId: ['niet_natuurlijk_persoon', 'innNnpId'],
  nietNatuurlijkPersoon__annIdentificatie: ['niet_natuurlijk_persoon', 'annIdentificatie'],
  vestiging__vestigingsNummer: ['vestiging', 'vestigingsNummer'],
  medewerker__identificatie: ['medewerker', 'identificatie'],
  organisatorischeEenheid__identificatie: ['organisatorische_eenheid', 'identificatie'],
};
const ROL_GENERIEK = [
  'adviseur',
  'behandelaar',
  'belanghebbende',
  'beslisser',
  'initiator',
  'klantcontacter',
  'zaakcoordinator',
  'mede_initiator',
];
const ARCHIEFSTATUS = [
  'nog_te_archiveren',
  'gearchiveerd',
  'gearchiveerd_procestermijn_onbekend',
  'overgedragen',
];
const ARCHIEFNOMINATIE = ['blijvend_bewaren', 'vernietigen'];

/** Every filter name, for the 400 on unknown query parameters. */
export const ZAAK_FILTER_NAMES: readonly string[] = [
  'identificatie',
  'bronorganisatie',
  'bronorganisatie__in',
  'zaaktype',
  'archiefnominatie',
  'archiefnominatie__in',
  'archiefstatus',
  'archiefstatus__in',
  ...Object.entries(DATUMS).flatMap(([d, suffixes]) => suffixes.map((s) => `${d}${s}`)),
  'rol__betrokkeneType',
  'rol__betrokkene',
  'rol__omschrijvingGeneriek',
  'maximaleVertrouwelijkheidaanduiding',
  ...Object.keys(ROL_IDENT).map((k) => `rol__betrokkeneIdentificatie__${k}`),
];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads values from the query string (strings, comma lists) or a _zoek body (also arrays, booleans). */
class Reader {
  readonly problems: InvalidParam[] = [];
  constructor(private readonly src: Record<string, unknown>) {}

  has = (name: string) => this.src[name] !== undefined && this.src[name] !== null;

  text(name: string): string | undefined {
    const v = this.src[name];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return String(v);
    this.problems.push({ name, code: 'invalid', reason: 'Een tekst wordt verwacht.' });
    return undefined;
  }

  list(name: string): string[] | undefined {
    const v = this.src[name];
    if (v === undefined || v === null) return undefined;
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v;
    const t = this.text(name);
    return t === undefined ? undefined : t.split(',').filter((x) => x !== '');
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], value = this.text(name)): T | undefined {
    if (value === undefined) return undefined;
    if (allowed.includes(value as T)) return value as T;
    this.problems.push({ name, code: 'invalid_choice', reason: `Kies uit: ${allowed.join(', ')}.` });
    return undefined;
  }

  listOf(name: string, allowed: readonly string[]): string[] | undefined {
    const vs = this.list(name);
    vs?.forEach((v) => this.oneOf(name, allowed, v));
    return vs;
  }

  datum(name: string): string | undefined {
    const v = this.text(name);
    if (v === undefined) return undefined;
    const d = /^(\d{4}-\d{2}-\d{2})(T.*)?$/.exec(v)?.[1];
    if (d && DATE.test(d) && !Number.isNaN(Date.parse(d))) return d;
    this.problems.push({ name, code: 'invalid', reason: 'Een datum (JJJJ-MM-DD) wordt verwacht.' });
    return undefined;
  }

  bool(name: string): boolean | undefined {
    const v = this.src[name];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'boolean') return v;
    if (v === 'true' || v === 'True' || v === '1') return true;
    if (v === 'false' || v === 'False' || v === '0') return false;
    this.problems.push({ name, code: 'invalid', reason: 'true of false.' });
    return undefined;
  }
}

function datumFilter(r: Reader, field: DatumVeld): DatumFilter {
  const f: DatumFilter = {};
  for (const s of DATUMS[field]) {
    const name = `${field}${s}`;
    if (!r.has(name)) continue;
    if (s === '__isnull') {
      const b = r.bool(name);
      if (b !== undefined) f.isnull = b;
    } else {
      const d = r.datum(name);
      if (d !== undefined) f[s === '' ? 'eq' : (s.slice(2) as 'gt' | 'gte' | 'lt' | 'lte')] = d;
    }
  }
  return f;
}

/** The rings of a Polygon or MultiPolygon in a _zoek body's zaakgeometrie.within. */
function withinRings(r: Reader, value: unknown): number[][][] | undefined {
  const within = (value as { within?: unknown } | null)?.within;
  const g = within as { type?: unknown; coordinates?: unknown } | undefined;
  const isRing = (x: unknown): x is number[][] =>
    Array.isArray(x) &&
    x.length >= 4 &&
    x.every(
      (p) => Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n)),
    );
  if (g?.type === 'Polygon' && Array.isArray(g.coordinates) && g.coordinates.every(isRing))
    return g.coordinates;
  if (
    g?.type === 'MultiPolygon' &&
    Array.isArray(g.coordinates) &&
    g.coordinates.every((p) => Array.isArray(p) && p.every(isRing))
  )
    return g.coordinates.flat();
  r.problems.push({
    name: 'zaakgeometrie.within',
    code: 'invalid',
    reason: 'Een GeoJSON Polygon of MultiPolygon wordt verwacht.',
  });
  return undefined;
}

/** Parses the filters; a wrong value is a 400 with every problem named. */
export function parseZaakFilter(src: Record<string, unknown>): ZaakFilter {
  const r = new Reader(src);
  const uuids = r.list('uuid__in');
  uuids?.forEach((u) => {
    if (!isUuid(u)) r.problems.push({ name: 'uuid__in', code: 'invalid', reason: 'UUIDs worden verwacht.' });
  });
  const zaaktypen = [
    ...(r.has('zaaktype') ? [r.text('zaaktype') ?? ''] : []),
    ...(r.list('zaaktype__in') ?? []),
  ];
  zaaktypen.forEach((u) => {
    if (!URL.canParse(u))
      r.problems.push({ name: 'zaaktype', code: 'invalid', reason: 'Een URL wordt verwacht.' });
  });
  const bron = [
    ...(r.has('bronorganisatie') ? [r.text('bronorganisatie') ?? ''] : []),
    ...(r.list('bronorganisatie__in') ?? []),
  ];
  const nominaties = [
    ...(r.has('archiefnominatie') ? [r.oneOf('archiefnominatie', ARCHIEFNOMINATIE) ?? ''] : []),
    ...(r.listOf('archiefnominatie__in', ARCHIEFNOMINATIE) ?? []),
  ];
  const statussen = [
    ...(r.has('archiefstatus') ? [r.oneOf('archiefstatus', ARCHIEFSTATUS) ?? ''] : []),
    ...(r.listOf('archiefstatus__in', ARCHIEFSTATUS) ?? []),
  ];
  const dates = Object.fromEntries(
    Object.keys(DATUMS).map((d) => [d, datumFilter(r, d as DatumVeld)]),
  ) as Record<DatumVeld, DatumFilter>;

  const identificatie: [string, string, string][] = [];
  for (const [k, [type, field]] of Object.entries(ROL_IDENT)) {
    const v = r.text(`rol__betrokkeneIdentificatie__${k}`);
    if (v !== undefined) identificatie.push([type, field, v]);
  }
  const rol: RolFilter = { identificatie };
  const bt = r.oneOf('rol__betrokkeneType', BETROKKENE_TYPEN);
  if (bt) rol.betrokkeneType = bt;
  const betrokkene = r.text('rol__betrokkene');
  if (betrokkene !== undefined) rol.betrokkene = betrokkene;
  const og = r.oneOf('rol__omschrijvingGeneriek', ROL_GENERIEK);
  if (og) rol.omschrijvingGeneriek = og;

  const f: ZaakFilter = { ...dates };
  if (uuids) f.uuids = uuids;
  const ident = r.text('identificatie');
  if (ident !== undefined) f.identificatie = ident;
  if (bron.length > 0) f.bronorganisaties = bron;
  if (zaaktypen.length > 0) f.zaaktypen = zaaktypen;
  if (nominaties.length > 0) f.archiefnominaties = nominaties;
  if (statussen.length > 0) f.archiefstatussen = statussen;
  if (
    rol.betrokkeneType ||
    rol.betrokkene !== undefined ||
    rol.omschrijvingGeneriek ||
    identificatie.length > 0
  )
    f.rol = rol;
  const max = r.oneOf('maximaleVertrouwelijkheidaanduiding', VERTROUWELIJKHEID);
  if (max) f.maximaleVertrouwelijkheidaanduiding = max;
  if (r.has('zaakgeometrie')) {
    const rings = withinRings(r, src.zaakgeometrie);
    if (rings) f.within = rings;
  }
  if (r.problems.length > 0) throw invalid('Ongeldige filterwaarden.', r.problems);
  return f;
}

/** `ordering`: one or more fields, '-' for descending; default newest identificatie first. */
export function parseOrdering(value: unknown): Ordering[] {
  if (value === undefined || value === null || value === '') return [{ field: 'identificatie', desc: true }];
  const text = (x: unknown) => (typeof x === 'string' ? x : '');
  const parts = Array.isArray(value) ? value.map(text) : text(value).split(',');
  return parts.map((p) => {
    const field = p.replace(/^-/, '');
    if (!(ORDERINGS as readonly string[]).includes(field))
      throw invalid('Ongeldige ordering.', [
        { name: 'ordering', code: 'invalid_choice', reason: `Kies uit: ${ORDERINGS.join(', ')}.` },
      ]);
    return { field: field as OrderField, desc: p.startsWith('-') };
  });
}

/** Only filters the exact counters can answer: municipality, zaaktype, confidentiality, open/closed. */
export function countableByTellingen(f: ZaakFilter): boolean {
  const none = (d: DatumFilter) => Object.keys(d).length === 0;
  return (
    f.uuids === undefined &&
    f.identificatie === undefined &&
    f.bronorganisaties === undefined &&
    f.archiefnominaties === undefined &&
    f.archiefstatussen === undefined &&
    f.rol === undefined &&
    f.within === undefined &&
    none(f.archiefactiedatum) &&
    none(f.startdatum) &&
    none(f.registratiedatum) &&
    none(f.einddatumGepland) &&
    none(f.uiterlijkeEinddatumAfdoening) &&
    Object.keys(f.einddatum).every((k) => k === 'isnull')
  );
}
