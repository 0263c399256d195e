import { baliePages } from './balie.pages.tsx';
import type { FastifyInstance } from 'fastify';
import type { Services } from '../../services.ts';
import { postPages } from './post.pages.tsx';
import { vertrokkenPages } from './vertrokken.pages.tsx';
import { werkvoorraadPages } from './werkvoorraad.pages.tsx';
import { zaakActiePages } from './zaak-acties.pages.tsx';
import { zaakPages } from './zaak.pages.tsx';

/**
 * The back office's case handling: the work queue, the case page with its actions, the post
 * queue and the former residents. Only for case handlers of the municipality in the path.
 */
export function backofficeZakenPages(app: FastifyInstance, services: Services) {
  baliePages(app, services);
  werkvoorraadPages(app, services);
  zaakPages(app, services);
  zaakActiePages(app, services);
  postPages(app, services);
  vertrokkenPages(app, services);
}
