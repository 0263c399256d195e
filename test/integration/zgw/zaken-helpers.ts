import { createServer } from 'node:http';
import type { TestApp } from '../../helpers/app.ts';
import { zgwClient } from '../../helpers/zgw.ts';
import { verhuizingDoorgeven } from '../../../src/modules/catalog/standaarden/verhuizing-doorgeven.ts';
import type { Vertrouwelijkheid } from '../../../src/modules/catalog/catalog.schema.ts';
import { applicaties, autorisaties } from '../../../src/modules/zgw/zgw.schema.ts';

/** The published zaaktype "Verhuizing doorgeven" of a municipality, with its types as URLs. */
export async function verhuizing(t: TestApp, gemeente: string) {
  const zt = (await t.services.catalog.product(gemeente, 'verhuizing-doorgeven'))!;
  const ztc = `${t.config.baseUrl}/catalogi/api/v1`;
  const gem = (await t.services.tenants.byCode(gemeente))!;
  return {
    zt,
    rsin: gem.oin.slice(8, 17),
    url: `${ztc}/zaaktypen/${zt.zaaktype.id}`,
    statustype: (volgnummer: number) =>
      `${ztc}/statustypen/${zt.statustypen.find((s) => s.volgnummer === volgnummer)!.id}`,
    eindstatus: `${ztc}/statustypen/${zt.statustypen.at(-1)!.id}`,
    resultaattype: (i = 0) => `${ztc}/resultaattypen/${zt.resultaattypen[i]!.id}`,
    roltype: (generiek: string) =>
      `${ztc}/roltypen/${zt.roltypen.find((r) => r.omschrijvingGeneriek === generiek)!.id}`,
    eigenschap: (i = 0) => `${ztc}/eigenschappen/${zt.eigenschappen[i]!.id}`,
  };
}
export type Verhuizing = Awaited<ReturnType<typeof verhuizing>>;

export const zaakBody = (v: Verhuizing, o: Record<string, unknown> = {}) => ({
  zaaktype: v.url,
  bronorganisatie: v.rsin,
  verantwoordelijkeOrganisatie: v.rsin,
  startdatum: '2026-01-05',
  omschrijving: 'Via de API',
  ...o,
});

export type Client = Awaited<ReturnType<typeof zgwClient>>;
export const json = <T = Record<string, unknown>>(r: { json: () => unknown }) => r.json() as T;

/** Another register on a port of its own: answers the JSON it is given per path, else 404. */
export async function register(routes: Record<string, unknown>) {
  const server = createServer((req, res) => {
    const body = routes[req.url ?? ''];
    if (body === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A second published zaaktype of a municipality, adopted from the same blueprint. */
export async function anderZaaktype(t: TestApp, gemeente: string, identificatie = 'ANDER') {
  const g = (await t.services.tenants.byCode(gemeente))!;
  const id = await t.services.catalog.adopt(
    {
      ...verhuizingDoorgeven,
      identificatie,
      omschrijving: `Zaaktype ${identificatie}`,
      product: { ...verhuizingDoorgeven.product, code: `test-${identificatie.toLowerCase()}` },
    },
    {
      gemeenteCode: gemeente,
      rsin: g.oin.slice(8, 17),
      verantwoordelijke: 'Test',
      beginGeldigheid: '2026-01-01',
      domein: 'BZK',
      catalogusNaam: `Zaaktypecatalogus ${g.naam}`,
    },
  );
  return `${t.config.baseUrl}/catalogi/api/v1/zaaktypen/${id}`;
}

/**
 * A client without --all, granted the Zaken API scopes on these zaaktypen (URL) up to a
 * confidentiality, through an Applicatie (as the Autorisaties API would store it).
 */
export async function beperkteClient(
  t: TestApp,
  gemeente: string,
  grants: { zaaktype: string; scopes: string[]; max?: Vertrouwelijkheid }[],
) {
  const c = await zgwClient(t, { gemeente, alles: false });
  const db = t.services.database.db;
  const [app] = await db
    .insert(applicaties)
    .values({ gemeenteCode: gemeente, clientIds: [c.clientId], label: `beperkt ${c.clientId}` })
    .returning();
  for (const g of grants)
    await db.insert(autorisaties).values({
      applicatieId: app!.id,
      component: 'zrc',
      scopes: g.scopes,
      zaaktype: g.zaaktype,
      maxVertrouwelijkheidaanduiding: g.max ?? 'zeer_geheim',
    });
  return c;
}

export const ALLE_SCOPES = [
  'zaken.lezen',
  'zaken.aanmaken',
  'zaken.bijwerken',
  'zaken.verwijderen',
  'zaken.statussen.toevoegen',
  'zaken.heropenen',
  'zaken.geforceerd-bijwerken',
  'audittrails.lezen',
];

/** A ZGW notification subscriber on a port of its own: keeps what it is sent. */
export async function ontvanger() {
  const ontvangen: Record<string, unknown>[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      ontvangen.push(JSON.parse(body || '{}') as Record<string, unknown>);
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/notificaties`,
    ontvangen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
