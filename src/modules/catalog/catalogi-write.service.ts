import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/types.ts';
import { notFound } from '../../platform/errors.ts';
import type { ZgwClient } from '../zgw/zgw-auth.ts';
import type { besluittypen, catalogi, informatieobjecttypen, zaaktypen } from './catalog.schema.ts';
import {
  besluittypeBody,
  catalogusBody,
  informatieobjecttypeBody,
  zaaktypeBody,
} from './catalogi-api.bodies.ts';
import * as repo from './catalogi-api.repository.ts';
import * as namen from './catalogi-namen.repository.ts';
import { parseBody } from './catalogi-api.validate.ts';
import {
  checkPeriode,
  fieldError,
  fieldErrors,
  schemaFor,
  type Actie,
  type Mode,
  type WriteDeps,
  type WriteSupport,
} from './catalogi-write.support.ts';

/** Only the eindeGeldigheid of a published version may change without a correction (ztc-009). */
const onlyEinde = (mode: Mode, body: object) =>
  mode === 'partial_update' && Object.keys(body).every((k) => k === 'eindeGeldigheid');

type Versioned = 'zaaktype' | 'informatieobjecttype' | 'besluittype';
const KANAAL: Record<Versioned, string> = {
  zaaktype: 'zaaktypen',
  informatieobjecttype: 'informatieobjecttypen',
  besluittype: 'besluittypen',
};

/**
 * Writing catalogi, zaaktypen, informatieobjecttypen and besluittypen: the concept and
 * publication rules (ztc-009, ztc-012, ztc-016), relations by name within the catalogus
 * (ztc-013) and the Selectielijst procestype (ztc-001).
 */
