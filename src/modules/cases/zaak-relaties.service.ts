import { and, eq } from 'drizzle-orm';
import { notFound } from '../../platform/errors.ts';
import { besluiten } from '../decisions/decisions.schema.ts';
import { informatieobjecten, zaakinformatieobjecten } from '../documents/documents.schema.ts';
import * as catalogus from './zaken-api.catalogus.repository.ts';
import * as delen from './zaak-onderdelen.repository.ts';
import * as opslag from './zaak-onderdelen-opslag.repository.ts';
import { statussen } from './cases.schema.ts';
import { zaakbesluiten } from './zaken-api.schema.ts';
import { parseBody, ZaakbesluitBody, ZioBody, ZioPatch } from './zaken-api.input.ts';
import { badUrl, fout, verschil, type Aanroep, type ZakenApiContext } from './zaken-api.context.ts';
import { zioJson } from './zaken-api.view.ts';
import { fetchJson } from './zaken-api.urls.ts';
import { onderdeelContext } from './zaak-onderdeel.context.ts';

/**
 * Zaakinformatieobjecten (zrc-003, zrc-004, zrc-017; zrc-005 holds by construction: the
 * Documenten API reads its objectinformatieobjecten of zaken from the same table) and
 * zaakbesluiten (the besluiten of Loket's Besluiten API that name the zaak, and remote ones).
 */
