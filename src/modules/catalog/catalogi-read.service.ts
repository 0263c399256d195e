import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { notFound } from '../../platform/errors.ts';
import {
  ROL_OMSCHRIJVING_GENERIEK,
  RICHTING,
  roltypen,
  zaakobjecttypen,
  zaaktypeInformatieobjecttypen,
  zaaktypen,
} from './catalog.schema.ts';
import * as repo from './catalogi-api.repository.ts';
import * as sub from './catalogi-subtypes.repository.ts';
import { queryChoice, queryDate, queryUri } from './catalogi-api.validate.ts';
import type { CatalogiViews } from './catalogi-views.service.ts';
import type { ZtcResource, ZtcUrls } from './catalogi.urls.ts';

export type Query = Record<string, string | undefined>;

/** A URL that names nothing of ours matches nothing. */
const NONE = '00000000-0000-0000-0000-000000000000';
const STATUS = ['alles', 'concept', 'definitief'] as const;
const list = (v: string | undefined) => (v === undefined ? undefined : v.split(',').filter((x) => x !== ''));

/**
 * Reading the Catalogi API: filters of each list, one object by id or URL. Always within the
 * client's municipality; another's object looks missing.
 */
export function catalogiReads(db: Db, urls: ZtcUrls, views: CatalogiViews) {
  const idOf = (r: ZtcResource, name: string, v: string | undefined) => {
    const u = queryUri(name, v);
    return u === undefined ? undefined : (urls.id(r, u) ?? NONE);
  };
  const status = (q: Query) => queryChoice('status', q.status, STATUS) ?? 'definitief';
  const datum = (q: Query) => queryDate('datumGeldigheid', q.datumGeldigheid ?? q.datum_geldigheid);

  function subtypeFilter(kind: sub.Subtype, q: Query): sub.SubtypeFilter {
    return {
      zaaktypeId: idOf('zaaktype', 'zaaktype', q.zaaktype),
      zaaktypeIdentificatie: q.zaaktypeIdentificatie ?? q.zaaktype_identificatie,
      // Zaakobjecttypen have no status filter: those of concepts and published zaaktypen alike.
      status: kind === 'zaakobjecttype' ? 'alles' : status(q),
      datum: datum(q),
    };
  }

  async function subtypeWhere(g: string, kind: sub.Subtype, q: Query) {
    switch (kind) {
      case 'roltype': {
        const og = queryChoice('omschrijvingGeneriek', q.omschrijvingGeneriek, ROL_OMSCHRIJVING_GENERIEK);
        return [og ? eq(roltypen.omschrijvingGeneriek, og) : undefined];
      }
      case 'zaaktypeInformatieobjecttype': {
        const richting = queryChoice('richting', q.richting, RICHTING);
        let iot = q.informatieobjecttype;
        if (iot !== undefined && /^https?:\/\//.test(iot)) {
          const id = urls.id('informatieobjecttype', iot);
          iot = (id && (await repo.findInformatieobjecttype(db, g, id))?.omschrijving) ?? NONE;
        }
        return [
          richting ? eq(zaaktypeInformatieobjecttypen.richting, richting) : undefined,
          iot !== undefined ? eq(zaaktypeInformatieobjecttypen.informatieobjecttype, iot) : undefined,
        ];
      }
      case 'zaakobjecttype': {
        const ander = queryChoice('anderObjecttype', q.anderObjecttype, ['true', 'false'] as const);
        const begin = queryDate('datumBeginGeldigheid', q.datumBeginGeldigheid);
        const einde = queryDate('datumEindeGeldigheid', q.datumEindeGeldigheid);
        const catalogus = idOf('catalogus', 'catalogus', q.catalogus);
        return [
          ander ? eq(zaakobjecttypen.anderObjecttype, ander === 'true') : undefined,
          q.objecttype !== undefined ? eq(zaakobjecttypen.objecttype, q.objecttype) : undefined,
          q.relatieOmschrijving !== undefined
            ? eq(zaakobjecttypen.relatieOmschrijving, q.relatieOmschrijving)
            : undefined,
          catalogus ? eq(zaaktypen.catalogusId, catalogus) : undefined,
          begin ? eq(zaaktypen.beginGeldigheid, begin) : undefined,
          einde ? eq(zaaktypen.eindeGeldigheid, einde) : undefined,
        ];
      }
      default:
        return [];
    }
  }

  /** The date relations by name resolve on: asked for, else today. */
  const on = (q: Query, today: string) => datum(q) ?? today;

  return {
    async list(
      g: string,
      r: ZtcResource,
      q: Query,
      page: number,
      today: string,
    ): Promise<repo.Paged<object>> {
      switch (r) {
        case 'catalogus': {
          const both = (one: string | undefined, many: string | undefined) => {
            const a = one === undefined ? undefined : [one];
            const b = list(many);
            return a && b ? a.filter((x) => b.includes(x)) : (a ?? b);
          };
          const p = await repo.listCatalogi(
            db,
            g,
            { domein: both(q.domein, q.domein__in), rsin: both(q.rsin, q.rsin__in) },
            page,
          );
          return { count: p.count, rows: await views.catalogi(p.rows) };
        }
        case 'zaaktype': {
          const f = {
            catalogusId: idOf('catalogus', 'catalogus', q.catalogus),
            identificatie: q.identificatie,
            trefwoorden: list(q.trefwoorden),
            status: status(q),
            datum: datum(q),
          };
          const p = await repo.listZaaktypen(db, g, f, page);
          return { count: p.count, rows: await views.zaaktypen(p.rows, on(q, today)) };
        }
        case 'informatieobjecttype': {
          const f = {
            catalogusId: idOf('catalogus', 'catalogus', q.catalogus),
            omschrijving: q.omschrijving,
            status: status(q),
            datum: datum(q),
          };
          const p = await repo.listInformatieobjecttypen(db, g, f, page);
          return { count: p.count, rows: await views.informatieobjecttypen(p.rows, on(q, today)) };
        }
        case 'besluittype': {
          const zaaktypeId = idOf('zaaktype', 'zaaktypen', q.zaaktypen);
          const iotId = idOf('informatieobjecttype', 'informatieobjecttypen', q.informatieobjecttypen);
          const zt = zaaktypeId ? await repo.findZaaktype(db, g, zaaktypeId) : undefined;
          const iot = iotId ? await repo.findInformatieobjecttype(db, g, iotId) : undefined;
          const f = {
            catalogusId: zaaktypeId ? (zt?.catalogusId ?? NONE) : idOf('catalogus', 'catalogus', q.catalogus),
            omschrijving: q.omschrijving,
            status: status(q),
            datum: datum(q),
            inOmschrijvingen: zaaktypeId ? (zt?.besluittypen ?? []) : undefined,
            metInformatieobjecttype: iotId ? (iot?.omschrijving ?? NONE) : undefined,
          };
          const wrongCatalogus = zt && iot && zt.catalogusId !== iot.catalogusId;
          const p = wrongCatalogus ? { count: 0, rows: [] } : await repo.listBesluittypen(db, g, f, page);
          return { count: p.count, rows: await views.besluittypen(p.rows, on(q, today)) };
        }
        default: {
          const f = { ...subtypeFilter(r, q), where: await subtypeWhere(g, r, q) };
          const p = await sub.listSubtypes(db, r, g, f, page);
          return { count: p.count, rows: await views.subtypes(r, p.rows, on(q, today)) };
        }
      }
    },

    /** One object by id, or a 404. */
    async get(g: string, r: ZtcResource, id: string, datum: string): Promise<object> {
      const found = await this.find(g, r, id, datum);
      if (!found) throw notFound();
      return found;
    },

    async find(g: string, r: ZtcResource, id: string, datum: string): Promise<object | undefined> {
      switch (r) {
        case 'catalogus': {
          const c = await repo.findCatalogus(db, g, id);
          return c && (await views.catalogi([c]))[0];
        }
        case 'zaaktype': {
          const z = await repo.findZaaktype(db, g, id);
          return z && (await views.zaaktypen([z], datum))[0];
        }
        case 'informatieobjecttype': {
          const i = await repo.findInformatieobjecttype(db, g, id);
          return i && (await views.informatieobjecttypen([i], datum))[0];
        }
        case 'besluittype': {
          const b = await repo.findBesluittype(db, g, id);
          return b && (await views.besluittypen([b], datum))[0];
        }
        default: {
          const s = await sub.findSubtype(db, r, g, id);
          return s && (await views.subtypes(r, [s], datum))[0];
        }
      }
    },
  };
}
export type CatalogiReads = ReturnType<typeof catalogiReads>;
