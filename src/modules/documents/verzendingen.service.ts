import { notFound } from '../../platform/errors.ts';
import { requireScope } from '../zgw/zgw-auth.ts';
import { drcChange, ioAccess, mayOnIo, requireOnIo, type ZgwCall } from './documenten-access.ts';
import { drcExpander, drcExpandTree } from './documenten-expand.ts';
import * as io from './informatieobjecten.repository.ts';
import type { DrcDeps } from './informatieobjecten.service.ts';
import { PAGE_SIZE } from './informatieobjecten-read.service.ts';
import * as repo from './verzendingen.repository.ts';
import {
  adresCount,
  geenPostadres,
  PatchedVerzendingRequest,
  toCorrespondentieadres,
  VerzendingRequest,
  verzendingView,
  type VerzendingInput,
} from './verzendingen.view.ts';
import { fieldError, parseBody } from './zgw-input.ts';
import type { ExpandTree } from './zgw-expand.ts';
import { isUuid } from './zgw-urls.ts';

/** The columns a (partial) request sets; the Dutch address is kept as a letter's address. */
function columnsOf(input: VerzendingInput, cur: repo.VerzendingRow | undefined, partial: boolean) {
  const keep = <T>(given: T | undefined, current: T, empty: T): T =>
    given !== undefined ? given : partial && cur ? current : empty;
  const naam = keep(input.contactpersoonnaam, cur?.contactpersoonnaam ?? '', '');
  const binnenlands =
    input.binnenlandsCorrespondentieadres !== undefined || !partial
      ? input.binnenlandsCorrespondentieadres
      : undefined;
  const adres =
    binnenlands === undefined
      ? cur
        ? { perPost: cur.perPost, adres: { ...cur.adres, naam } }
        : { perPost: false, adres: geenPostadres(naam) }
      : binnenlands === null
        ? { perPost: false, adres: geenPostadres(naam) }
        : { perPost: true, adres: toCorrespondentieadres(binnenlands, naam) };
  return {
    ...(input.betrokkene !== undefined ? { betrokkene: input.betrokkene } : {}),
    ...(input.contactPersoon !== undefined ? { contactPersoon: input.contactPersoon } : {}),
    ...(input.aardRelatie !== undefined ? { aardRelatie: input.aardRelatie } : {}),
    toelichting: keep(input.toelichting, cur?.toelichting ?? '', ''),
    ontvangstdatum: keep(input.ontvangstdatum, cur?.ontvangstdatum ?? null, null),
    verzenddatum: keep(input.verzenddatum, cur?.verzenddatum ?? null, null),
    contactpersoonnaam: naam,
    ...adres,
    buitenlandsCorrespondentieadres: keep(
      input.buitenlandsCorrespondentieadres,
      cur?.buitenlandsCorrespondentieadres ?? null,
      null,
    ),
    correspondentiePostadres: keep(
      input.correspondentiePostadres,
      cur?.correspondentiePostadres ?? null,
      null,
    ),
    faxnummer: keep(input.faxnummer, cur?.faxnummer ?? null, null),
    emailadres: keep(input.emailadres, cur?.emailadres ?? null, null),
    telefoonnummer: keep(input.telefoonnummer, cur?.telefoonnummer ?? null, null),
    mijnOverheid: keep(input.mijnOverheid, cur?.mijnOverheid ?? false, false),
  };
}

/**
 * Verzendingen of documents: the letters the back office posts are the same rows. A
 * verzending has exactly one address; a document is received from one afzender at most.
 */
