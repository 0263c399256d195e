import { describe, expect, it } from 'vitest';
import {
  describeFailure,
  exponentialBackoff,
  matches,
  nlGovCloudEvent,
  opdrachtGedaan,
  zgwNotificatie,
} from '../../../src/modules/events/events.rules.ts';
import { AppError } from '../../../src/platform/errors.ts';

const event = (o: Partial<Parameters<typeof matches>[1]> = {}) => ({
  gemeenteCode: '0599',
  kanaal: 'zaken',
  kenmerken: { zaaktype: 'https://loket.test/zt/1', vertrouwelijkheidaanduiding: 'openbaar' },
  ...o,
});
const sub = (o: Partial<Parameters<typeof matches>[0]> = {}) => ({
  gemeenteCode: null,
  kanalen: [{ naam: 'zaken', filters: {} }],
  ...o,
});

describe('matching a subscription', () => {
  it('gives a national partner the events of every municipality, a municipal one only its own', () => {
    expect(matches(sub(), event())).toBe(true);
    expect(matches(sub(), event({ gemeenteCode: '0363' }))).toBe(true);
    expect(matches(sub({ gemeenteCode: '0599' }), event())).toBe(true);
    expect(matches(sub({ gemeenteCode: '0363' }), event())).toBe(false);
    expect(matches(sub({ gemeenteCode: '0599' }), event({ gemeenteCode: null }))).toBe(false);
  });

  it('matches the kanaal by name', () => {
    expect(matches(sub(), event({ kanaal: 'besluiten' }))).toBe(false);
    const two = sub({
      kanalen: [
        { naam: 'besluiten', filters: {} },
        { naam: 'zaken', filters: {} },
      ],
    });
    expect(matches(two, event())).toBe(true);
  });

  it('needs every filter to equal its kenmerk, with * as anything', () => {
    const f = (filters: Record<string, string>) => sub({ kanalen: [{ naam: 'zaken', filters }] });
    expect(matches(f({ vertrouwelijkheidaanduiding: 'openbaar' }), event())).toBe(true);
    expect(matches(f({ vertrouwelijkheidaanduiding: 'geheim' }), event())).toBe(false);
    expect(matches(f({ zaaktype: '*', vertrouwelijkheidaanduiding: 'openbaar' }), event())).toBe(true);
    expect(matches(f({ bronorganisatie: '123' }), event())).toBe(false);
    expect(matches(f({ bronorganisatie: '*' }), event())).toBe(true);
  });
});

describe('backoff', () => {
  it('doubles per attempt between half and the whole step, up to the cap', () => {
    const low = exponentialBackoff({ baseMs: 1000, capMs: 10_000 }, () => 0);
    const high = exponentialBackoff({ baseMs: 1000, capMs: 10_000 }, () => 1);
    expect([1, 2, 3, 4, 5, 6].map(low)).toEqual([500, 1000, 2000, 4000, 5000, 5000]);
    expect([1, 2, 3, 4, 5, 6].map(high)).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
  });
});

describe('messages', () => {
  const at = new Date('2026-11-03T10:00:00.000Z');

  it('shapes a ZGW notificatie with absolute URLs', () => {
    const n = zgwNotificatie(
      {
        gemeenteCode: '0599',
        kanaal: 'zaken',
        hoofdObject: '/zaken/api/v1/zaken/1',
        resource: 'status',
        resourceUrl: '/zaken/api/v1/statussen/2',
        actie: 'create',
        kenmerken: { bronorganisatie: '002220647' },
      },
      at,
      'http://loket.test',
    );
    expect(n).toEqual({
      kanaal: 'zaken',
      hoofdObject: 'http://loket.test/zaken/api/v1/zaken/1',
      resource: 'status',
      resourceUrl: 'http://loket.test/zaken/api/v1/statussen/2',
      actie: 'create',
      aanmaakdatum: '2026-11-03T10:00:00.000Z',
      kenmerken: { bronorganisatie: '002220647' },
    });
  });

  it('refuses a notificatie without kanaal', () => {
    const bad = () =>
      zgwNotificatie(
        {
          gemeenteCode: '0599',
          kanaal: '',
          hoofdObject: '/z',
          resource: 'zaak',
          resourceUrl: '/z',
          actie: 'create',
          kenmerken: {},
        },
        at,
        'http://loket.test',
      );
    expect(bad).toThrow(AppError);
  });

  it('shapes an NL GOV CloudEvent and leaves out what was not given', () => {
    const e = nlGovCloudEvent(
      'id-1',
      {
        gemeenteCode: '0599',
        type: 'nl.brp.persoon-verhuisd',
        sourceOin: '00000001001897014000',
        data: { a: 1 },
      },
      at,
    );
    expect(e).toEqual({
      specversion: '1.0',
      id: 'id-1',
      source: 'urn:nld:oin:00000001001897014000:systeem:loket',
      type: 'nl.brp.persoon-verhuisd',
      time: '2026-11-03T10:00:00.000Z',
      datacontenttype: 'application/json',
      data: { a: 1 },
    });
    expect(() =>
      nlGovCloudEvent('x', { gemeenteCode: null, type: 'Verhuisd', sourceOin: '1', data: {} }, at),
    ).toThrow(AppError);
  });

  it('describes a failure without the request', () => {
    const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    expect(describeFailure(timeout, 10_000)).toBe('timeout after 10 s');
    const refused = new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
    expect(describeFailure(refused, 10_000)).toBe('fetch failed (ECONNREFUSED)');
    const badPort = new TypeError('fetch failed', { cause: new Error('bad port') });
    expect(describeFailure(badPort, 10_000)).toBe('fetch failed (bad port)');
  });

  it('counts an opdracht done on a 2xx, and a DELETE also when the resource is gone already', () => {
    expect(opdrachtGedaan('POST', 201)).toBe(true);
    expect(opdrachtGedaan('POST', 404)).toBe(false);
    expect(opdrachtGedaan('POST', 302)).toBe(false);
    expect(opdrachtGedaan('DELETE', 204)).toBe(true);
    expect(opdrachtGedaan('DELETE', 404)).toBe(true);
    expect(opdrachtGedaan('DELETE', 410)).toBe(true);
    expect(opdrachtGedaan('DELETE', 403)).toBe(false);
    expect(opdrachtGedaan('DELETE', 503)).toBe(false);
  });
});
