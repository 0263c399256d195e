import { loadConfig, ConfigError } from './platform/config.ts';
import { connect } from './platform/db/connect.ts';
import { DataDirLockedError } from './platform/db/lock.ts';
import { createSelfFetch } from './platform/http/self-fetch.ts';
import { buildServices } from './services.ts';
import { buildApp } from './app.ts';
import { seedDemo, DEMO_GEMEENTEN, demoApiClient } from './demo/seed.ts';
import { startAdminSocket } from './cli/admin-socket.ts';
import { startEventWorker } from './modules/events/events.jobs.ts';
import { seedStandaardKanalen } from './modules/zgw/notificaties.service.ts';

/**
 * Loading the modules leaves ~150 MB of garbage that V8 keeps its pages for (Node parses
 * drizzle-orm's 180 KB package.json again for each of its few hundred modules); one collection
 * that reduces memory, once Loket is up, gives them back. `npm start` exposes `gc` for it.
 */
function releaseStartupGarbage() {
  const gc = (globalThis as { gc?: (o: { type: string; execution: string; flavor: string }) => void }).gc;
  gc?.({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

async function main() {
  const config = loadConfig();
  const started = Date.now();
  const { database, lock } = await connect(config, (err) => {
    console.error(`Lost the lock on ${config.dataDir}: ${err.message}. Stopping to protect the data.`);
    process.exit(1);
  });
  const selfFetch = createSelfFetch(config.baseUrl);
  const services = buildServices({ config, database, fetch: selfFetch.fetch });
  await services.processingLog.ensureRegister();
  await seedStandaardKanalen(database.db);
  let seeded = '';
  if (config.demoData && (await services.tenants.list()).length === 0) {
    const report = await seedDemo(services, { brpTestset: config.brpTestset });
    seeded =
      'error' in report.personen
        ? report.personen.error
        : `${report.personen.imported} test persons imported`;
  }
  const app = await buildApp(services);
  selfFetch.attach(app);
  await app.listen({ port: config.port, host: config.host });
  releaseStartupGarbage();
  const closeSocket = lock ? await startAdminSocket(services, config.dataDir) : undefined;
  // Housekeeping; safe on several processes at once (plain deletes of expired rows).
  const purge = setInterval(() => {
    services.identity.purgeExpired().catch((err: unknown) => app.log.warn({ err }, 'purge failed'));
    services.concepten.purgeExpired().catch((err: unknown) => app.log.warn({ err }, 'purge failed'));
  }, 10 * 60_000);
  // The outbox worker: what was committed but not delivered is picked up again after a restart.
  const stopEvents = startEventWorker(services.events, { intervalMs: config.eventsIntervalMs, log: app.log });
  purge.unref();

  const lines = [
    '',
    `  Loket is running at ${config.baseUrl}  (${database.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL'}, started in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  ];
  if (seeded) lines.push(`  Demo data: ${DEMO_GEMEENTEN.map((g) => g.naam).join(', ')}; ${seeded}.`);
  if (config.devIdp) {
    lines.push(
      '  Log in at /inloggen:',
      '    DigiD (citizen):      choose a test person or type a BSN, e.g. 999993653 (Suzanne Moulin, Rotterdam)',
      '    eHerkenning:          choose a demo company, e.g. Uitvaartzorg De Linde B.V. (KVK 90001234)',
      '    Employee:             e.g. behandelaar@rotterdam, coordinator@amsterdam, functioneel-beheerder@utrecht',
      `  Haal Centraal BRP:     POST ${config.baseUrl}/haalcentraal/api/brp/personen with a JWT from`,
      `                         npx loket api-token --client-id ${demoApiClient('0599').clientId}`,
    );
  }
  lines.push('');
  console.log(lines.join('\n'));

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    setTimeout(() => process.exit(1), 10_000).unref();
    clearInterval(purge);
    try {
      await stopEvents();
      await app.close();
      await closeSocket?.();
      await database.close();
    } finally {
      await lock?.release();
    }
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof DataDirLockedError) {
    console.error(`\n  Loket cannot start.\n  ${err.message.split('\n').join('\n  ')}\n`);
  } else {
    console.error(err);
  }
  process.exit(1);
});
