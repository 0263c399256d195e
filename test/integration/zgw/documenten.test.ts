import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../helpers/app.ts';
import { PART_SIZE } from '../../../src/modules/documents/documenten-api.service.ts';
import {
  b64,
  BASE,
  bytes,
  createEio,
  documentenApp,
  eioBody,
  idOf,
  multipart,
  notificaties,
  raw,
  storedDocument,
  zaakFixture,
  type Client,
  type Eio,
} from './documenten.fixtures.ts';

let t: TestApp;
let c: Client;
let brief: string;
const eio = (overrides: Record<string, unknown> = {}) => eioBody(brief, overrides);

beforeAll(async () => {
  ({ t, c, brief } = await documentenApp());
});
afterAll(async () => t?.close());

describe('enkelvoudiginformatieobjecten', () => {
  it('creates a document with inline content and serves the same bytes, with its audit trail and notification', async () => {
    const content = bytes(3000);
    const res = await c.request(
      'documenten',
      'POST',
      '/enkelvoudiginformatieobjecten',
      eio({ inhoud: b64(content), bestandsnaam: 'a.bin' }),
    );
    expect(res.statusCode).toBe(201);
    const doc = res.json<Eio>();
    expect(res.headers.location).toBe(doc.url);
    expect(doc).toMatchObject({ versie: 1, bestandsomvang: 3000, locked: false, lock: '' });
    expect(doc.identificatie).toMatch(/^DOC-2026-\d{7}$/);
    // drc-007: the type's vertrouwelijkheidaanduiding when none is given.
    expect(doc.vertrouwelijkheidaanduiding).toBe('zaakvertrouwelijk');

    const download = await raw(t, c.token, 'GET', doc.inhoud!);
    expect(download.statusCode).toBe(200);
    expect(new Uint8Array(download.rawPayload)).toEqual(content);

    const trail = await c.request(
      'documenten',
      'GET',
      `/enkelvoudiginformatieobjecten/${idOf(doc.url)}/audittrail`,
    );
    expect(trail.statusCode).toBe(200);
    const rows = trail.json<{ uuid: string; actie: string; bron: string; resourceUrl: string }[]>();
    expect(rows.map((r) => [r.bron, r.actie])).toEqual([['drc', 'create']]);
    const one = await c.request(
      'documenten',
      'GET',
      `/enkelvoudiginformatieobjecten/${idOf(doc.url)}/audittrail/${rows[0]!.uuid}`,
    );
    expect(one.json<{ resourceUrl: string }>().resourceUrl).toBe(doc.url);

    const sent = await notificaties(t, 'documenten');
    expect(sent.find((n) => n.resourceUrl === doc.url && n.actie === 'create')?.kenmerken).toEqual({
      bronorganisatie: '002220647',
      informatieobjecttype: brief,
      vertrouwelijkheidaanduiding: 'zaakvertrouwelijk',
    });
  });

  it('drc-011/drc-013/drc-014: expands the informatieobjecttype from the Catalogi API, nothing else', async () => {
    const doc = await createEio(c, brief);
    const res = await c.request(
      'documenten',
      'GET',
      `/enkelvoudiginformatieobjecten/${idOf(doc.url)}?expand=informatieobjecttype`,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(
      res.json<{ _expand: { informatieobjecttype: { url: string } } }>()._expand.informatieobjecttype.url,
    ).toBe(brief);
    const unknown = await c.request(
      'documenten',
      'GET',
      `/enkelvoudiginformatieobjecten/${idOf(doc.url)}?expand=zaak`,
    );
    expect(unknown.statusCode).toBe(404);
    const list = await c.request('documenten', 'GET', '/enkelvoudiginformatieobjecten?expand=zaak');
    expect(list.statusCode).toBe(400);
    const head = await c.request('documenten', 'HEAD', `/enkelvoudiginformatieobjecten/${idOf(doc.url)}`);
    expect(head.statusCode).toBe(200);
    expect(head.headers.etag).toBeTruthy();
    expect(head.body).toBe('');
  });

  it('takes a large file in parts: locked until every part is there, then one download', async () => {
    const size = 2 * PART_SIZE + 1234;
    const content = bytes(size, 13);
    const res = await c.request(
      'documenten',
      'POST',
      '/enkelvoudiginformatieobjecten',
      eio({ bestandsomvang: size, inhoud: null, bestandsnaam: 'groot.bin' }),
    );
    expect(res.statusCode).toBe(201);
    const doc = res.json<Eio>();
    expect(doc.locked).toBe(true);
    expect(doc.inhoud).toBeNull();
    expect(doc.bestandsdelen.map((d) => [d.volgnummer, d.omvang, d.voltooid])).toEqual([
      [1, PART_SIZE, false],
      [2, PART_SIZE, false],
      [3, 1234, false],
    ]);
    // Unlocking before all parts arrived is refused.
    const early = await c.request(
      'documenten',
      'POST',
      `/enkelvoudiginformatieobjecten/${idOf(doc.url)}/unlock`,
      { lock: doc.lock },
    );
    expect(early.statusCode).toBe(400);
    expect(early.json<{ invalidParams: { code: string }[] }>().invalidParams[0]?.code).toBe(
      'incomplete-upload',
    );

    const wrongSize = await raw(
      t,
      c.token,
      'PUT',
      doc.bestandsdelen[2]!.url,
      multipart({ lock: doc.lock! }, { name: 'inhoud', data: bytes(10) }),
    );
    expect(wrongSize.statusCode).toBe(400);
    const wrongLock = await raw(
      t,
      c.token,
      'PUT',
      doc.bestandsdelen[2]!.url,
      multipart({ lock: 'nope' }, { name: 'inhoud', data: content.subarray(2 * PART_SIZE) }),
    );
    expect(wrongLock.statusCode).toBe(400);

    for (const [i, deel] of doc.bestandsdelen.entries()) {
      const part = content.subarray(i * PART_SIZE, Math.min(size, (i + 1) * PART_SIZE));
      const put = await raw(
        t,
        c.token,
        'PUT',
        deel.url,
        multipart({ lock: doc.lock! }, { name: 'inhoud', data: part }),
      );
      expect(put.statusCode, put.body).toBe(200);
      expect(put.json<{ voltooid: boolean }>().voltooid).toBe(true);
    }
    const unlock = await c.request(
      'documenten',
      'POST',
      `/enkelvoudiginformatieobjecten/${idOf(doc.url)}/unlock`,
      { lock: doc.lock },
    );
    expect(unlock.statusCode).toBe(204);
    const after = (
      await c.request('documenten', 'GET', `/enkelvoudiginformatieobjecten/${idOf(doc.url)}`)
    ).json<Eio>();
    expect(after).toMatchObject({ locked: false, bestandsomvang: size, bestandsdelen: [] });
    const download = await raw(t, c.token, 'GET', after.inhoud!);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.byteLength).toBe(size);
    expect(Buffer.compare(download.rawPayload, Buffer.from(content))).toBe(0);
  });

  it('serves a document the portal stored: metadata, the same bytes, and its objectinformatieobject', async () => {
    const zaak = await zaakFixture(t, '0599');
    const content = Uint8Array.from({ length: 512 }, (_, i) => i % 256);
    const stored = await storedDocument(t, {
      zaakId: zaak.id,
      informatieobjecttypeId: idOf(brief),
      inhoud: content,
    });
    const res = await c.request('documenten', 'GET', `/enkelvoudiginformatieobjecten/${stored.id}`);
    expect(res.statusCode).toBe(200);
    const doc = res.json<Eio>();
    expect(doc).toMatchObject({ identificatie: stored.identificatie, bestandsomvang: 512, versie: 1 });
    expect(new Uint8Array((await raw(t, c.token, 'GET', doc.inhoud!)).rawPayload)).toEqual(content);
    const oios = await c.request(
      'documenten',
      'GET',
      `/objectinformatieobjecten?informatieobject=${encodeURIComponent(doc.url)}`,
    );
    expect(oios.json<{ object: string; objectType: string }[]>()).toEqual([
      expect.objectContaining({ object: `${BASE}/zaken/api/v1/zaken/${zaak.id}`, objectType: 'zaak' }),
    ]);
    const byZaak = await c.request(
      'documenten',
      'GET',
      `/enkelvoudiginformatieobjecten?objectinformatieobjecten_object=${encodeURIComponent(`${BASE}/zaken/api/v1/zaken/${zaak.id}`)}`,
    );
    expect(byZaak.json<{ count: number; results: Eio[] }>().results.map((r) => r.url)).toEqual([doc.url]);
  });

  it('one source of truth: the portal serves content the API stored or replaced', async () => {
    const zaak = await zaakFixture(t, '0599');
    const stored = await storedDocument(t, {
      zaakId: zaak.id,
      informatieobjecttypeId: idOf(brief),
      inhoud: bytes(40),
    });
    const path = `/enkelvoudiginformatieobjecten/${stored.id}`;
    const { lock } = (await c.request('documenten', 'POST', `${path}/lock`)).json<{ lock: string }>();
    const nieuw = bytes(70, 11);
    const patched = await c.request('documenten', 'PATCH', path, { lock, inhoud: b64(nieuw) });
    expect(patched.statusCode, patched.body).toBe(200);
    await c.request('documenten', 'POST', `${path}/unlock`, { lock });
    const portal = await t.services.documents.contentForZaak('0599', zaak.id, stored.id);
    expect(portal?.inhoud).toEqual(nieuw);
    const v1 = (await c.request('documenten', 'GET', `${path}?versie=1`)).json<Eio>();
    expect(new Uint8Array((await raw(t, c.token, 'GET', v1.inhoud!)).rawPayload)).toEqual(bytes(40));
  });

  it('lists with an exact count, filters, _zoek, ETag and 304; 400 on unknown parameters', async () => {
    const a = (
      await c.request(
        'documenten',
        'POST',
        '/enkelvoudiginformatieobjecten',
        eio({ identificatie: 'ZOEK-1', trefwoorden: ['x', 'y'] }),
      )
    ).json<Eio>();
    const list = await c.request('documenten', 'GET', '/enkelvoudiginformatieobjecten?identificatie=ZOEK-1');
    expect(list.json<{ count: number }>().count).toBe(1);
    const tref = await c.request('documenten', 'GET', '/enkelvoudiginformatieobjecten?trefwoorden=x,y');
    expect(tref.json<{ results: Eio[] }>().results.map((r) => r.url)).toEqual([a.url]);
    const zoek = await c.request('documenten', 'POST', '/enkelvoudiginformatieobjecten/_zoek', {
      uuid__in: [idOf(a.url)],
    });
    expect(zoek.statusCode, zoek.body).toBe(200);
    expect(zoek.json<{ count: number; results: Eio[] }>()).toMatchObject({
      count: 1,
      results: [{ url: a.url }],
    });
    expect((await c.request('documenten', 'GET', '/enkelvoudiginformatieobjecten?foo=1')).statusCode).toBe(
      400,
    );
    const one = await c.request('documenten', 'GET', `/enkelvoudiginformatieobjecten/${idOf(a.url)}`);
    const etag = String(one.headers.etag);
    const cached = await c.request(
      'documenten',
      'GET',
      `/enkelvoudiginformatieobjecten/${idOf(a.url)}`,
      undefined,
      { 'if-none-match': etag },
    );
    expect(cached.statusCode).toBe(304);
    const dup = await c.request(
      'documenten',
      'POST',
      '/enkelvoudiginformatieobjecten',
      eio({ identificatie: 'ZOEK-1' }),
    );
    expect(dup.json<{ invalidParams: { code: string }[] }>().invalidParams[0]?.code).toBe(
      'identificatie-niet-uniek',
    );
  });
});
