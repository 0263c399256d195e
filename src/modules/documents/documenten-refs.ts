import type { Db } from '../../platform/db/types.ts';
import { VERTROUWELIJKHEID, type Vertrouwelijkheid } from '../catalog/catalog.schema.ts';
import * as repo from './informatieobjecten.repository.ts';
import { fieldError } from './zgw-input.ts';
import { fetchResource, type DrcBrcUrls } from './zgw-urls.ts';

export interface InformatieobjecttypeRef {
  url: string;
  /** Set for a type of the municipality's own catalogue. */
  id: string | null;
  catalogusId: string | null;
  omschrijving: string;
  vertrouwelijkheidaanduiding: Vertrouwelijkheid;
}

const isVertrouwelijkheid = (v: unknown): v is Vertrouwelijkheid =>
  typeof v === 'string' && (VERTROUWELIJKHEID as readonly string[]).includes(v);

/**
 * drc-001: the informatieobjecttype must exist (in the municipality's own catalogue, or
 * fetched from another register), be an informatieobjecttype, and be published.
 */
export async function resolveInformatieobjecttype(
  deps: { db: Db; fetch: typeof fetch; urls: DrcBrcUrls },
  gemeenteCode: string,
  url: string,
  field = 'informatieobjecttype',
): Promise<InformatieobjecttypeRef> {
  const bad = () =>
    fieldError(field, 'bad-url', 'De URL verwijst niet naar een (bestaand) informatieobjecttype.');
  if (deps.urls.isOwn(url)) {
    const id = deps.urls.idOf('informatieobjecttype', url);
    const row = id ? await repo.findInformatieobjecttype(deps.db, gemeenteCode, id) : undefined;
    if (!row) throw bad();
    if (row.concept) throw fieldError(field, 'not-published', 'Het informatieobjecttype is nog een concept.');
    return { url, ...row };
  }
  const json = await fetchResource(deps.fetch, url);
  if (!json) throw bad();
  if (typeof json.omschrijving !== 'string' || !isVertrouwelijkheid(json.vertrouwelijkheidaanduiding))
    throw fieldError(field, 'invalid-resource', 'De URL verwijst niet naar een informatieobjecttype.');
  if (json.concept !== false)
    throw fieldError(field, 'not-published', 'Het informatieobjecttype is nog een concept.');
  return {
    url,
    id: null,
    catalogusId: null,
    omschrijving: json.omschrijving,
    vertrouwelijkheidaanduiding: json.vertrouwelijkheidaanduiding,
  };
}

/**
 * A document of the municipality by its Documenten API URL, for the registers that relate
 * objects to documents (zaak- and besluitinformatieobjecten): undefined unless it is one of
 * Loket's own documents of that municipality.
 */
export async function findInformatieobjectByUrl(
  deps: { db: Db; urls: DrcBrcUrls },
  gemeenteCode: string,
  url: string,
): Promise<repo.IoRow | undefined> {
  const id = deps.urls.idOf('enkelvoudiginformatieobject', url);
  return id ? repo.findInformatieobject(deps.db, gemeenteCode, id) : undefined;
}
