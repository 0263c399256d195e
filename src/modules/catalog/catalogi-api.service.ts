import type { Db } from '../../platform/db/types.ts';
import { dutchDate } from '../../platform/dates.ts';
import { forbidden } from '../../platform/errors.ts';
import { hasScope, type ZgwClient } from '../zgw/zgw-auth.ts';
import { zaaktypeHasBesluittype, zaaktypeHasInformatieobjecttype } from './catalog.repository.ts';
import * as repo from './catalogi-api.repository.ts';
import * as sub from './catalogi-subtypes.repository.ts';
import { loadEindVolgnummers } from './catalogi-context.repository.ts';
import { catalogiReads, type Query } from './catalogi-read.service.ts';
import { catalogiViews } from './catalogi-views.service.ts';
import { catalogiWrites } from './catalogi-write.service.ts';
import { catalogiSubtypeWrites } from './catalogi-subtypes.service.ts';
import { writeSupport, type Mode, type ZtcOutbox } from './catalogi-write.support.ts';
import { expand, expandPaths } from './catalogi-expand.ts';
import { queryDate } from './catalogi-api.validate.ts';
import { selectielijstClient } from './selectielijst.ts';
import { ZTC_RESOURCES, ztcUrls, type ZtcResource } from './catalogi.urls.ts';

export const PAGE_SIZE = repo.PAGE_SIZE;
export type { Mode, Query };

/** What an operation needs: read, write (create, update, publish) or remove. */
export type ZtcNeed = 'lezen' | 'aanmaken' | 'schrijven' | 'verwijderen';

/**
 * The scopes of the Catalogi API (type-less grants). ztc-014: a client that may read zaken or
 * documenten may read the catalogue too. Corrections and forced removal have their own scopes.
 */
export function requireZtcScope(c: ZgwClient, need: ZtcNeed) {
  const has = (s: string) => hasScope(c, 'ztc', `catalogi.${s}`);
  const ok =
    need === 'lezen'
      ? has('lezen') || hasScope(c, 'zrc', 'zaken.lezen') || hasScope(c, 'drc', 'documenten.lezen')
      : need === 'aanmaken'
        ? has('schrijven')
        : need === 'schrijven'
          ? has('schrijven') || has('geforceerd-schrijven')
          : has('schrijven') || has('geforceerd-verwijderen');
  if (!ok) throw forbidden(`Scope catalogi.${need === 'lezen' ? 'lezen' : 'schrijven'} ontbreekt.`);
}

const VERSIONED = ['zaaktype', 'informatieobjecttype', 'besluittype'] as const;
type Versioned = (typeof VERSIONED)[number];
const isVersioned = (r: ZtcResource): r is Versioned => (VERSIONED as readonly string[]).includes(r);

/**
 * The Catalogi API 1.3.3 over Loket's catalogue: the same zaaktypen the portal and the back
 * office use. Also the lookups the Zaken, Documenten and Besluiten APIs check their input with.
 */
