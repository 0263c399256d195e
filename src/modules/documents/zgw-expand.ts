import { invalid, notFound } from '../../platform/errors.ts';

type Json = Record<string, unknown>;

const unknownExpand = (names: string, on: 'list' | 'one') =>
  on === 'one'
    ? notFound(`Onbekend expand-attribuut: ${names}.`)
    : invalid('Onbekend expand-attribuut.', [
        { name: 'expand', code: 'invalid', reason: `Onbekend attribuut: ${names}.` },
      ]);

/**
 * The attributes an `expand` asks for (comma separated; only the first level of a dotted path is
 * embedded). An attribute the resource does not have is a 400 on a list and a 404 on a single
 * resource (drc-013), as the specs allow.
 */
export function expandFields(
  raw: string | undefined,
  allowed: readonly string[],
  on: 'list' | 'one',
): string[] {
  if (raw === undefined || raw.trim() === '') return [];
  const fields = [...new Set(raw.split(',').map((p) => p.trim().split('.')[0] ?? ''))].filter(
    (f) => f !== '',
  );
  const unknown = fields.filter((f) => !allowed.includes(f));
  if (unknown.length > 0) throw unknownExpand(unknown.join(', '), on);
  return fields;
}

/** Per kind of resource: the attributes it can expand and the kind of resource each names. */
export type ExpandGrammar = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** The attributes an `expand` asks for, each with what is asked for within it. */
export type ExpandTree = Map<string, ExpandTree>;

/**
 * What the Catalogi API's resources expand, as its OpenAPI document's `*Embedded` schemas give
 * it; without `gerelateerdeZaaktypen`, which holds relations (objects), not URLs.
 */
export const CATALOGI_EXPAND: ExpandGrammar = {
  catalogus: {
    zaaktypen: 'zaaktype',
    besluittypen: 'besluittype',
    informatieobjecttypen: 'informatieobjecttype',
  },
  informatieobjecttype: { catalogus: 'catalogus', zaaktypen: 'zaaktype', besluittypen: 'besluittype' },
  besluittype: {
    catalogus: 'catalogus',
    zaaktypen: 'zaaktype',
    informatieobjecttypen: 'informatieobjecttype',
    resultaattypen: 'resultaattype',
  },
  zaaktype: {
    zaakobjecttypen: 'zaakobjecttype',
    catalogus: 'catalogus',
    statustypen: 'statustype',
    resultaattypen: 'resultaattype',
    eigenschappen: 'eigenschap',
    informatieobjecttypen: 'informatieobjecttype',
    roltypen: 'roltype',
    besluittypen: 'besluittype',
    deelzaaktypen: 'zaaktype',
  },
  statustype: { catalogus: 'catalogus', zaaktype: 'zaaktype', eigenschappen: 'eigenschap' },
  resultaattype: {
    catalogus: 'catalogus',
    zaaktype: 'zaaktype',
    besluittypen: 'besluittype',
    informatieobjecttypen: 'informatieobjecttype',
  },
  roltype: { catalogus: 'catalogus', zaaktype: 'zaaktype' },
  eigenschap: { catalogus: 'catalogus', zaaktype: 'zaaktype', statustype: 'statustype' },
  zaakobjecttype: {
    zaaktype: 'zaaktype',
    resultaattypen: 'resultaattype',
    statustypen: 'statustype',
    catalogus: 'catalogus',
  },
};

const targetOf = (grammar: ExpandGrammar, kind: string, step: string) => {
  const attributes = grammar[kind];
  return attributes && Object.hasOwn(attributes, step) ? attributes[step] : undefined;
};

/**
 * The paths of an `expand` (comma separated, dotted) as a tree along the grammar, each cut at
 * `depth` steps: a deeper path is answered to that depth, not refused (drc-012). An attribute
 * the resource does not have, at any step, is a 400 on a list and a 404 on a single resource
 * (drc-013).
 */
export function expandTree(
  raw: string | undefined,
  grammar: ExpandGrammar,
  kind: string,
  on: 'list' | 'one',
  depth: number,
): ExpandTree {
  const tree: ExpandTree = new Map();
  const paths = (raw ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  for (const path of paths) {
    let at = kind;
    const steps = path.split('.').map((step) => {
      const target = targetOf(grammar, at, step);
      if (target === undefined) throw unknownExpand(path, on);
      at = target;
      return step;
    });
    let node = tree;
    for (const step of steps.slice(0, depth)) {
      const sub = node.get(step) ?? new Map<string, ExpandTree>();
      node.set(step, sub);
      node = sub;
    }
  }
  return tree;
}

/** The resource of a kind that a URL names, as its API shows it; undefined when it cannot be had. */
export type ExpandResolver = (kind: string, url: string) => Promise<Json | undefined>;

/**
 * Expands the representations in place, under `_expand` and nested within what is embedded:
 * a URL as the resource, a list of URLs as the list, null as `{}`. What cannot be had is left
 * out (so an `_expand` with nothing in it is left out too).
 */
export async function expandInto(
  items: object[],
  kind: string,
  tree: ExpandTree,
  grammar: ExpandGrammar,
  resolve: ExpandResolver,
): Promise<void> {
  if (tree.size === 0) return;
  await Promise.all(
    items.map(async (item) => {
      const json = item as Json;
      const embedded: Json = {};
      for (const [attribute, sub] of tree) {
        const target = targetOf(grammar, kind, attribute)!;
        const one = async (url: unknown) => {
          const found = typeof url === 'string' && url !== '' ? await resolve(target, url) : undefined;
          if (!found) return undefined;
          // A copy: the same resource may be expanded differently elsewhere in the answer.
          const copy = structuredClone(found);
          await expandInto([copy], target, sub, grammar, resolve);
          return copy;
        };
        const value = json[attribute];
        if (value === null) embedded[attribute] = {};
        else if (Array.isArray(value))
          embedded[attribute] = (await Promise.all(value.map(one))).filter((x) => x !== undefined);
        else {
          const found = await one(value);
          if (found) embedded[attribute] = found;
        }
      }
      if (Object.keys(embedded).length > 0) json._expand = embedded;
    }),
  );
}

/**
 * Fetches what an `expand` embeds from another API (Loket's own in-process, or elsewhere), each
 * URL once per request. The caller's token goes only to Loket's own APIs: another register has
 * its own clients and secrets, and a token is not for it to see.
 */
export function embedder(
  fetchFn: typeof fetch,
  authorization: string | undefined,
  isOwn: (url: string) => boolean,
) {
  const cache = new Map<string, Promise<Json | undefined>>();
  const get = async (url: string): Promise<Json | undefined> => {
    try {
      const res = await fetchFn(url, {
        headers: {
          accept: 'application/json',
          'accept-crs': 'EPSG:4326',
          ...(authorization && isOwn(url) ? { authorization } : {}),
        },
        signal: AbortSignal.timeout(10_000),
      });
      if (res.status !== 200) {
        await res.body?.cancel();
        return undefined;
      }
      const json: unknown = await res.json();
      return typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Json) : undefined;
    } catch {
      return undefined;
    }
  };
  return (url: string | null | undefined) => {
    if (!url) return Promise.resolve(undefined);
    let p = cache.get(url);
    if (!p) {
      p = get(url);
      cache.set(url, p);
    }
    return p;
  };
}
