import type { ZgwOutbox } from '../events/events.rules.ts';
import type { Db } from '../../platform/db/types.ts';
import { conflict, forbidden, invalid, type InvalidParam } from '../../platform/errors.ts';
import { writeAudit } from '../../platform/audit/audit.repository.ts';
import { hasScope, zgwActor, type ZgwClient } from '../zgw/zgw-auth.ts';
import * as repo from './catalogi-api.repository.ts';
import * as namen from './catalogi-namen.repository.ts';
import * as sub from './catalogi-subtypes.repository.ts';
import type { SelectielijstClient } from './selectielijst.ts';
import type { ZtcResource, ZtcUrls } from './catalogi.urls.ts';

/** What the write services of the Catalogi API share: lookups by URL, the concept rules, one way to commit. */

export type ZtcOutbox = ZgwOutbox;

export interface WriteDeps {
  db: Db;
  urls: ZtcUrls;
  selectielijst: SelectielijstClient;
  events: ZtcOutbox;
  today: () => string;
}

export type Mode = 'create' | 'update' | 'partial_update';
/** The check of a body: every required field for a create or update, any of them for a partial one. */
export const schemaFor = <F extends { full: object; patch: object }>(b: F, mode: Mode) =>
  (mode === 'partial_update' ? b.patch : b.full) as F['patch'];

export type Actie = 'create' | 'update' | 'partial_update' | 'destroy' | 'publish';
const WEERGAVE: Record<Actie, string> = {
  create: 'Object aangemaakt',
  update: 'Object bijgewerkt',
  partial_update: 'Object deels bijgewerkt',
  destroy: 'Object verwijderd',
  publish: 'Object gepubliceerd',
};

export interface Change {
  actie: Actie;
  resource: ZtcResource;
  resourceId: string;
  /** The zaaktype, informatieobjecttype, besluittype or catalogus the change belongs to. */
  hoofdObjectId: string;
  weergave: string;
  oud?: Record<string, unknown> | null;
  nieuw?: Record<string, unknown> | null;
  /** The main resources announce their changes on their kanaal (zaaktypen, besluittypen, informatieobjecttypen). */
  melding?: { kanaal: string; catalogusId: string };
}

export const fieldError = (name: string, code: string, reason: string) =>
  invalid('Een of meerdere velden zijn niet correct.', [{ name, code, reason }]);
export const fieldErrors = (params: InvalidParam[]) => {
  if (params.length > 0) throw invalid('Een of meerdere velden zijn niet correct.', params);
};

/** A row referenced by one of ours: the same municipality. */
type Ref<R> = R extends 'catalogus'
  ? repo.Catalogus
  : R extends 'zaaktype'
    ? repo.ZaaktypeRow
    : R extends 'informatieobjecttype'
      ? repo.InformatieobjecttypeRow
      : R extends 'besluittype'
        ? repo.BesluittypeRow
        : R extends sub.Subtype
          ? sub.WithZaaktype<R>
          : never;

