import type { Config } from './platform/config.ts';
import type { Database } from './platform/db/types.ts';
import { tenantService } from './modules/tenants/gemeente.service.ts';
import { processingLogService } from './modules/registries/processing-log.service.ts';
import { localBrpAdapter, personsService } from './modules/registries/persons.service.ts';
import { haalCentraalAdapter } from './modules/registries/brp.adapter.ts';
import * as companies from './modules/registries/companies.repository.ts';
import { identityService } from './modules/identity/identity.service.ts';
import { devIdpTestPersons } from './modules/registries/test-persons.ts';
import { addressesService } from './modules/registries/addresses.service.ts';
import { bagAdresAdapter, localAdresAdapter } from './modules/registries/addresses.adapter.ts';
import { huidigAdres } from './modules/registries/prefill.ts';
import { catalogService } from './modules/catalog/catalog.service.ts';
import { documentsService } from './modules/documents/documents.service.ts';
import { renderLetter } from './modules/documents/letter.pdf.ts';
import { checkUpload } from './modules/documents/upload-check.ts';
import { eventsService } from './modules/events/events.service.ts';
import { zaakCommands } from './modules/cases/zaak.service.ts';
import { zaakViews } from './modules/cases/zaak-view.service.ts';
import { caseLetters } from './modules/cases/letters.ts';
import { zaakEvents } from './modules/cases/zaak-events.ts';
import { caseEffects } from './modules/cases/effects.ts';
import { conceptService } from './modules/cases/concept.service.ts';
import type { IntakeDeps } from './modules/cases/intake.ts';
import { dutchDate } from './platform/dates.ts';
import { zgwService } from './modules/zgw/zgw.service.ts';
import { zakenApi } from './modules/cases/zaken-api.ts';
import { documentenBesluitenApis } from './modules/decisions/besluiten-api.service.ts';
import { catalogiApiService } from './modules/catalog/catalogi-api.service.ts';
import { selectielijstService } from './modules/zgw/referentielijsten.service.ts';
import { zgwDienstenService } from './modules/zgw/diensten.service.ts';
import { spiegelAfhandelaars } from './modules/cases/zaak-contacten.jobs.ts';

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
  const now = deps.today ?? (() => new Date());
  const today = { today: now };
  const addresses = addressesService({
    db,
    adapter:
      config.bag.url !== undefined
        ? bagAdresAdapter({ url: config.bag.url, apiKey: config.bag.apiKey, fetch: deps.fetch })
        : localAdresAdapter(db),
  });
  const catalog = catalogService({ db, ...today });
  const documents = documentsService({ db, ...today });
  const diensten = zgwDienstenService({ db });
  const events = eventsService({
    db,
    baseUrl: config.baseUrl,
    fetch: deps.fetch,
    autorisatie: (gemeenteCode, url) => diensten.autorisatie(gemeenteCode, url),
    afhandelaars: spiegelAfhandelaars,
    ...(deps.today ? { now } : {}),
  });
  const zaken = zaakCommands({
    db,
    catalog,
    documents,
    letters: caseLetters({ documents, render: renderLetter, today: () => dutchDate(now()) }),
    events: zaakEvents(events, config.baseUrl),
    effects: caseEffects({ persons, events, baseUrl: config.baseUrl }),
    tenants,
    ...today,
  });
  const zaakView = zaakViews({
    db,
    catalog,
    documenten: (d, gemeenteCode, zaakId) => documents.listForZaak(d, gemeenteCode, zaakId),
    processingLog,
    ...today,
  });
  const intake: IntakeDeps = {
    addresses,
    huisgenoten: (bsn) => persons.huisgenoten(bsn),
    huidigAdres: (bsn) => huidigAdres(db, bsn),
    isOpLoket: (code) => persons.isOpLoket(code),
    bewoners: async (adres) => (await addresses.bewoning(adres, 0)).aantal,
    checkUpload,
  };
  return {
    config,
    /** The clock: the real one, or the tests' fixed one. */
    now,
    addresses,
    catalog,
    documents,
    events,
    zaken,
    zaakView,
    intake,
    concepten: conceptService({ db, ...today }),
    zgw: zgwService({
      db,
      identity,
      listen: (channel, handlers) => database.listen(channel, handlers),
      // Without its notifications nothing is kept: slower, never wrong.
      onError: (err) => process.emitWarning(`ZGW clients are read on every request: ${String(err)}`),
    }),
    /** The other registers' ZGW APIs each municipality works with, and Loket's credentials there. */
    diensten,
    zakenApi: zakenApi({
      db,
      baseUrl: config.baseUrl,
      fetch: deps.fetch,
      outbox: events,
      diensten,
      ...today,
    }),
    documentenBesluiten: documentenBesluitenApis({
      db,
      outbox: events,
      fetch: deps.fetch,
      baseUrl: config.baseUrl,
      now,
    }),
    catalogi: catalogiApiService({ db, baseUrl: config.baseUrl, fetch: deps.fetch, events, ...today }),
    selectielijst: selectielijstService({
      root: config.selectielijstUrl,
      baseUrl: config.baseUrl,
      fetch: deps.fetch,
    }),
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
