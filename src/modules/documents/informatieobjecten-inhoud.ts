import type { Db } from '../../platform/db/types.ts';
import * as content from './inhoud.repository.ts';
import { blocksOf, decodeBase64, partSizes, type EioInput } from './informatieobjecten.input.ts';
import type { IoRow } from './informatieobjecten.repository.ts';
import { fieldError } from './zgw-input.ts';

/** What an `inhoud` in a request asks for: new content, content in parts, none, or no change. */
export type ContentChange =
  | { kind: 'inline'; bytes: Uint8Array }
  | { kind: 'parts'; omvang: number }
  | { kind: 'none' }
  | { kind: 'keep' };

export function contentChange(input: EioInput, current: IoRow | undefined): ContentChange {
  const { inhoud, bestandsomvang } = input;
  // A client that PUTs back what it read sends the download link: the content stays.
  if (typeof inhoud === 'string' && /^https?:\/\//.test(inhoud)) return { kind: 'keep' };
  if (typeof inhoud === 'string') {
    const bytes = decodeBase64(inhoud);
    if (!bytes) throw fieldError('inhoud', 'invalid', 'Geen geldige base64.');
    return bytes.byteLength > 0 ? { kind: 'inline', bytes } : { kind: 'none' };
  }
  const size = bestandsomvang ?? 0;
  if (
    current &&
    inhoud === undefined &&
    (bestandsomvang === undefined || bestandsomvang === current.bestandsomvang)
  )
    return { kind: 'keep' };
  return size > 0 ? { kind: 'parts', omvang: size } : { kind: 'none' };
}

/** Stores the content the request asks for as content version `versie`; returns the columns it sets. */
export async function applyContent(
  tx: Db,
  row: { id: string; gemeenteCode: string },
  c: ContentChange,
  versie: number,
  partSize: number,
) {
  if (c.kind === 'keep') return {};
  await content.deleteParts(tx, row.id);
  if (c.kind === 'inline') {
    await content.insertBlocks(tx, row.id, versie, blocksOf(c.bytes, partSize));
    return { inhoudVersie: versie, bestandsomvang: c.bytes.byteLength };
  }
  if (c.kind === 'parts') {
    await content.createParts(tx, row.id, row.gemeenteCode, partSizes(c.omvang, partSize));
    return { inhoudVersie: null, bestandsomvang: c.omvang };
  }
  return { inhoudVersie: null, bestandsomvang: 0 };
}
