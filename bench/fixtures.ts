import type postgres from 'postgres';
import type { Services } from '../src/services.ts';
import { DEMO_GEMEENTEN } from '../src/demo/seed.ts';
import { verhuizingDoorgeven } from '../src/modules/catalog/standaarden/verhuizing-doorgeven.ts';
import type { ZaaktypeBlauwdruk } from '../src/modules/catalog/blueprint.ts';
import { rsinOf } from '../src/modules/cases/zaak.service.ts';
import { zgwUrls } from '../src/modules/cases/zaak-events.ts';
import { applicaties, autorisaties } from '../src/modules/zgw/zgw.schema.ts';

/** Share of the zaken per municipality: one large city, measured, and smaller ones beside it. */
export const GEMEENTE_SHARES: Record<string, number> = {
  '0363': 0.35,
  '0599': 0.25,
  '0518': 0.2,
  '0344': 0.15,
  '0530': 0.05,
};
/** The municipality whose clients are measured: the one with the most zaken. */
export const MEASURED = '0363';

/** Five zaaktypen per municipality, from one blueprint, with their share of the zaken. */
export const ZAAKTYPEN = [
  { identificatie: 'VERHUIZING', omschrijving: 'Verhuizing doorgeven', share: 0.4 },
  { identificatie: 'MELDING-OPENBARE-RUIMTE', omschrijving: 'Melding openbare ruimte', share: 0.25 },
  { identificatie: 'PARKEERVERGUNNING', omschrijving: 'Parkeervergunning aanvragen', share: 0.15 },
  { identificatie: 'EVENEMENTENVERGUNNING', omschrijving: 'Evenementenvergunning aanvragen', share: 0.12 },
  { identificatie: 'BIJZONDERE-BIJSTAND', omschrijving: 'Bijzondere bijstand aanvragen', share: 0.08 },
] as const;

/** The limited client may read these zaaktypen (by index in ZAAKTYPEN) up to this confidentiality. */
export const BEPERKT = { zaaktypen: [1, 2], max: 'zaakvertrouwelijk' } as const;

export const CLIENTS = {
  alles: { clientId: 'bench-alles', secret: 'bench-secret-alles-not-for-production' },
  beperkt: { clientId: 'bench-beperkt', secret: 'bench-secret-beperkt-not-for-production' },
};

export interface FixtureZaaktype {
  id: string;
  identificatie: string;
  share: number;
  /** Statustype ids by volgnummer (1..4, the last is the eindstatus). */
  statustypen: string[];
}

export interface Fixture {
  baseUrl: string;
  gemeenten: { code: string; naam: string; rsin: string; share: number; zaaktypen: FixtureZaaktype[] }[];
}

const blueprint = (z: (typeof ZAAKTYPEN)[number]): ZaaktypeBlauwdruk =>
  z.identificatie === verhuizingDoorgeven.identificatie
    ? verhuizingDoorgeven
    : {
        ...verhuizingDoorgeven,
        identificatie: z.identificatie,
        omschrijving: z.omschrijving,
        product: {
          ...verhuizingDoorgeven.product,
          code: z.identificatie.toLowerCase(),
          naam: { nl: z.omschrijving, en: z.omschrijving },
        },
      };

/** Municipalities, their zaaktypen and the two ZGW clients of the measured municipality. */
export async function createFixture(services: Services, sql: postgres.Sql): Promise<void> {
  for (const g of DEMO_GEMEENTEN) {
    await services.tenants.save({ ...g, hostnames: [`${g.slug}.localhost`], settings: {} });
    for (const z of ZAAKTYPEN) {
      await services.catalog.adopt(blueprint(z), {
        gemeenteCode: g.code,
        rsin: rsinOf(g),
        verantwoordelijke: `Burgerzaken ${g.naam}`,
        beginGeldigheid: '2020-01-01',
        domein: 'BENCH',
        catalogusNaam: `Zaaktypecatalogus ${g.naam}`,
        selectielijstUrl: services.config.selectielijstUrl,
      });
    }
  }
  await services.zgw.addClient({ gemeenteCode: MEASURED, ...CLIENTS.alles, alles: true });
  await services.zgw.addClient({ gemeenteCode: MEASURED, ...CLIENTS.beperkt, alles: false });
  const fixture = await loadFixture(sql, services.config.baseUrl);
  const measured = fixture.gemeenten.find((g) => g.code === MEASURED)!;
  const db = services.database.db;
  const [app] = await db
    .insert(applicaties)
    .values({
      gemeenteCode: MEASURED,
      clientIds: [CLIENTS.beperkt.clientId],
      label: 'Bench: twee zaaktypen',
    })
    .returning({ id: applicaties.id });
  const urls = zgwUrls(services.config.baseUrl);
  await db.insert(autorisaties).values(
    BEPERKT.zaaktypen.map((i) => ({
      applicatieId: app!.id,
      component: 'zrc' as const,
      scopes: ['zaken.lezen'],
      zaaktype: urls.zaaktype(measured.zaaktypen[i]!.id),
      maxVertrouwelijkheidaanduiding: BEPERKT.max,
    })),
  );
}

/** The ids the seeding and the measurements need, read back from the database. */
export async function loadFixture(sql: postgres.Sql, baseUrl: string): Promise<Fixture> {
  const rows = await sql<{ gemeente: string; identificatie: string; id: string; statustypen: string[] }[]>`
    select z.gemeente_code as gemeente, z.identificatie, z.id,
      array_agg(s.id order by s.volgnummer) as statustypen
    from zaaktypen z join statustypen s on s.zaaktype_id = z.id
    where z.concept = false
    group by z.gemeente_code, z.identificatie, z.id`;
  const gemeenten = DEMO_GEMEENTEN.map((g) => ({
    code: g.code,
    naam: g.naam,
    rsin: rsinOf(g),
    share: GEMEENTE_SHARES[g.code] ?? 0,
    zaaktypen: ZAAKTYPEN.map((z) => {
      const row = rows.find((r) => r.gemeente === g.code && r.identificatie === z.identificatie);
      if (!row)
        throw new Error(`Zaaktype ${z.identificatie} of ${g.code} is missing: seed again without --reuse.`);
      return { id: row.id, identificatie: z.identificatie, share: z.share, statustypen: row.statustypen };
    }),
  }));
  return { baseUrl, gemeenten };
}
