import type { FastifyInstance } from 'fastify';
import type { Services } from '../../services.ts';
import { themeCss } from './gemeente.service.ts';

export function themeRoutes(app: FastifyInstance, services: Services) {
  app.get<{ Params: { file: string } }>('/themes/:file', async (req, reply) => {
    const code = /^(\d{4})\.css$/.exec(req.params.file)?.[1];
    const g = code ? await services.tenants.byCode(code) : undefined;
    if (!g) return reply.code(404).type('text/css').send('/* unknown municipality */');
    return reply
      .type('text/css; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .send(themeCss(g.code, g.theme));
  });
}
