import type { SQL } from 'drizzle-orm';
import { isUuid } from '../../platform/ids.ts';
import type { ZakenApiContext } from './zaken-api.context.ts';
import * as lijst from './zaken-api.repository.ts';
import * as delen from './zaak-onderdelen.repository.ts';
import * as view from './zaken-api.view.ts';
import { fetchJson } from './zaken-api.urls.ts';

/**
 * What each resource can expand (expand-paden.md) and how a relation is read: for all nodes of
 * a level at once; resources elsewhere by URL, once per URL per request.
 */

export type Json = Record<string, unknown>;
export type Kind =
  'zaak' | 'status' | 'rol' | 'resultaat' | 'zaakeigenschap' | 'zaakobject' | 'zaakinformatieobject';
export interface Node {
  kind: Kind | 'extern';
  id: string;
  json: Json;
}
type Loader = (nodes: Node[], c: Run) => Promise<Map<Node, Node[]>>;
export interface Relation {
  many: boolean;
  target: Kind | 'extern';
  load: Loader;
}
export interface Run {
  ctx: ZakenApiContext;
  /** Zaken the client may read. */
  zichtbaar: SQL;
  authorization: string | undefined;
  cache: Map<string, Promise<Json | undefined>>;
}

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
export const node = (kind: Kind, id: string, json: Json): Node => ({ kind, id, json });

/** Groups loaded nodes under their sources by a key. */
const group = (
  nodes: Node[],
  key: (n: Node) => string[],
  targets: Node[],
  targetKey: (t: Node) => string,
) => {
  const byKey = new Map<string, Node[]>();
  for (const t of targets) byKey.set(targetKey(t), [...(byKey.get(targetKey(t)) ?? []), t]);
  return new Map(nodes.map((n) => [n, key(n).flatMap((k) => byKey.get(k) ?? [])]));
};

/** A resource elsewhere (Catalogi, Documenten, an object registration), by the URL in a field. */
const extern =
  (field: string): Loader =>
  async (nodes, c) => {
    const get = (url: string) => {
      let p = c.cache.get(url);
      if (!p) {
        const own = c.ctx.urls.isOwn(url);
        p = fetchJson(c.ctx.fetch, url, own && c.authorization ? { authorization: c.authorization } : {});
        c.cache.set(url, p);
      }
      return p;
    };
    const result = new Map<Node, Node[]>();
    for (const n of nodes) {
      const url = str(n.json[field]);
      const json = url ? await get(url) : undefined;
      result.set(n, json ? [{ kind: 'extern', id: url!, json }] : []);
    }
    return result;
  };

const zakenLoader =
  (ids: (n: Node) => string[]): Loader =>
  async (nodes, c) => {
    const rows = await lijst.apiZakenWhere(
      c.ctx.db,
      c.ctx.urls,
      c.zichtbaar,
      [...new Set(nodes.flatMap(ids))].filter(isUuid),
    );
    const targets = rows.map((r) => node('zaak', r.id, view.zaakJson(r)));
    return group(nodes, ids, targets, (t) => t.id);
  };

const idOf = (c: ZakenApiContext, field: string, n: Node, coll: 'zaak' | 'status' | 'rol') => {
  const u = str(n.json[field]);
  const id = u ? c.urls.idOf(coll, u) : undefined;
  return id ? [id] : [];
};

/** Parts of zaken read with a selection; `by` picks the rows of the nodes, `key` groups them. */
function parts<R extends { id: string }>(
  kind: Kind,
  select: (c: Run, ids: string[]) => Promise<R[]>,
  toJson: (r: R, c: ZakenApiContext) => Json,
  sourceIds: (n: Node, c: ZakenApiContext) => string[],
  rowKey: (r: R) => string[],
): Loader {
  return async (nodes, c) => {
    const keys = [...new Set(nodes.flatMap((n) => sourceIds(n, c.ctx)))];
    const rows = keys.length === 0 ? [] : await select(c, keys);
    const byKey = new Map<string, Node[]>();
    for (const r of rows) {
      const t = node(kind, r.id, toJson(r, c.ctx));
      for (const k of rowKey(r)) byKey.set(k, [...(byKey.get(k) ?? []), t]);
    }
    return new Map(nodes.map((n) => [n, sourceIds(n, c.ctx).flatMap((k) => byKey.get(k) ?? [])]));
  };
}

const own = (n: Node) => [n.id];
/** The parts of the nodes' zaken (the nodes are zaken). */
const vanZaak = <R extends { id: string; zaakId: string }>(
  kind: Kind,
  select: (c: Run, ids: string[]) => Promise<R[]>,
  toJson: (r: R, c: ZakenApiContext) => Json,
): Loader => parts(kind, select, toJson, own, (r) => [r.zaakId]);
const sel = (c: Run, where: SQL) => ({ zaak: c.zichtbaar, where: [where] });

const rollenVan = vanZaak(
  'rol',
  (c, k) => delen.rollenSelect(c.ctx.db, sel(c, delen.ids.rolVanZaak(k))),
  (r, c) => view.rolJson(r, c.urls),
);
const statusOf = (field: string) =>
  parts(
    'status',
    (c, k) => delen.statussenSelect(c.ctx.db, sel(c, delen.ids.status(k))),
    (r, c) => view.statusJson(r, c.urls),
    (n, c) => idOf(c, field, n, 'status'),
    (r) => [r.id],
  );
