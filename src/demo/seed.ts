import type { Services } from '../services.ts';
import type { Rol } from '../modules/identity/identity.schema.ts';
import { BRP_SCOPE } from '../modules/registries/brp.routes.ts';
import { seedAddresses } from '../modules/registries/address-seed.ts';
import { seedDemoPartners } from '../modules/events/demo-partners.ts';
import { seedStandaardKanalen } from '../modules/zgw/notificaties.service.ts';
import { verhuizingDoorgeven } from '../modules/catalog/standaarden/verhuizing-doorgeven.ts';
import { rsinOf } from '../modules/cases/zaak.service.ts';

/** Brand colours chosen for at least 4.5:1 contrast with white text (WCAG 1.4.3). */
const theme = (brand: string, brandDark: string) => ({
  'loket-brand-color': brand,
  'loket-brand-dark-color': brandDark,
  'utrecht-link-color': brandDark,
  'utrecht-link-hover-color': brand,
  'utrecht-button-primary-action-background-color': brandDark,
  'utrecht-button-primary-action-hover-background-color': brand,
  'utrecht-button-primary-action-focus-background-color': brand,
  'utrecht-button-primary-action-active-background-color': brandDark,
  'utrecht-button-primary-action-color': '#ffffff',
  'utrecht-button-primary-action-hover-color': '#ffffff',
});

export const DEMO_GEMEENTEN = [
  {
    code: '0518',
    naam: "'s-Gravenhage",
    slug: 'den-haag',
    oin: '00000001001600069000',
    theme: theme('#1a6b3a', '#14532d'),
  },
  {
    code: '0599',
    naam: 'Rotterdam',
    slug: 'rotterdam',
    oin: '00000001001897014000',
    theme: theme('#00702c', '#005a23'),
  },
  {
    code: '0363',
    naam: 'Amsterdam',
    slug: 'amsterdam',
    oin: '00000001002564440000',
    theme: theme('#c0001a', '#9a0015'),
  },
  {
    code: '0344',
    naam: 'Utrecht',
    slug: 'utrecht',
    oin: '00000001002220647000',
    theme: theme('#b80f1e', '#8f0c17'),
  },
  {
    code: '0530',
    naam: 'Hellevoetsluis',
    slug: 'hellevoetsluis',
    oin: '00000001001925927000',
    theme: theme('#005b8f', '#00456d'),
  },
];

const ROLLEN: Rol[] = ['behandelaar', 'coordinator', 'functioneel-beheerder'];

export const DEMO_BEDRIJVEN = [
  {
    kvkNummer: '90001234',
    naam: 'Uitvaartzorg De Linde B.V.',
    rechtsvorm: 'Besloten Vennootschap',
    vestigingsadres: 'Coolsingel 40, 3011AD Rotterdam',
    gemeenteCode: '0599',
  },
  {
    kvkNummer: '90002345',
    naam: 'Bakkerij Het Gouden Korenaar',
    rechtsvorm: 'Eenmanszaak',
    vestigingsadres: 'Prinsengracht 12, 1015DV Amsterdam',
    gemeenteCode: '0363',
  },
  {
    kvkNummer: '90003456',
    naam: 'Stichting Buurtwerk Transvaal',
    rechtsvorm: 'Stichting',
    vestigingsadres: 'Paul Krugerstraat 100, 2571JG Den Haag',
    gemeenteCode: '0518',
  },
];

/** Demo API clients' secrets are public on purpose: demo data is refused in production. */
export const demoApiClient = (code: string) => ({
  clientId: `demo-${code}`,
  secret: `demo-secret-${code}-not-for-production`,
});

export interface SeedReport {
  gemeenten: number;
  medewerkers: number;
  bedrijven: number;
  personen: { imported: number; skipped: { reason: string; count: number }[] } | { error: string };
  adressen: number;
}

/** Idempotent: run it any number of times. */
export async function seedDemo(services: Services, options: { brpTestset: string }): Promise<SeedReport> {
  let medewerkers = 0;
  for (const g of DEMO_GEMEENTEN) {
    await services.tenants.save({ ...g, hostnames: [`${g.slug}.localhost`], settings: {} });
    for (const rol of ROLLEN) {
      await services.identity.saveMedewerker({
        gemeenteCode: g.code,
        gebruikersnaam: `${rol}@${g.slug}`,
        naam: `${rol === 'behandelaar' ? 'Behandelaar' : rol === 'coordinator' ? 'Coördinator' : 'Beheerder'} ${g.naam}`,
        rollen: rol === 'coordinator' ? ['coordinator', 'behandelaar'] : [rol],
      });
      medewerkers++;
    }
    const c = demoApiClient(g.code);
    await services.identity.saveApiClient({
      ...c,
      gemeenteCode: g.code,
      naam: `Demo-applicatie ${g.naam}`,
      scopes: [BRP_SCOPE],
    });
  }
  for (const b of DEMO_BEDRIJVEN) await services.companies.save(b);
  // The standard process, adopted by every demo municipality from the start of the year.
  for (const g of DEMO_GEMEENTEN) {
    await services.catalog.adopt(verhuizingDoorgeven, {
      gemeenteCode: g.code,
      rsin: rsinOf(g),
      verantwoordelijke: `Burgerzaken ${g.naam}`,
      beginGeldigheid: '2026-01-01',
      domein: 'BZK',
      catalogusNaam: `Zaaktypecatalogus ${g.naam}`,
      selectielijstUrl: services.config.selectielijstUrl,
    });
  }
  await seedDemoPartners(services.events, services.config.baseUrl);
  await seedStandaardKanalen(services.database.db);
  await services.processingLog.ensureRegister();
  let personen: SeedReport['personen'];
  try {
    personen = await services.persons.importTestset(options.brpTestset);
  } catch (err) {
    personen = { error: `BRP test set not imported from ${options.brpTestset}: ${(err as Error).message}` };
  }
  const { adressen } = await seedAddresses(services.database.db);
  return {
    gemeenten: DEMO_GEMEENTEN.length,
    medewerkers,
    bedrijven: DEMO_BEDRIJVEN.length,
    personen,
    adressen,
  };
}
