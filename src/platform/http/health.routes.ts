import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/types.ts';
import { migrationsApplied } from '../db/open.ts';

export function healthRoutes(app: FastifyInstance, database: Database) {
  app.get('/health/live', () => ({ status: 'ok' }));
  app.get('/health/ready', async (req, reply) => {
    try {
      await database.ping();
      if (!(await migrationsApplied(database.db))) return reply.code(503).send({ status: 'migrating' });
      return { status: 'ok', database: database.kind };
    } catch (err) {
      req.log.warn({ err }, 'not ready');
      return reply.code(503).send({ status: 'unavailable' });
    }
  });
}
