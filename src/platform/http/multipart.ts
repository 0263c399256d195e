import type { FastifyInstance, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';

/** Upload limits for every form: a file larger than this is reported, never stored. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export interface FormUpload {
  bestandsnaam: string;
  inhoud: Uint8Array;
  /** Cut off at the limit: too large. */
  truncated: boolean;
}

export interface MultipartForm {
  fields: Record<string, string | string[]>;
  uploads: Record<string, FormUpload | undefined>;
}

/**
 * Forms with files post multipart: parts are buffered (within the limits) and attached to the
 * body, so that CSRF and the handlers read them like any form.
 */
export async function registerMultipart(app: FastifyInstance) {
  await app.register(multipart, {
    attachFieldsToBody: true,
    throwFileSizeLimit: false,
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 3, fields: 60, parts: 70, fieldSize: 64 * 1024 },
  });
}

interface Part {
  type: 'field' | 'file';
  fieldname: string;
  value?: unknown;
  filename?: string;
  file?: { truncated?: boolean };
  toBuffer?: () => Promise<Buffer>;
}

/** The fields and files of a multipart (or plain urlencoded) body. */
export async function formOf(req: FastifyRequest): Promise<MultipartForm> {
  const body = (req.body ?? {}) as Record<string, unknown>;
  const fields: MultipartForm['fields'] = {};
  const uploads: MultipartForm['uploads'] = {};
  for (const [name, raw] of Object.entries(body)) {
    const parts = (Array.isArray(raw) ? raw : [raw]) as unknown[];
    for (const p of parts) {
      if (typeof p === 'string') add(fields, name, p);
      else if (p && typeof p === 'object' && (p as Part).type === 'field')
        add(fields, name, typeof (p as Part).value === 'string' ? ((p as Part).value as string) : '');
      else if (p && typeof p === 'object' && (p as Part).type === 'file') {
        const part = p as Part;
        const inhoud = part.toBuffer ? new Uint8Array(await part.toBuffer()) : new Uint8Array();
        // A file input left empty still sends a part, without a name or content.
        if (!part.filename && inhoud.length === 0) continue;
        uploads[name] = {
          bestandsnaam: part.filename ?? 'bestand',
          inhoud,
          truncated: part.file?.truncated === true,
        };
      }
    }
  }
  return { fields, uploads };
}

function add(fields: MultipartForm['fields'], name: string, value: string) {
  const prev = fields[name];
  fields[name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
}