export function verzendingenService(deps: DrcDeps) {
  const { db, urls } = deps;
  const change = drcChange(deps.outbox, urls);
  const view = (r: repo.VerzendingRecord) => verzendingView(urls, r);

  async function documentOf(tx: typeof db, call: ZgwCall, url: string, scope: string) {
    const id = urls.idOf('enkelvoudiginformatieobject', url);
    const doc = id ? await io.lockInformatieobject(tx, call.client.gemeenteCode, id) : undefined;
    if (!doc || !mayOnIo(call.client, scope, urls, doc))
      throw fieldError('informatieobject', 'bad-url', 'Het informatieobject bestaat niet.');
    return doc;
  }

  async function visible(call: ZgwCall, id: string, scope: string) {
    requireScope(call.client, 'drc', scope);
    const found = isUuid(id) ? await repo.find(db, call.client.gemeenteCode, id) : undefined;
    if (!found) throw notFound();
    const doc = await io.findInformatieobject(
      db,
      call.client.gemeenteCode,
      found.verzending.informatieobjectId,
    );
    requireOnIo(call, scope, urls, doc);
    return found;
  }

  async function save(
    call: ZgwCall,
    body: unknown,
    existing: repo.VerzendingRecord | undefined,
    partial: boolean,
  ) {
    const input = partial ? parseBody(PatchedVerzendingRequest, body) : parseBody(VerzendingRequest, body);
    const scope = existing ? 'documenten.bijwerken' : 'documenten.aanmaken';
    requireScope(call.client, 'drc', scope);
    const cur = existing?.verzending;
    const docUrl =
      input.informatieobject ?? urls.url('enkelvoudiginformatieobject', cur?.informatieobjectId ?? '');
    if (cur && docUrl !== urls.url('enkelvoudiginformatieobject', cur.informatieobjectId))
      throw fieldError(
        'informatieobject',
        'wijzigen-niet-toegestaan',
        'Het informatieobject kan niet wijzigen.',
      );
    const id = await db.transaction(async (tx) => {
      const doc = await documentOf(tx, call, docUrl, scope);
      const columns = columnsOf(input, cur, partial);
      const candidate = { ...(cur ?? ({} as repo.VerzendingRow)), ...columns };
      if (adresCount(candidate) !== 1)
        throw fieldError('nonFieldErrors', 'invalid-address', 'Een verzending heeft precies één adres.');
      if (
        (columns.aardRelatie ?? cur?.aardRelatie) === 'afzender' &&
        (await repo.hasAfzender(tx, doc.id, cur?.id))
      )
        throw fieldError('aardRelatie', 'unique', 'Het document is al van één afzender ontvangen.');
      const row = cur
        ? await repo.update(tx, cur.id, columns)
        : await repo.insert(tx, { ...columns, gemeenteCode: doc.gemeenteCode, informatieobjectId: doc.id });
      const after = await repo.find(tx, doc.gemeenteCode, row.id);
      await change(tx, call, doc, {
        resource: 'verzending',
        resourceId: row.id,
        actie: !cur ? 'create' : partial ? 'partial_update' : 'update',
        weergave: `${doc.identificatie} - ${row.aardRelatie}`,
        ...(existing ? { oud: view(existing) } : {}),
        ...(after ? { nieuw: view(after) } : {}),
      });
      return row.id;
    });
    const saved = await repo.find(db, call.client.gemeenteCode, id);
    if (!saved) throw notFound();
    return view(saved);
  }

  async function withExpand(call: ZgwCall, rows: repo.VerzendingRecord[], tree: ExpandTree) {
    const views = rows.map(view);
    await drcExpander(deps, call)('verzending', views, tree);
    return views;
  }

  return {
    async list(call: ZgwCall, q: Record<string, string | undefined>, number: number) {
      const tree = drcExpandTree(q.expand, 'verzending', 'list');
      const access = ioAccess(call.client, 'documenten.lezen', urls);
      const informatieobjectId =
        q.informatieobject === undefined
          ? undefined
          : (urls.idOf('enkelvoudiginformatieobject', q.informatieobject) ??
            '00000000-0000-0000-0000-000000000000');
      const { count, rows } = await repo.list(
        db,
        call.client.gemeenteCode,
        { aardRelatie: q.aardRelatie, informatieobjectId, betrokkene: q.betrokkene },
        access,
        { number, size: PAGE_SIZE },
      );
      return { count, results: await withExpand(call, rows, tree) };
    },
    async get(call: ZgwCall, id: string, expand: string | undefined) {
      const tree = drcExpandTree(expand, 'verzending', 'one');
      const [one] = await withExpand(call, [await visible(call, id, 'documenten.lezen')], tree);
      if (!one) throw notFound();
      return one;
    },
    create: (call: ZgwCall, body: unknown) => save(call, body, undefined, false),
    async update(call: ZgwCall, id: string, body: unknown, partial: boolean) {
      return save(call, body, await visible(call, id, 'documenten.bijwerken'), partial);
    },
    async destroy(call: ZgwCall, id: string) {
      const existing = await visible(call, id, 'documenten.verwijderen');
      await db.transaction(async (tx) => {
        const doc = await documentOf(
          tx,
          call,
          urls.url('enkelvoudiginformatieobject', existing.verzending.informatieobjectId),
          'documenten.verwijderen',
        );
        await repo.remove(tx, id);
        await change(tx, call, doc, {
          resource: 'verzending',
          resourceId: id,
          actie: 'destroy',
          weergave: `${doc.identificatie} - ${existing.verzending.aardRelatie}`,
          oud: view(existing),
        });
      });
    },
  };
}
