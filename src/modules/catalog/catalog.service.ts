import type { Db } from '../../platform/db/types.ts';
import { dutchDate } from '../../platform/dates.ts';
import type { Adoptie, ZaaktypeBlauwdruk } from './blueprint.ts';
import * as repo from './catalog.repository.ts';

export type {
  Zaaktype,
  Statustype,
  Resultaattype,
  Roltype,
  Informatieobjecttype,
} from './catalog.repository.ts';

/** A zaaktype with the types a case of it needs. */
export interface ZaaktypeDetails {
  zaaktype: repo.Zaaktype;
  statustypen: repo.Statustype[];
  resultaattypen: repo.Resultaattype[];
  roltypen: repo.Roltype[];
  eigenschappen: repo.Eigenschap[];
  informatieobjecttypen: (repo.Informatieobjecttype & { richting: 'inkomend' | 'intern' | 'uitgaand' })[];
}

export function catalogService(deps: { db: Db; today?: () => Date }) {
  const { db } = deps;
  const today = () => dutchDate((deps.today ?? (() => new Date()))());

  async function details(zaaktype: repo.Zaaktype): Promise<ZaaktypeDetails> {
    const [statustypen, resultaattypen, roltypen, eigenschappen, iots] = await Promise.all([
      repo.findStatustypen(db, zaaktype.id),
      repo.findResultaattypen(db, zaaktype.id),
      repo.findRoltypen(db, zaaktype.id),
      repo.findEigenschappen(db, zaaktype.id),
      repo.findInformatieobjecttypen(db, zaaktype.id, today()),
    ]);
    return {
      zaaktype,
      statustypen,
      resultaattypen,
      roltypen,
      eigenschappen,
      informatieobjecttypen: iots.map((r) => ({ ...r.iot, richting: r.richting })),
    };
  }

  return {
    /** The products a municipality offers online today. */
    products: (gemeenteCode: string) => repo.findProductZaaktypen(db, gemeenteCode, today()),

    /** The zaaktype version in force today for a product of a municipality. */
    async product(gemeenteCode: string, code: string): Promise<ZaaktypeDetails | undefined> {
      const zt = await repo.findProductZaaktype(db, gemeenteCode, code, today());
      return zt ? details(zt) : undefined;
    },

    /** A zaaktype of the municipality (another municipality's looks missing). */
    async zaaktype(gemeenteCode: string, id: string): Promise<ZaaktypeDetails | undefined> {
      const zt = await repo.findZaaktype(db, id);
      return zt?.gemeenteCode === gemeenteCode ? details(zt) : undefined;
    },

    /**
     * Adopts a standard process: the municipality's catalogue gets a published version of the
     * zaaktype. Idempotent: a version with the same begin date is not added twice.
     */
    async adopt(
      b: ZaaktypeBlauwdruk,
      a: Adoptie & { domein: string; catalogusNaam: string },
    ): Promise<string> {
      return db.transaction(async (tx) => {
        const catalogus =
          (await repo.findCatalogus(tx, a.gemeenteCode, a.domein)) ??
          (await repo.insertCatalogus(tx, {
            gemeenteCode: a.gemeenteCode,
            domein: a.domein,
            rsin: a.rsin,
            naam: a.catalogusNaam,
            contactpersoonBeheerNaam: a.verantwoordelijke,
          }));
        const versions = await repo.findZaaktypeVersions(tx, a.gemeenteCode, b.identificatie);
        const same = versions.find((v) => v.beginGeldigheid === a.beginGeldigheid);
        return same ? same.id : repo.insertFromBlauwdruk(tx, catalogus.id, b, a);
      });
    },
  };
}

export type CatalogService = ReturnType<typeof catalogService>;
