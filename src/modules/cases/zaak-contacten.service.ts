import { and, asc, eq, gt, gte, ilike, lt, lte, sql, type SQL } from 'drizzle-orm';
import { invalid, notFound } from '../../platform/errors.ts';
import { zaken } from './cases.schema.ts';
import { klantcontacten, zaakcontactmomenten, zaaknotities, zaakverzoeken } from './zaken-api.schema.ts';
import {
  KlantcontactBody,
  parseBody,
  ZaakcontactmomentBody,
  ZaaknotitieBody,
  ZaaknotitiePatch,
  ZaakverzoekBody,
} from './zaken-api.input.ts';
import type { Aanroep, ZakenApiContext } from './zaken-api.context.ts';
import { onderdeelContext } from './zaak-onderdeel.context.ts';
import * as links from './zaak-contacten.repository.ts';

/**
 * Klantcontacten, zaakcontactmomenten, zaakverzoeken and zaaknotities. A link to a contactmoment
 * or verzoek is mirrored in the register it belongs to (zrc-024, zrc-025): the opdracht is
 * written in the transaction of the link and sent after the commit (`zaak-spiegels.ts`).
 */
export function zaakContactenService(ctx: ZakenApiContext) {
  const { db, urls } = ctx;
  const o = onderdeelContext(ctx);
  const iso = (d: Date) => d.toISOString();

  const kcJson = (k: typeof klantcontacten.$inferSelect) => ({
    url: urls.url('klantcontact', k.id),
    uuid: k.id,
    zaak: urls.url('zaak', k.zaakId),
    identificatie: k.identificatie,
    datumtijd: iso(k.datumtijd),
    kanaal: k.kanaal,
    onderwerp: k.onderwerp,
    toelichting: k.toelichting,
  });
  const notitieJson = (n: typeof zaaknotities.$inferSelect) => ({
    url: urls.url('zaaknotitie', n.id),
    onderwerp: n.onderwerp,
    tekst: n.tekst,
    aangemaaktDoor: n.aangemaaktDoor,
    notitieType: n.notitieType,
    status: n.status,
    aanmaakdatum: iso(n.aanmaakdatum),
    wijzigingsdatum: iso(n.wijzigingsdatum),
    gerelateerdAan: urls.url('zaak', n.zaakId),
  });

  /** A relation of a zaak to a resource elsewhere, by URL (contactmoment or verzoek). */
  function link(
    table: typeof zaakcontactmomenten,
    field: 'contactmoment' | 'verzoek',
    resource: 'zaakcontactmoment' | 'zaakverzoek',
  ) {
    const json = (r: typeof table.$inferSelect) => ({
      url: urls.url(resource, r.id),
      uuid: r.id,
      zaak: urls.url('zaak', r.zaakId),
      [field]: r.url,
    });
    const body = field === 'contactmoment' ? ZaakcontactmomentBody : ZaakverzoekBody;
    const lezen = async (a: Aanroep, where: SQL[]) =>
      db
        .select({ r: table })
        .from(table)
        .innerJoin(zaken, eq(zaken.id, table.zaakId))
        .where(and(o.lezen(a), ...where))
        .orderBy(asc(table.id));
    return {
      async list(a: Aanroep, q: Record<string, string | undefined>) {
        const where = [
          q.zaak !== undefined ? o.idFilter('zaak', q.zaak, (x) => eq(table.zaakId, x[0]!)) : undefined,
          q[field] !== undefined ? eq(table.url, q[field]) : undefined,
        ].filter((x): x is SQL => x !== undefined);
        return (await lezen(a, where)).map((x) => json(x.r));
      },
      async read(a: Aanroep, id: string) {
        const [row] = await lezen(a, [eq(table.id, ctx.uuid(id))]);
        if (!row) throw notFound('Niet gevonden.');
        return json(row.r);
      },
      async create(a: Aanroep, input: unknown) {
        const i = parseBody(body, input) as { zaak: string } & Record<typeof field, string>;
        const zaak = await o.zaakVoorWijziging(a, i.zaak, ['zaken.bijwerken']);
        const apiRoot = await ctx.spiegels.apiRoot(zaak.gemeenteCode, field, i[field]);
        return db.transaction(async (tx) => {
          const row = await links.insertLink(tx, table, {
            zaakId: zaak.id,
            gemeenteCode: zaak.gemeenteCode,
            url: i[field],
          });
          await Promise.all([
            o.wijziging(tx, a, zaak, resource, row.id, field, 'create', { nieuw: { [field]: i[field] } }),
            ctx.spiegels.aangemaakt(tx, field, apiRoot, row),
          ]);
          return json(row);
        });
      },
      async destroy(a: Aanroep, id: string) {
        const [row] = await db
          .select()
          .from(table)
          .where(and(eq(table.id, ctx.uuid(id)), eq(table.gemeenteCode, a.client.gemeenteCode)));
        if (!row) throw notFound('Niet gevonden.');
        const zaak = await o.zaakVoorWijziging(a, urls.url('zaak', row.zaakId), ['zaken.bijwerken']);
        await db.transaction(async (tx) => {
          const spiegelUrl = await links.deleteLink(tx, table, row.id);
          await Promise.all([
            o.wijziging(tx, a, zaak, resource, row.id, field, 'destroy', {}),
            ctx.spiegels.verwijderd(tx, field, zaak.gemeenteCode, spiegelUrl),
          ]);
        });
      },
    };
  }

  /** The filters of GET /zaaknotities. */
  function notitieFilters(q: Record<string, string | undefined>): SQL[] {
    const c: (SQL | undefined)[] = [];
    const tijd = (name: string) => {
      const v = q[name];
      if (v === undefined) return undefined;
      if (Number.isNaN(Date.parse(v)))
        throw invalid('Ongeldige filter.', [{ name, code: 'invalid', reason: 'Een datum-tijd.' }]);
      return new Date(v);
    };
    for (const [veld, col] of [
      ['aanmaakdatum', zaaknotities.aanmaakdatum],
      ['wijzigingsdatum', zaaknotities.wijzigingsdatum],
    ] as const) {
      const [eqv, gtv, gtev, ltv, ltev] = ['', '__gt', '__gte', '__lt', '__lte'].map((s) =>
        tijd(`${veld}${s}`),
      );
      c.push(
        eqv && eq(col, eqv),
        gtv && gt(col, gtv),
        gtev && gte(col, gtev),
        ltv && lt(col, ltv),
        ltev && lte(col, ltev),
      );
    }
    const like = (v: string) => `%${v.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    c.push(
      q.aangemaaktDoor !== undefined ? eq(zaaknotities.aangemaaktDoor, q.aangemaaktDoor) : undefined,
      q.aangemaaktDoor__icontains !== undefined
        ? ilike(zaaknotities.aangemaaktDoor, like(q.aangemaaktDoor__icontains))
        : undefined,
      q.onderwerp !== undefined ? eq(zaaknotities.onderwerp, q.onderwerp) : undefined,
      q.onderwerp__icontains !== undefined
        ? ilike(zaaknotities.onderwerp, like(q.onderwerp__icontains))
        : undefined,
      q.tekst !== undefined ? eq(zaaknotities.tekst, q.tekst) : undefined,
      q.tekst__icontains !== undefined ? ilike(zaaknotities.tekst, like(q.tekst__icontains)) : undefined,
      q.notitieType !== undefined ? eq(zaaknotities.notitieType, q.notitieType as 'intern') : undefined,
      q.status !== undefined ? eq(zaaknotities.status, q.status as 'concept') : undefined,
      q.gerelateerdAan !== undefined
        ? o.idFilter(
            'zaak',
            q.gerelateerdAan.includes('/') ? q.gerelateerdAan : urls.url('zaak', q.gerelateerdAan),
            (x) => eq(zaaknotities.zaakId, x[0]!),
          )
        : undefined,
    );
    return c.filter((x): x is SQL => x !== undefined);
  }

  async function notitieLezen(a: Aanroep, id: string) {
    const [row] = await db
      .select({ n: zaaknotities })
      .from(zaaknotities)
      .innerJoin(zaken, eq(zaken.id, zaaknotities.zaakId))
      .where(and(o.lezen(a), eq(zaaknotities.id, ctx.uuid(id))));
    if (!row) throw notFound('Zaaknotitie niet gevonden.');
    return row.n;
  }

  return {
    klantcontacten: {
      async list(a: Aanroep, q: Record<string, string | undefined>, offset: number, size: number) {
        const where = and(
          o.lezen(a),
          q.zaak !== undefined
            ? o.idFilter('zaak', q.zaak, (x) => eq(klantcontacten.zaakId, x[0]!))
            : undefined,
        );
        const base = db
          .select({ k: klantcontacten })
          .from(klantcontacten)
          .innerJoin(zaken, eq(zaken.id, klantcontacten.zaakId));
        const [count, rows] = await Promise.all([
          db
            .select({ n: sql<number>`count(*)`.mapWith(Number) })
            .from(klantcontacten)
            .innerJoin(zaken, eq(zaken.id, klantcontacten.zaakId))
            .where(where),
          base
            .where(where)
            .orderBy(asc(klantcontacten.datumtijd), asc(klantcontacten.id))
            .limit(size)
            .offset(offset),
        ]);
        return { count: count[0]?.n ?? 0, results: rows.map((r) => kcJson(r.k)) };
      },
      async read(a: Aanroep, id: string) {
        const [row] = await db
          .select({ k: klantcontacten })
          .from(klantcontacten)
          .innerJoin(zaken, eq(zaken.id, klantcontacten.zaakId))
          .where(and(o.lezen(a), eq(klantcontacten.id, ctx.uuid(id))));
        if (!row) throw notFound('Klantcontact niet gevonden.');
        return kcJson(row.k);
      },
      async create(a: Aanroep, body: unknown) {
        const i = parseBody(KlantcontactBody, body);
        const zaak = await o.zaakVoorWijziging(a, i.zaak, ['zaken.bijwerken']);
        return db.transaction(async (tx) => {
          const [row] = await tx
            .insert(klantcontacten)
            .values({
              zaakId: zaak.id,
              gemeenteCode: zaak.gemeenteCode,
              identificatie: i.identificatie || `KC-${Date.now().toString(36).toUpperCase()}`.slice(0, 14),
              datumtijd: new Date(i.datumtijd),
              kanaal: i.kanaal ?? '',
              onderwerp: i.onderwerp ?? '',
              toelichting: i.toelichting ?? '',
            })
            .returning();
          await o.wijziging(tx, a, zaak, 'klantcontact', row!.id, row!.identificatie, 'create', {
            nieuw: kcJson(row!),
          });
          return kcJson(row!);
        });
      },
    },
    contactmomenten: link(zaakcontactmomenten, 'contactmoment', 'zaakcontactmoment'),
    verzoeken: link(zaakverzoeken, 'verzoek', 'zaakverzoek'),
    notities: {
      async list(a: Aanroep, q: Record<string, string | undefined>, offset: number, size: number) {
        const where = and(o.lezen(a), ...notitieFilters(q));
        const [count, rows] = await Promise.all([
          db
            .select({ n: sql<number>`count(*)`.mapWith(Number) })
            .from(zaaknotities)
            .innerJoin(zaken, eq(zaken.id, zaaknotities.zaakId))
            .where(where),
          db
            .select({ n: zaaknotities })
            .from(zaaknotities)
            .innerJoin(zaken, eq(zaken.id, zaaknotities.zaakId))
            .where(where)
            .orderBy(asc(zaaknotities.aanmaakdatum), asc(zaaknotities.id))
            .limit(size)
            .offset(offset),
        ]);
        return { count: count[0]?.n ?? 0, results: rows.map((r) => notitieJson(r.n)) };
      },
      read: async (a: Aanroep, id: string) => notitieJson(await notitieLezen(a, id)),
      async save(a: Aanroep, id: string | undefined, body: unknown, partial: boolean) {
        const oud = id ? await notitieLezen(a, id) : undefined;
        const i = parseBody(partial ? ZaaknotitiePatch : ZaaknotitieBody, body);
        const zaak = await o.zaakVoorWijziging(
          a,
          i.gerelateerdAan ?? urls.url('zaak', oud!.zaakId),
          ['zaken.bijwerken'],
          'gerelateerdAan',
        );
        const values = {
          onderwerp: i.onderwerp ?? oud?.onderwerp ?? '',
          tekst: i.tekst ?? oud?.tekst ?? '',
          aangemaaktDoor: i.aangemaaktDoor ?? oud?.aangemaaktDoor ?? '',
          notitieType: i.notitieType ?? oud?.notitieType ?? 'intern',
          status: i.status ?? oud?.status ?? 'concept',
          zaakId: zaak.id,
        };
        return db.transaction(async (tx) => {
          const [row] = oud
            ? await tx
                .update(zaaknotities)
                .set({ ...values, wijzigingsdatum: new Date() })
                .where(eq(zaaknotities.id, oud.id))
                .returning()
            : await tx
                .insert(zaaknotities)
                .values({ ...values, gemeenteCode: zaak.gemeenteCode })
                .returning();
          await o.wijziging(
            tx,
            a,
            zaak,
            'zaaknotitie',
            row!.id,
            row!.onderwerp,
            oud ? (partial ? 'partial_update' : 'update') : 'create',
            {
              nieuw: notitieJson(row!),
            },
          );
          return notitieJson(row!);
        });
      },
      async destroy(a: Aanroep, id: string) {
        const n = await notitieLezen(a, id);
        const zaak = await o.zaakVoorWijziging(a, urls.url('zaak', n.zaakId), ['zaken.bijwerken']);
        await db.transaction(async (tx) => {
          await tx.delete(zaaknotities).where(eq(zaaknotities.id, n.id));
          await o.wijziging(tx, a, zaak, 'zaaknotitie', n.id, n.onderwerp, 'destroy', {});
        });
      },
    },
  };
}
