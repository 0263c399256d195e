import type { BrondatumArchiefprocedure } from '../catalog/catalog.schema.ts';
import { addDays, addMonths, type IsoDate } from './deadline/local-date.ts';

/**
 * Archiving rules of the Zaken API (zrc-021, zrc-022), as pure functions: what a zaak's
 * archiefnominatie and archiefactiedatum become when it is closed, from its resultaattype.
 */

/** Everything the nine afleidingswijzen can need, gathered by the caller beforehand. */
export interface ArchiefContext {
  /** The zaak's einddatum: the date of the eindstatus. */
  einddatum: IsoDate | null;
  /** The einddatum of the hoofdzaak, when the zaak is a deelzaak. */
  hoofdzaakEinddatum: IsoDate | null;
  eigenschappen: { naam: string; waarde: string }[];
  /** The zaak's objects with their attributes (identification and, when fetched, the object). */
  zaakobjecten: { objectType: string; gegevens: Record<string, unknown> }[];
  /** The einddatum of each related zaak (relevanteAndereZaken); null while open. */
  gerelateerdeZaken: (IsoDate | null)[];
  besluiten: { ingangsdatum: IsoDate | null; vervaldatum: IsoDate | null }[];
}

export type Archiefnominatie = 'blijvend_bewaren' | 'vernietigen';

export interface ArchiefResultaattype {
  archiefnominatie: Archiefnominatie;
  archiefactietermijn: string | null;
  brondatumArchiefprocedure: BrondatumArchiefprocedure;
}

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

/** Adds an ISO 8601 duration of years, months, weeks and days; undefined when it is not one. */
export function addDuration(date: IsoDate, duration: string): IsoDate | undefined {
  const m = DURATION.exec(duration);
  if (!m || duration === 'P') return undefined;
  const [, y, mo, w, d] = m.map((x) => Number(x ?? 0));
  const months = addMonths(date, (y ?? 0) * 12 + (mo ?? 0));
  return addDays(months, (w ?? 0) * 7 + (d ?? 0));
}

/** A date from a value as eigenschappen and objects hold it: ISO date, date-time or YYYYMMDD. */
export function asDate(value: unknown): IsoDate | null {
  if (typeof value !== 'string') return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  return compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : null;
}

const latest = (dates: (IsoDate | null)[]): IsoDate | null =>
  dates.reduce<IsoDate | null>((max, d) => (d !== null && (max === null || d > max) ? d : max), null);

/** All values known, else null: a brondatum over related things needs every one of them. */
const latestOfAll = (dates: (IsoDate | null)[]): IsoDate | null =>
  dates.length === 0 || dates.some((d) => d === null) ? null : latest(dates);

/**
 * The brondatum of the archive procedure (zrc-021 step 2.1), or null when it cannot be
 * determined (then no archiefactiedatum is set).
 */
export function brondatum(b: BrondatumArchiefprocedure, ctx: ArchiefContext): IsoDate | null {
  switch (b.afleidingswijze) {
    case 'afgehandeld':
      return ctx.einddatum;
    case 'hoofdzaak':
      return ctx.hoofdzaakEinddatum;
    case 'eigenschap': {
      const e = ctx.eigenschappen.find((x) => x.naam === b.datumkenmerk);
      return e ? asDate(e.waarde) : null;
    }
    case 'ander_datumkenmerk':
      // Set by hand by the client (Zaak.archiefactiedatum).
      return null;
    case 'zaakobject':
      return latest(
        ctx.zaakobjecten
          .filter((o) => o.objectType === b.objecttype)
          .map((o) => (b.datumkenmerk ? asDate(o.gegevens[b.datumkenmerk]) : null)),
      );
    case 'termijn':
      return ctx.einddatum && b.procestermijn ? (addDuration(ctx.einddatum, b.procestermijn) ?? null) : null;
    case 'gerelateerde_zaak':
      return latestOfAll(ctx.gerelateerdeZaken);
    case 'ingangsdatum_besluit':
      return latestOfAll(ctx.besluiten.map((x) => x.ingangsdatum));
    case 'vervaldatum_besluit':
      // A besluit without vervaldatum does not lapse: then there is no brondatum yet.
      return latestOfAll(ctx.besluiten.map((x) => x.vervaldatum));
  }
}

/** zrc-021 step 2: brondatum + archiefactietermijn, or null when either is unknown. */
export function archiefactiedatum(rt: ArchiefResultaattype, ctx: ArchiefContext): IsoDate | null {
  if (!rt.archiefactietermijn) return null;
  const bron = brondatum(rt.brondatumArchiefprocedure, ctx);
  return bron ? (addDuration(bron, rt.archiefactietermijn) ?? null) : null;
}

/**
 * What closing sets (zrc-021): the nominatie from the resultaattype when the zaak has none, and
 * the actiedatum when the zaak has none yet (a client may have set it by hand).
 */
export function archiefBijAfsluiten(
  zaak: { archiefnominatie: Archiefnominatie | null; archiefactiedatum: IsoDate | null },
  rt: ArchiefResultaattype,
  ctx: ArchiefContext,
): { archiefnominatie: Archiefnominatie; archiefactiedatum: IsoDate | null } {
  return {
    archiefnominatie: zaak.archiefnominatie ?? rt.archiefnominatie,
    archiefactiedatum: zaak.archiefactiedatum ?? archiefactiedatum(rt, ctx),
  };
}

export type Archiefstatus =
  'nog_te_archiveren' | 'gearchiveerd' | 'gearchiveerd_procestermijn_onbekend' | 'overgedragen';

/**
 * zrc-022: a zaak may only leave 'nog_te_archiveren' with archiefnominatie and
 * archiefactiedatum set and all its documents archived. Returns the problems (empty: allowed).
 */
export function archiefstatusProblemen(z: {
  archiefstatus: string;
  archiefnominatie: string | null;
  archiefactiedatum: IsoDate | null;
  documentStatussen: string[];
}): { name: string; code: string; reason: string }[] {
  if (z.archiefstatus === 'nog_te_archiveren') return [];
  const problems = [];
  if (!z.archiefnominatie)
    problems.push({
      name: 'archiefnominatie',
      code: 'archiefnominatie-not-set',
      reason: 'Moet gezet zijn als de archiefstatus niet "nog_te_archiveren" is.',
    });
  if (!z.archiefactiedatum)
    problems.push({
      name: 'archiefactiedatum',
      code: 'archiefactiedatum-not-set',
      reason: 'Moet gezet zijn als de archiefstatus niet "nog_te_archiveren" is.',
    });
  if (z.documentStatussen.some((s) => s !== 'gearchiveerd'))
    problems.push({
      name: 'archiefstatus',
      code: 'documents-not-archived',
      reason: 'Alle gerelateerde informatieobjecten moeten de status "gearchiveerd" hebben.',
    });
  return problems;
}
