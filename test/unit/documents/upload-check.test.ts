import { crc32, deflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { checkUpload, DEFAULT_FORMATEN } from '../../../src/modules/documents/upload-check.ts';

const opts = { formaten: [...DEFAULT_FORMATEN], maxBytes: 10_000 };

async function pdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage().drawText('Kopie paspoort');
  return doc.save();
}

/** A 1×1 RGBA PNG: signature, IHDR, IDAT, IEND, each chunk with its CRC. */
function png(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from([0, 255, 0, 0, 255]))),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** A 1×1 grey baseline JPEG: one DC and one AC Huffman code, a scan of DC 0 and end-of-block. */
function jpeg(): Uint8Array {
  const segment = (marker: number, data: number[]) => [0xff, marker, 0, data.length + 2, ...data];
  const lengths = (n1: number) => [n1, ...Array<number>(15).fill(0)];
  return Uint8Array.from([
    0xff,
    0xd8,
    ...segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...segment(0xdb, [0, ...Array<number>(64).fill(1)]),
    ...segment(0xc0, [8, 0, 1, 0, 1, 1, 1, 0x11, 0]),
    ...segment(0xc4, [0x00, ...lengths(1), 0]),
    ...segment(0xc4, [0x10, ...lengths(1), 0]),
    ...segment(0xda, [1, 1, 0, 0, 63, 0]),
    0x3f,
    0xff,
    0xd9,
  ]);
}

describe('checkUpload', () => {
  it('accepts a real PDF, PNG and JPEG and names the type from the content', async () => {
    expect(await checkUpload(await pdf(), opts)).toEqual({
      ok: true,
      formaat: 'application/pdf',
      extensie: 'pdf',
    });
    expect(await checkUpload(png(), opts)).toEqual({ ok: true, formaat: 'image/png', extensie: 'png' });
    expect(await checkUpload(jpeg(), opts)).toEqual({ ok: true, formaat: 'image/jpeg', extensie: 'jpg' });
  });

  it('refuses a text file that claims to be a PDF', async () => {
    const text = new TextEncoder().encode('Dit is geen PDF, alleen een naam die op .pdf eindigt.\n');
    expect(await checkUpload(text, opts)).toEqual({ ok: false, code: 'formaat' });
  });

  it('refuses a real file of a type the product does not allow', async () => {
    expect(await checkUpload(png(), { ...opts, formaten: ['application/pdf'] })).toEqual({
      ok: false,
      code: 'formaat',
    });
  });

  it('refuses an empty file', async () => {
    expect(await checkUpload(new Uint8Array(), opts)).toEqual({ ok: false, code: 'leeg' });
  });

  it('refuses a file over the limit before looking at it, and accepts one exactly at it', async () => {
    const bytes = await pdf();
    expect(await checkUpload(bytes, { ...opts, maxBytes: bytes.byteLength - 1 })).toEqual({
      ok: false,
      code: 'te-groot',
    });
    expect((await checkUpload(bytes, { ...opts, maxBytes: bytes.byteLength })).ok).toBe(true);
  });
});
