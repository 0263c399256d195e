import { fileTypeFromBuffer } from 'file-type';

/** The formats a citizen may upload unless the product says otherwise. */
export const DEFAULT_FORMATEN = ['application/pdf', 'image/jpeg', 'image/png'] as const;

export type UploadCheck =
  { ok: true; formaat: string; extensie: string } | { ok: false; code: 'leeg' | 'te-groot' | 'formaat' };

/**
 * Checks an upload by its content: the media type comes from the file's magic bytes, never from
 * its name or the browser's claim, so a text file renamed `.pdf` is refused.
 */
export async function checkUpload(
  bytes: Uint8Array,
  opts: { formaten: readonly string[]; maxBytes: number },
): Promise<UploadCheck> {
  if (bytes.byteLength === 0) return { ok: false, code: 'leeg' };
  if (bytes.byteLength > opts.maxBytes) return { ok: false, code: 'te-groot' };
  const type = await fileTypeFromBuffer(bytes);
  if (type === undefined || !opts.formaten.includes(type.mime)) return { ok: false, code: 'formaat' };
  return { ok: true, formaat: type.mime, extensie: type.ext };
}
