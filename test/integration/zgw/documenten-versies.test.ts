import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../helpers/app.ts';
import {
  b64,
  BASE,
  bytes,
  catalogOf,
  createEio,
  documentenApp,
  eioBody,
  idOf,
  iotUrl,
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

describe('enkelvoudiginformatieobjecten: locks, versions and rules', () => {
  it('drc-007: keeps a vertrouwelijkheidaanduiding the client gives', async () => {
    const res = await c.request(
      'documenten',
      'POST',
      '/enkelvoudiginformatieobjecten',
      eio({ vertrouwelijkheidaanduiding: 'geheim' }),
    );
    expect(res.json<Eio>().vertrouwelijkheidaanduiding).toBe('geheim');
  });

  it('drc-009/drc-010: updates only with the lock; each update is a new version, earlier ones stay readable', async () => {
    const first = bytes(100, 3);
    const doc = await createEio(c, brief, { inhoud: b64(first) });
    const id = idOf(doc.url);
    const unlocked = await c.request('documenten', 'PATCH', `/enkelvoudiginformatieobjecten/${id}`, {
      titel: 'Nieuw',
      lock: 'x',
    });
    expect(unlocked.statusCode).toBe(400);
    expect(unlocked.json<{ invalidParams: { code: string }[] }>().invalidParams[0]?.code).toBe('unlocked');

    const { lock } = (
      await c.request('documenten', 'POST', `/enkelvoudiginformatieobjecten/${id}/lock`)
    ).json<{ lock: string }>();
    expect(lock).toMatch(/^[0-9a-f]{32}$/);
    const again = await c.request('documenten', 'POST', `/enkelvoudiginformatieobjecten/${id}/lock`);
    expect(again.statusCode).toBe(400);
    const wrong = await c.request('documenten', 'PATCH', `/enkelvoudiginformatieobjecten/${id}`, {
      titel: 'Nieuw',
      lock: 'fout',
    });
    expect(wrong.json<{ invalidParams: { code: string }[] }>().invalidParams[0]?.code).toBe(
      'incorrect-lock-id',
    );

    const second = bytes(50, 5);
    const patched = await c.request('documenten', 'PATCH', `/enkelvoudiginformatieobjecten/${id}`, {
      titel: 'Nieuw',
      lock,
      inhoud: b64(second),
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json<Eio>()).toMatchObject({
      versie: 2,
      titel: 'Nieuw',
      bestandsomvang: 50,
      locked: true,
    });
    const put = await c.request(
      'documenten',
      'PUT',
      `/enkelvoudiginformatieobjecten/${id}`,
      eio({ titel: 'Derde', lock }),
    );
    expect(put.json<Eio>()).toMatchObject({ versie: 3, titel: 'Derde', bestandsomvang: 50 });

    const v1 = (
      await c.request('documenten', 'GET', `/enkelvoudiginformatieobjecten/${id}?versie=1`)
    ).json<Eio>();
    expect(v1).toMatchObject({ versie: 1, titel: 'Aanvraag', bestandsomvang: 100 });
    expect(new Uint8Array((await raw(t, c.token, 'GET', v1.inhoud!)).rawPayload)).toEqual(first);
    const latest = (await c.request('documenten', 'GET', `/enkelvoudiginformatieobjecten/${id}`)).json<Eio>();
    expect(new Uint8Array((await raw(t, c.token, 'GET', latest.inhoud!)).rawPayload)).toEqual(second);
    const missing = await c.request('documenten', 'GET', `/enkelvoudiginformatieobjecten/${id}?versie=9`);
    expect(missing.statusCode).toBe(404);
    const past = await c.request(
      'documenten',
      'GET',
      `/enkelvoudiginformatieobjecten/${id}?registratieOp=${encodeURIComponent('2000-01-01T00:00:00Z')}`,
    );
    expect(past.statusCode).toBe(404);

    const unlock = await c.request('documenten', 'POST', `/enkelvoudiginformatieobjecten/${id}/unlock`, {
      lock,
    });
    expect(unlock.statusCode).toBe(204);
    const trail = (
      await c.request('documenten', 'GET', `/enkelvoudiginformatieobjecten/${id}/audittrail`)
    ).json<{ actie: string }[]>();
    expect(trail.map((r) => r.actie)).toEqual(['create', 'lock', 'partial_update', 'update', 'unlock']);
  });

  it('drc-009: a client with documenten.geforceerd-unlock unlocks without the lock', async () => {
    const doc = await createEio(c, brief);
    const id = idOf(doc.url);
    await c.request('documenten', 'POST', `/enkelvoudiginformatieobjecten/${id}/lock`);
    const res = await c.request('documenten', 'POST', `/enkelvoudiginformatieobjecten/${id}/unlock`, {});
    expect(res.statusCode).toBe(204);
    expect(
      (await c.request('documenten', 'GET', `/enkelvoudiginformatieobjecten/${id}`)).json<Eio>().locked,
    ).toBe(false);
  });

  it('drc-001: the informatieobjecttype must exist, in the municipality, and be published', async () => {
    const cases = [
      [`${BASE}/catalogi/api/v1/informatieobjecttypen/00000000-0000-4000-8000-000000000000`, 'bad-url'],
      [iotUrl((await catalogOf(t, '0518')).iot('Brief').id), 'bad-url'],
      ['http://127.0.0.1:9/catalogi/api/v1/informatieobjecttypen/1', 'bad-url'],
    ] as const;
    for (const [url, code] of cases) {
      const res = await c.request(
        'documenten',
        'POST',
        '/enkelvoudiginformatieobjecten',
        eio({ informatieobjecttype: url }),
      );
      expect(res.statusCode, url).toBe(400);
      expect(res.json<{ invalidParams: { name: string; code: string }[] }>().invalidParams[0]).toMatchObject({
        name: 'informatieobjecttype',
        code,
      });
    }
  });

  it('drc-005: a received document cannot be in bewerking or ter vaststelling', async () => {
    const res = await c.request(
      'documenten',
      'POST',
      '/enkelvoudiginformatieobjecten',
      eio({ status: 'ter_vaststelling', ontvangstdatum: '2026-03-01' }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json<{ invalidParams: { name: string; code: string }[] }>().invalidParams[0]).toMatchObject({
      name: 'status',
      code: 'invalid_for_received',
    });
    const ok = await c.request(
      'documenten',
      'POST',
      '/enkelvoudiginformatieobjecten',
      eio({ status: 'definitief', ontvangstdatum: '2026-03-01' }),
    );
    expect(ok.statusCode).toBe(201);
  });

  it('drc-008: a document with relations is not deleted; without, it goes with its trail', async () => {
    const zaak = await zaakFixture(t, '0599');
    const stored = await storedDocument(t, {
      zaakId: zaak.id,
      informatieobjecttypeId: idOf(brief),
      titel: 'Uit het portaal',
      inhoud: bytes(256),
    });
    // The rule says 400, the operation's OpenAPI document has no 400: Loket answers 409.
    const refused = await c.request('documenten', 'DELETE', `/enkelvoudiginformatieobjecten/${stored.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ detail: string }>().detail).toContain('pending-relations');

    const doc = await createEio(c, brief, { inhoud: b64(bytes(10)) });
    const gone = await c.request('documenten', 'DELETE', `/enkelvoudiginformatieobjecten/${idOf(doc.url)}`);
    expect(gone.statusCode).toBe(204);
    expect(
      (await c.request('documenten', 'GET', `/enkelvoudiginformatieobjecten/${idOf(doc.url)}`)).statusCode,
    ).toBe(404);
    // drc-008: the audit trail went with it.
    expect(
      (
        await c.request('documenten', 'GET', `/enkelvoudiginformatieobjecten/${idOf(doc.url)}/audittrail`)
      ).json(),
    ).toEqual([]);
  });
});
