import type { FastifyInstance } from 'fastify';
import type { Config } from '../../platform/config.ts';
import type { Gemeente } from '../tenants/gemeente.service.ts';
import type { EventsService } from './events.service.ts';
import { deliveriesPages } from './deliveries.pages.tsx';
import { partnerInboxRoutes } from './partners.routes.ts';
import { partnerPages } from './partners.pages.tsx';

/**
 * The events module's routes: the administrator's delivery page, and with demo data the
 * demo chain partners (their inbox and their pages).
 */
export async function eventsPlugin(
  app: FastifyInstance,
  deps: {
    events: EventsService;
    config: Pick<Config, 'demoData'>;
    tenants: { byCode(code: string): Promise<Gemeente | undefined> };
  },
): Promise<void> {
  deliveriesPages(app, deps);
  if (deps.config.demoData) {
    await partnerInboxRoutes(app, deps.events);
    partnerPages(app, deps.events);
  }
}
