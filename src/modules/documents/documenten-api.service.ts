import type { Db } from '../../platform/db/types.ts';
import { bestandsdelenService } from './bestandsdelen.service.ts';
import { drcChange, type Outbox, type ZgwCall } from './documenten-access.ts';
import { findInformatieobject } from './informatieobjecten.repository.ts';
import { findInformatieobjectByUrl, resolveInformatieobjecttype } from './documenten-refs.ts';
import { gebruiksrechtenService } from './gebruiksrechten.service.ts';
import { informatieobjectenReads } from './informatieobjecten-read.service.ts';
import { informatieobjectenWrites, type DrcDeps } from './informatieobjecten.service.ts';
import { objectinformatieobjectenService } from './objectinformatieobjecten.service.ts';
import { verzendingenService } from './verzendingen.service.ts';
import { drcBrcUrls } from './zgw-urls.ts';

/** Large files go in parts of this size; the content of each is a block of its own. */
export const PART_SIZE = 4 * 1024 * 1024;
/** A request with inline (base64) content: the JSON is held whole, so it stays modest. */
export const INLINE_LIMIT = 24 * 1024 * 1024;

/** The Documenten API's services, wired from what they use. */
export function documentenApi(deps: {
  db: Db;
  outbox: Outbox;
  fetch: typeof fetch;
  baseUrl: string;
  now?: () => Date;
  partSize?: number;
}) {
  const d: DrcDeps = {
    db: deps.db,
    outbox: deps.outbox,
    fetch: deps.fetch,
    urls: drcBrcUrls(deps.baseUrl),
    now: deps.now ?? (() => new Date()),
    partSize: deps.partSize ?? PART_SIZE,
  };
  const change = drcChange(d.outbox, d.urls);
  return {
    urls: d.urls,
    partSize: d.partSize,
    inlineLimit: INLINE_LIMIT,
    reads: informatieobjectenReads(d),
    writes: informatieobjectenWrites(d),
    locks: bestandsdelenService(d),
    gebruiksrechten: gebruiksrechtenService(d),
    verzendingen: verzendingenService(d),
    objectinformatieobjecten: objectinformatieobjectenService(d),
    /** For the Zaken and Besluiten APIs: a document of the municipality by its URL (else undefined). */
    findByUrl: (db: Db, gemeenteCode: string, url: string) =>
      findInformatieobjectByUrl({ db, urls: d.urls }, gemeenteCode, url),
    resolveInformatieobjecttype: (gemeenteCode: string, url: string) =>
      resolveInformatieobjecttype(d, gemeenteCode, url),
    /**
     * For the Zaken API, in its transaction: the documents' side of a zaakinformatieobject made or
     * removed. The objectinformatieobject itself needs nothing (it is read from the same row);
     * this writes its row in the document's audit trail (bron DRC).
     */
    async objectinformatieobjectGewijzigd(
      tx: Db,
      call: Pick<ZgwCall, 'actor' | 'toelichting'>,
      r: {
        gemeenteCode: string;
        informatieobjectId: string;
        relatieId: string;
        actie: 'create' | 'destroy';
        weergave: string;
      },
    ): Promise<void> {
      const doc = await findInformatieobject(tx, r.gemeenteCode, r.informatieobjectId);
      if (!doc) return;
      await change(tx, call, doc, {
        resource: 'objectinformatieobject',
        resourceId: r.relatieId,
        actie: r.actie,
        weergave: r.weergave,
      });
    },
  };
}

export type DocumentenApi = ReturnType<typeof documentenApi>;
