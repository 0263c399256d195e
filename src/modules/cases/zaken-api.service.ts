import { randomUUID } from 'node:crypto';
import { hasScope, requireScope } from '../zgw/zgw-auth.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { isUuid } from '../../platform/ids.ts';
import { auditOf } from '../../platform/audit/audit.repository.ts';
import * as repo from './cases.repository.ts';
import * as lijst from './zaken-api.repository.ts';
import * as pagina from './zaken-api.pagina.ts';
import { filterConditions } from './zaken-api.filter-sql.ts';
import * as wijzigen from './zaak-wijzigen.repository.ts';
import {
  countableByTellingen,
  parseOrdering,
  parseZaakFilter,
  type ZaakFilter,
} from './zaken-api.filters.ts';
import { takken } from './zaken-api.toegang.ts';
import { parseBody, ReserveringBody, ZaakBody, ZaakPatch, type ZaakInput } from './zaken-api.input.ts';
import { controleerZaak } from './zaken-api.checks.ts';
import { alsInvoer, kolommen } from './zaak-invoer.ts';
import { auditJson, zaakJson } from './zaken-api.view.ts';
import { fout, verschil, type Aanroep, type ZakenApiContext } from './zaken-api.context.ts';

export const PAGE_SIZE = 100;
/** Numbers reserved at a time for zaken the API numbers itself (see reserveZaakNummers). */
const BLOK = 20;

const isUniqueViolation = (e: unknown): boolean => {
  const err = e as { code?: string; cause?: { code?: string } };
  return err.code === '23505' || err.cause?.code === '23505';
};

