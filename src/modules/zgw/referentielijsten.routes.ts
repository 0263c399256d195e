import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Services } from '../../services.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { assertQuery, page, pageNumber } from './zgw-http.ts';
import type { SelectielijstService } from './referentielijsten.service.ts';

const PAGE_SIZE = 100;

type Uuid = { Params: { uuid: string } };
const query = (req: FastifyRequest) => req.query as Record<string, string | undefined>;

const found = <T>(v: T | undefined, what: string): T => {
  if (v === undefined) throw notFound(`${what} niet gevonden.`);
  return v;
};

const isUrl = (v: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(v).protocol);
  } catch {
    return false;
  }
};

/**
 * The built-in Referentielijsten & Selectielijst API: read-only and public, like VNG's. The
 * collections of procestypen and resultaattypeomschrijvingen are arrays (as the reference
 * implementation serves them), resultaten are paged with an exact count.
 */
export function referentielijstenRoutes(deps: { selectielijst: SelectielijstService; baseUrl: string }) {
  const { builtIn } = deps.selectielijst;
  return (app: FastifyInstance) => {
    app.get('/health', () => ({ healthy: true, time: new Date().toISOString() }));

    app.get('/procestypen', (req) => {
      assertQuery(req, ['jaar']);
      const raw = query(req).jaar;
      if (raw !== undefined && !/^\d{4}$/.test(raw))
        throw invalid('Ongeldig jaar.', [
          { name: 'jaar', code: 'invalid', reason: 'Een jaartal, bv. 2020.' },
        ]);
      return builtIn.procestypen(raw === undefined ? undefined : Number(raw));
    });

    app.get<Uuid>('/procestypen/:uuid', (req) => {
      assertQuery(req, []);
      return found(builtIn.procestype(req.params.uuid), 'Procestype');
    });

    app.get('/resultaten', (req) => {
      // `procesType` as the classic Selectielijst API (selectielijst.openzaak.nl) names it.
      assertQuery(req, ['proces_type', 'procesType', 'page']);
      const q = query(req);
      const procesType = q.proces_type ?? q.procesType;
      if (procesType !== undefined && !isUrl(procesType))
        throw invalid('Ongeldig procestype.', [
          {
            name: q.proces_type !== undefined ? 'proces_type' : 'procesType',
            code: 'invalid',
            reason: 'Een URL van een procestype.',
          },
        ]);
      const n = pageNumber(req);
      const all = builtIn.resultaten(procesType);
      if ((n - 1) * PAGE_SIZE >= all.length && n > 1) throw notFound('Ongeldige pagina.');
      return page(req, deps.baseUrl, all.length, all.slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE), n, PAGE_SIZE);
    });

    app.get<Uuid>('/resultaten/:uuid', (req) => {
      assertQuery(req, []);
      return found(builtIn.resultaat(req.params.uuid), 'Resultaat');
    });

    app.get('/resultaattypeomschrijvingen', (req) => {
      assertQuery(req, []);
      return builtIn.omschrijvingen();
    });

    app.get<Uuid>('/resultaattypeomschrijvingen/:uuid', (req) => {
      assertQuery(req, []);
      return found(builtIn.omschrijving(req.params.uuid), 'Resultaattypeomschrijving');
    });
  };
}

/** The component as zgw.routes.ts registers it, wired from the application's services. */
export const referentielijstenApi = (s: Pick<Services, 'selectielijst' | 'config'>) =>
  referentielijstenRoutes({ selectielijst: s.selectielijst, baseUrl: s.config.baseUrl });
