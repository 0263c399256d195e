import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { forbidden, notFound } from '../../platform/errors.ts';
import { dutchDate } from '../../platform/dates.ts';
import { hasScope } from '../zgw/zgw-auth.ts';
import * as repo from './cases.repository.ts';
import * as catalogus from './zaken-api.catalogus.repository.ts';
import * as delen from './zaak-onderdelen.repository.ts';
import * as opslag from './zaak-onderdelen-opslag.repository.ts';
import { resultaten, rollen, statussen } from './cases.schema.ts';
import { parseBody, ResultaatBody, ResultaatPatch, StatusBody } from './zaken-api.input.ts';
import { badUrl, fout, verschil, type Aanroep, type ZakenApiContext } from './zaken-api.context.ts';
import { resultaatJson, statusJson } from './zaken-api.view.ts';
import { afsluiten } from './zaak-afsluiten.ts';
import { onderdeelContext } from './zaak-onderdeel.context.ts';

const STATUS_SCOPES = ['zaken.aanmaken', 'zaken.statussen.toevoegen', 'zaken.heropenen'];

/** Statussen (closing, reopening: zrc-007, zrc-008, zrc-016, zrc-021) and resultaten (zrc-020). */
export function zaakStatusService(ctx: ZakenApiContext) {
  const { db, urls } = ctx;
  const o = onderdeelContext(ctx);

  async function statusJsonVan(a: Aanroep, id: string) {
    const [row] = await delen.statussenSelect(db, { zaak: o.lezen(a), where: [delen.ids.status([id])] });
    return row;
  }

  async function resultaatOpslaan(a: Aanroep, id: string | undefined, body: unknown, partial: boolean) {
    const bestaand = id ? await o.onderdeel(a, 'resultaten', id) : undefined;
    const [oud] = bestaand
      ? await delen.resultatenSelect(db, {
          zaak: o.lezen(a),
          where: [eq(resultaten.id, bestaand.onderdeelId)],
        })
      : [];
    const input = parseBody(partial ? ResultaatPatch : ResultaatBody, body);
    const zaakUrl = input.zaak ?? (oud ? urls.url('zaak', oud.zaakId) : undefined);
    const zaak = await o.zaakVoorWijziging(a, zaakUrl ?? '', ['zaken.bijwerken']);
    if (oud && zaak.id !== oud.zaakId)
      throw fout('zaak', 'wijzigen-niet-toegelaten', 'De zaak van een resultaat kan niet wijzigen.');
    const rtUrl = input.resultaattype ?? (oud ? urls.url('resultaattype', oud.resultaattypeId) : '');
    const rtId = ctx.eigenId('resultaattype', rtUrl, 'resultaattype');
    const rt = await catalogus.resultaattype(db, zaak.gemeenteCode, rtId);
    if (!rt) throw badUrl('resultaattype');
    // zrc-020: the resultaattype must be one of the zaaktype's.
    if (rt.zaaktypeId !== zaak.zaaktypeId)
      throw fout(
        'resultaattype',
        'zaaktype-mismatch',
        'Het resultaattype hoort niet bij het zaaktype van de zaak.',
      );
    if (!oud) {
      const [al] = await delen.resultatenSelect(db, {
        zaak: o.lezen(a),
        where: [eq(resultaten.zaakId, zaak.id)],
      });
      if (al) throw fout('zaak', 'unique', 'De zaak heeft al een resultaat.');
    }
    return db.transaction(async (tx) => {
      const values = { resultaattypeId: rt.id, toelichting: input.toelichting ?? oud?.toelichting ?? '' };
      const row = oud
        ? await opslag.updateResultaat(tx, oud.id, values)
        : await opslag.insertResultaat(tx, { ...values, zaakId: zaak.id, gemeenteCode: zaak.gemeenteCode });
      const json = resultaatJson(row, urls);
      const actie = !oud ? 'create' : partial ? 'partial_update' : 'update';
      await o.wijziging(
        tx,
        a,
        zaak,
        'resultaat',
        row.id,
        rt.omschrijving,
        actie,
        oud ? verschil(resultaatJson(oud, urls), json) : { nieuw: json },
      );
      return json;
    });
  }

  return {
    /** POST /statussen: a status; the eindstatus closes the zaak, another reopens a closed one. */
    async createStatus(a: Aanroep, body: unknown) {
      if (
        !STATUS_SCOPES.some((s) => hasScope(a.client, 'zrc', s)) &&
        !hasScope(a.client, 'zrc', 'zaken.geforceerd-bijwerken')
      )
        throw forbidden('Scope zaken.statussen.toevoegen ontbreekt.');
      const input = parseBody(StatusBody, body);
      const g = a.client.gemeenteCode;
      const zaakId = ctx.eigenId('zaak', input.zaak, 'zaak');
      const zaak = await repo.findZaak(db, g, zaakId);
      if (!zaak) throw badUrl('zaak');
      const statustypen = await ctx.statustypen(zaak.zaaktypeId);
      const stId = ctx.eigenId('statustype', input.statustype, 'statustype');
      const st = statustypen.find((s) => s.id === stId);
      if (!st) {
        // zrc-016: a statustype of another zaaktype, or none at all.
        if (await catalogus.statustype(db, g, stId))
          throw fout(
            'statustype',
            'zaaktype-mismatch',
            'Het statustype hoort niet bij het zaaktype van de zaak.',
          );
        throw badUrl('statustype');
      }
      const eind = st.id === statustypen.at(-1)?.id;
      const heropenen = zaak.einddatum !== null && !eind;
      // zrc-008: reopening needs zaken.heropenen; zrc-007: a closed zaak otherwise only by force.
      ctx.eis(
        a.client,
        heropenen ? ['zaken.heropenen'] : zaak.einddatum ? ['zaken.geforceerd-bijwerken'] : STATUS_SCOPES,
        zaak,
      );
      let gezetdoorId: string | null = null;
      if (input.gezetdoor) {
        gezetdoorId = ctx.eigenId('rol', input.gezetdoor, 'gezetdoor');
        const [rol] = await db
          .select({ zaakId: rollen.zaakId })
          .from(rollen)
          .where(eq(rollen.id, gezetdoorId));
        if (rol?.zaakId !== zaak.id) throw badUrl('gezetdoor');
      }
      const datum = new Date(input.datumStatusGezet);
      if (dutchDate(datum) < zaak.startdatum)
        throw fout(
          'datumStatusGezet',
          'date-before-startdatum',
          'De status kan niet vóór de startdatum van de zaak gezet zijn.',
        );
      const archief = eind ? await afsluiten(ctx, zaak, dutchDate(datum)) : undefined;

      const id = randomUUID();
      await db.transaction(async (tx) => {
        const [{ huidig }] = await Promise.all([
          opslag.insertStatus(tx, {
            id,
            zaakId: zaak.id,
            gemeenteCode: g,
            statustypeId: st.id,
            datumStatusGezet: datum,
            statustoelichting: input.statustoelichting ?? '',
            gezetdoorId,
          }),
          o.wijziging(tx, a, zaak, 'status', id, st.omschrijving, 'create', {
            nieuw: { statustype: input.statustype, datumStatusGezet: input.datumStatusGezet },
          }),
        ]);
        const sluit = eind && huidig && archief;
        if (sluit || (heropenen && huidig)) {
          const set = sluit
            ? { einddatum: dutchDate(datum), ...archief }
            : { einddatum: null, archiefactiedatum: null, archiefnominatie: null };
          const na = await repo.updateZaak(tx, zaak.id, set);
          await ctx.audit(tx, a, {
            actie: 'partial_update',
            actieWeergave: sluit ? 'Zaak afgesloten' : 'Zaak heropend',
            hoofdObjectId: zaak.id,
            resource: 'zaak',
            resourceId: zaak.id,
            resourceWeergave: zaak.identificatie,
            oud: {
              einddatum: zaak.einddatum,
              archiefnominatie: zaak.archiefnominatie,
              archiefactiedatum: zaak.archiefactiedatum,
            },
            nieuw: {
              einddatum: na.einddatum,
              archiefnominatie: na.archiefnominatie,
              archiefactiedatum: na.archiefactiedatum,
            },
          });
          await ctx.notify(tx, na, 'zaak', urls.url('zaak', zaak.id), 'partial_update');
        }
      });
      return statusJson((await statusJsonVan(a, id))!, urls);
    },

    async listStatussen(
      a: Aanroep,
      q: { zaak?: string; statustype?: string; indicatieLaatstGezetteStatus?: boolean },
      offset: number,
      size: number,
    ) {
      const where = [
        q.zaak !== undefined ? o.idFilter('zaak', q.zaak, delen.ids.statusVanZaak) : undefined,
        q.statustype !== undefined
          ? o.idFilter('statustype', q.statustype, (x) => eq(statussen.statustypeId, x[0]!))
          : undefined,
        q.indicatieLaatstGezetteStatus === undefined
          ? undefined
          : o.laatsteStatus(q.indicatieLaatstGezetteStatus),
      ];
      const s = { zaak: o.lezen(a), where };
      const [count, rows] = await Promise.all([
        delen.statussenCount(db, s),
        delen.statussenSelect(db, { ...s, offset, limit: size }),
      ]);
      return { count, results: rows.map((r) => statusJson(r, urls)) };
    },

    async readStatus(a: Aanroep, id: string) {
      const { onderdeelId } = await o.onderdeel(a, 'statussen', id);
      return statusJson((await statusJsonVan(a, onderdeelId))!, urls);
    },

    createResultaat: (a: Aanroep, body: unknown) => resultaatOpslaan(a, undefined, body, false),
    updateResultaat: (a: Aanroep, id: string, body: unknown, partial: boolean) =>
      resultaatOpslaan(a, id, body, partial),

    async listResultaten(
      a: Aanroep,
      q: { zaak?: string; resultaattype?: string },
      offset: number,
      size: number,
    ) {
      const where = [
        q.zaak !== undefined ? o.idFilter('zaak', q.zaak, delen.ids.resultaatVanZaak) : undefined,
        q.resultaattype !== undefined
          ? o.idFilter('resultaattype', q.resultaattype, (x) => eq(resultaten.resultaattypeId, x[0]!))
          : undefined,
      ];
      const s = { zaak: o.lezen(a), where };
      const [count, rows] = await Promise.all([
        delen.resultatenCount(db, s),
        delen.resultatenSelect(db, { ...s, offset, limit: size }),
      ]);
      return { count, results: rows.map((r) => resultaatJson(r, urls)) };
    },

    async readResultaat(a: Aanroep, id: string) {
      const { onderdeelId } = await o.onderdeel(a, 'resultaten', id);
      const [row] = await delen.resultatenSelect(db, {
        zaak: o.lezen(a),
        where: [eq(resultaten.id, onderdeelId)],
      });
      if (!row) throw notFound('Resultaat niet gevonden.');
      return resultaatJson(row, urls);
    },

    async destroyResultaat(a: Aanroep, id: string) {
      const { onderdeelId, zaak } = await o.onderdeel(a, 'resultaten', id, ['zaken.bijwerken']);
      await db.transaction(async (tx) => {
        await opslag.deleteResultaat(tx, onderdeelId);
        await o.wijziging(tx, a, zaak, 'resultaat', onderdeelId, 'Resultaat', 'destroy', {});
      });
    },
  };
}