export function catalogiWrites(deps: WriteDeps, w: WriteSupport) {
  const { db } = deps;

  async function existing<R extends 'catalogus' | Versioned>(c: ZgwClient, r: R, id: string) {
    const row = await w.find(c.gemeenteCode, r, id);
    if (!row) throw notFound();
    return row;
  }

  /** A change of a versioned type: guarded while published, checked for overlap once published. */
  async function saveVersioned<R extends Versioned>(
    c: ZgwClient,
    requestId: string,
    mode: Mode,
    r: R,
    b: { beginGeldigheid?: string | null; eindeGeldigheid?: string | null },
    old: repo.ZaaktypeRow | repo.InformatieobjecttypeRow | repo.BesluittypeRow | undefined,
    v: { catalogusId: string; naam: string },
    write: (tx: Db, id: string) => PromiseLike<unknown>,
  ): Promise<string> {
    if (old && !onlyEinde(mode, b)) w.guardConcept(c, old.concept, 'schrijven', 'non-concept-object');
    const begin = b.beginGeldigheid ?? old?.beginGeldigheid ?? '';
    const einde = b.eindeGeldigheid === undefined ? (old?.eindeGeldigheid ?? null) : b.eindeGeldigheid;
    fieldErrors(checkPeriode(begin, einde));
    if (old && !old.concept)
      await w.guardOverlap(r, {
        id: old.id,
        catalogusId: v.catalogusId,
        naam: v.naam,
        beginGeldigheid: begin,
        eindeGeldigheid: einde,
      });
    const id = old?.id ?? randomUUID();
    await w.commit(
      c,
      requestId,
      {
        actie: mode,
        resource: r,
        resourceId: id,
        hoofdObjectId: id,
        weergave: v.naam,
        oud: old ?? null,
        nieuw: b,
        melding: { kanaal: KANAAL[r], catalogusId: v.catalogusId },
      },
      (tx) => write(tx, id),
    );
    return id;
  }

  return {
    async saveCatalogus(c: ZgwClient, requestId: string, mode: Mode, body: unknown, id?: string) {
      const b = parseBody(schemaFor(catalogusBody, mode), body);
      const old = id ? await existing(c, 'catalogus', id) : undefined;
      if (b.domein !== undefined && (await repo.catalogusWithDomein(db, c.gemeenteCode, b.domein, id)))
        throw fieldError('domein', 'unique', 'De gemeente heeft al een catalogus met dit domein.');
      const v = { ...b, naam: b.naam === null ? '' : b.naam };
      const newId = old?.id ?? randomUUID();
      const ch = { actie: mode, resource: 'catalogus' as const, resourceId: newId, hoofdObjectId: newId };
      await w.commit(
        c,
        requestId,
        { ...ch, weergave: b.domein ?? old?.domein ?? '', oud: old ?? null, nieuw: b },
        async (tx) => {
          if (old) await repo.updateCatalogus(tx, old.id, v);
          else
            await repo.insertCatalogus(tx, {
              ...v,
              naam: v.naam ?? '',
              id: newId,
              gemeenteCode: c.gemeenteCode,
            } as typeof catalogi.$inferInsert);
        },
      );
      return newId;
    },

    async saveZaaktype(c: ZgwClient, requestId: string, mode: Mode, body: unknown, id?: string) {
      const b = parseBody(schemaFor(zaaktypeBody, mode), body);
      const old = id ? await existing(c, 'zaaktype', id) : undefined;
      const catalogusId = b.catalogus
        ? (await w.ref(c, 'catalogus', b.catalogus, 'catalogus')).id
        : old!.catalogusId;
      const identificatie = b.identificatie ?? old!.identificatie;
      const own = [identificatie];
      const names = (kind: 'zaaktype' | 'besluittype', values: string[] | undefined, field: string) =>
        values && w.names(c, kind, catalogusId, values, field, kind === 'zaaktype' ? own : []);
      const relaties =
        b.gerelateerdeZaaktypen &&
        (await Promise.all(
          b.gerelateerdeZaaktypen.map(async (r) => ({
            zaaktype: (await names('zaaktype', [r.zaaktype], 'gerelateerdeZaaktypen'))![0]!,
            aardRelatie: r.aardRelatie,
            toelichting: r.toelichting ?? '',
          })),
        ));
      const v = {
        ...b,
        catalogus: undefined,
        catalogusId,
        selectielijstProcestype: b.selectielijstProcestype === '' ? null : b.selectielijstProcestype,
        referentieproces: b.referentieproces && {
          naam: b.referentieproces.naam,
          ...(b.referentieproces.link ? { link: b.referentieproces.link } : {}),
        },
        besluittypen: await names('besluittype', b.besluittypen, 'besluittypen'),
        deelzaaktypen: await names('zaaktype', b.deelzaaktypen, 'deelzaaktypen'),
        gerelateerdeZaaktypen: relaties,
        versiedatum: b.versiedatum ?? (old ? undefined : b.beginGeldigheid),
      };
      if (b.selectielijstProcestype && b.selectielijstProcestype !== old?.selectielijstProcestype)
        await deps.selectielijst.procestype(b.selectielijstProcestype);
      return saveVersioned(
        c,
        requestId,
        mode,
        'zaaktype',
        b,
        old,
        { catalogusId, naam: identificatie },
        (tx, newId) =>
          old
            ? repo.updateZaaktype(tx, old.id, v)
            : repo.insertZaaktype(tx, {
                ...v,
                id: newId,
                gemeenteCode: c.gemeenteCode,
                concept: true,
              } as typeof zaaktypen.$inferInsert),
      );
    },

    async saveInformatieobjecttype(c: ZgwClient, requestId: string, mode: Mode, body: unknown, id?: string) {
      const b = parseBody(schemaFor(informatieobjecttypeBody, mode), body);
      const old = id ? await existing(c, 'informatieobjecttype', id) : undefined;
      const catalogusId = b.catalogus
        ? (await w.ref(c, 'catalogus', b.catalogus, 'catalogus')).id
        : old!.catalogusId;
      const v = { ...b, catalogus: undefined, catalogusId };
      const naam = b.omschrijving ?? old!.omschrijving;
      return saveVersioned(
        c,
        requestId,
        mode,
        'informatieobjecttype',
        b,
        old,
        { catalogusId, naam },
        (tx, newId) =>
          old
            ? repo.updateInformatieobjecttype(tx, old.id, v)
            : repo.insertInformatieobjecttype(tx, {
                ...v,
                id: newId,
                gemeenteCode: c.gemeenteCode,
                concept: true,
              } as typeof informatieobjecttypen.$inferInsert),
      );
    },

    async saveBesluittype(c: ZgwClient, requestId: string, mode: Mode, body: unknown, id?: string) {
      const b = parseBody(schemaFor(besluittypeBody, mode), body);
      const old = id ? await existing(c, 'besluittype', id) : undefined;
      const catalogusId = b.catalogus
        ? (await w.ref(c, 'catalogus', b.catalogus, 'catalogus')).id
        : old!.catalogusId;
      const iots =
        b.informatieobjecttypen &&
        (await w.names(
          c,
          'informatieobjecttype',
          catalogusId,
          b.informatieobjecttypen,
          'informatieobjecttypen',
        ));
      const v = { ...b, catalogus: undefined, catalogusId, informatieobjecttypen: iots };
      const naam = b.omschrijving ?? old?.omschrijving ?? '';
      return saveVersioned(c, requestId, mode, 'besluittype', b, old, { catalogusId, naam }, (tx, newId) =>
        old
          ? repo.updateBesluittype(tx, old.id, v)
          : repo.insertBesluittype(tx, {
              ...v,
              id: newId,
              gemeenteCode: c.gemeenteCode,
              concept: true,
            } as typeof besluittypen.$inferInsert),
      );
    },

    /** ztc-009: only concepts are removed, unless with catalogi.geforceerd-verwijderen. */
    async remove(c: ZgwClient, requestId: string, r: Versioned, id: string) {
      const old = await existing(c, r, id);
      w.guardConcept(c, old.concept, 'verwijderen', 'non-concept-object');
      const naam = 'identificatie' in old ? old.identificatie : old.omschrijving;
      const ch = {
        actie: 'destroy' as Actie,
        resource: r,
        resourceId: id,
        hoofdObjectId: id,
        weergave: naam,
      };
      await w.commit(
        c,
        requestId,
        { ...ch, oud: old, melding: { kanaal: KANAAL[r], catalogusId: old.catalogusId } },
        (tx) =>
          r === 'zaaktype'
            ? repo.deleteZaaktype(tx, id)
            : r === 'besluittype'
              ? repo.deleteBesluittype(tx, id)
              : repo.deleteInformatieobjecttype(tx, id),
      );
    },

    /**
     * Publishing: concept false from now on. ztc-012: a zaaktype only with its besluittypen and
     * informatieobjecttypen published; ztc-016: no overlap with another published version.
     */
    async publish(c: ZgwClient, requestId: string, r: Versioned, id: string) {
      const old = await existing(c, r, id);
      const naam = 'identificatie' in old ? old.identificatie : old.omschrijving;
      if ('identificatie' in old) {
        const iots = await namen.ziotNames(db, old.id);
        const [bt, iot] = await Promise.all([
          namen.publishedNames(db, 'besluittype', old.catalogusId, old.besluittypen),
          namen.publishedNames(db, 'informatieobjecttype', old.catalogusId, iots),
        ]);
        const concept = (names: string[], published: Set<string>, name: string) =>
          names
            .filter((n) => !published.has(n))
            .map((n) => ({ name, code: 'concept-relation', reason: `'${n}' is nog niet gepubliceerd.` }));
        fieldErrors([
          ...concept(old.besluittypen, bt, 'besluittypen'),
          ...concept(iots, iot, 'informatieobjecttypen'),
        ]);
      }
      await w.guardOverlap(r, { ...old, naam });
      const ch = {
        actie: 'publish' as Actie,
        resource: r,
        resourceId: id,
        hoofdObjectId: id,
        weergave: naam,
      };
      await w.commit(
        c,
        requestId,
        { ...ch, melding: { kanaal: KANAAL[r], catalogusId: old.catalogusId } },
        (tx) =>
          r === 'zaaktype'
            ? repo.updateZaaktype(tx, id, { concept: false })
            : r === 'besluittype'
              ? repo.updateBesluittype(tx, id, { concept: false })
              : repo.updateInformatieobjecttype(tx, id, { concept: false }),
      );
    },
  };
}
export type CatalogiWrites = ReturnType<typeof catalogiWrites>;
