import { eq } from 'drizzle-orm';
import { notFound } from '../../platform/errors.ts';
import * as catalogus from './zaken-api.catalogus.repository.ts';
import * as delen from './zaak-onderdelen.repository.ts';
import * as opslag from './zaak-onderdelen-opslag.repository.ts';
import { zaakeigenschappen, zaakobjecten, zaken } from './cases.schema.ts';
import {
  parseBody,
  ZaakeigenschapBody,
  ZaakeigenschapPatch,
  ZaakobjectBody,
  ZaakobjectPatch,
} from './zaken-api.input.ts';
import { badUrl, fout, verschil, type Aanroep, type ZakenApiContext } from './zaken-api.context.ts';
import { zaakeigenschapJson, zaakobjectJson } from './zaken-api.view.ts';
import { onderdeelContext } from './zaak-onderdeel.context.ts';

/** Zaakobjecten and zaakeigenschappen (zrc-018). */
export function zaakOnderdelenService(ctx: ZakenApiContext) {
  const { db, urls } = ctx;
  const o = onderdeelContext(ctx);

  async function eigenschapOpslaan(
    a: Aanroep,
    zaakUuid: string,
    id: string | undefined,
    body: unknown,
    partial: boolean,
  ) {
    const zaak = await o.zaakVanPad(a, zaakUuid, ['zaken.bijwerken']);
    const zaakUrl = urls.url('zaak', zaak.id);
    const [oud] = id
      ? await delen.eigenschappenSelect(db, {
          zaak: eq(zaken.id, zaak.id),
          where: [eq(zaakeigenschappen.id, ctx.uuid(id))],
        })
      : [];
    if (id && !oud) throw notFound('Zaakeigenschap niet gevonden.');
    const input = parseBody(partial ? ZaakeigenschapPatch : ZaakeigenschapBody, body);
    if (input.zaak !== undefined && input.zaak !== zaakUrl)
      throw fout('zaak', 'wijzigen-niet-toegelaten', 'De zaak hoort bij het pad.');
    const eUrl = input.eigenschap ?? (oud ? urls.url('eigenschap', oud.eigenschapId) : '');
    const e = await catalogus.eigenschap(
      db,
      zaak.gemeenteCode,
      ctx.eigenId('eigenschap', eUrl, 'eigenschap'),
    );
    if (!e) throw badUrl('eigenschap');
    // zrc-018: the eigenschap must be one of the zaaktype's.
    if (e.zaaktypeId !== zaak.zaaktypeId)
      throw fout('eigenschap', 'zaaktype-mismatch', 'De eigenschap hoort niet bij het zaaktype van de zaak.');
    const waarde = input.waarde ?? oud?.waarde ?? '';
    return db.transaction(async (tx) => {
      const row = oud
        ? await opslag.updateZaakeigenschap(tx, oud.id, { eigenschapId: e.id, naam: e.naam, waarde })
        : await opslag.insertZaakeigenschap(tx, {
            zaakId: zaak.id,
            gemeenteCode: zaak.gemeenteCode,
            eigenschapId: e.id,
            naam: e.naam,
            waarde,
          });
      const json = zaakeigenschapJson(row, urls);
      const actie = !oud ? 'create' : partial ? 'partial_update' : 'update';
      await o.wijziging(
        tx,
        a,
        zaak,
        'zaakeigenschap',
        row.id,
        e.naam,
        actie,
        oud ? verschil(zaakeigenschapJson(oud, urls), json) : { nieuw: json },
      );
      return json;
    });
  }

  async function zaakobjectOpslaan(a: Aanroep, id: string | undefined, body: unknown, partial: boolean) {
    const bestaand = id ? await o.onderdeel(a, 'zaakobjecten', id, ['zaken.bijwerken']) : undefined;
    const [oud] = bestaand
      ? await delen.zaakobjectenSelect(db, {
          zaak: o.lezen(a),
          where: [eq(zaakobjecten.id, bestaand.onderdeelId)],
        })
      : [];
    const input = parseBody(partial ? ZaakobjectPatch : ZaakobjectBody, body);
    const zaak = await o.zaakVoorWijziging(a, input.zaak ?? (oud ? urls.url('zaak', oud.zaakId) : ''), [
      'zaken.aanmaken',
      'zaken.bijwerken',
    ]);
    if (oud && zaak.id !== oud.zaakId)
      throw fout('zaak', 'wijzigen-niet-toegelaten', 'De zaak van een zaakobject kan niet wijzigen.');
    const v = {
      object: input.object ?? oud?.object ?? '',
      zaakobjecttype:
        input.zaakobjecttype === undefined ? (oud?.zaakobjecttype ?? null) : input.zaakobjecttype || null,
      objectType: input.objectType ?? oud?.objectType ?? 'overige',
      objectTypeOverige: input.objectTypeOverige ?? oud?.objectTypeOverige ?? '',
      objectTypeOverigeDefinitie:
        input.objectTypeOverigeDefinitie === undefined
          ? (oud?.objectTypeOverigeDefinitie ?? null)
          : input.objectTypeOverigeDefinitie,
      relatieomschrijving: input.relatieomschrijving ?? oud?.relatieomschrijving ?? '',
      objectIdentificatie:
        input.objectIdentificatie === undefined
          ? (oud?.objectIdentificatie ?? {})
          : (input.objectIdentificatie ?? {}),
    };
    if (!v.object && Object.keys(v.objectIdentificatie).length === 0)
      throw fout('nonFieldErrors', 'invalid-zaakobject', 'Geef object of objectIdentificatie.');
    if (v.objectType === 'overige' && !v.objectTypeOverige && !v.objectTypeOverigeDefinitie)
      throw fout('objectTypeOverige', 'required', 'Bij objectType "overige" is objectTypeOverige verplicht.');
    return db.transaction(async (tx) => {
      const row = oud
        ? await opslag.updateZaakobject(tx, oud.id, v)
        : await opslag.insertZaakobject(tx, { ...v, zaakId: zaak.id, gemeenteCode: zaak.gemeenteCode });
      const json = zaakobjectJson(row, urls);
      const actie = !oud ? 'create' : partial ? 'partial_update' : 'update';
      await o.wijziging(
        tx,
        a,
        zaak,
        'zaakobject',
        row.id,
        v.relatieomschrijving || v.objectType,
        actie,
        oud ? verschil(zaakobjectJson(oud, urls), json) : { nieuw: json },
      );
      return json;
    });
  }

  return {
    createZaakobject: (a: Aanroep, body: unknown) => zaakobjectOpslaan(a, undefined, body, false),
    updateZaakobject: (a: Aanroep, id: string, body: unknown, partial: boolean) =>
      zaakobjectOpslaan(a, id, body, partial),

    async listZaakobjecten(a: Aanroep, q: Record<string, string | undefined>, offset: number, size: number) {
      const where = [
        q.zaak !== undefined ? o.idFilter('zaak', q.zaak, delen.ids.zaakobjectVanZaak) : undefined,
        q.object !== undefined ? eq(zaakobjecten.object, q.object) : undefined,
        q.objectType !== undefined ? eq(zaakobjecten.objectType, q.objectType) : undefined,
      ];
      const s = { zaak: o.lezen(a), where };
      const [count, rows] = await Promise.all([
        delen.zaakobjectenCount(db, s),
        delen.zaakobjectenSelect(db, { ...s, offset, limit: size }),
      ]);
      return { count, results: rows.map((r) => zaakobjectJson(r, urls)) };
    },

    async readZaakobject(a: Aanroep, id: string) {
      const { onderdeelId } = await o.onderdeel(a, 'zaakobjecten', id);
      const [row] = await delen.zaakobjectenSelect(db, {
        zaak: o.lezen(a),
        where: [delen.ids.zaakobject([onderdeelId])],
      });
      if (!row) throw notFound('Zaakobject niet gevonden.');
      return zaakobjectJson(row, urls);
    },

    async destroyZaakobject(a: Aanroep, id: string) {
      const { onderdeelId, zaak } = await o.onderdeel(a, 'zaakobjecten', id, [
        'zaken.bijwerken',
        'zaken.verwijderen',
      ]);
      await db.transaction(async (tx) => {
        await opslag.deleteZaakobject(tx, onderdeelId);
        await o.wijziging(tx, a, zaak, 'zaakobject', onderdeelId, 'Zaakobject', 'destroy', {});
      });
    },

    createZaakeigenschap: (a: Aanroep, zaak: string, body: unknown) =>
      eigenschapOpslaan(a, zaak, undefined, body, false),
    updateZaakeigenschap: (a: Aanroep, zaak: string, id: string, body: unknown, partial: boolean) =>
      eigenschapOpslaan(a, zaak, id, body, partial),

    /** The zaak's eigenschappen; the operation knows no 404, so a zaak out of sight has none. */
    async listZaakeigenschappen(a: Aanroep, zaakUuid: string) {
      const zaak = await o.zaakOmTeLezen(a, zaakUuid);
      if (!zaak) return [];
      const rows = await delen.eigenschappenSelect(db, {
        zaak: o.lezen(a),
        where: [delen.ids.eigenschapVanZaak([zaak.id])],
      });
      return rows.map((r) => zaakeigenschapJson(r, urls));
    },

    async readZaakeigenschap(a: Aanroep, zaakUuid: string, id: string) {
      const [row] = await delen.eigenschappenSelect(db, {
        zaak: o.lezen(a),
        where: [eq(zaakeigenschappen.zaakId, ctx.uuid(zaakUuid)), eq(zaakeigenschappen.id, ctx.uuid(id))],
      });
      if (!row) throw notFound('Zaakeigenschap niet gevonden.');
      return zaakeigenschapJson(row, urls);
    },

    async destroyZaakeigenschap(a: Aanroep, zaakUuid: string, id: string) {
      const zaak = await o.zaakVanPad(a, zaakUuid, ['zaken.bijwerken']);
      const [row] = await delen.eigenschappenSelect(db, {
        zaak: eq(zaken.id, zaak.id),
        where: [eq(zaakeigenschappen.id, ctx.uuid(id))],
      });
      if (!row) throw notFound('Zaakeigenschap niet gevonden.');
      await db.transaction(async (tx) => {
        await opslag.deleteZaakeigenschap(tx, row.id);
        await o.wijziging(tx, a, zaak, 'zaakeigenschap', row.id, row.naam, 'destroy', {});
      });
    },
  };
}
