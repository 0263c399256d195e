import type { Config } from './platform/config.ts';
import type { Database } from './platform/db/types.ts';
import { tenantService } from './modules/tenants/gemeente.service.ts';
import { processingLogService } from './modules/registries/processing-log.service.ts';
import { localBrpAdapter, personsService } from './modules/registries/persons.service.ts';
import { haalCentraalAdapter } from './modules/registries/brp.adapter.ts';
import * as companies from './modules/registries/companies.repository.ts';
import { identityService } from './modules/identity/identity.service.ts';
import { devIdpTestPersons } from './modules/registries/test-persons.ts';

/** The composition root: every service wired once, from configuration and the database. */
export function buildServices(deps: {
  config: Config;
  database: Database;
  fetch: typeof fetch;
  today?: () => Date;
}) {
  const { config, database } = deps;
  const db = database.db;
  const tenants = tenantService(db);
  const processingLog = processingLogService(db);
  const adapter =
    config.brp.url !== undefined
      ? haalCentraalAdapter({ url: config.brp.url, apiKey: config.brp.apiKey, fetch: deps.fetch })
      : localBrpAdapter(db, deps.today);
  const persons = personsService({
    db,
    adapter,
    processingLog,
    gemeenteCodes: async () => (await tenants.list()).map((g) => g.code),
    ...(deps.today ? { today: deps.today } : {}),
  });
  const companyService = {
    get: (kvk: string) => companies.findBedrijf(db, kvk),
    list: () => companies.listBedrijven(db),
    save: (b: companies.Bedrijf) => companies.upsertBedrijf(db, b),
  };
  const identity = identityService({
    db,
    config,
    fetch: deps.fetch,
    gemeenteOfBsn: (bsn) => persons.gemeenteOf(bsn),
    naamOfBsn: async (bsn) => (await persons.displayName(bsn)) ?? undefined,
    bedrijf: (kvk) => companies.findBedrijf(db, kvk),
  });
  return {
    config,
    database,
    tenants,
    processingLog,
    persons,
    companies: companyService,
    identity,
    devIdpTestPersons: () => devIdpTestPersons(db),
  };
}

export type Services = ReturnType<typeof buildServices>;
