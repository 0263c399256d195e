import type { FastifyError, FastifyInstance } from 'fastify';
import { sendProblem } from '../../platform/http/problem.ts';
import type { EventsService } from './events.service.ts';
import { demoPartner, isDemoPartnerAuth } from './demo-partners.ts';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The demo partners' receiving end, as a partner would build it: check the secret, take the
 * event id from the header (ZGW) or the body (CloudEvents), store each event once, 204.
 * Encapsulated so that its JSON parser and problem+json errors stay on these paths.
 */
export async function partnerInboxRoutes(app: FastifyInstance, events: Pick<EventsService, 'receive'>) {
  await app.register((scope, _opts, done) => {
    scope.addContentTypeParser(
      'application/cloudevents+json',
      { parseAs: 'string' },
      scope.getDefaultJsonParser('error', 'error'),
    );
    scope.setErrorHandler((err: FastifyError, req, reply) => {
      const status = err.statusCode !== undefined && err.statusCode < 500 ? err.statusCode : 500;
      if (status === 500) req.log.error({ err }, 'partner inbox failed');
      return status === 500
        ? sendProblem(reply, 500, 'serverError', 'Er is een onverwachte fout opgetreden.')
        : sendProblem(reply, status, err.code ?? 'invalid', err.message);
    });

    scope.post<{ Params: { slug: string }; Body: unknown }>(
      '/demo-partners/:slug/inbox',
      {
        schema: {
          params: {
            type: 'object',
            properties: { slug: { type: 'string', maxLength: 100 } },
            required: ['slug'],
          },
          response: { 204: { type: 'null', description: 'Received, now or before.' } },
        },
      },
      async (req, reply) => {
        const partner = demoPartner(req.params.slug);
        if (!partner) return sendProblem(reply, 404, 'notFound', 'No such partner.');
        if (!isDemoPartnerAuth(partner.slug, req.headers.authorization))
          return sendProblem(reply, 401, 'unauthenticated', 'Wrong or missing Authorization header.');
        const body = req.body;
        if (!isRecord(body)) return sendProblem(reply, 400, 'invalid', 'A JSON object is expected.');
        const header = req.headers['x-loket-event-id'];
        const eventId = typeof header === 'string' && header !== '' ? header : body.id;
        if (typeof eventId !== 'string' || eventId === '' || eventId.length > 200) {
          return sendProblem(reply, 400, 'invalid', 'The event id is missing.', [
            { name: 'id', code: 'required', reason: 'Header x-loket-event-id or the CloudEvent id.' },
          ]);
        }
        await events.receive(partner.slug, eventId, body);
        return reply.code(204).send();
      },
    );
    done();
  });
}
