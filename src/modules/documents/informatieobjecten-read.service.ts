import { Readable } from 'node:stream';
import type { Db } from '../../platform/db/types.ts';
import { notFound } from '../../platform/errors.ts';
import { requireScope } from '../zgw/zgw-auth.ts';
import { ioAccess, mayOnIo, requireOnIo, type ZgwCall } from './documenten-access.ts';
import { drcExpander, drcExpandTree } from './documenten-expand.ts';
import * as content from './inhoud.repository.ts';
import { EioZoek } from './informatieobjecten.input.ts';
import * as repo from './informatieobjecten.repository.ts';
import type { DrcDeps } from './informatieobjecten.service.ts';
import { auditView, eioView, type EioJson } from './informatieobjecten.view.ts';
import { parseBody } from './zgw-input.ts';
import type { ExpandTree } from './zgw-expand.ts';
import { isUuid } from './zgw-urls.ts';

export const PAGE_SIZE = 100;

export interface EioListQuery {
  identificatie?: string | undefined;
  bronorganisatie?: string | undefined;
  object?: string | undefined;
  objectType?: string | undefined;
  trefwoorden?: string | undefined;
  expand?: string | undefined;
}

export interface VersionQuery {
  versie?: string | undefined;
  registratieOp?: string | undefined;
}

const RESOURCE_COLLECTION: Record<
  string,
  'enkelvoudiginformatieobject' | 'gebruiksrechten' | 'verzending' | 'objectinformatieobject'
> = {
  enkelvoudiginformatieobject: 'enkelvoudiginformatieobject',
  gebruiksrechten: 'gebruiksrechten',
  verzending: 'verzending',
  objectinformatieobject: 'objectinformatieobject',
};

