import { notFound } from '../../platform/errors.ts';
import { drcChange, typeUrlOf, type ZgwCall } from '../documents/documenten-access.ts';
import * as io from '../documents/informatieobjecten.repository.ts';
import { eioView } from '../documents/informatieobjecten.view.ts';
import { expandFields } from '../documents/zgw-expand.ts';
import { fieldError, parseBody } from '../documents/zgw-input.ts';
import { isUuid } from '../documents/zgw-urls.ts';
import { besluitAccess, besluittypeUrlOf, brcChange, requireOnBesluit } from './besluiten-access.ts';
import { assertInformatieobjecttypeOfBesluittype } from './besluiten-refs.ts';
import * as repo from './besluiten.repository.ts';
import type { BrcDeps } from './besluiten.service.ts';
import { BesluitInformatieObjectRequest, besluitView, bioView } from './besluiten.view.ts';

/**
 * Besluitinformatieobjecten: documents that record a besluit (aardRelatie 'legt_vast', brc-004).
 * The Documenten API reads its objectinformatieobjecten from these rows, so creating or deleting
 * one is the mirrored relation there too (brc-005); its trail is written on both sides.
 */
export function besluitinformatieobjectenService(deps: BrcDeps) {
  const { db, urls } = deps;
  const brc = brcChange(deps.outbox, urls);
  const drc = drcChange(deps.outbox, urls);
  const view = (r: repo.BioRow) => bioView(urls, r);

  async function withExpand(call: ZgwCall, rows: repo.BioRow[], fields: string[]) {
    if (fields.length === 0) return rows.map(view);
    return Promise.all(
      rows.map(async (r) => {
        const _expand: Record<string, unknown> = {};
        if (fields.includes('informatieobject')) {
          const doc = await io.findInformatieobject(db, call.client.gemeenteCode, r.informatieobjectId);
          if (doc) _expand.informatieobject = eioView(urls, doc);
        }
        if (fields.includes('besluit')) {
          const besluit = await repo.findBesluit(db, call.client.gemeenteCode, r.besluitId);
          if (besluit) _expand.besluit = besluitView(urls, besluit);
        }
        return { ...view(r), _expand };
      }),
    );
  }

  async function visible(call: ZgwCall, id: string, scope: string) {
    const row = isUuid(id) ? await repo.findBio(db, call.client.gemeenteCode, id) : undefined;
    if (!row) throw notFound();
    const besluit = requireOnBesluit(
      call,
      scope,
      urls,
      await repo.findBesluit(db, call.client.gemeenteCode, row.besluitId),
    );
    return { row, besluit };
  }

  return {
    async list(call: ZgwCall, q: Record<string, string | undefined>) {
      const fields = expandFields(q.expand, ['informatieobject', 'besluit'], 'list');
      const access = besluitAccess(call.client, 'besluiten.lezen', urls);
      const none = '00000000-0000-0000-0000-000000000000';
      const rows = await repo.listBios(
        db,
        call.client.gemeenteCode,
        {
          besluitId: q.besluit === undefined ? undefined : (urls.idOf('besluit', q.besluit) ?? none),
          informatieobjectId:
            q.informatieobject === undefined
              ? undefined
              : (urls.idOf('enkelvoudiginformatieobject', q.informatieobject) ?? none),
        },
        access,
      );
      return withExpand(call, rows, fields);
    },

    async get(call: ZgwCall, id: string, expand: string | undefined) {
      const fields = expandFields(expand, ['informatieobject', 'besluit'], 'one');
      const [one] = await withExpand(call, [(await visible(call, id, 'besluiten.lezen')).row], fields);
      if (!one) throw notFound();
      return one;
    },

    async create(call: ZgwCall, body: unknown) {
      const input = parseBody(BesluitInformatieObjectRequest, body);
      const gemeenteCode = call.client.gemeenteCode;
      besluitAccess(call.client, 'besluiten.aanmaken', urls);
      const besluitId = urls.idOf('besluit', input.besluit);
      const found = besluitId ? await repo.findBesluit(db, gemeenteCode, besluitId) : undefined;
      if (!found) throw fieldError('besluit', 'bad-url', 'Het besluit bestaat niet.');
      const besluit = requireOnBesluit(call, 'besluiten.aanmaken', urls, found);
      // brc-003: a document of Loket's own Documenten API, of the municipality.
      const docId = urls.idOf('enkelvoudiginformatieobject', input.informatieobject);
      const doc = docId ? await io.findInformatieobject(db, gemeenteCode, docId) : undefined;
      if (!doc) throw fieldError('informatieobject', 'bad-url', 'Het informatieobject bestaat niet.');
      await assertInformatieobjecttypeOfBesluittype(
        deps,
        { id: besluit.besluittypeId, url: besluittypeUrlOf(urls, besluit) },
        { id: doc.informatieobjecttypeId, url: typeUrlOf(urls, doc) },
      );
      const row = await db.transaction(async (tx) => {
        const dup = await repo.listBios(
          tx,
          gemeenteCode,
          { besluitId: besluit.id, informatieobjectId: doc.id },
          'all',
        );
        if (dup.length > 0)
          throw fieldError('nonFieldErrors', 'unique', 'Het informatieobject hoort al bij dit besluit.');
        const bio = await repo.insertBio(tx, {
          gemeenteCode,
          besluitId: besluit.id,
          informatieobjectId: doc.id,
        });
        const weergave = `${besluit.identificatie} - ${doc.identificatie}`;
        await brc(tx, call, besluit, {
          resource: 'besluitinformatieobject',
          resourceId: bio.id,
          actie: 'create',
          weergave,
          nieuw: view(bio),
        });
        await drc(tx, call, doc, {
          resource: 'objectinformatieobject',
          resourceId: bio.id,
          actie: 'create',
          weergave,
        });
        return bio;
      });
      return view(row);
    },

    async destroy(call: ZgwCall, id: string) {
      const { row, besluit } = await visible(call, id, 'besluiten.verwijderen');
      await db.transaction(async (tx) => {
        const doc = await io.findInformatieobject(tx, call.client.gemeenteCode, row.informatieobjectId);
        await repo.deleteBio(tx, id);
        const weergave = `${besluit.identificatie} - ${doc?.identificatie ?? row.informatieobjectId}`;
        await brc(tx, call, besluit, {
          resource: 'besluitinformatieobject',
          resourceId: id,
          actie: 'destroy',
          weergave,
          oud: view(row),
        });
        if (doc)
          await drc(tx, call, doc, {
            resource: 'objectinformatieobject',
            resourceId: id,
            actie: 'destroy',
            weergave,
          });
      });
    },
  };
}
