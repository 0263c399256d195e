import type { SQL } from 'drizzle-orm';
import { invalid } from '../../platform/errors.ts';
import type { ZakenApiContext } from './zaken-api.context.ts';
import {
  node,
  RELATIONS,
  type Json,
  type Kind,
  type Node,
  type Relation,
  type Run,
} from './zaken-api.expand-relaties.ts';

export type { Kind };

/**
 * `expand` (expand-paden.md; zrc-025 to zrc-028): the related resources inline under `_expand`,
 * to any depth along the grammar. Each level is read for all nodes at once (no query per
 * object); catalogue and document resources are fetched once per URL per request.
 */

type Tree = Map<string, Tree>;

/** The paths as a tree, checked against the grammar (zrc-027): an unknown step is an error. */
export function expandTree(kind: Kind, paths: string[], notFoundStatus: boolean): Tree {
  const tree: Tree = new Map();
  for (const p of paths) {
    let t = tree;
    let k: Kind | 'extern' = kind;
    for (const step of p.split('.')) {
      const rel: Relation | undefined = k === 'extern' ? undefined : RELATIONS[k][step];
      if (!rel) {
        const reason = `'${p}' is geen geldig expand-pad.`;
        throw notFoundStatus
          ? Object.assign(new Error(reason), { statusCode: 404, code: 'not_found' })
          : invalid('Ongeldige expand.', [{ name: 'expand', code: 'invalid-expand', reason }]);
      }
      if (!t.has(step)) t.set(step, new Map());
      t = t.get(step)!;
      k = rel.target;
    }
  }
  return tree;
}

async function expandNodes(kind: Kind, nodes: Node[], tree: Tree, c: Run): Promise<void> {
  for (const [name, sub] of tree) {
    const rel = RELATIONS[kind][name]!;
    const loaded = await rel.load(nodes, c);
    const targets = [...new Set([...loaded.values()].flat())];
    if (sub.size > 0 && rel.target !== 'extern') await expandNodes(rel.target, targets, sub, c);
    for (const n of nodes) {
      const ts = loaded.get(n) ?? [];
      const exp = (n.json._expand as Json | undefined) ?? {};
      exp[name] = rel.many ? ts.map((t) => t.json) : (ts[0]?.json ?? {});
      n.json._expand = exp;
    }
  }
}

/** Expands the representations in place (each `{ id, json }`), for a client that sees `zichtbaar`. */
export async function expand(
  ctx: ZakenApiContext,
  kind: Kind,
  items: { id: string; json: Json }[],
  tree: Tree,
  zichtbaar: SQL,
  authorization: string | undefined,
): Promise<void> {
  if (tree.size === 0 || items.length === 0) return;
  const nodes = items.map((i) => node(kind, i.id, i.json));
  await expandNodes(kind, nodes, tree, { ctx, zichtbaar, authorization, cache: new Map() });
}
