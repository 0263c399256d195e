import type { FastifyReply, FastifyRequest } from 'fastify';
import { invalid } from '../../platform/errors.ts';
import type { ZgwClient } from '../zgw/zgw-auth.ts';
import type { Aanroep } from './zaken-api.context.ts';

/** HTTP details of the Zaken API shared by its routes: the caller, CRS headers, expand. */

export const API_VERSION = '1.7.0';
const CRS = 'EPSG:4326';

/** An error with an HTTP status the platform's errors do not name (406, 412, 415). */
function httpError(statusCode: number, code: string, message: string) {
  return Object.assign(new Error(message), { statusCode, code });
}

/**
 * Accept-Crs (the response holds geometry) and Content-Crs (the body may hold it): missing is
 * 412, another CRS than WGS84 is 406 or 415. The answer names its CRS.
 */
export function crs(req: FastifyRequest, reply: FastifyReply, body: boolean) {
  const accept = req.headers['accept-crs'];
  if (accept === undefined) throw httpError(412, 'precondition_failed', "'Accept-Crs' header ontbreekt.");
  if (accept !== CRS)
    throw httpError(406, 'not_acceptable', `CRS '${String(accept)}' wordt niet ondersteund.`);
  if (body) {
    const content = req.headers['content-crs'];
    if (content === undefined) throw httpError(412, 'precondition_failed', "'Content-Crs' header ontbreekt.");
    if (content !== CRS)
      throw httpError(415, 'unsupported_media_type', `CRS '${String(content)}' wordt niet ondersteund.`);
  }
  void reply.header('content-crs', CRS);
}

export function aanroep(req: FastifyRequest, client: ZgwClient): Aanroep {
  const t = req.headers['x-audit-toelichting'];
  return { client, requestId: req.id, toelichting: typeof t === 'string' ? t : '' };
}

/** The expand paths of a request (comma separated); 400 when not a list of names. */
export function expandPaths(value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  if (typeof value !== 'string' || !/^[A-Za-z.,]+$/.test(value))
    throw invalid('Ongeldige expand.', [
      { name: 'expand', code: 'invalid', reason: 'Komma-gescheiden paden.' },
    ]);
  return [...new Set(value.split(',').filter((p) => p !== ''))];
}
