import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { roltypen } from '../catalog/catalog.schema.ts';
import { zaakinformatieobjecten } from '../documents/documents.schema.ts';
import { resultaten, rollen, statussen, zaakeigenschappen, zaakobjecten, zaken } from './cases.schema.ts';
import { zaakinformatieobjectGegevens } from './zaken-api.schema.ts';
import type { RolRow, StatusRow, ZioRow } from './zaken-api.view.ts';

/**
 * The SQL of the parts of a zaak (statussen, rollen, resultaten, zaakeigenschappen,
 * zaakobjecten, zaakinformatieobjecten) as the Zaken API reads them: always joined to their
 * zaak, whose visibility (municipality, zaaktype, confidentiality) is part of the condition.
 */

export interface Selectie {
  /** The zaken the client may see (zichtbaar()), or a zaak's municipality. */
  zaak: SQL;
  where?: (SQL | undefined)[];
  limit?: number;
  offset?: number;
}

const cond = (s: Selectie) => and(s.zaak, ...(s.where ?? []));
const paged = <T extends { limit: (n: number) => T; offset: (n: number) => T }>(q: T, s: Selectie) =>
  s.limit !== undefined ? q.limit(s.limit).offset(s.offset ?? 0) : q;

/** The zaak of a part, for authorisation and notifications. */
export const zaakKolommen = {
  id: zaken.id,
  gemeenteCode: zaken.gemeenteCode,
  bronorganisatie: zaken.bronorganisatie,
  zaaktypeId: zaken.zaaktypeId,
  vertrouwelijkheidaanduiding: zaken.vertrouwelijkheidaanduiding,
  einddatum: zaken.einddatum,
  statusId: zaken.statusId,
  identificatie: zaken.identificatie,
};

async function tel(
  db: Db,
  t: typeof statussen | typeof rollen | typeof resultaten | typeof zaakobjecten,
  s: Selectie,
) {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(t)
    .innerJoin(zaken, eq(zaken.id, t.zaakId))
    .where(cond(s));
  return row?.n ?? 0;
}

export const statussenSelect = (db: Db, s: Selectie): Promise<StatusRow[]> =>
  paged(
    db
      .select({
        id: statussen.id,
        zaakId: statussen.zaakId,
        statustypeId: statussen.statustypeId,
        datumStatusGezet: statussen.datumStatusGezet,
        statustoelichting: statussen.statustoelichting,
        gezetdoorId: statussen.gezetdoorId,
        laatste: sql<boolean>`${zaken.statusId} is not distinct from ${statussen.id}`,
        zaakinformatieobjecten: sql<
          string[]
        >`array(select g.zaakinformatieobject_id::text from ${zaakinformatieobjectGegevens} g where g.status_id = ${statussen.id})`,
      })
      .from(statussen)
      .innerJoin(zaken, eq(zaken.id, statussen.zaakId))
      .where(cond(s))
      .orderBy(asc(statussen.datumStatusGezet), asc(statussen.id))
      .$dynamic(),
    s,
  );
export const statussenCount = (db: Db, s: Selectie) => tel(db, statussen, s);

export const rollenSelect = (db: Db, s: Selectie): Promise<RolRow[]> =>
  paged(
    db
      .select({
        id: rollen.id,
        zaakId: rollen.zaakId,
        roltypeId: rollen.roltypeId,
        omschrijving: sql<string>`coalesce(${roltypen.omschrijving}, '')`,
        omschrijvingGeneriek: rollen.omschrijvingGeneriek,
        betrokkeneType: rollen.betrokkeneType,
        betrokkene: rollen.betrokkene,
        afwijkendeNaamBetrokkene: rollen.afwijkendeNaamBetrokkene,
        roltoelichting: rollen.roltoelichting,
        registratiedatum: rollen.registratiedatum,
        indicatieMachtiging: rollen.indicatieMachtiging,
        contactpersoonRol: rollen.contactpersoonRol,
        betrokkeneIdentificatie: rollen.betrokkeneIdentificatie,
        statussen: sql<
          string[]
        >`array(select st.id::text from ${statussen} st where st.gezetdoor_id = ${rollen.id} order by st.datum_status_gezet)`,
      })
      .from(rollen)
      .innerJoin(zaken, eq(zaken.id, rollen.zaakId))
      .leftJoin(roltypen, eq(roltypen.id, rollen.roltypeId))
      .where(cond(s))
      .orderBy(asc(rollen.registratiedatum), asc(rollen.id))
      .$dynamic(),
    s,
  );
export const rollenCount = (db: Db, s: Selectie) => tel(db, rollen, s);

export const resultatenSelect = (db: Db, s: Selectie) =>
  paged(
    db
      .select({
        id: resultaten.id,
        zaakId: resultaten.zaakId,
        resultaattypeId: resultaten.resultaattypeId,
        toelichting: resultaten.toelichting,
      })
      .from(resultaten)
      .innerJoin(zaken, eq(zaken.id, resultaten.zaakId))
      .where(cond(s))
      .orderBy(asc(resultaten.id))
      .$dynamic(),
    s,
  );