/** GET/POST/PUT/PATCH/DELETE /zaken, _zoek, audittrail and zaaknummer_reserveren. */
export function zakenApiService(ctx: ZakenApiContext) {
  const { db, urls } = ctx;

  const blokken = new Map<string, Promise<{ volgende: number; tot: number }>>();
  /** The next zaaknummer of the year, from a block reserved for this process. */
  async function nummer(gemeenteCode: string, jaar: number): Promise<number> {
    const key = `${gemeenteCode}:${jaar}`;
    let blok = await blokken.get(key);
    if (!blok || blok.volgende > blok.tot) {
      const p = repo
        .reserveZaakNummers(db, gemeenteCode, jaar, BLOK)
        .then((r) => ({ volgende: r.van, tot: r.tot }));
      blokken.set(key, p);
      blok = await p;
      if (blok.volgende > blok.tot) return nummer(gemeenteCode, jaar);
    }
    return blok.volgende++;
  }
  const identificatieVan = async (gemeenteCode: string, registratiedatum: string) => {
    const jaar = Number(registratiedatum.slice(0, 4));
    return `ZAAK-${jaar}-${String(await nummer(gemeenteCode, jaar)).padStart(7, '0')}`;
  };

  /** A zaak of the client's municipality the scope covers: 404 when missing, 403 when out of reach. */
  async function zichtbareZaak(a: Aanroep, id: string, scopes: string[]) {
    const row = await lijst.apiZaak(db, urls, a.client.gemeenteCode, ctx.uuid(id));
    if (!row) throw notFound('Zaak niet gevonden.');
    ctx.eis(a.client, scopes, row.zaak);
    return row;
  }

  function lijstQuery(a: Aanroep, filter: ZaakFilter, ordering: unknown, page: number) {
    requireScope(a.client, 'zrc', 'zaken.lezen');
    const zaaktypeIds = filter.zaaktypen?.map(
      (u) => urls.idOf('zaaktype', u) ?? '00000000-0000-0000-0000-000000000000',
    );
    const q = {
      gemeenteCode: a.client.gemeenteCode,
      takken: takken(
        ctx.toegang(a.client, 'zaken.lezen'),
        zaaktypeIds,
        filter.maximaleVertrouwelijkheidaanduiding,
      ),
      filters: filterConditions(filter),
      ordering: parseOrdering(ordering),
      offset: (page - 1) * PAGE_SIZE,
      size: PAGE_SIZE,
    };
    const afgesloten = filter.einddatum.isnull === undefined ? undefined : !filter.einddatum.isnull;
    return { q, tellingen: countableByTellingen(filter) && { afgesloten } };
  }

  /** A page, as rows or as the text it is sent as, and its exact count. */
  type Lees<P> = (q: pagina.PageQuery, tellingen: lijst.Tellingen | false) => Promise<P>;
  const alsRijen: Lees<Awaited<ReturnType<typeof pagina.zakenPage>>> = (q, t) =>
    pagina.zakenPage(db, urls, q, t);
  const alsTekst: Lees<Awaited<ReturnType<typeof pagina.zakenPageTekst>>> = (q, t) =>
    pagina.zakenPageTekst(db, urls, q, t);

  async function lijstVan<P extends { count: number | undefined }>(
    a: Aanroep,
    filter: ZaakFilter,
    ordering: unknown,
    page: number,
    lees: Lees<P>,
  ): Promise<P & { count: number }> {
    const { q, tellingen } = lijstQuery(a, filter, ordering, page);
    if (tellingen) {
      // The counters are read in the page's own statement.
      const p = await lees(q, tellingen);
      return { ...p, count: p.count ?? (await lijst.countZaken(db, q, tellingen)) };
    }
    // A count of the rows themselves runs beside the page, on a second connection of the pool.
    const [count, p] = await Promise.all([lijst.countZaken(db, q, false), lees(q, false)]);
    return { ...p, count };
  }
  const zoekFilter = (body: Record<string, unknown>) => {
    const { fields, expand, ordering, ...filters } = body;
    void fields;
    void expand;
    return { filter: parseZaakFilter(filters), ordering };
  };

  async function opslaan(a: Aanroep, id: string, body: unknown, partial: boolean) {
    const verzoek = parseBody(partial ? ZaakPatch : ZaakBody, body) as Partial<ZaakInput>;
    const g = a.client.gemeenteCode;
    const voor = await lijst.apiZaak(db, urls, g, ctx.uuid(id));
    if (!voor) throw notFound('Zaak niet gevonden.');
    const bestaand = voor.zaak;
    if (
      !hasScope(a.client, 'zrc', 'zaken.bijwerken') &&
      !hasScope(a.client, 'zrc', 'zaken.geforceerd-bijwerken')
    )
      throw forbidden('Scope zaken.bijwerken ontbreekt.');
    // zrc-007: a closed zaak changes only with zaken.geforceerd-bijwerken.
    ctx.eis(
      a.client,
      bestaand.einddatum ? ['zaken.geforceerd-bijwerken'] : ['zaken.bijwerken', 'zaken.geforceerd-bijwerken'],
      bestaand,
    );
    const input: ZaakInput = { ...alsInvoer(bestaand, urls), ...verzoek };
    const { hoofdzaakId } = await controleerZaak(ctx, g, input, bestaand, verzoek);
    const set = { ...kolommen(verzoek), ...('hoofdzaak' in verzoek ? { hoofdzaakId } : {}) };
    // zrc-014: no payment date once there is nothing to pay.
    if (input.betalingsindicatie === 'nvt') set.laatsteBetaaldatum = null;
    const va = set.vertrouwelijkheidaanduiding ?? bestaand.vertrouwelijkheidaanduiding;
    ctx.eis(a.client, ['zaken.bijwerken', 'zaken.geforceerd-bijwerken'], {
      zaaktypeId: bestaand.zaaktypeId,
      vertrouwelijkheidaanduiding: va,
    });
    try {
      return await db.transaction(async (tx) => {
        const locked = await repo.findZaak(tx, g, bestaand.id, true);
        if (!locked) throw notFound('Zaak niet gevonden.');
        const zaak = await repo.updateZaak(tx, bestaand.id, set);
        if (verzoek.opschorting) await wijzigen.zetOpschorting(tx, zaak, verzoek.opschorting, ctx.today());
        if (verzoek.verlenging) await wijzigen.zetVerlenging(tx, zaak, verzoek.verlenging, ctx.today());
        const na = (await lijst.apiZaak(tx, urls, g, zaak.id))!;
        const actie = partial ? 'partial_update' : 'update';
        await ctx.audit(tx, a, {
          actie,
          actieWeergave: partial ? 'Object deels bijgewerkt' : 'Object bijgewerkt',
          hoofdObjectId: zaak.id,
          resource: 'zaak',
          resourceId: zaak.id,
          resourceWeergave: zaak.identificatie,
          ...verschil(zaakJson(voor), zaakJson(na)),
        });
        await ctx.notify(tx, zaak, 'zaak', urls.url('zaak', zaak.id), actie);
        return na;
      });
    } catch (e) {
      if (isUniqueViolation(e))
        throw fout('identificatie', 'identificatie-niet-uniek', 'Deze identificatie bestaat al.');
      throw e;
    }
  }

  return {
    /** GET /zaken: the page and its exact count, of what the client may see. */
    list: (a: Aanroep, query: Record<string, unknown>, page: number) =>
      lijstVan(a, parseZaakFilter(query), query.ordering, page, alsRijen),

    /** The same page as the JSON array of its results, for a list sent as PostgreSQL built it. */
    listTekst: (a: Aanroep, query: Record<string, unknown>, page: number) =>
      lijstVan(a, parseZaakFilter(query), query.ordering, page, alsTekst),

    /** POST /zaken/_zoek: the same filters from a body, with zaakgeometrie.within. */
    search(a: Aanroep, body: Record<string, unknown>, page: number) {
      const { filter, ordering } = zoekFilter(body);
      return lijstVan(a, filter, ordering, page, alsRijen);
    },

    searchTekst(a: Aanroep, body: Record<string, unknown>, page: number) {
      const { filter, ordering } = zoekFilter(body);
      return lijstVan(a, filter, ordering, page, alsTekst);
    },
    read: (a: Aanroep, id: string) => zichtbareZaak(a, id, ['zaken.lezen']),

    async create(a: Aanroep, body: unknown): Promise<lijst.ZaakJsonRow> {
      requireScope(a.client, 'zrc', 'zaken.aanmaken');
      const input = parseBody(ZaakBody, body);
      const g = a.client.gemeenteCode;
      const { zaaktype, hoofdzaakId } = await controleerZaak(ctx, g, input, undefined);
      // zrc-009: the zaaktype's confidentiality unless the client gives one.
      const va = input.vertrouwelijkheidaanduiding ?? zaaktype.vertrouwelijkheidaanduiding;
      ctx.eis(a.client, ['zaken.aanmaken'], { zaaktypeId: zaaktype.id, vertrouwelijkheidaanduiding: va });
      const registratiedatum = input.registratiedatum ?? ctx.today();
      const gereserveerd = input.identificatie !== undefined && input.identificatie !== '';
      const identificatie = gereserveerd ? input.identificatie! : await identificatieVan(g, registratiedatum);
      const opschorting = input.opschorting?.indicatie ? input.opschorting : undefined;
      const zaak = {
        ...kolommen(input),
        productenOfDiensten: input.productenOfDiensten ?? [],
        id: randomUUID(),
        gemeenteCode: g,
        identificatie,
        zaaktypeId: zaaktype.id,
        registratiedatum,
        bronorganisatie: input.bronorganisatie,
        verantwoordelijkeOrganisatie: input.verantwoordelijkeOrganisatie,
        startdatum: input.startdatum,
        vertrouwelijkheidaanduiding: va,
        hoofdzaakId,
        communicatiekanaal: 'api',
        correspondentie: 'portaal',
        ...(input.betalingsindicatie === 'nvt' ? { laatsteBetaaldatum: null } : {}),
        // What the triggers of the suspension's and extension's rows set; the statement adds those.
        ...(opschorting ? { opschortingReden: opschorting.reden } : {}),
        ...(input.verlenging
          ? { verlenging: { reden: input.verlenging.reden, duur: input.verlenging.duur } }
          : {}),
      } satisfies repo.NewZaak;
      try {
        return await ctx.zaakAanmaken(db, {
          zaak,
          reservering: gereserveerd ? identificatie : null,
          vandaag: ctx.today(),
          audit: ctx.auditRij(a, {
            actie: 'create',
            actieWeergave: 'Object aangemaakt',
            hoofdObjectId: zaak.id,
            resource: 'zaak',
            resourceId: zaak.id,
            resourceWeergave: identificatie,
          }),
          notificatie: ctx.notificatie(zaak, 'zaak', urls.url('zaak', zaak.id), 'create'),
        });
      } catch (e) {
        if (isUniqueViolation(e))
          throw fout('identificatie', 'identificatie-niet-uniek', 'Deze identificatie bestaat al.');
        throw e;
      }
    },

    update: (a: Aanroep, id: string, body: unknown) => opslaan(a, id, body, false),
    patch: (a: Aanroep, id: string, body: unknown) => opslaan(a, id, body, true),

    /** zrc-023: the zaak, its deelzaken and all that belongs to them are really removed. */
    async destroy(a: Aanroep, id: string) {
      requireScope(a.client, 'zrc', 'zaken.verwijderen');
      const { zaak } = await zichtbareZaak(a, id, ['zaken.verwijderen']);
      const deelzaken = await wijzigen.deelzakenVan(db, zaak.id);
      for (const d of deelzaken) ctx.eis(a.client, ['zaken.verwijderen'], d);
      if (await wijzigen.heeftBesluiten(db, [zaak.id, ...deelzaken.map((d) => d.id)]))
        throw fout('nonFieldErrors', 'pending-relations', 'Er zijn nog besluiten bij deze zaak.');
      await db.transaction(async (tx) => {
        for (const z of [...deelzaken, zaak]) {
          await ctx.spiegels.zaakVernietigd(tx, z);
          await wijzigen.vernietig(tx, z.id);
          await ctx.notify(tx, z, 'zaak', urls.url('zaak', z.id), 'destroy');
        }
      });
    },

    /** GET /zaken/{uuid}/audittrail: every change, from the API, the portal and the back office. */
    async audittrail(a: Aanroep, zaakId: string) {
      requireScope(a.client, 'zrc', 'audittrails.lezen');
      const row = isUuid(zaakId)
        ? await lijst.apiZaak(db, urls, a.client.gemeenteCode, zaakId.toLowerCase())
        : undefined;
      // The operation knows no 404: a zaak that is not there has no trail.
      if (!row) return [];
      ctx.eis(a.client, ['audittrails.lezen'], row.zaak);
      return (await auditOf(db, row.zaak.id)).map((x) => auditJson(x, urls));
    },

    /** POST /zaaknummer_reserveren: numbers only a zaak that names them can take. */
    async reserveer(a: Aanroep, body: unknown) {
      requireScope(a.client, 'zrc', 'zaken.aanmaken');
      const input = parseBody(ReserveringBody, body);
      const nummers = [];
      for (let i = 0; i < (input.aantal ?? 1); i++)
        nummers.push(await identificatieVan(a.client.gemeenteCode, ctx.today()));
      await wijzigen.reserveer(
        db,
        nummers.map((identificatie) => ({
          gemeenteCode: a.client.gemeenteCode,
          bronorganisatie: input.bronorganisatie,
          identificatie,
        })),
      );
      const result = nummers.map((zaaknummer) => ({ zaaknummer }));
      return input.aantal === undefined || input.aantal === 1 ? result[0] : result;
    },
  };
}

export type ZakenApiService = ReturnType<typeof zakenApiService>;
