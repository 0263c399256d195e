import { Type } from '@sinclair/typebox';
import { conflict, notFound } from '../../platform/errors.ts';
import { requireScope } from '../zgw/zgw-auth.ts';
import { drcChange, ioAccess, mayOnIo, requireOnIo, type ZgwCall } from './documenten-access.ts';
import { drcExpander, drcExpandTree } from './documenten-expand.ts';
import * as io from './informatieobjecten.repository.ts';
import type { DrcDeps } from './informatieobjecten.service.ts';
import * as repo from './objectinformatieobjecten.repository.ts';
import { Enum, fieldError, parseBody } from './zgw-input.ts';
import type { ExpandTree } from './zgw-expand.ts';
import { fetchResource, isUuid } from './zgw-urls.ts';

const ObjectInformatieObjectRequest = Type.Object({
  informatieobject: Type.String({ format: 'uri' }),
  object: Type.String({ format: 'uri', minLength: 1, maxLength: 1000 }),
  objectType: Enum(['besluit', 'zaak', 'verzoek']),
});

/**
 * The register of the object in a URL elsewhere, and the query there that lists the relation
 * between the object and a document (drc-004).
 */
function relationQuery(objectType: string, object: string, informatieobject: string): string | undefined {
  const m = /^(.*)\/(zaken|besluiten)\/[^/]+\/?$/.exec(object);
  if (!m || (objectType !== 'zaak' && objectType !== 'besluit')) return undefined;
  const [collection, key] =
    objectType === 'zaak' ? ['zaakinformatieobjecten', 'zaak'] : ['besluitinformatieobjecten', 'besluit'];
  const q = new URLSearchParams({ [key]: object, informatieobject });
  return `${m[1]}/${collection}?${q.toString()}`;
}

/**
 * Objectinformatieobjecten: read from zaak- and besluitinformatieobjecten for Loket's own zaken
 * and besluiten (so kept in step by construction, zrc-005/brc-005); relations with objects in
 * other registers are created and removed by those registers (drc-002, drc-003, drc-004).
 */
