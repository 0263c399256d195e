import type { FastifyInstance } from 'fastify';
import type { Services } from '../../services.ts';
import { zgwComponent } from './zgw-http.ts';
import { zakenApiRoutes } from '../cases/zaken-api.routes.ts';
import { documentenApiRoutes } from '../documents/documenten-api.routes.ts';
import { besluitenApiRoutes } from '../decisions/besluiten-api.routes.ts';
import { catalogiApi } from '../catalog/catalogi-api.routes.ts';
import { autorisatiesApi } from './autorisaties.routes.ts';
import { notificatiesApi } from './notificaties.routes.ts';
import { referentielijstenApi } from './referentielijsten.routes.ts';

/**
 * The ZGW API faces: each component under its root, thin routes over the services of cases,
 * catalog, documents, decisions and events.
 */
export function zgwApis(app: FastifyInstance, services: Services) {
  void services;
  zgwComponent(app, 'zaken', zakenApiRoutes(services));
  zgwComponent(app, 'catalogi', catalogiApi(services));
  zgwComponent(app, 'documenten', documentenApiRoutes(services.documentenBesluiten.documenten, services.zgw));
  zgwComponent(app, 'besluiten', besluitenApiRoutes(services.documentenBesluiten.besluiten, services.zgw));
  zgwComponent(app, 'autorisaties', autorisatiesApi(services));
  zgwComponent(app, 'notificaties', notificatiesApi(services));
  zgwComponent(app, 'referentielijsten', referentielijstenApi(services));
}
