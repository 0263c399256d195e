import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type InvalidParam } from '../errors.ts';
import { errorPage, type ErrorStatus } from './error-pages.tsx';

/** Paths that are APIs: their errors are application/problem+json, never HTML. */
const API_PREFIXES = [
  '/haalcentraal/',
  '/api/',
  '/health/',
  '/zaken/api/',
  '/catalogi/api/',
  '/documenten/api/',
  '/besluiten/api/',
  '/autorisaties/api/',
  '/notificaties/api/',
  '/referentielijsten/api/',
];
export const isApiRequest = (req: FastifyRequest) => API_PREFIXES.some((p) => req.url.startsWith(p));

const TYPES: Record<number, string> = {
  400: 'https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.1',
  401: 'https://datatracker.ietf.org/doc/html/rfc7235#section-3.1',
  403: 'https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.3',
  404: 'https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.4',
  405: 'https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.5',
  406: 'https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.6',
  409: 'https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.8',
  413: 'https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.11',
  415: 'https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.13',
  429: 'https://datatracker.ietf.org/doc/html/rfc6585#section-4',
  500: 'https://datatracker.ietf.org/doc/html/rfc7231#section-6.6.1',
  503: 'https://datatracker.ietf.org/doc/html/rfc7231#section-6.6.4',
};

const TITLES: Record<number, string> = {
  400: 'Een of meerdere parameters zijn niet correct.',
  401: 'Niet correct geauthenticeerd.',
  403: 'U bent niet geautoriseerd voor deze operatie.',
  404: 'Opgevraagde resource bestaat niet.',
  415: 'Media Type wordt niet ondersteund.',
  429: 'Te veel verzoeken.',
  500: 'Interne server fout.',
  503: 'Bronservice is niet beschikbaar.',
};

export function sendProblem(
  reply: FastifyReply,
  status: number,
  code: string,
  detail: string,
  invalidParams: InvalidParam[] = [],
) {
  return reply
    .code(status)
    .type('application/problem+json')
    .send({
      type: TYPES[status] ?? (status < 500 ? TYPES[400] : TYPES[500]),
      title: TITLES[status] ?? 'Het verzoek kon niet worden verwerkt.',
      status,
      detail,
      instance: reply.request.url,
      code,
      ...(invalidParams.length > 0 ? { invalidParams } : {}),
    });
}

/** The one error handler: known errors by their code, anything else a logged, generic 500. */
export function handleError(err: FastifyError | AppError | Error, req: FastifyRequest, reply: FastifyReply) {
  let status: number;
  let code: string;
  let detail: string;
  let params: InvalidParam[] = [];
  if (err instanceof AppError) {
    ({ status, code } = err);
    detail = err.message;
    params = err.invalidParams;
  } else {
    const s = (err as FastifyError).statusCode;
    status = s !== undefined && s >= 400 && s < 500 ? s : 500;
    code = status === 500 ? 'serverError' : ((err as FastifyError).code ?? 'invalid');
    detail = status === 500 ? 'Er is een onverwachte fout opgetreden.' : err.message;
  }
  if (status >= 500) req.log.error({ err }, 'request failed');
  else req.log.info({ code, status }, 'request refused');
  if (isApiRequest(req)) return sendProblem(reply, status, code, detail, params);
  const page: ErrorStatus =
    status === 401 || status === 403
      ? 403
      : status === 404
        ? 404
        : status === 429
          ? 429
          : status >= 500
            ? 500
            : 400;
  return errorPage(reply, page);
}