const zaakVanVeld = zakenLoader((n) => {
  const u = str(n.json.zaak);
  return u ? [u.split('/').pop()!] : [];
});

export const RELATIONS: Record<Kind, Record<string, Relation>> = {
  zaak: {
    zaaktype: { many: false, target: 'extern', load: extern('zaaktype') },
    hoofdzaak: {
      many: false,
      target: 'zaak',
      load: zakenLoader((n) => {
        const u = str(n.json.hoofdzaak);
        return u ? [u.split('/').pop()!] : [];
      }),
    },
    deelzaken: {
      many: true,
      target: 'zaak',
      load: async (nodes, c) => {
        const rows = await lijst.deelzakenWhere(
          c.ctx.db,
          c.ctx.urls,
          c.zichtbaar,
          nodes.map((n) => n.id),
        );
        const targets = rows.map((r) => ({
          ...node('zaak', r.id, view.zaakJson(r)),
          hoofd: r.hoofdzaakId ?? '',
        }));
        return group(nodes, own, targets, (t) => (t as Node & { hoofd: string }).hoofd);
      },
    },
    relevanteAndereZaken: {
      many: true,
      target: 'zaak',
      load: zakenLoader((n) =>
        ((n.json.relevanteAndereZaken as { url: string }[] | undefined) ?? []).map((r) =>
          r.url.split('/').pop()!,
        ),
      ),
    },
    eigenschappen: {
      many: true,
      target: 'zaakeigenschap',
      load: vanZaak(
        'zaakeigenschap',
        (c, k) => delen.eigenschappenSelect(c.ctx.db, sel(c, delen.ids.eigenschapVanZaak(k))),
        (r, c) => view.zaakeigenschapJson(r, c.urls),
      ),
    },
    rollen: { many: true, target: 'rol', load: rollenVan },
    status: { many: false, target: 'status', load: statusOf('status') },
    zaakinformatieobjecten: {
      many: true,
      target: 'zaakinformatieobject',
      load: vanZaak(
        'zaakinformatieobject',
        (c, k) => delen.ziosSelect(c.ctx.db, sel(c, delen.ids.zioVanZaak(k))),
        (r, c) => view.zioJson(r, c.urls),
      ),
    },
    zaakobjecten: {
      many: true,
      target: 'zaakobject',
      load: vanZaak(
        'zaakobject',
        (c, k) => delen.zaakobjectenSelect(c.ctx.db, sel(c, delen.ids.zaakobjectVanZaak(k))),
        (r, c) => view.zaakobjectJson(r, c.urls),
      ),
    },
    resultaat: {
      many: false,
      target: 'resultaat',
      load: vanZaak(
        'resultaat',
        (c, k) => delen.resultatenSelect(c.ctx.db, sel(c, delen.ids.resultaatVanZaak(k))),
        (r, c) => view.resultaatJson(r, c.urls),
      ),
    },
  },
  status: {
    zaak: { many: false, target: 'zaak', load: zaakVanVeld },
    statustype: { many: false, target: 'extern', load: extern('statustype') },
    gezetdoor: {
      many: false,
      target: 'rol',
      load: parts(
        'rol',
        (c, k) => delen.rollenSelect(c.ctx.db, sel(c, delen.ids.rol(k))),
        (r, c) => view.rolJson(r, c.urls),
        (n, c) => idOf(c, 'gezetdoor', n, 'rol'),
        (r) => [r.id],
      ),
    },
    zaakinformatieobjecten: {
      many: true,
      target: 'zaakinformatieobject',
      load: parts(
        'zaakinformatieobject',
        (c, k) => delen.ziosSelect(c.ctx.db, sel(c, delen.ids.zioVanStatus(k))),
        (r, c) => view.zioJson(r, c.urls),
        own,
        (r) => (r.statusId ? [r.statusId] : []),
      ),
    },
  },
  rol: {
    zaak: { many: false, target: 'zaak', load: zaakVanVeld },
    roltype: { many: false, target: 'extern', load: extern('roltype') },
    statussen: {
      many: true,
      target: 'status',
      load: parts(
        'status',
        (c, k) => delen.statussenSelect(c.ctx.db, sel(c, delen.ids.statusGezetDoor(k))),
        (r, c) => view.statusJson(r, c.urls),
        own,
        (r) => (r.gezetdoorId ? [r.gezetdoorId] : []),
      ),
    },
  },
  resultaat: {
    zaak: { many: false, target: 'zaak', load: zaakVanVeld },
    resultaattype: { many: false, target: 'extern', load: extern('resultaattype') },
    // The IST grammar's spelling.
    resultaattypen: { many: false, target: 'extern', load: extern('resultaattype') },
  },
  zaakeigenschap: {
    zaak: { many: false, target: 'zaak', load: zaakVanVeld },
    eigenschap: { many: false, target: 'extern', load: extern('eigenschap') },
  },
  zaakobject: {
    zaak: { many: false, target: 'zaak', load: zaakVanVeld },
    object: { many: false, target: 'extern', load: extern('object') },
    zaakobjecttype: { many: false, target: 'extern', load: extern('zaakobjecttype') },
  },
  zaakinformatieobject: {
    zaak: { many: false, target: 'zaak', load: zaakVanVeld },
    informatieobject: { many: false, target: 'extern', load: extern('informatieobject') },
    status: { many: false, target: 'status', load: statusOf('status') },
  },
};
