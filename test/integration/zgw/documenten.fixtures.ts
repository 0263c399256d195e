import { createServer, type Server } from 'node:http';
import { and, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { testApp, type TestApp } from '../../helpers/app.ts';
import { expectContract, zgwClient } from '../../helpers/zgw.ts';
import {
  besluittypen,
  catalogi,
  informatieobjecttypen,
  zaaktypen,
} from '../../../src/modules/catalog/catalog.schema.ts';
import { zaken } from '../../../src/modules/cases/cases.schema.ts';
import { outbox } from '../../../src/modules/events/events.schema.ts';
import { applicaties, autorisaties, type ZgwComponent } from '../../../src/modules/zgw/zgw.schema.ts';
import type { Vertrouwelijkheid } from '../../../src/modules/catalog/catalog.schema.ts';
import type { StoreDocument } from '../../../src/modules/documents/documents.service.ts';

export const BASE = 'http://loket.test';
export const DRC = `${BASE}/documenten/api/v1`;
export const BRC = `${BASE}/besluiten/api/v1`;
export const iotUrl = (id: string) => `${BASE}/catalogi/api/v1/informatieobjecttypen/${id}`;
export const besluittypeUrl = (id: string) => `${BASE}/catalogi/api/v1/besluittypen/${id}`;
export const zaakUrl = (id: string) => `${BASE}/zaken/api/v1/zaken/${id}`;
export const idOf = (url: string) => url.split('/').pop() ?? '';

export const catalogusUrl = (id: string) => `${BASE}/catalogi/api/v1/catalogussen/${id}`;
export const zaaktypeUrl = (id: string) => `${BASE}/catalogi/api/v1/zaaktypen/${id}`;

export type Client = Awaited<ReturnType<typeof zgwClient>>;
export type Problem = { invalidParams: { name: string; code: string }[] };
/** An enkelvoudiginformatieobject as the API answers it: the attributes the tests read. */
export interface Eio {
  url: string;
  identificatie: string;
  versie: number;
  inhoud: string | null;
  bestandsomvang: number;
  vertrouwelijkheidaanduiding: string;
  informatieobjecttype: string;
  locked: boolean;
  titel: string;
  lock?: string;
  bestandsdelen: { url: string; volgnummer: number; omvang: number; voltooid: boolean }[];
  indicatieGebruiksrecht: boolean | null;
}

/** Content of n bytes, different per seed, and as base64. */
export const bytes = (n: number, seed = 7) =>
  Uint8Array.from({ length: n }, (_, i) => (i * seed + (i >> 8)) % 256);
export const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

/** The body of a new document of a type (without content unless given). */
export const eioBody = (informatieobjecttype: string, overrides: Record<string, unknown> = {}) => ({
  bronorganisatie: '002220647',
  creatiedatum: '2026-03-02',
  titel: 'Aanvraag',
  auteur: 'Test',
  taal: 'dut',
  informatieobjecttype,
  ...overrides,
});

/** A document made through the Documenten API (201 expected). */
export async function createEio(
  c: Client,
  informatieobjecttype: string,
  overrides: Record<string, unknown> = {},
) {
  const res = await c.request(
    'documenten',
    'POST',
    '/enkelvoudiginformatieobjecten',
    eioBody(informatieobjecttype, overrides),
  );
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Eio>();
}

/** The application with a client of municipality 0599 that has every authorisation, and its type Brief. */
export async function documentenApp() {
  const t = await testApp();
  const c = await zgwClient(t, { gemeente: '0599' });
  const cat = await catalogOf(t, '0599');
  return { t, c, cat, brief: iotUrl(cat.iot('Brief').id) };
}

/** The portal as the actor of what a citizen hands in. */
export const PORTAAL = {
  applicatieId: 'loket-portaal',
  applicatieWeergave: 'Portaal',
  gebruikersId: 'b',
  gebruikersWeergave: 'Burger',
};

/** A document of municipality 0599 stored on a zaak outside the API (as the portal or back office does). */
export const storedDocument = (
  t: TestApp,
  o: Pick<StoreDocument, 'zaakId' | 'informatieobjecttypeId'> & Partial<StoreDocument>,
  actor = PORTAAL,
) =>
  t.services.documents.store(t.services.database.db, actor, {
    gemeenteCode: '0599',
    bronorganisatie: '002220647',
    titel: 'Bewijs',
    bestandsnaam: 'bewijs.pdf',
    formaat: 'application/pdf',
    inhoud: bytes(16),
    auteur: 'Burger',
    vertrouwelijkheidaanduiding: 'zaakvertrouwelijk',
    ...o,
  });

/** The municipality's catalogue as the demo seeds it: its informatieobjecttypen and besluittypen by omschrijving. */
export async function catalogOf(t: TestApp, gemeente: string) {
  const db = t.services.database.db;
  const iots = await db
    .select()
    .from(informatieobjecttypen)
    .where(eq(informatieobjecttypen.gemeenteCode, gemeente));
  const bts = await db.select().from(besluittypen).where(eq(besluittypen.gemeenteCode, gemeente));
  const [zt] = await db.select().from(zaaktypen).where(eq(zaaktypen.gemeenteCode, gemeente));
  const iot = (omschrijving: string) => {
    const found = iots.find((i) => i.omschrijving === omschrijving);
    if (!found) throw new Error(`no informatieobjecttype ${omschrijving} in ${gemeente}`);
    return found;
  };
  if (!zt || !bts[0]) throw new Error(`no zaaktype or besluittype in ${gemeente}`);
  return { iot, besluittype: bts[0], zaaktype: zt, catalogusId: zt.catalogusId };
}

/** A type in the municipality's catalogue, published unless told otherwise. */
export async function extraInformatieobjecttype(
  t: TestApp,
  gemeente: string,
  o: { omschrijving: string; concept?: boolean; vertrouwelijkheidaanduiding?: Vertrouwelijkheid },
) {
  const db = t.services.database.db;
  const [cat] = await db.select().from(catalogi).where(eq(catalogi.gemeenteCode, gemeente));
  const [row] = await db
    .insert(informatieobjecttypen)
    .values({
      catalogusId: cat!.id,
      gemeenteCode: gemeente,
      omschrijving: o.omschrijving,
      vertrouwelijkheidaanduiding: o.vertrouwelijkheidaanduiding ?? 'openbaar',
      informatieobjectcategorie: 'test',
      beginGeldigheid: '2026-01-01',
      concept: o.concept ?? false,
    })
    .returning();
  return row!;
}

export async function extraBesluittype(
  t: TestApp,
  gemeente: string,
  o: { omschrijving: string; informatieobjecttypen?: string[]; concept?: boolean },
) {
  const db = t.services.database.db;
  const [cat] = await db.select().from(catalogi).where(eq(catalogi.gemeenteCode, gemeente));
  const [row] = await db
    .insert(besluittypen)
    .values({
      catalogusId: cat!.id,
      gemeenteCode: gemeente,
      omschrijving: o.omschrijving,
      informatieobjecttypen: o.informatieobjecttypen ?? [],
      beginGeldigheid: '2026-01-01',
      concept: o.concept ?? false,
    })
    .returning();
  return row!;
}

/** Lets the municipality's besluittype be laid down in these informatieobjecttypen (by omschrijving). */
export async function besluittypeDocumenten(t: TestApp, besluittypeId: string, omschrijvingen: string[]) {
  await t.services.database.db
    .update(besluittypen)
    .set({ informatieobjecttypen: omschrijvingen })
    .where(eq(besluittypen.id, besluittypeId));
}

let zaakNummer = 0;
/** A zaak of the demo zaaktype, as the portal would have registered it. */
export async function zaakFixture(t: TestApp, gemeente: string) {
  const { zaaktype } = await catalogOf(t, gemeente);
  const [row] = await t.services.database.db
    .insert(zaken)
    .values({
      gemeenteCode: gemeente,
      identificatie: `ZAAK-TEST-${gemeente}-${++zaakNummer}`,
      bronorganisatie: '002220647',
      verantwoordelijkeOrganisatie: '002220647',
      zaaktypeId: zaaktype.id,
      registratiedatum: '2026-03-01',
      startdatum: '2026-03-01',
      communicatiekanaal: 'portaal',
      correspondentie: 'portaal',
      vertrouwelijkheidaanduiding: 'zaakvertrouwelijk',
    })
    .returning();
  return row!;
}

/** Grants a client (registered without --all) scopes on a component, per type and confidentiality. */
export async function grant(
  t: TestApp,
  gemeente: string,
  clientId: string,
  component: ZgwComponent,
  scopes: string[],
  limit: { informatieobjecttype?: string; besluittype?: string; max?: Vertrouwelijkheid } = {},
) {
  const db = t.services.database.db;
  const [app] = await db
    .insert(applicaties)
    .values({ gemeenteCode: gemeente, clientIds: [clientId], label: `test ${clientId} ${component}` })
    .returning();
  await db.insert(autorisaties).values({
    applicatieId: app!.id,
    component,
    scopes,
    informatieobjecttype: limit.informatieobjecttype ?? null,
    besluittype: limit.besluittype ?? null,
    zaaktype: null,
    maxVertrouwelijkheidaanduiding: limit.max ?? (limit.informatieobjecttype ? 'zeer_geheim' : null),
  });
}

/** The ZGW notifications written for a resource URL (the outbox, in the change's transaction). */
export async function notificaties(t: TestApp, kanaal: string) {
  return t.services.database.db
    .select({ payload: outbox.payload })
    .from(outbox)
    .where(and(eq(outbox.kanaal, kanaal), eq(outbox.soort, 'zgw')))
    .then((rows) =>
      rows.map(
        (r) =>
          r.payload as {
            resource: string;
            resourceUrl: string;
            actie: string;
            hoofdObject: string;
            kenmerken: Record<string, string>;
          },
      ),
    );
}

/** A multipart body as a client sends a bestandsdeel: `inhoud` (the bytes) and `lock`. */
export function multipart(fields: Record<string, string>, file: { name: string; data: Uint8Array }) {
  const boundary = `----loket${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  chunks.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${file.name}"; filename="deel.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    Buffer.from(file.data),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A raw request of a ZGW client (for multipart and binary answers), contract-checked where JSON. */
export async function raw(
  t: TestApp,
  token: string,
  method: 'GET' | 'PUT',
  url: string,
  body?: { payload: Buffer; contentType: string },
): Promise<LightMyRequestResponse> {
  const path = url.startsWith('http') ? new URL(url).pathname + new URL(url).search : url;
  const res = await t.app.inject({
    method,
    url: path,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body ? { 'content-type': body.contentType } : {}),
    },
    ...(body ? { payload: body.payload } : {}),
  });
  const json = (res.headers['content-type'] ?? '').toString().includes('json');
  if (json) expectContract('documenten', method, path, res);
  return res;
}

/** Another register, on a port of its own: answers the JSON it is given per path (else 404). */
export async function remoteRegister(
  routes: Record<string, unknown>,
): Promise<{ url: (path: string) => string; close: () => Promise<void>; server: Server }> {
  const server = createServer((req, res) => {
    const body = routes[req.url ?? ''];
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    server,
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
