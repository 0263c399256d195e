import { createServer } from 'node:http';
import { Ajv } from 'ajv';
import type { TestApp } from '../../helpers/app.ts';
import { zgwClient } from '../../helpers/zgw.ts';
import { verhuizingDoorgeven } from '../../../src/modules/catalog/standaarden/verhuizing-doorgeven.ts';
import type { Vertrouwelijkheid } from '../../../src/modules/catalog/catalog.schema.ts';
import { applicaties, autorisaties } from '../../../src/modules/zgw/zgw.schema.ts';

/**
 * The ZGW specs use OpenAPI 3.0 `nullable` beside `allOf`/`oneOf` without a `type` (26 times in
 * the Zaken API), which Ajv refuses to compile ("nullable cannot be used without type"). Until
 * test/helpers/zgw.ts handles it, such a schema is read as what it means: the schema, or null.
 * Likewise the pattern `[a-z\_]+` (objectTypeOverige), which is no valid unicode regex: `[a-z_]+`.
 * And the expansions (`_expand`) are a `oneOf` of the resource and a catch-all object
 * (EmptyObject, GenesteExpansie, `type: object`): every expansion matches both, so no answer
 * could pass `oneOf`; what the standard means is either, `anyOf`.
 */
const catchAll = (x: unknown): boolean => {
  const o = x as Record<string, unknown>;
  return (
    o.$ref === '#/components/schemas/EmptyObject' ||
    o.$ref === '#/components/schemas/GenesteExpansie' ||
    (o.type === 'object' && o.properties === undefined && o.$ref === undefined && o.allOf === undefined)
  );
};

function nullableWithoutType(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(nullableWithoutType);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = nullableWithoutType(v);
  if (typeof out.pattern === 'string' && out.pattern.includes('\\_'))
    out.pattern = out.pattern.replaceAll('\\_', '_');
  if (Array.isArray(out.oneOf) && out.oneOf.some(catchAll)) {
    out.anyOf = out.oneOf;
    delete out.oneOf;
  }
  if (out.nullable === true && out.type === undefined) {
    const { nullable: _n, ...rest } = out;
    void _n;
    return { anyOf: [rest, { type: 'null' }] };
  }
  return out;
}
/**
 * The contract check takes the first path template that matches, so POST /zaken/_zoek would be
 * checked as /zaken/{uuid}: literal paths go first (in place, in the document the check reads).
 */
function literalPathsFirst(schema: unknown) {
  const paths = (schema as { paths?: Record<string, unknown> } | null)?.paths;
  if (!paths) return;
  const entries = Object.entries(paths).sort(([a], [b]) => Number(a.includes('{')) - Number(b.includes('{')));
  for (const [k] of entries) delete paths[k];
  for (const [k, value] of entries) paths[k] = value;
}

const patched = Symbol.for('loket.test.nullableWithoutType');
const proto = Ajv.prototype as unknown as Record<symbol, boolean> & { addSchema: Ajv['addSchema'] };
if (!proto[patched]) {
  const addSchema = proto.addSchema;
  proto.addSchema = function (this: Ajv, schema, ...rest) {
    literalPathsFirst(schema);
    return addSchema.call(this, nullableWithoutType(schema) as typeof schema, ...rest);
  };
  proto[patched] = true;
}

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
