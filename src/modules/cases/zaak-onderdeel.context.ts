import { eq, ne, or, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { hasScope } from '../zgw/zgw-auth.ts';
import { isUuid } from '../../platform/ids.ts';
import * as repo from './cases.repository.ts';
import { statussen, zaken } from './cases.schema.ts';
import * as delen from './zaak-onderdelen.repository.ts';
import { zichtbaar } from './zaken-api.repository.ts';
import { takken } from './zaken-api.toegang.ts';
import { badUrl, type Actie, type Aanroep, type ZakenApiContext } from './zaken-api.context.ts';
import type { Collection } from './zaken-api.urls.ts';

type ZaakKern = {
  id: string;
  gemeenteCode: string;
  bronorganisatie: string;
  zaaktypeId: string;
  vertrouwelijkheidaanduiding: repo.Zaak['vertrouwelijkheidaanduiding'];
  einddatum: string | null;
  identificatie: string;
};

/** What the services of the parts of a zaak share: finding the zaak, authorising, recording. */
export function onderdeelContext(ctx: ZakenApiContext) {
  const { db, urls } = ctx;

  /** The zaken the client may read, as a condition (zrc-006). */
  const lezen = (a: Aanroep): SQL =>
    zichtbaar(a.client.gemeenteCode, takken(ctx.toegang(a.client, 'zaken.lezen'), undefined, undefined));

  /**
   * A change to a zaak needs one of the scopes on its zaaktype, or, once the zaak is closed,
   * zaken.geforceerd-bijwerken (zrc-007).
   */
  function magWijzigen(a: Aanroep, zaak: ZaakKern, scopes: string[]) {
    const nodig =
      zaak.einddatum !== null ? ['zaken.geforceerd-bijwerken'] : [...scopes, 'zaken.geforceerd-bijwerken'];
    if (!nodig.some((s) => hasScope(a.client, 'zrc', s)))
      throw forbidden(`Scope ${nodig.join(' of ')} ontbreekt.`);
    ctx.eis(a.client, nodig, zaak);
  }

  return {
    lezen,
    magWijzigen,

    /** The zaak a body refers to (one of ours, of the municipality), authorised for a change. */
    async zaakVoorWijziging(
      a: Aanroep,
      zaakUrl: string,
      scopes: string[],
      field = 'zaak',
    ): Promise<repo.Zaak> {
      const id = urls.idOf('zaak', zaakUrl);
      const zaak = id ? await repo.findZaak(db, a.client.gemeenteCode, id) : undefined;
      if (!zaak) throw badUrl(field);
      magWijzigen(a, zaak, scopes);
      return zaak;
    },

    /** The zaak of a nested path (/zaken/{zaak_uuid}/...): 404 when missing, 403 when out of reach. */
    async zaakVanPad(a: Aanroep, zaakUuid: string, scopes: string[]): Promise<repo.Zaak> {
      const zaak = await repo.findZaak(db, a.client.gemeenteCode, ctx.uuid(zaakUuid));
      if (!zaak) throw notFound('Zaak niet gevonden.');
      magWijzigen(a, zaak, scopes);
      return zaak;
    },

    /** A zaak to read a nested list of (no 404 in those operations): undefined when missing, 403 when out of reach. */
    async zaakOmTeLezen(a: Aanroep, zaakUuid: string): Promise<repo.Zaak | undefined> {
      if (!isUuid(zaakUuid)) return undefined;
      const zaak = await repo.findZaak(db, a.client.gemeenteCode, zaakUuid.toLowerCase());
      if (zaak) ctx.eis(a.client, ['zaken.lezen'], zaak);
      return zaak;
    },

    /** A part by id with its zaak: 404 when missing, 403 when out of reach (for reading, or for `scopes`). */
    async onderdeel(
      a: Aanroep,
      table: Parameters<typeof delen.zaakVan>[2],
      id: string,
      scopes?: string[],
    ): Promise<{ onderdeelId: string; zaak: ZaakKern }> {
      const onderdeelId = ctx.uuid(id);
      const zaak = await delen.zaakVan(db, a.client.gemeenteCode, table, onderdeelId);
      if (!zaak) throw notFound('Niet gevonden.');
      if (scopes) magWijzigen(a, zaak, scopes);
      else ctx.eis(a.client, ['zaken.lezen'], zaak);
      return { onderdeelId, zaak };
    },

    /** The audit row and the notification of a change to a part of the zaak. */
    async wijziging(
      tx: Db,
      a: Aanroep,
      zaak: ZaakKern,
      resource: string,
      id: string,
      weergave: string,
      actie: Actie,
      w: { oud?: Record<string, unknown>; nieuw?: Record<string, unknown> },
    ) {
      const url =
        resource === 'zaakeigenschap'
          ? urls.zaakeigenschap(zaak.id, id)
          : resource === 'zaakbesluit'
            ? urls.zaakbesluit(zaak.id, id)
            : urls.url(resource as Collection, id);
      // Both at once (pipelined on PostgreSQL).
      await Promise.all([
        ctx.audit(tx, a, {
          actie,
          actieWeergave: {
            create: 'Object aangemaakt',
            update: 'Object bijgewerkt',
            partial_update: 'Object deels bijgewerkt',
            destroy: 'Object verwijderd',
          }[actie],
          hoofdObjectId: zaak.id,
          resource,
          resourceId: id,
          resourceWeergave: `${zaak.identificatie} - ${weergave}`.slice(0, 200),
          oud: w.oud ?? null,
          nieuw: w.nieuw ?? null,
        }),
        ctx.notify(tx, zaak, resource, url, actie),
      ]);
    },

    /** A query filter on a URL: ours gives a condition, any other URL matches nothing. */
    idFilter(c: Collection, url: string, cond: (ids: string[]) => SQL): SQL {
      const id = urls.idOf(c, url);
      return id ? cond([id]) : sql`false`;
    },

    laatsteStatus: (ja: boolean): SQL =>
      ja ? eq(zaken.statusId, statussen.id) : or(isNull(zaken.statusId), ne(zaken.statusId, statussen.id))!,
  };
}
