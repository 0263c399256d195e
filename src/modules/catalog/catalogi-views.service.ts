import type { Db } from '../../platform/db/types.ts';
import type {
  BesluittypeRow,
  Catalogus,
  InformatieobjecttypeRow,
  ZaaktypeRow,
} from './catalogi-api.repository.ts';
import {
  loadChildren,
  loadEindVolgnummers,
  loadIndex,
  type IndexNeeds,
} from './catalogi-context.repository.ts';
import type { Subtype, WithZaaktype } from './catalogi-subtypes.repository.ts';
import {
  catalogusView,
  EMPTY_INDEX,
  eigenschapView,
  resultaattypeView,
  roltypeView,
  statustypeView,
  zaakobjecttypeView,
  zaaktypeInformatieobjecttypeView,
  zaaktypeView,
} from './catalogi-api.view.ts';
import { besluittypeView, informatieobjecttypeView } from './catalogi-typen.view.ts';
import type { ZtcUrls } from './catalogi.urls.ts';

/**
 * Rows to JSON for a page at a time: loads what the views need about the catalogi involved
 * (relations by name, the types of each zaaktype) in a few queries, then maps.
 */
export function catalogiViews(db: Db, urls: ZtcUrls) {
  const index = async (catalogusIds: string[], needs: IndexNeeds) => {
    const m = await loadIndex(db, catalogusIds, needs);
    return (id: string) => m.get(id) ?? EMPTY_INDEX;
  };

  return {
    async catalogi(rows: Catalogus[]) {
      const idx = await index(
        rows.map((r) => r.id),
        { zaaktypen: true, besluittypen: true, informatieobjecttypen: true },
      );
      return rows.map((c) => catalogusView(c, idx(c.id), urls));
    },

    async zaaktypen(rows: ZaaktypeRow[], datum: string) {
      const idx = await index(
        rows.map((r) => r.catalogusId),
        { zaaktypen: true, besluittypen: true, informatieobjecttypen: true },
      );
      const children = await loadChildren(
        db,
        rows.map((r) => r.id),
      );
      return rows.map((z) => zaaktypeView(z, children.get(z.id)!, idx(z.catalogusId), urls, datum));
    },

    async informatieobjecttypen(rows: InformatieobjecttypeRow[], datum: string) {
      const idx = await index(
        rows.map((r) => r.catalogusId),
        { zaaktypen: true, besluittypen: true, ziot: true },
      );
      return rows.map((i) => informatieobjecttypeView(i, idx(i.catalogusId), urls, datum));
    },

    async besluittypen(rows: BesluittypeRow[], datum: string) {
      const idx = await index(
        rows.map((r) => r.catalogusId),
        { zaaktypen: true, informatieobjecttypen: true, resultaattypen: true },
      );
      return rows.map((b) => besluittypeView(b, idx(b.catalogusId), urls, datum));
    },

    async subtypes<K extends Subtype>(kind: K, rows: WithZaaktype<K>[], datum: string): Promise<object[]> {
      const zaaktypeIds = rows.map((r) => r.zaaktype.id);
      const catalogusIds = rows.map((r) => r.zaaktype.catalogusId);
      switch (kind) {
        case 'statustype': {
          const eind = await loadEindVolgnummers(db, zaaktypeIds);
          return (rows as WithZaaktype<'statustype'>[]).map((r) =>
            statustypeView(r.row, r.zaaktype, eind.get(r.zaaktype.id) ?? 0, urls),
          );
        }
        case 'resultaattype': {
          const idx = await index(catalogusIds, { besluittypen: true, informatieobjecttypen: true });
          return (rows as WithZaaktype<'resultaattype'>[]).map((r) =>
            resultaattypeView(r.row, r.zaaktype, idx(r.zaaktype.catalogusId), urls, datum),
          );
        }
        case 'zaaktypeInformatieobjecttype': {
          const idx = await index(catalogusIds, { informatieobjecttypen: true });
          return (rows as WithZaaktype<'zaaktypeInformatieobjecttype'>[]).map((r) =>
            zaaktypeInformatieobjecttypeView(r.row, r.zaaktype, idx(r.zaaktype.catalogusId), urls, datum),
          );
        }
        case 'roltype':
          return (rows as WithZaaktype<'roltype'>[]).map((r) => roltypeView(r.row, r.zaaktype, urls));
        case 'eigenschap':
          return (rows as WithZaaktype<'eigenschap'>[]).map((r) => eigenschapView(r.row, r.zaaktype, urls));
        default:
          return (rows as WithZaaktype<'zaakobjecttype'>[]).map((r) =>
            zaakobjecttypeView(r.row, r.zaaktype, urls),
          );
      }
    },
  };
}
export type CatalogiViews = ReturnType<typeof catalogiViews>;
