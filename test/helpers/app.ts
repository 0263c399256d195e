import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../../src/platform/config.ts';
import { createSelfFetch } from '../../src/platform/http/self-fetch.ts';
import { buildServices, type Services } from '../../src/services.ts';
import { buildApp } from '../../src/app.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import { freshDatabase, type TestDatabase } from './db.ts';

export const BRP_TESTSET = path.resolve(
  '../shared/data/brp/testset-persoonslijsten-proefomgeving-gba-v-20220502.csv',
);

export interface TestApp {
  app: FastifyInstance;
  services: Services;
  config: Config;
  db: TestDatabase;
  close(): Promise<void>;
}

/** The whole application in-process on a fresh database, with the demo data unless told otherwise. */
export async function testApp(
  options: { seed?: boolean; env?: Record<string, string>; today?: () => Date } = {},
): Promise<TestApp> {
  const config = loadConfig({ NODE_ENV: 'test', LOKET_BASE_URL: 'http://loket.test', ...options.env });
  const db = await freshDatabase();
  const selfFetch = createSelfFetch(config.baseUrl);
  const services = buildServices({
    config,
    database: db.database,
    fetch: selfFetch.fetch,
    ...(options.today ? { today: options.today } : {}),
  });
  await services.processingLog.ensureRegister();
  if (options.seed !== false) await seedDemo(services, { brpTestset: BRP_TESTSET });
  const app = await buildApp(services);
  selfFetch.attach(app);
  return {
    app,
    services,
    config,
    db,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