export function zaakRelatiesService(ctx: ZakenApiContext) {
  const { db, urls } = ctx;
  const o = onderdeelContext(ctx);

  async function zioLezen(a: Aanroep, id: string) {
    const [row] = await delen.ziosSelect(db, { zaak: o.lezen(a), where: [delen.ids.zio([id])] });
    if (!row) throw notFound('Zaakinformatieobject niet gevonden.');
    return row;
  }

  async function statusVanZaak(zaakId: string, url: string | null | undefined) {
    if (!url) return null;
    const id = ctx.eigenId('status', url, 'status');
    const [s] = await db.select({ zaakId: statussen.zaakId }).from(statussen).where(eq(statussen.id, id));
    if (s?.zaakId !== zaakId) throw badUrl('status');
    return id;
  }

  async function zioOpslaan(a: Aanroep, id: string | undefined, body: unknown, partial: boolean) {
    const bestaand = id ? await o.onderdeel(a, 'zaakinformatieobjecten', id, ['zaken.bijwerken']) : undefined;
    const oud = bestaand ? await zioLezen(a, bestaand.onderdeelId) : undefined;
    const input = parseBody(partial ? ZioPatch : ZioBody, body);
    if (oud) {
      // zrc-004: the relation itself does not change.
      if (input.zaak !== undefined && input.zaak !== urls.url('zaak', oud.zaakId))
        throw fout('zaak', 'wijzigen-niet-toegelaten', 'De zaak van de relatie kan niet wijzigen.');
      if (
        input.informatieobject !== undefined &&
        input.informatieobject !== urls.url('informatieobject', oud.informatieobjectId)
      )
        throw fout(
          'informatieobject',
          'wijzigen-niet-toegelaten',
          'Het informatieobject van de relatie kan niet wijzigen.',
        );
    }
    const zaak = await o.zaakVoorWijziging(a, input.zaak ?? urls.url('zaak', oud!.zaakId), [
      'zaken.aanmaken',
      'zaken.bijwerken',
    ]);
    const statusId = input.status === undefined ? undefined : await statusVanZaak(zaak.id, input.status);
    const extra = {
      ...(statusId !== undefined ? { statusId } : {}),
      ...(input.vernietigingsdatum !== undefined
        ? { vernietigingsdatum: input.vernietigingsdatum ? new Date(input.vernietigingsdatum) : null }
        : {}),
    };
    if (oud) {
      return db.transaction(async (tx) => {
        const set = {
          ...(input.titel !== undefined ? { titel: input.titel } : {}),
          ...(input.beschrijving !== undefined ? { beschrijving: input.beschrijving } : {}),
        };
        await opslag.updateZio(tx, oud.id, set, extra);
        const na = { ...oud, ...set, ...extra };
        await o.wijziging(
          tx,
          a,
          zaak,
          'zaakinformatieobject',
          oud.id,
          na.titel || 'Document',
          partial ? 'partial_update' : 'update',
          verschil(zioJson(oud, urls), zioJson(na, urls)),
        );
        return zioJson(na, urls);
      });
    }
    // zrc-003: the informatieobject must exist: a document of this municipality's Documenten API.
    const ioId = urls.idOf('informatieobject', input.informatieobject!);
    const [io] = ioId
      ? await db
          .select({
            id: informatieobjecten.id,
            titel: informatieobjecten.titel,
            typeId: informatieobjecten.informatieobjecttypeId,
          })
          .from(informatieobjecten)
          .where(and(eq(informatieobjecten.id, ioId), eq(informatieobjecten.gemeenteCode, zaak.gemeenteCode)))
      : [];
    if (!io) throw badUrl('informatieobject');
    // zrc-017: its informatieobjecttype must be one of the zaaktype's.
    if (!io.typeId || !(await catalogus.zaaktypeKentIot(db, zaak.zaaktypeId, io.typeId)))
      throw fout(
        'nonFieldErrors',
        'missing-zaaktype-informatieobjecttype-relation',
        'Het informatieobjecttype hoort niet bij het zaaktype van de zaak.',
      );
    const [al] = await db
      .select({ id: zaakinformatieobjecten.id })
      .from(zaakinformatieobjecten)
      .where(
        and(eq(zaakinformatieobjecten.zaakId, zaak.id), eq(zaakinformatieobjecten.informatieobjectId, io.id)),
      );
    if (al) throw fout('nonFieldErrors', 'unique', 'Dit informatieobject hoort al bij de zaak.');
    return db.transaction(async (tx) => {
      // zrc-004: aardRelatie 'hoort_bij' and the registratiedatum are the system's.
      const row = await opslag.insertZio(
        tx,
        {
          zaakId: zaak.id,
          informatieobjectId: io.id,
          gemeenteCode: zaak.gemeenteCode,
          titel: input.titel ?? '',
          beschrijving: input.beschrijving ?? '',
        },
        { statusId: statusId ?? null, vernietigingsdatum: extra.vernietigingsdatum ?? null },
      );
      const json = zioJson(
        { ...row, statusId: statusId ?? null, vernietigingsdatum: extra.vernietigingsdatum ?? null },
        urls,
      );
      await o.wijziging(tx, a, zaak, 'zaakinformatieobject', row.id, row.titel || io.titel, 'create', {
        nieuw: json,
      });
      return json;
    });
  }

  const besluitJson = (zaakId: string, id: string, besluit: string) => ({
    url: urls.zaakbesluit(zaakId, id),
    uuid: id,
    besluit,
  });

  return {
    createZio: (a: Aanroep, body: unknown) => zioOpslaan(a, undefined, body, false),
    updateZio: (a: Aanroep, id: string, body: unknown, partial: boolean) => zioOpslaan(a, id, body, partial),

    async listZios(a: Aanroep, q: { zaak?: string; informatieobject?: string }) {
      const where = [
        q.zaak !== undefined ? o.idFilter('zaak', q.zaak, delen.ids.zioVanZaak) : undefined,
        q.informatieobject !== undefined
          ? o.idFilter('informatieobject', q.informatieobject, (x) =>
              eq(zaakinformatieobjecten.informatieobjectId, x[0]!),
            )
          : undefined,
      ];
      return (await delen.ziosSelect(db, { zaak: o.lezen(a), where })).map((r) => zioJson(r, urls));
    },

    async readZio(a: Aanroep, id: string) {
      const { onderdeelId } = await o.onderdeel(a, 'zaakinformatieobjecten', id);
      return zioJson(await zioLezen(a, onderdeelId), urls);
    },

    async destroyZio(a: Aanroep, id: string) {
      const { onderdeelId, zaak } = await o.onderdeel(a, 'zaakinformatieobjecten', id, [
        'zaken.bijwerken',
        'zaken.verwijderen',
      ]);
      await db.transaction(async (tx) => {
        await opslag.deleteZio(tx, onderdeelId);
        await o.wijziging(tx, a, zaak, 'zaakinformatieobject', onderdeelId, 'Document', 'destroy', {});
      });
    },

    /** The besluiten of the zaak: Loket's own that name it, and remote ones registered here. */
    async listZaakbesluiten(a: Aanroep, zaakUuid: string) {
      const zaak = await o.zaakOmTeLezen(a, zaakUuid);
      if (!zaak) return [];
      const [eigen, remote] = await Promise.all([
        db.select({ id: besluiten.id }).from(besluiten).where(eq(besluiten.zaakId, zaak.id)),
        db.select().from(zaakbesluiten).where(eq(zaakbesluiten.zaakId, zaak.id)),
      ]);
      return [
        ...eigen.map((b) => besluitJson(zaak.id, b.id, urls.url('besluit', b.id))),
        ...remote.map((b) => besluitJson(zaak.id, b.id, b.besluit)),
      ];
    },

    /** expand=besluit: each besluit read from its register (Loket's with the caller's token). */
    async besluitenErbij(items: Record<string, unknown>[], authorization: string | undefined) {
      await Promise.all(
        items.map(async (item) => {
          const url = String(item.besluit);
          const own: Record<string, string> = urls.isOwn(url) && authorization ? { authorization } : {};
          item._expand = { besluit: (await fetchJson(ctx.fetch, url, own)) ?? {} };
        }),
      );
    },

    async readZaakbesluit(a: Aanroep, zaakUuid: string, id: string) {
      const all = await this.listZaakbesluiten(a, zaakUuid);
      const found = all.find((b) => b.uuid === id.toLowerCase());
      if (!found) throw notFound('Zaakbesluit niet gevonden.');
      return found;
    },

    /**
     * Registers a besluit as an outcome of the zaak: one of Loket's own must already name the
     * zaak (the Besluiten API keeps that relation); a remote one must resolve.
     */
    async createZaakbesluit(a: Aanroep, zaakUuid: string, body: unknown) {
      const zaak = await o.zaakVanPad(a, zaakUuid, ['zaken.bijwerken']);
      const input = parseBody(ZaakbesluitBody, body);
      const eigenId = urls.idOf('besluit', input.besluit);
      if (eigenId || urls.isOwn(input.besluit)) {
        const [b] = eigenId
          ? await db.select({ zaakId: besluiten.zaakId }).from(besluiten).where(eq(besluiten.id, eigenId))
          : [];
        if (!b) throw badUrl('besluit');
        if (b.zaakId !== zaak.id)
          throw fout('besluit', 'inconsistent-relation', 'Het besluit hoort niet bij deze zaak.');
        return besluitJson(zaak.id, eigenId!, input.besluit);
      }
      if (!(await ctx.haal(input.besluit))) throw badUrl('besluit');
      return db.transaction(async (tx) => {
        const row = await opslag.insertZaakbesluit(tx, {
          zaakId: zaak.id,
          gemeenteCode: zaak.gemeenteCode,
          besluit: input.besluit,
        });
        await o.wijziging(tx, a, zaak, 'zaakbesluit', row.id, 'Besluit', 'create', {
          nieuw: { besluit: input.besluit },
        });
        return besluitJson(zaak.id, row.id, row.besluit);
      });
    },

    async destroyZaakbesluit(a: Aanroep, zaakUuid: string, id: string) {
      const zaak = await o.zaakVanPad(a, zaakUuid, ['zaken.bijwerken']);
      const bid = ctx.uuid(id);
      const [eigen] = await db
        .select({ zaakId: besluiten.zaakId })
        .from(besluiten)
        .where(eq(besluiten.id, bid));
      if (eigen?.zaakId === zaak.id)
        throw fout(
          'nonFieldErrors',
          'inconsistent-relation',
          'Het besluit noemt deze zaak nog; wijzig eerst het besluit.',
        );
      const [row] = await db
        .select()
        .from(zaakbesluiten)
        .where(and(eq(zaakbesluiten.id, bid), eq(zaakbesluiten.zaakId, zaak.id)));
      if (!row) throw notFound('Zaakbesluit niet gevonden.');
      await db.transaction(async (tx) => {
        await opslag.deleteZaakbesluit(tx, row.id);
        await o.wijziging(tx, a, zaak, 'zaakbesluit', row.id, 'Besluit', 'destroy', {});
      });
    },
  };
}
