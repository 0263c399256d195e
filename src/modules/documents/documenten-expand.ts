import type { ZgwCall } from './documenten-access.ts';
import * as io from './informatieobjecten.repository.ts';
import type { DrcDeps } from './informatieobjecten.service.ts';
import { eioView } from './informatieobjecten.view.ts';
import {
  CATALOGI_EXPAND,
  embedder,
  expandInto,
  expandTree,
  type ExpandGrammar,
  type ExpandResolver,
  type ExpandTree,
} from './zgw-expand.ts';

/** drc-012: an expand goes at most three levels deep. */
const MAX_DEPTH = 3;

export type DrcKind =
  'enkelvoudiginformatieobject' | 'gebruiksrecht' | 'verzending' | 'objectinformatieobject';

/**
 * What the Documenten API's resources expand (its `*Embedded` schemas), and from there what the
 * Catalogi API's do: nothing of other sources (drc-011).
 */
const DRC_EXPAND: ExpandGrammar = {
  ...CATALOGI_EXPAND,
  enkelvoudiginformatieobject: { informatieobjecttype: 'informatieobjecttype' },
  gebruiksrecht: { informatieobject: 'enkelvoudiginformatieobject' },
  verzending: { informatieobject: 'enkelvoudiginformatieobject' },
  objectinformatieobject: { informatieobject: 'enkelvoudiginformatieobject' },
};

/** The `expand` of a request on a kind of resource (400 on a list, 404 on one for an unknown attribute). */
export const drcExpandTree = (raw: string | undefined, kind: DrcKind, on: 'list' | 'one') =>
  expandTree(raw, DRC_EXPAND, kind, on, MAX_DEPTH);

/**
 * Expands representations of one request in place: documents are read from the database (the
 * caller may read the resource that names them, so them too), catalogue resources are fetched
 * on the caller's behalf; each once per request.
 */
export function drcExpander(deps: DrcDeps, call: ZgwCall) {
  const fetchOnce = embedder(deps.fetch, call.authorization, deps.urls.isOwn);
  const documents = new Map<string, Promise<Record<string, unknown> | undefined>>();
  const document = async (url: string) => {
    const id = deps.urls.idOf('enkelvoudiginformatieobject', url);
    const row = id ? await io.findInformatieobject(deps.db, call.client.gemeenteCode, id) : undefined;
    return row ? eioView(deps.urls, row) : undefined;
  };
  const resolve: ExpandResolver = (kind, url) => {
    if (kind !== 'enkelvoudiginformatieobject') return fetchOnce(url);
    let found = documents.get(url);
    if (!found) {
      found = document(url);
      documents.set(url, found);
    }
    return found;
  };
  return (kind: DrcKind, items: object[], tree: ExpandTree) =>
    expandInto(items, kind, tree, DRC_EXPAND, resolve);
}
