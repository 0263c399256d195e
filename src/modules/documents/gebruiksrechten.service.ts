import { Type } from '@sinclair/typebox';
import { notFound } from '../../platform/errors.ts';
import { requireScope } from '../zgw/zgw-auth.ts';
import { drcChange, ioAccess, mayOnIo, requireOnIo, type ZgwCall } from './documenten-access.ts';
import { drcExpander, drcExpandTree } from './documenten-expand.ts';
import * as repo from './gebruiksrechten.repository.ts';
import * as io from './informatieobjecten.repository.ts';
import type { DrcDeps } from './informatieobjecten.service.ts';
import { fieldError, Nullable, parseBody } from './zgw-input.ts';
import type { ExpandTree } from './zgw-expand.ts';
import { isUuid } from './zgw-urls.ts';

const fields = {
  informatieobject: Type.String({ format: 'uri' }),
  startdatum: Type.String({ format: 'date-time' }),
  einddatum: Type.Optional(Nullable(Type.String({ format: 'date-time' }))),
  omschrijvingVoorwaarden: Type.String({ minLength: 1 }),
};
const GebruiksrechtenRequest = Type.Object(fields);
const PatchedGebruiksrechtenRequest = Type.Partial(Type.Object(fields));

export const GEBRUIKSRECHTEN_FILTERS = [
  'startdatum__lt',
  'startdatum__lte',
  'startdatum__gt',
  'startdatum__gte',
  'einddatum__lt',
  'einddatum__lte',
  'einddatum__gt',
  'einddatum__gte',
] as const;
const OPS = { lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;

/**
 * Gebruiksrechten of documents; the document's `indicatieGebruiksrecht` follows them (drc-006):
 * true once there are any, null again when the last goes.
 */
export function gebruiksrechtenService(deps: DrcDeps) {
  const { db, urls } = deps;
  const change = drcChange(deps.outbox, urls);
  const view = (r: repo.GebruiksrechtRow) => ({
    url: urls.url('gebruiksrechten', r.id),
    informatieobject: urls.url('enkelvoudiginformatieobject', r.informatieobjectId),
    startdatum: r.startdatum.toISOString(),
    einddatum: r.einddatum?.toISOString() ?? null,
    omschrijvingVoorwaarden: r.omschrijvingVoorwaarden,
  });

  /** The document a request names, which the scope must cover (else 400 'bad-url', as for a missing one). */
  async function documentOf(tx: typeof db, call: ZgwCall, url: string, scope: string) {
    const id = urls.idOf('enkelvoudiginformatieobject', url);
    const doc = id ? await io.lockInformatieobject(tx, call.client.gemeenteCode, id) : undefined;
    if (!doc || !mayOnIo(call.client, scope, urls, doc))
      throw fieldError('informatieobject', 'bad-url', 'Het informatieobject bestaat niet.');
    return doc;
  }

  async function visible(call: ZgwCall, id: string, scope: string) {
    requireScope(call.client, 'drc', scope);
    const recht = isUuid(id) ? await repo.find(db, call.client.gemeenteCode, id) : undefined;
    if (!recht) throw notFound();
    const doc = await io.findInformatieobject(db, call.client.gemeenteCode, recht.informatieobjectId);
    return { recht, doc: requireOnIo(call, scope, urls, doc) };
  }

  async function withExpand(call: ZgwCall, rows: repo.GebruiksrechtRow[], tree: ExpandTree) {
    const views = rows.map(view);
    await drcExpander(deps, call)('gebruiksrecht', views, tree);
    return views;
  }

  return {
    async list(call: ZgwCall, q: Record<string, string | undefined>) {
      const tree = drcExpandTree(q.expand, 'gebruiksrecht', 'list');
      const access = ioAccess(call.client, 'documenten.lezen', urls);
      const dates: repo.GebruiksrechtFilter['dates'] = [];
      for (const key of GEBRUIKSRECHTEN_FILTERS) {
        const raw = q[key];
        if (raw === undefined) continue;
        const at = new Date(raw);
        if (Number.isNaN(at.getTime())) throw fieldError(key, 'invalid', 'Een datum-tijd verwacht.');
        const [column, op] = key.split('__') as ['startdatum' | 'einddatum', keyof typeof OPS];
        dates.push({ column, op: OPS[op], at });
      }
      let informatieobjectId: string | undefined;
      if (q.informatieobject !== undefined)
        informatieobjectId =
          urls.idOf('enkelvoudiginformatieobject', q.informatieobject) ??
          '00000000-0000-0000-0000-000000000000';
      const rows = await repo.list(db, call.client.gemeenteCode, { informatieobjectId, dates }, access);
      return withExpand(call, rows, tree);
    },

    async get(call: ZgwCall, id: string, expand: string | undefined) {
      const tree = drcExpandTree(expand, 'gebruiksrecht', 'one');
      const [one] = await withExpand(call, [(await visible(call, id, 'documenten.lezen')).recht], tree);
      if (!one) throw notFound();
      return one;
    },

    async create(call: ZgwCall, body: unknown) {
      requireScope(call.client, 'drc', 'documenten.aanmaken');
      const input = parseBody(GebruiksrechtenRequest, body);
      const row = await db.transaction(async (tx) => {
        const doc = await documentOf(tx, call, input.informatieobject, 'documenten.aanmaken');
        const recht = await repo.insert(tx, {
          gemeenteCode: doc.gemeenteCode,
          informatieobjectId: doc.id,
          startdatum: new Date(input.startdatum),
          einddatum: input.einddatum ? new Date(input.einddatum) : null,
          omschrijvingVoorwaarden: input.omschrijvingVoorwaarden,
        });
        await repo.syncIndicatie(tx, doc.id);
        await change(tx, call, doc, {
          resource: 'gebruiksrechten',
          resourceId: recht.id,
          actie: 'create',
          weergave: `${doc.identificatie} - ${recht.omschrijvingVoorwaarden}`,
          nieuw: view(recht),
        });
        return recht;
      });
      return view(row);
    },

    async update(call: ZgwCall, id: string, body: unknown, partial: boolean) {
      const input = partial
        ? parseBody(PatchedGebruiksrechtenRequest, body)
        : parseBody(GebruiksrechtenRequest, body);
      const { recht } = await visible(call, id, 'documenten.bijwerken');
      if (
        input.informatieobject !== undefined &&
        input.informatieobject !== urls.url('enkelvoudiginformatieobject', recht.informatieobjectId)
      )
        throw fieldError(
          'informatieobject',
          'wijzigen-niet-toegestaan',
          'Het informatieobject kan niet wijzigen.',
        );
      const row = await db.transaction(async (tx) => {
        const doc = await documentOf(
          tx,
          call,
          urls.url('enkelvoudiginformatieobject', recht.informatieobjectId),
          'documenten.bijwerken',
        );
        const updated = await repo.update(tx, id, {
          ...(input.startdatum !== undefined ? { startdatum: new Date(input.startdatum) } : {}),
          ...(input.einddatum !== undefined || !partial
            ? { einddatum: input.einddatum ? new Date(input.einddatum) : null }
            : {}),
          ...(input.omschrijvingVoorwaarden !== undefined
            ? { omschrijvingVoorwaarden: input.omschrijvingVoorwaarden }
            : {}),
        });
        await change(tx, call, doc, {
          resource: 'gebruiksrechten',
          resourceId: id,
          actie: partial ? 'partial_update' : 'update',
          weergave: `${doc.identificatie} - ${updated.omschrijvingVoorwaarden}`,
          oud: view(recht),
          nieuw: view(updated),
        });
        return updated;
      });
      return view(row);
    },

    async destroy(call: ZgwCall, id: string) {
      const { recht } = await visible(call, id, 'documenten.verwijderen');
      await db.transaction(async (tx) => {
        const doc = await documentOf(
          tx,
          call,
          urls.url('enkelvoudiginformatieobject', recht.informatieobjectId),
          'documenten.verwijderen',
        );
        await repo.remove(tx, id);
        await repo.syncIndicatie(tx, doc.id);
        await change(tx, call, doc, {
          resource: 'gebruiksrechten',
          resourceId: id,
          actie: 'destroy',
          weergave: `${doc.identificatie} - ${recht.omschrijvingVoorwaarden}`,
          oud: view(recht),
        });
      });
    },
  };
}