export function objectinformatieobjectenService(deps: DrcDeps) {
  const { db, urls } = deps;
  const change = drcChange(deps.outbox, urls);
  const view = (r: repo.OioRow) => ({
    url: urls.url('objectinformatieobject', r.id),
    informatieobject: urls.url('enkelvoudiginformatieobject', r.informatieobjectId),
    object: r.objectId
      ? urls.url(r.objectType === 'zaak' ? 'zaak' : 'besluit', r.objectId)
      : (r.object ?? ''),
    objectType: r.objectType,
  });

  const objectRef = (u: string): io.ObjectRef => {
    const zaak = urls.idOf('zaak', u);
    if (zaak) return { kind: 'zaak', id: zaak };
    const besluit = urls.idOf('besluit', u);
    return besluit ? { kind: 'besluit', id: besluit } : { kind: 'url', url: u };
  };

  async function withExpand(call: ZgwCall, rows: repo.OioRow[], tree: ExpandTree) {
    const views = rows.map(view);
    await drcExpander(deps, call)('objectinformatieobject', views, tree);
    return views;
  }

  async function visible(call: ZgwCall, id: string, scope: string) {
    requireScope(call.client, 'drc', scope);
    const row = isUuid(id) ? await repo.findOio(db, call.client.gemeenteCode, id) : undefined;
    if (!row) throw notFound();
    const doc = requireOnIo(
      call,
      scope,
      urls,
      await io.findInformatieobject(db, call.client.gemeenteCode, row.informatieobjectId),
    );
    return { row, doc };
  }

  return {
    async list(
      call: ZgwCall,
      q: { object?: string | undefined; informatieobject?: string | undefined; expand?: string | undefined },
    ) {
      const tree = drcExpandTree(q.expand, 'objectinformatieobject', 'list');
      const access = ioAccess(call.client, 'documenten.lezen', urls);
      const informatieobjectId =
        q.informatieobject === undefined
          ? undefined
          : (urls.idOf('enkelvoudiginformatieobject', q.informatieobject) ??
            '00000000-0000-0000-0000-000000000000');
      const rows = await repo.listOio(
        db,
        call.client.gemeenteCode,
        { informatieobjectId, object: q.object !== undefined ? objectRef(q.object) : undefined },
        access,
      );
      return withExpand(call, rows, tree);
    },

    async get(call: ZgwCall, id: string, expand: string | undefined) {
      const tree = drcExpandTree(expand, 'objectinformatieobject', 'one');
      const [one] = await withExpand(call, [(await visible(call, id, 'documenten.lezen')).row], tree);
      if (!one) throw notFound();
      return one;
    },

    async create(call: ZgwCall, body: unknown) {
      requireScope(call.client, 'drc', 'documenten.aanmaken');
      const input = parseBody(ObjectInformatieObjectRequest, body);
      const gemeenteCode = call.client.gemeenteCode;
      const docId = urls.idOf('enkelvoudiginformatieobject', input.informatieobject);
      const doc = docId ? await io.findInformatieobject(db, gemeenteCode, docId) : undefined;
      if (!doc || !mayOnIo(call.client, 'documenten.aanmaken', urls, doc))
        throw fieldError('informatieobject', 'bad-url', 'Het informatieobject bestaat niet.');
      const ref = objectRef(input.object);
      if (ref.kind !== 'url') {
        // Loket's own zaak or besluit: the relation is its zaak- or besluitinformatieobject.
        const existing = await repo.listOio(
          db,
          gemeenteCode,
          { informatieobjectId: doc.id, object: ref },
          'all',
        );
        if (existing.length > 0)
          throw fieldError(
            'nonFieldErrors',
            'unique',
            'De relatie tussen object en informatieobject bestaat al.',
          );
        throw fieldError(
          'nonFieldErrors',
          'inconsistent-relation',
          'De relatie bestaat niet in het register van het object.',
        );
      }
      if (urls.isOwn(input.object) || !(await fetchResource(deps.fetch, input.object)))
        throw fieldError('object', 'bad-url', 'Het object is niet op te halen.');
      const query = relationQuery(input.objectType, input.object, input.informatieobject);
      if (query) {
        const found = await fetchRelations(deps.fetch, query);
        if (!found)
          throw fieldError(
            'nonFieldErrors',
            'inconsistent-relation',
            'De relatie bestaat niet in het register van het object.',
          );
      }
      const id = await db.transaction(async (tx) => {
        const dup = await repo.listOio(tx, gemeenteCode, { informatieobjectId: doc.id, object: ref }, 'all');
        if (dup.length > 0)
          throw fieldError(
            'nonFieldErrors',
            'unique',
            'De relatie tussen object en informatieobject bestaat al.',
          );
        const newId = await repo.insertOio(tx, {
          gemeenteCode,
          informatieobjectId: doc.id,
          objectType: input.objectType,
          object: input.object,
        });
        await change(tx, call, doc, {
          resource: 'objectinformatieobject',
          resourceId: newId,
          actie: 'create',
          weergave: `${doc.identificatie} - ${input.object}`.slice(0, 200),
          nieuw: {
            informatieobject: input.informatieobject,
            object: input.object,
            objectType: input.objectType,
          },
        });
        return newId;
      });
      return view({
        id,
        informatieobjectId: doc.id,
        objectType: input.objectType,
        objectId: null,
        object: input.object,
      });
    },

    /** Only for relations with objects elsewhere that their register no longer has (else 409). */
    async destroy(call: ZgwCall, id: string) {
      const { row, doc } = await visible(call, id, 'documenten.verwijderen');
      if (row.objectId !== null || row.object === null)
        throw conflict('De relatie bestaat nog: verwijder het zaak- of besluitinformatieobject.');
      const query = relationQuery(
        row.objectType,
        row.object,
        urls.url('enkelvoudiginformatieobject', doc.id),
      );
      if (query && ((await fetchRelations(deps.fetch, query)) ?? 0) > 0)
        throw conflict('De relatie bestaat nog in het register van het object.');
      await db.transaction(async (tx) => {
        await repo.deleteOio(tx, call.client.gemeenteCode, id);
        await change(tx, call, doc, {
          resource: 'objectinformatieobject',
          resourceId: id,
          actie: 'destroy',
          weergave: `${doc.identificatie} - ${row.object ?? ''}`.slice(0, 200),
          oud: view(row),
        });
      });
    },
  };
}

/** How many relations the other register lists (its list is an array or a page); undefined if unreachable. */
async function fetchRelations(fetchFn: typeof fetch, url: string): Promise<number | undefined> {
  try {
    const res = await fetchFn(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(10_000),
    });
    if (res.status !== 200) {
      await res.body?.cancel();
      return undefined;
    }
    const body: unknown = await res.json();
    if (Array.isArray(body)) return body.length;
    const results = (body as { results?: unknown } | null)?.results;
    return Array.isArray(results) ? results.length : undefined;
  } catch {
    return undefined;
  }
}