export function writeSupport(deps: WriteDeps) {
  const { db, urls } = deps;

  async function find<R extends ZtcResource>(g: string, r: R, id: string): Promise<Ref<R> | undefined> {
    const row =
      r === 'catalogus'
        ? await repo.findCatalogus(db, g, id)
        : r === 'zaaktype'
          ? await repo.findZaaktype(db, g, id)
          : r === 'informatieobjecttype'
            ? await repo.findInformatieobjecttype(db, g, id)
            : r === 'besluittype'
              ? await repo.findBesluittype(db, g, id)
              : await sub.findSubtype(db, r, g, id);
    return row as Ref<R> | undefined;
  }

  return {
    find,

    /** The object a URL in a body names: ours, of the client's municipality, else 400 bad-url. */
    async ref<R extends ZtcResource>(c: ZgwClient, r: R, url: string, field: string): Promise<Ref<R>> {
      const id = urls.id(r, url);
      const row = id ? await find(c.gemeenteCode, r, id) : undefined;
      if (!row) throw fieldError(field, 'bad-url', `De URL verwijst niet naar een bestaand object (${r}).`);
      return row;
    },

    /**
     * ztc-009, ztc-010: what a published object (or a type of a published zaaktype) still allows:
     * a correction with catalogi.geforceerd-schrijven, removal with catalogi.geforceerd-verwijderen.
     */
    guardConcept(c: ZgwClient, concept: boolean, how: 'schrijven' | 'verwijderen', code: string) {
      if (concept) return;
      if (hasScope(c, 'ztc', `catalogi.geforceerd-${how}`)) return;
      // The document gives DELETE no 400: removing a published object is a matter of scope.
      if (how === 'verwijderen')
        throw forbidden(
          'Alleen concepten kunnen worden verwijderd (of met scope catalogi.geforceerd-verwijderen).',
        );
      throw invalid('Alleen concepten kunnen worden gewijzigd of verwijderd.', [
        {
          name: 'nonFieldErrors',
          code,
          reason:
            code === 'non-concept-zaaktype'
              ? 'Het zaaktype is gepubliceerd: wijzigen kan alleen als correctie (scope catalogi.geforceerd-schrijven).'
              : 'Het object is gepubliceerd: wijzigen kan alleen als correctie (scope catalogi.geforceerd-schrijven).',
        },
      ]);
    },

    /** ztc-016: published versions of one type may not overlap (both end days included). */
    async guardOverlap(
      kind: 'zaaktype' | 'informatieobjecttype' | 'besluittype',
      v: {
        id: string;
        catalogusId: string;
        naam: string;
        beginGeldigheid: string;
        eindeGeldigheid: string | null;
      },
    ) {
      const others = await namen.publishedVersions(db, kind, v.catalogusId, v.naam, v.id);
      const overlaps = others.some(
        (o) =>
          o.beginGeldigheid <= (v.eindeGeldigheid ?? '9999-12-31') &&
          v.beginGeldigheid <= (o.eindeGeldigheid ?? '9999-12-31'),
      );
      if (overlaps) {
        throw fieldError(
          'beginGeldigheid',
          'overlap',
          `Er is al een gepubliceerde versie van dit ${kind} in de catalogus die in deze geldigheidsperiode valt.`,
        );
      }
    },

    /** Names of types in a body (or our URLs of them), which must exist in the catalogus (ztc-013). */
    async names(
      c: ZgwClient,
      kind: 'zaaktype' | 'informatieobjecttype' | 'besluittype',
      catalogusId: string,
      values: string[],
      field: string,
      allow: string[] = [],
    ): Promise<string[]> {
      const out: string[] = [];
      for (const v of values) {
        if (!/^https?:\/\//.test(v)) {
          out.push(v);
          continue;
        }
        const row = await this.ref(c, kind, v, field);
        if (row.catalogusId !== catalogusId)
          throw fieldError(
            field,
            'relations-incorrect-catalogus',
            'Het object hoort bij een andere catalogus.',
          );
        out.push('identificatie' in row ? row.identificatie : row.omschrijving);
      }
      const wanted = [...new Set(out)].filter((n) => !allow.includes(n));
      const found = await namen.existingNames(db, kind, catalogusId, wanted);
      const missing = wanted.filter((n) => !found.has(n));
      if (missing.length > 0)
        throw fieldError(field, 'does-not-exist', `Niet in de catalogus: ${missing.join(', ')}.`);
      return [...new Set(out)];
    },

    /** One transaction: the change, its audit row and (for main resources) its notification. */
    async commit(c: ZgwClient, requestId: string, ch: Change, fn: (tx: Db) => PromiseLike<unknown>) {
      const url = urls.url(ch.resource, ch.resourceId);
      try {
        await db.transaction(async (tx) => {
          await fn(tx);
          await writeAudit(tx, zgwActor(c, requestId), {
            gemeenteCode: c.gemeenteCode,
            bron: 'ZTC',
            actie: ch.actie,
            actieWeergave: WEERGAVE[ch.actie],
            hoofdObjectId: ch.hoofdObjectId,
            resource: ch.resource,
            resourceId: ch.resourceId,
            resourceWeergave: ch.weergave,
            oud: ch.oud ?? null,
            nieuw: ch.nieuw ?? null,
          });
          if (ch.melding) {
            await deps.events.zgw(tx, {
              gemeenteCode: c.gemeenteCode,
              kanaal: ch.melding.kanaal,
              hoofdObject: url,
              resource: ch.resource,
              resourceUrl: url,
              actie: ch.actie === 'publish' ? 'update' : ch.actie,
              kenmerken: { catalogus: urls.url('catalogus', ch.melding.catalogusId) },
            });
          }
        });
      } catch (err) {
        // A published type removed by force while zaken, documents or besluiten still use it.
        if (foreignKeyViolation(err)) throw conflict('Het object is nog in gebruik.');
        throw err;
      }
    },
  };
}
export type WriteSupport = ReturnType<typeof writeSupport>;

function foreignKeyViolation(err: unknown): boolean {
  for (let e: unknown = err; typeof e === 'object' && e !== null; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23503') return true;
  }
  return false;
}

/** begin ≤ einde, both days included. */
export function checkPeriode(
  begin: string | null | undefined,
  einde: string | null | undefined,
): InvalidParam[] {
  return begin && einde && einde < begin
    ? [{ name: 'eindeGeldigheid', code: 'date-mismatch', reason: 'Het einde ligt voor het begin.' }]
    : [];
}
