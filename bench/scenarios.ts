import { SignJWT } from 'jose';
import type postgres from 'postgres';
import { zgwUrls } from '../src/modules/cases/zaak-events.ts';
import { ZGW_APIS } from '../src/modules/zgw/zgw-http.ts';
import { CLIENTS, MEASURED, type Fixture } from './fixtures.ts';
import type { BenchRequest } from './load.ts';
import type { Endpoint } from './report.ts';

/** A ZGW JWT as a client signs it (HS256; client_id, iat, user_id, user_representation). */
export function zgwToken(c: { clientId: string; secret: string }): Promise<string> {
  return new SignJWT({ client_id: c.clientId, user_id: 'bench', user_representation: 'Loket bench' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(c.clientId)
    .setIssuedAt()
    .sign(new TextEncoder().encode(c.secret));
}

/** Existing zaken of the measured municipality: any, and open ones with a statustype to set. */
export interface Samples {
  zaken: string[];
  open: { zaak: string; statustype: string }[];
}

export async function loadSamples(sql: postgres.Sql, size = 5000): Promise<Samples> {
  const zaken = await sql<{ id: string }[]>`
    select id from zaken where gemeente_code = ${MEASURED} order by random() limit ${size}`;
  const open = await sql<{ zaak: string; statustype: string }[]>`
    select z.id as zaak, s.id as statustype from zaken z
    join statustypen s on s.zaaktype_id = z.zaaktype_id and s.volgnummer = 2
    where z.gemeente_code = ${MEASURED} and z.einddatum is null
    order by random() limit ${size}`;
  return { zaken: zaken.map((r) => r.id), open: [...open] };
}

const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)]!;

/** The request makers per endpoint; tokens are signed when called (they are valid for an hour). */
export async function scenarios(
  fixture: Fixture,
  samples: Samples,
): Promise<Record<Endpoint, () => BenchRequest>> {
  const urls = zgwUrls(fixture.baseUrl);
  const root = ZGW_APIS.zaken.path;
  const gemeente = fixture.gemeenten.find((g) => g.code === MEASURED)!;
  const [alles, beperkt] = await Promise.all([zgwToken(CLIENTS.alles), zgwToken(CLIENTS.beperkt)]);
  const headers = (token: string) => ({
    authorization: `Bearer ${token}`,
    accept: 'application/json',
    'accept-crs': 'EPSG:4326',
    'content-crs': 'EPSG:4326',
  });
  const post = (path: string, body: unknown): BenchRequest => ({
    method: 'POST',
    path: `${root}${path}`,
    headers: { ...headers(alles), 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const zaaktypeFilter = encodeURIComponent(urls.zaaktype(gemeente.zaaktypen[0]!.id));
  const today = new Date().toISOString().slice(0, 10);
  if (samples.zaken.length === 0 || samples.open.length === 0)
    throw new Error('No zaken to sample: seed first.');
  return {
    health: () => ({ method: 'GET', path: '/health/ready', headers: {} }),
    list: () => ({ method: 'GET', path: `${root}/zaken`, headers: headers(alles) }),
    'list-zaaktype': () => ({
      method: 'GET',
      path: `${root}/zaken?zaaktype=${zaaktypeFilter}`,
      headers: headers(alles),
    }),
    'list-restricted': () => ({ method: 'GET', path: `${root}/zaken`, headers: headers(beperkt) }),
    read: () => ({ method: 'GET', path: `${root}/zaken/${pick(samples.zaken)}`, headers: headers(alles) }),
    'create-zaak': () =>
      post('/zaken', {
        bronorganisatie: gemeente.rsin,
        verantwoordelijkeOrganisatie: gemeente.rsin,
        zaaktype: urls.zaaktype(pick(gemeente.zaaktypen).id),
        omschrijving: 'Aangemaakt door de bench',
        startdatum: today,
        vertrouwelijkheidaanduiding: 'zaakvertrouwelijk',
      }),
    'create-status': () => {
      const o = pick(samples.open);
      return post('/statussen', {
        zaak: urls.zaak(o.zaak),
        statustype: `${fixture.baseUrl}${ZGW_APIS.catalogi.path}/statustypen/${o.statustype}`,
        datumStatusGezet: new Date().toISOString(),
        statustoelichting: 'Gezet door de bench',
      });
    },
  };
}
