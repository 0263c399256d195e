import type { Db } from '../../platform/db/types.ts';
import type { AuditActor } from '../../platform/audit/audit.repository.ts';
import type { ZaaktypeDetails } from '../catalog/catalog.service.ts';
import type { Gemeente } from '../tenants/gemeente.service.ts';
import type * as repo from './cases.repository.ts';
import type { Kanaal } from './cases.schema.ts';
import type { Aanvraag, Betrokkene } from './aanvraag.ts';

/** A document that came with the application or an answer. */
export interface Bijlage {
  informatieobjecttype: string;
  titel: string;
  bestandsnaam: string;
  formaat: string;
  inhoud: Uint8Array;
}

export interface DocumentStore {
  store(
    tx: Db,
    actor: AuditActor,
    input: {
      gemeenteCode: string;
      bronorganisatie: string;
      zaakId: string;
      informatieobjecttypeId: string;
      titel: string;
      bestandsnaam: string;
      formaat: string;
      inhoud: Uint8Array;
      auteur: string;
      vertrouwelijkheidaanduiding: ZaaktypeDetails['zaaktype']['vertrouwelijkheidaanduiding'];
      berichtId?: string;
    },
  ): Promise<{ id: string }>;
}

/** What approval does beyond closing the case, by the names a product lists (e.g. 'brp.verhuizing'). */
export type Effect = (
  tx: Db,
  ctx: { zaak: repo.Zaak; rollen: repo.Rol[]; gemeente: Gemeente; actor: AuditActor; today: string },
) => Promise<void>;

export interface SubmitInput {
  gemeente: Gemeente;
  zaaktype: ZaaktypeDetails;
  kanaal: Kanaal;
  correspondentie: 'portaal' | 'post';
  aanvraag: Aanvraag;
  belanghebbenden: Betrokkene[];
  objecten: { objectType: string; relatieomschrijving: string; identificatie: Record<string, unknown> }[];
  eigenschappen: Record<string, string>;
  bijlagen: Bijlage[];
  omschrijving: string;
  actor: AuditActor;
  /** Runs first in the transaction, e.g. to take the draft the case is made from. */
  inTransaction?: (tx: Db) => Promise<void>;
}

/** The RSIN inside a government OIN (00000001 + RSIN + 000). */
export const rsinOf = (g: Pick<Gemeente, 'oin'>) => g.oin.slice(8, 17);