export function catalogiApiService(deps: {
  db: Db;
  baseUrl: string;
  fetch: typeof fetch;
  events: ZtcOutbox;
  today?: () => Date;
}) {
  const { db } = deps;
  const urls = ztcUrls(deps.baseUrl);
  const today = () => dutchDate((deps.today ?? (() => new Date()))());
  const views = catalogiViews(db, urls);
  const reads = catalogiReads(db, urls, views);
  const writeDeps = { db, urls, selectielijst: selectielijstClient(deps.fetch), events: deps.events, today };
  const support = writeSupport(writeDeps);
  const writes = catalogiWrites(writeDeps, support);
  const subtypeWrites = catalogiSubtypeWrites(writeDeps, support);
  const datumOf = (q: Query) => queryDate('datumGeldigheid', q.datumGeldigheid) ?? today();

  /** Any object of ours by URL, as JSON; other URLs (the Selectielijst's) fetched. */
  async function objectByUrl(
    gemeenteCode: string,
    url: string,
    datum = today(),
  ): Promise<object | undefined> {
    for (const r of Object.keys(ZTC_RESOURCES) as ZtcResource[]) {
      const id = urls.id(r, url);
      if (id) return reads.find(gemeenteCode, r, id, datum);
    }
    if (url.startsWith(urls.root)) return undefined;
    const res = await deps.fetch(url, { headers: { accept: 'application/json' } }).catch(() => undefined);
    return res?.status === 200
      ? ((await res.json().catch(() => undefined)) as object | undefined)
      : undefined;
  }

  const idIn = (r: ZtcResource, url: string) => urls.id(r, url);

  return {
    urls,
    today,

    list: (c: ZgwClient, r: ZtcResource, q: Query, page: number) =>
      reads.list(c.gemeenteCode, r, q, page, today()),

    get: (c: ZgwClient, r: ZtcResource, id: string, q: Query = {}) =>
      reads.get(c.gemeenteCode, r, id, datumOf(q)),

    /** `expand` on one or more results of a request. */
    async expand(c: ZgwClient, results: object[], q: Query): Promise<object[]> {
      const paths = expandPaths(q.expand);
      if (paths.length === 0) return results;
      const seen = new Map<string, Promise<object | undefined>>();
      const resolve = (url: string) => {
        if (!seen.has(url)) seen.set(url, objectByUrl(c.gemeenteCode, url, datumOf(q)));
        return seen.get(url)!;
      };
      return Promise.all(results.map((o) => expand(o as Record<string, unknown>, paths, resolve)));
    },

    /** Creates or changes an object; its id. */
    save(c: ZgwClient, requestId: string, r: ZtcResource, mode: Mode, body: unknown, id?: string) {
      if (r === 'catalogus') return writes.saveCatalogus(c, requestId, mode, body, id);
      if (r === 'zaaktype') return writes.saveZaaktype(c, requestId, mode, body, id);
      if (r === 'informatieobjecttype') return writes.saveInformatieobjecttype(c, requestId, mode, body, id);
      if (r === 'besluittype') return writes.saveBesluittype(c, requestId, mode, body, id);
      return subtypeWrites.save(c, requestId, r, mode, body, id);
    },

    remove(c: ZgwClient, requestId: string, r: Exclude<ZtcResource, 'catalogus'>, id: string) {
      return isVersioned(r) ? writes.remove(c, requestId, r, id) : subtypeWrites.remove(c, requestId, r, id);
    },

    publish: (c: ZgwClient, requestId: string, r: Versioned, id: string) =>
      writes.publish(c, requestId, r, id),

    // Lookups for the other APIs: a URL of ours to the row, within one municipality.

    objectByUrl,

    async zaaktypeByUrl(gemeenteCode: string, url: string) {
      const id = idIn('zaaktype', url);
      return id ? repo.findZaaktype(db, gemeenteCode, id) : undefined;
    },

    /** A statustype with its zaaktype, and whether it is the eindstatus (the highest volgnummer). */
    async statustypeByUrl(gemeenteCode: string, url: string) {
      const id = idIn('statustype', url);
      const s = id ? await sub.findSubtype(db, 'statustype', gemeenteCode, id) : undefined;
      if (!s) return undefined;
      const eind = (await loadEindVolgnummers(db, [s.zaaktype.id])).get(s.zaaktype.id);
      return { ...s, isEindstatus: s.row.volgnummer === eind };
    },

    /** A resultaattype (archiefnominatie, archiefactietermijn, brondatumArchiefprocedure) with its zaaktype. */
    async resultaattypeByUrl(gemeenteCode: string, url: string) {
      const id = idIn('resultaattype', url);
      return id ? sub.findSubtype(db, 'resultaattype', gemeenteCode, id) : undefined;
    },

    async roltypeByUrl(gemeenteCode: string, url: string) {
      const id = idIn('roltype', url);
      return id ? sub.findSubtype(db, 'roltype', gemeenteCode, id) : undefined;
    },

    async eigenschapByUrl(gemeenteCode: string, url: string) {
      const id = idIn('eigenschap', url);
      return id ? sub.findSubtype(db, 'eigenschap', gemeenteCode, id) : undefined;
    },

    async informatieobjecttypeByUrl(gemeenteCode: string, url: string) {
      const id = idIn('informatieobjecttype', url);
      return id ? repo.findInformatieobjecttype(db, gemeenteCode, id) : undefined;
    },

    async besluittypeByUrl(gemeenteCode: string, url: string) {
      const id = idIn('besluittype', url);
      return id ? repo.findBesluittype(db, gemeenteCode, id) : undefined;
    },

    /** zrc/drc: is the informatieobjecttype (any version, by omschrijving) one of the zaaktype's? */
    zaaktypeHasInformatieobjecttype: (zaaktypeId: string, informatieobjecttypeId: string) =>
      zaaktypeHasInformatieobjecttype(db, zaaktypeId, informatieobjecttypeId),

    /** brc: is the besluittype (any version, by omschrijving) possible in the zaaktype? */
    zaaktypeHasBesluittype: (zaaktypeId: string, besluittypeId: string) =>
      zaaktypeHasBesluittype(db, zaaktypeId, besluittypeId),
  };
}
export type CatalogiApiService = ReturnType<typeof catalogiApiService>;
