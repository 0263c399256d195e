import type { Db } from '../../platform/db/types.ts';
import { fieldError } from '../documents/zgw-input.ts';
import { fetchResource, type DrcBrcUrls } from '../documents/zgw-urls.ts';
import * as repo from './besluiten.repository.ts';

interface RefDeps {
  db: Db;
  fetch: typeof fetch;
  urls: DrcBrcUrls;
}

export interface BesluittypeRef {
  url: string;
  id: string | null;
  /** Of a besluittype elsewhere: the informatieobjecttypen (URLs) it lists. */
  informatieobjecttypen: string[];
}

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** brc-001: the besluittype must exist (own catalogue or fetched), be a besluittype, and be published. */
export async function resolveBesluittype(
  deps: RefDeps,
  gemeenteCode: string,
  url: string,
): Promise<BesluittypeRef> {
  const bad = () =>
    fieldError('besluittype', 'bad-url', 'De URL verwijst niet naar een (bestaand) besluittype.');
  if (deps.urls.isOwn(url)) {
    const id = deps.urls.idOf('besluittype', url);
    const row = id ? await repo.findBesluittype(deps.db, gemeenteCode, id) : undefined;
    if (!row) throw bad();
    if (row.concept) throw fieldError('besluittype', 'not-published', 'Het besluittype is nog een concept.');
    return { url, id: row.id, informatieobjecttypen: [] };
  }
  const json = await fetchResource(deps.fetch, url);
  if (!json) throw bad();
  if (typeof json.catalogus !== 'string' || typeof json.publicatieIndicatie !== 'boolean')
    throw fieldError('besluittype', 'invalid-resource', 'De URL verwijst niet naar een besluittype.');
  if (json.concept !== false)
    throw fieldError('besluittype', 'not-published', 'Het besluittype is nog een concept.');
  return { url, id: null, informatieobjecttypen: strings(json.informatieobjecttypen) };
}

export type ZaakRef =
  | { kind: 'own'; zaak: NonNullable<Awaited<ReturnType<typeof repo.findZaak>>> }
  | { kind: 'remote'; url: string; zaaktype: string };

/** The zaak of a besluit: one of the municipality's own, or one fetched from another Zaken API. */
export async function resolveZaak(deps: RefDeps, gemeenteCode: string, url: string): Promise<ZaakRef> {
  const bad = () => fieldError('zaak', 'bad-url', 'De URL verwijst niet naar een (bestaande) zaak.');
  if (deps.urls.isOwn(url)) {
    const id = deps.urls.idOf('zaak', url);
    const zaak = id ? await repo.findZaak(deps.db, gemeenteCode, id) : undefined;
    if (!zaak) throw bad();
    return { kind: 'own', zaak };
  }
  const json = await fetchResource(deps.fetch, url);
  if (!json) throw bad();
  if (typeof json.zaaktype !== 'string' || typeof json.bronorganisatie !== 'string')
    throw fieldError('zaak', 'invalid-resource', 'De URL verwijst niet naar een zaak.');
  return { kind: 'remote', url, zaaktype: json.zaaktype };
}

/** brc-007: the besluittype must be one of the zaak's zaaktype's besluittypen. */
export async function assertBesluittypeOfZaak(
  deps: RefDeps,
  zaak: ZaakRef,
  type: BesluittypeRef,
): Promise<void> {
  let allowed: boolean;
  if (zaak.kind === 'own') {
    allowed =
      type.id !== null && (await repo.zaaktypeAllowsBesluittype(deps.db, zaak.zaak.zaaktypeId, type.id));
  } else {
    const zaaktype = await fetchResource(deps.fetch, zaak.zaaktype);
    allowed = strings(zaaktype?.besluittypen).includes(type.url);
  }
  if (!allowed)
    throw fieldError(
      'nonFieldErrors',
      'zaaktype-mismatch',
      'Het besluittype hoort niet bij het zaaktype van de zaak.',
    );
}

/** brc-008: the document's informatieobjecttype must be one of the besluittype's informatieobjecttypen. */
export async function assertInformatieobjecttypeOfBesluittype(
  deps: RefDeps,
  besluittype: { id: string | null; url: string },
  iot: { id: string | null; url: string },
): Promise<void> {
  let allowed: boolean;
  if (besluittype.id !== null) {
    allowed =
      iot.id !== null && (await repo.besluittypeAllowsInformatieobjecttype(deps.db, besluittype.id, iot.id));
  } else {
    const json = await fetchResource(deps.fetch, besluittype.url);
    allowed = strings(json?.informatieobjecttypen).includes(iot.url);
  }
  if (!allowed)
    throw fieldError(
      'nonFieldErrors',
      'missing-besluittype-informatieobjecttype-relation',
      'Het informatieobjecttype hoort niet bij het besluittype.',
    );
}
