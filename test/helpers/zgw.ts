import { readFileSync } from 'node:fs';
import { SignJWT } from 'jose';
import { load } from 'js-yaml';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from './app.ts';
import { ZGW_APIS, type ZgwApi } from '../../src/modules/zgw/zgw-http.ts';

const addFormats = addFormatsPlugin as unknown as (ajv: Ajv) => Ajv;

/** A ZGW JWT as a client signs it: HS256 with client_id, iat, user_id, user_representation. */
export async function zgwToken(clientId: string, secret: string, claims: Record<string, unknown> = {}) {
  return new SignJWT({
    client_id: clientId,
    user_id: 'tester',
    user_representation: 'Test Gebruiker',
    ...claims,
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(clientId)
    .setIssuedAt()
    .sign(new TextEncoder().encode(secret));
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD';

/**
 * A ZGW client of a municipality over `inject`: registers itself (with all authorisations
 * unless told otherwise) and checks every response against the component's OpenAPI document.
 */
export async function zgwClient(
  t: TestApp,
  opts: { gemeente: string; clientId?: string; alles?: boolean; secret?: string },
) {
  const clientId = opts.clientId ?? `test-${opts.gemeente}-${Math.random().toString(16).slice(2, 8)}`;
  const secret = opts.secret ?? `secret-${clientId}-0123456789`;
  await t.services.zgw.addClient({
    gemeenteCode: opts.gemeente,
    clientId,
    secret,
    alles: opts.alles ?? true,
  });
  const token = await zgwToken(clientId, secret);
  const request = async (
    api: ZgwApi,
    method: Method,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> => {
    const url = path.startsWith('http')
      ? new URL(path).pathname + new URL(path).search
      : `${ZGW_APIS[api].path}${path}`;
    const res = await t.app.inject({
      method,
      url,
      headers: {
        authorization: `Bearer ${token}`,
        'accept-crs': 'EPSG:4326',
        ...(body !== undefined ? { 'content-type': 'application/json', 'content-crs': 'EPSG:4326' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });
    expectContract(api, method, url, res);
    return res;
  };
  return { clientId, secret, token, request };
}

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
addFormats(ajv);
ajv.addFormat('duration', /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/);
const compiled = new Map<string, ValidateFunction | null>();

type Spec = {
  paths: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, unknown> };
};
const loaded = new Map<
  string,
  { spec: Spec; templates: { template: string; match: RegExp; params: number }[] }
>();

/**
 * Known defects of the Referentielijsten document (generated from VNG's Go reference
 * implementation), corrected so that the check tests what the API and VNG's data really are:
 * the collections of procestypen and resultaattypeomschrijvingen are arrays (the document gives
 * the item schema); Resultaat.procestermijn names 'ingeschatte_bestaansduur_procesobject' in
 * its description but not its enum; Resultaat.toelichting allows 150 characters where VNG's
 * published selectielijst has longer ones. Everything else is checked as written.
 */
function referentielijstenErrata(spec: Spec) {
  for (const path of ['/procestypen', '/resultaattypeomschrijvingen']) {
    const content = (
      spec.paths[path]?.get as { responses: Record<string, { content: Record<string, { schema: unknown }> }> }
    ).responses['200']!.content['application/json']!;
    content.schema = { type: 'array', items: content.schema };
  }
  const resultaat = spec.components?.schemas?.Resultaat as {
    properties: Record<string, { enum?: string[]; maxLength?: number }>;
  };
  resultaat.properties.procestermijn!.enum!.push('ingeschatte_bestaansduur_procesobject');
  delete resultaat.properties.toelichting!.maxLength;
}

/**
 * The ZGW documents read as what they mean where Ajv, taken literally, would refuse them or
 * no answer could pass:
 * - OpenAPI 3.0 `nullable` beside `allOf`/`oneOf` without a `type` ("nullable cannot be used
 *   without type"; in the Zaken, Documenten, Besluiten and Catalogi documents): the schema, or null;
 * - the pattern `[a-z\_]+` (an invalid escape in a unicode regular expression): `[a-z_]+`;
 * - an expansion (`_expand`) as a `oneOf` of the resource and a catch-all object (EmptyObject,
 *   GenesteExpansie, a bare `type: object`): every expansion matches both, so none could pass
 *   `oneOf`; the standard means either, `anyOf`.
 */
const catchAll = (x: unknown): boolean => {
  const o = x as Record<string, unknown>;
  return (
    o.$ref === '#/components/schemas/EmptyObject' ||
    o.$ref === '#/components/schemas/GenesteExpansie' ||
    (o.type === 'object' && o.properties === undefined && o.$ref === undefined && o.allOf === undefined)
  );
};

function readable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(readable);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node))
    out[k] = k === 'pattern' && typeof v === 'string' ? v.replaceAll('\\_', '_') : readable(v);
  if (Array.isArray(out.oneOf) && out.oneOf.some(catchAll)) {
    out.anyOf = out.oneOf;
    delete out.oneOf;
  }
  if (out.nullable === true && out.type === undefined) {
    const { nullable: _n, ...rest } = out;
    return { anyOf: [rest, { type: 'null' }] };
  }
  return out;
}

const specFile = (name: string) =>
  name === 'referentielijsten' ? 'referentielijsten/openapi.yaml' : `zgw/${name}.yaml`;

/**
 * The spec of an API with its path templates, literal ones first: POST /zaken/_zoek is checked
 * as /zaken/_zoek, not as /zaken/{uuid}.
 */
function specOf(api: ZgwApi) {
  const name = ZGW_APIS[api].spec;
  if (!name) return undefined;
  let found = loaded.get(name);
  if (!found) {
    const spec = load(
      readFileSync(new URL(`../../../shared/specs/${specFile(name)}`, import.meta.url), 'utf8'),
    ) as Spec;
    if (name === 'referentielijsten') referentielijstenErrata(spec);
    ajv.addSchema({ ...(readable(spec) as Spec), $id: `${name}.json` });
    const templates = Object.keys(spec.paths)
      .map((template) => ({
        template,
        match: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
        params: template.split('{').length - 1,
      }))
      .sort((a, b) => a.params - b.params);
    found = { spec, templates };
    loaded.set(name, found);
  }
  return { name, ...found };
}

const pointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** The response must match the schema the spec gives for its path, method and status. */
export function expectContract(api: ZgwApi, method: Method, url: string, res: LightMyRequestResponse) {
  const s = specOf(api);
  if (!s || method === 'HEAD' || res.statusCode === 304 || res.statusCode >= 500) {
    if (res.statusCode >= 500) throw new Error(`${method} ${url} answered ${res.statusCode}: ${res.body}`);
    return;
  }
  const path = new URL(url, 'http://x').pathname.slice(ZGW_APIS[api].path.length) || '/';
  if (path === '/openapi.json') return;
  const template = s.templates.find((p) => p.match.test(path))?.template;
  if (!template) throw new Error(`${method} ${path} is not in the ${s.name} spec`);
  const key = `${s.name} ${method} ${template} ${res.statusCode}`;
  let validate = compiled.get(key);
  if (validate === undefined) {
    const op = s.spec.paths[template]?.[method.toLowerCase()] as
      { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> } | undefined;
    const response = op?.responses?.[String(res.statusCode)];
    if (!op || !response) throw new Error(`${key}: the spec has no such response`);
    const content = response.content ?? {};
    const type = Object.keys(content)[0];
    validate = type
      ? (ajv.getSchema(
          `${s.name}.json#/paths/${pointer(template)}/${method.toLowerCase()}/responses/${res.statusCode}/content/${pointer(type)}/schema`,
        ) ?? null)
      : null;
    compiled.set(key, validate);
  }
  if (validate && !validate(res.json())) {
    throw new Error(
      `${key} does not match the spec: ${ajv.errorsText(validate.errors)}\n${res.body.slice(0, 2000)}`,
    );
  }
}
