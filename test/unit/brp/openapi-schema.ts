/**
 * Turns the schemas of the Haal Centraal OpenAPI document into a JSON Schema 2020-12 that
 * Ajv can check honestly:
 *
 * - `discriminator` (with a mapping on the base schema, the subtypes extending the base through
 *   allOf) has no meaning in JSON Schema. Every use of a base outside an allOf is pointed at a
 *   dispatcher that checks the base and, per value of the discriminating property, the
 *   subtype; the property must be one of the mapped values.
 * - The spec allows any extra property. To catch misspelt fields, every use of a schema
 *   outside an allOf gets `unevaluatedProperties: false`, which sees through allOf and $ref.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const PREFIX = '#/components/schemas/';

export const SPEC_URL = new URL('../../../../shared/specs/brp/personen-v2.yaml', import.meta.url);

export function loadSchemas(): Record<string, JsonObject> {
  const spec = load(readFileSync(SPEC_URL, 'utf8')) as {
    components: { schemas: Record<string, JsonObject> };
  };
  return spec.components.schemas;
}

export function toJsonSchema(schemas: Record<string, JsonObject>): Record<string, JsonObject> {
  const discriminated = new Set(
    Object.entries(schemas)
      .filter(([, s]) => isObject(s.discriminator))
      .map(([name]) => name),
  );
  const defs: Record<string, JsonObject> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    defs[name] = rewrite(schema, discriminated, false) as JsonObject;
    const discriminator = schema.discriminator;
    if (isObject(discriminator)) defs[`${name}__dispatch`] = dispatcher(name, discriminator);
  }
  return defs;
}

function dispatcher(name: string, discriminator: JsonObject): JsonObject {
  const property = typeof discriminator.propertyName === 'string' ? discriminator.propertyName : 'type';
  const mapping = isObject(discriminator.mapping) ? discriminator.mapping : {};
  return {
    required: [property],
    properties: { [property]: { enum: Object.keys(mapping) } },
    allOf: [
      { $ref: `#/$defs/${name}` },
      ...Object.entries(mapping).map(([value, ref]) => ({
        if: { properties: { [property]: { const: value } }, required: [property] },
        then: { $ref: typeof ref === 'string' ? ref.replace(PREFIX, '#/$defs/') : '' },
      })),
    ],
  };
}

function rewrite(node: Json, discriminated: Set<string>, inAllOf: boolean): Json {
  if (Array.isArray(node)) return node.map((n) => rewrite(n, discriminated, false));
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'discriminator') continue;
    if (key === 'allOf' && Array.isArray(value))
      out.allOf = value.map((n) => rewrite(n, discriminated, true));
    else if (key === '$ref' && typeof value === 'string') out.$ref = target(value, discriminated, inAllOf);
    else out[key] = rewrite(value, discriminated, false);
  }
  // A schema used as a type (not as a base being extended) must not carry unknown fields.
  if (typeof out.$ref === 'string' && !inAllOf) out.unevaluatedProperties = false;
  return out;
}

function target(ref: string, discriminated: Set<string>, inAllOf: boolean): string {
  const name = ref.replace(PREFIX, '');
  return discriminated.has(name) && !inAllOf ? `#/$defs/${name}__dispatch` : `#/$defs/${name}`;
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ajv-formats is CommonJS; under NodeNext its default export arrives as the module object.
const addFormats = addFormatsPlugin as unknown as typeof addFormatsPlugin.default;

/** A validator for one named schema of the spec, e.g. 'RaadpleegMetBurgerservicenummerResponse'. */
export function validatorFor(schemaName: string): ValidateFunction {
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false });
  // The spec's patterns escape quotes ('\\'') as plain ECMAScript allows but the u flag forbids.
  addFormats(ajv);
  ajv.addFormat('int32', true);
  const $defs = toJsonSchema(loadSchemas());
  return ajv.compile({ $defs, $ref: `#/$defs/${schemaName}`, unevaluatedProperties: false });
}