export const resultatenCount = (db: Db, s: Selectie) => tel(db, resultaten, s);

export const eigenschappenSelect = (db: Db, s: Selectie) =>
  paged(
    db
      .select({
        id: zaakeigenschappen.id,
        zaakId: zaakeigenschappen.zaakId,
        eigenschapId: zaakeigenschappen.eigenschapId,
        naam: zaakeigenschappen.naam,
        waarde: zaakeigenschappen.waarde,
      })
      .from(zaakeigenschappen)
      .innerJoin(zaken, eq(zaken.id, zaakeigenschappen.zaakId))
      .where(cond(s))
      .orderBy(asc(zaakeigenschappen.id))
      .$dynamic(),
    s,
  );

export const zaakobjectenSelect = (db: Db, s: Selectie) =>
  paged(
    db
      .select({
        id: zaakobjecten.id,
        zaakId: zaakobjecten.zaakId,
        object: zaakobjecten.object,
        zaakobjecttype: zaakobjecten.zaakobjecttype,
        objectType: zaakobjecten.objectType,
        objectTypeOverige: zaakobjecten.objectTypeOverige,
        objectTypeOverigeDefinitie: zaakobjecten.objectTypeOverigeDefinitie,
        relatieomschrijving: zaakobjecten.relatieomschrijving,
        objectIdentificatie: zaakobjecten.objectIdentificatie,
      })
      .from(zaakobjecten)
      .innerJoin(zaken, eq(zaken.id, zaakobjecten.zaakId))
      .where(cond(s))
      .orderBy(asc(zaakobjecten.id))
      .$dynamic(),
    s,
  );
export const zaakobjectenCount = (db: Db, s: Selectie) => tel(db, zaakobjecten, s);

export const ziosSelect = (db: Db, s: Selectie): Promise<ZioRow[]> =>
  paged(
    db
      .select({
        id: zaakinformatieobjecten.id,
        zaakId: zaakinformatieobjecten.zaakId,
        informatieobjectId: zaakinformatieobjecten.informatieobjectId,
        titel: zaakinformatieobjecten.titel,
        beschrijving: zaakinformatieobjecten.beschrijving,
        aardRelatieWeergave: zaakinformatieobjecten.aardRelatieWeergave,
        registratiedatum: zaakinformatieobjecten.registratiedatum,
        statusId: zaakinformatieobjectGegevens.statusId,
        vernietigingsdatum: zaakinformatieobjectGegevens.vernietigingsdatum,
      })
      .from(zaakinformatieobjecten)
      .innerJoin(zaken, eq(zaken.id, zaakinformatieobjecten.zaakId))
      .leftJoin(
        zaakinformatieobjectGegevens,
        eq(zaakinformatieobjectGegevens.zaakinformatieobjectId, zaakinformatieobjecten.id),
      )
      .where(cond(s))
      .orderBy(asc(zaakinformatieobjecten.registratiedatum), asc(zaakinformatieobjecten.id))
      .$dynamic(),
    s,
  );

/** Conditions by id, zaak ids, or another column, for the batched reads of expand. */
export const ids = {
  status: (x: string[]) => inArray(statussen.id, x),
  statusVanZaak: (x: string[]) => inArray(statussen.zaakId, x),
  statusGezetDoor: (x: string[]) => inArray(statussen.gezetdoorId, x),
  rol: (x: string[]) => inArray(rollen.id, x),
  rolVanZaak: (x: string[]) => inArray(rollen.zaakId, x),
  resultaat: (x: string[]) => inArray(resultaten.id, x),
  resultaatVanZaak: (x: string[]) => inArray(resultaten.zaakId, x),
  eigenschap: (x: string[]) => inArray(zaakeigenschappen.id, x),
  eigenschapVanZaak: (x: string[]) => inArray(zaakeigenschappen.zaakId, x),
  zaakobject: (x: string[]) => inArray(zaakobjecten.id, x),
  zaakobjectVanZaak: (x: string[]) => inArray(zaakobjecten.zaakId, x),
  zio: (x: string[]) => inArray(zaakinformatieobjecten.id, x),
  zioVanZaak: (x: string[]) => inArray(zaakinformatieobjecten.zaakId, x),
  zioVanStatus: (x: string[]) => inArray(zaakinformatieobjectGegevens.statusId, x),
};

/** The zaak of a part by the part's id, with what authorisation needs. */
export async function zaakVan(
  db: Db,
  gemeenteCode: string,
  table: 'statussen' | 'rollen' | 'resultaten' | 'zaakobjecten' | 'zaakinformatieobjecten',
  id: string,
) {
  const t = { statussen, rollen, resultaten, zaakobjecten, zaakinformatieobjecten }[table];
  const [row] = await db
    .select(zaakKolommen)
    .from(t)
    .innerJoin(zaken, eq(zaken.id, t.zaakId))
    .where(and(eq(t.id, id), eq(zaken.gemeenteCode, gemeenteCode)));
  return row;
}