export function informatieobjectenReads(deps: DrcDeps) {
  const { db, urls } = deps;

  /** A zaak or besluit of Loket's own, or any other URL. */
  const objectRef = (u: string): repo.ObjectRef => {
    const zaak = urls.idOf('zaak', u);
    if (zaak) return { kind: 'zaak', id: zaak };
    const besluit = urls.idOf('besluit', u);
    return besluit ? { kind: 'besluit', id: besluit } : { kind: 'url', url: u };
  };

  async function withExpand(call: ZgwCall, rows: repo.IoRow[], tree: ExpandTree) {
    const parts = await repo.partsOf(
      db,
      rows.map((r) => r.id),
    );
    const views: (EioJson & { _expand?: Record<string, unknown> })[] = rows.map((r) =>
      eioView(urls, r, parts),
    );
    await drcExpander(deps, call)('enkelvoudiginformatieobject', views, tree);
    return views;
  }

  async function page(call: ZgwCall, f: repo.IoFilter, expand: string | undefined, number: number) {
    const tree = drcExpandTree(expand, 'enkelvoudiginformatieobject', 'list');
    const access = ioAccess(call.client, 'documenten.lezen', urls);
    const { count, rows } = await repo.listInformatieobjecten(db, call.client.gemeenteCode, f, access, {
      number,
      size: PAGE_SIZE,
    });
    return { count, results: await withExpand(call, rows, tree) };
  }

  /** The version asked for (by number or moment), or the latest; 404 for one that does not exist. */
  async function version(d: Db, cur: repo.IoRow, q: VersionQuery): Promise<repo.IoRow> {
    if (q.versie !== undefined) {
      const n = Number(q.versie);
      if (!Number.isInteger(n) || n < 1) throw notFound('Versie niet gevonden.');
      if (n === cur.versie) return cur;
      const found = n < cur.versie ? await repo.findVersion(d, cur.id, { versie: n }) : undefined;
      if (!found) throw notFound('Versie niet gevonden.');
      return found;
    }
    if (q.registratieOp !== undefined) {
      const at = new Date(q.registratieOp);
      if (Number.isNaN(at.getTime())) throw notFound('Versie niet gevonden.');
      if (cur.beginRegistratie <= at) return cur;
      const found = await repo.findVersion(d, cur.id, { registratieOp: at });
      if (!found) throw notFound('Versie niet gevonden.');
      return found;
    }
    return cur;
  }

  async function readable(call: ZgwCall, id: string, scope: string): Promise<repo.IoRow> {
    requireScope(call.client, 'drc', scope);
    const row = isUuid(id) ? await repo.findInformatieobject(db, call.client.gemeenteCode, id) : undefined;
    return requireOnIo(call, scope, urls, row);
  }

  return {
    list: (call: ZgwCall, q: EioListQuery, number: number) =>
      page(
        call,
        {
          identificatie: q.identificatie,
          bronorganisatie: q.bronorganisatie,
          object: q.object !== undefined ? objectRef(q.object) : undefined,
          objectType: q.objectType,
          trefwoorden: q.trefwoorden
            ?.split(',')
            .map((t) => t.trim())
            .filter((t) => t !== ''),
        },
        q.expand,
        number,
      ),

    /** _zoek: the list by uuid__in (and identificatie, bronorganisatie). */
    async zoek(call: ZgwCall, body: unknown, number: number) {
      const z = parseBody(EioZoek, body);
      return page(
        call,
        {
          ids: z.uuid__in.map((u) => u.toLowerCase()),
          identificatie: z.identificatie,
          bronorganisatie: z.bronorganisatie,
        },
        z.expand,
        number,
      );
    },

    async get(call: ZgwCall, id: string, q: VersionQuery & { expand?: string | undefined }) {
      const tree = drcExpandTree(q.expand, 'enkelvoudiginformatieobject', 'one');
      const cur = await readable(call, id, 'documenten.lezen');
      const row = await version(db, cur, q);
      const [view] = await withExpand(call, [row], tree);
      if (!view) throw notFound();
      // Earlier versions have no parts pending: those belong to the latest.
      if (row !== cur) view.bestandsdelen = [];
      if (tree.has('informatieobjecttype') && !view._expand?.informatieobjecttype)
        throw notFound('Informatieobjecttype niet op te halen.');
      return view;
    },

    /** The content of the version asked for, streamed block by block: never the whole file in memory. */
    async download(call: ZgwCall, id: string, q: VersionQuery) {
      const cur = await readable(call, id, 'documenten.lezen');
      const row = await version(db, cur, q);
      const inhoudVersie = row.inhoudVersie;
      if (inhoudVersie === null) throw notFound('Het document heeft (nog) geen inhoud.');
      const blocks = await content.blockCount(db, id, inhoudVersie);
      const stream =
        blocks > 0
          ? Readable.from(
              (async function* () {
                for (let n = 1; n <= blocks; n++) {
                  const block = await content.readBlock(db, id, inhoudVersie, n);
                  if (block) yield block;
                }
              })(),
            )
          : Readable.from(
              (async function* () {
                const stored = await content.readStoredContent(db, id);
                if (stored) yield stored;
              })(),
            );
      return { stream, bestandsnaam: row.bestandsnaam, bestandsomvang: row.bestandsomvang };
    },

    async audittrail(call: ZgwCall, id: string, auditId?: string) {
      requireScope(call.client, 'drc', 'audittrails.lezen');
      const row = isUuid(id) ? await repo.findInformatieobject(db, call.client.gemeenteCode, id) : undefined;
      // The list has no 404 in the spec: the trail of a document one cannot see (or that is gone) is empty.
      if (!row || !mayOnIo(call.client, 'audittrails.lezen', urls, row)) {
        if (auditId === undefined) return [];
        throw notFound();
      }
      if (auditId !== undefined && !isUuid(auditId)) throw notFound();
      const rows = await repo.auditTrailOf(db, call.client.gemeenteCode, id, auditId);
      return rows.map((a) =>
        auditView(urls, 'enkelvoudiginformatieobject', a, (resource, rid) =>
          urls.url(RESOURCE_COLLECTION[resource] ?? 'enkelvoudiginformatieobject', rid),
        ),
      );
    },
  };
}
