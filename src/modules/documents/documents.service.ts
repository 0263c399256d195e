import type { Db } from '../../platform/db/types.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { writeAudit, type AuditActor } from '../../platform/audit/audit.repository.ts';
import type { Vertrouwelijkheid } from '../catalog/catalog.schema.ts';
import type { Correspondentieadres } from './documents.schema.ts';
import * as repo from './documents.repository.ts';

export type { DocumentContent, OpenVerzending, Verzending, ZaakDocument } from './documents.repository.ts';

export interface StoreDocument {
  gemeenteCode: string;
  /** RSIN of the organisation that made or received the document; numbering is per bronorganisatie. */
  bronorganisatie: string;
  zaakId: string;
  informatieobjecttypeId: string;
  titel: string;
  bestandsnaam: string;
  /** The media type checked from the content (see checkUpload), or of a generated letter. */
  formaat: string;
  inhoud: Uint8Array;
  auteur: string;
  vertrouwelijkheidaanduiding: Vertrouwelijkheid;
  /** The message the document came with, e.g. an answer to a request for information. */
  berichtId?: string;
  beschrijving?: string;
}

export interface NewVerzending {
  gemeenteCode: string;
  informatieobjectId: string;
  adres: Correspondentieadres;
  toelichting: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** 'YYYY-MM-DD' of a real calendar day ('2026-02-30' is not one). */
function isIsoDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/** Today's date in the Netherlands, whatever the server's time zone. */
function dutchDate(d: Date): string {
  const parts = new Intl.DateTimeFormat('en', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(d);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const created = { actie: 'create', actieWeergave: 'Object aangemaakt' } as const;
const updated = { actie: 'partial_update', actieWeergave: 'Object deels bijgewerkt' } as const;

export function documentsService(deps: { db: Db; today?: () => Date }) {
  const { db } = deps;
  const today = () => dutchDate((deps.today ?? (() => new Date()))());

  /**
   * Stores a document with its content on a zaak, and the audit rows, in `tx` (a savepoint
   * within it, so that a plain Db works too). Zaak and type must be the municipality's.
   */
  async function store(
    tx: Db,
    actor: AuditActor,
    input: StoreDocument,
  ): Promise<{ id: string; identificatie: string }> {
    const { gemeenteCode } = input;
    return tx.transaction(async (t) => {
      const zaak = await repo.findZaak(t, gemeenteCode, input.zaakId);
      if (!zaak) throw notFound('Zaak not found.');
      if (!(await repo.informatieobjecttypeExists(t, gemeenteCode, input.informatieobjecttypeId)))
        throw notFound('Informatieobjecttype not found.');
      const creatiedatum = today();
      const prefix = `DOC-${creatiedatum.slice(0, 4)}-`;
      const last = await repo.lockAndLastNumber(t, input.bronorganisatie, prefix);
      const identificatie = `${prefix}${String(last + 1).padStart(7, '0')}`;
      const values = {
        gemeenteCode,
        identificatie,
        bronorganisatie: input.bronorganisatie,
        informatieobjecttypeId: input.informatieobjecttypeId,
        titel: input.titel,
        beschrijving: input.beschrijving ?? '',
        bestandsnaam: input.bestandsnaam,
        formaat: input.formaat,
        bestandsomvang: input.inhoud.byteLength,
        creatiedatum,
        auteur: input.auteur,
        vertrouwelijkheidaanduiding: input.vertrouwelijkheidaanduiding,
      };
      const { id } = await repo.insertInformatieobject(t, values, input.inhoud);
      const link = await repo.insertZaakinformatieobject(t, {
        gemeenteCode,
        zaakId: zaak.id,
        informatieobjectId: id,
        titel: input.titel,
        beschrijving: input.beschrijving ?? '',
        berichtId: input.berichtId ?? null,
      });
      await writeAudit(t, actor, {
        ...created,
        gemeenteCode,
        bron: 'DRC',
        hoofdObjectId: id,
        resource: 'enkelvoudiginformatieobject',
        resourceId: id,
        resourceWeergave: identificatie,
        nieuw: { id, ...values },
      });
      await writeAudit(t, actor, {
        ...created,
        gemeenteCode,
        bron: 'ZRC',
        hoofdObjectId: zaak.id,
        resource: 'zaakinformatieobject',
        resourceId: link.id,
        resourceWeergave: `${zaak.identificatie} - ${identificatie}`,
        nieuw: { id: link.id, zaak: zaak.id, informatieobject: id, berichtId: input.berichtId ?? null },
      });
      return { id, identificatie };
    });
  }

  /** The documents of a zaak (metadata, no content), in the order they were added. */
  async function listForZaak(d: Db, gemeenteCode: string, zaakId: string): Promise<repo.ZaakDocument[]> {
    return UUID.test(zaakId) ? repo.listForZaak(d, gemeenteCode, zaakId) : [];
  }

  async function content(
    gemeenteCode: string,
    documentId: string,
  ): Promise<repo.DocumentContent | undefined> {
    return UUID.test(documentId) ? repo.findContent(db, gemeenteCode, documentId) : undefined;
  }

  /** Only when the document is on that zaak: for the applicant's download from Mijn zaken. */
  async function contentForZaak(
    gemeenteCode: string,
    zaakId: string,
    documentId: string,
  ): Promise<repo.DocumentContent | undefined> {
    if (!UUID.test(zaakId) || !UUID.test(documentId)) return undefined;
    return repo.findContent(db, gemeenteCode, documentId, zaakId);
  }

  /** Puts a letter in the queue to be printed and posted. */
  async function addVerzending(tx: Db, actor: AuditActor, input: NewVerzending): Promise<repo.Verzending> {
    const doc = UUID.test(input.informatieobjectId)
      ? await repo.findInformatieobject(tx, input.gemeenteCode, input.informatieobjectId)
      : undefined;
    if (!doc) throw notFound('Informatieobject not found.');
    const verzending = await repo.insertVerzending(tx, input);
    await writeAudit(tx, actor, {
      ...created,
      gemeenteCode: input.gemeenteCode,
      bron: 'DRC',
      hoofdObjectId: doc.id,
      resource: 'verzending',
      resourceId: verzending.id,
      resourceWeergave: `${doc.identificatie} - ${input.adres.naam}`,
      nieuw: { id: verzending.id, informatieobject: doc.id, toelichting: input.toelichting },
    });
    return verzending;
  }

  const openVerzendingen = (gemeenteCode: string): Promise<repo.OpenVerzending[]> =>
    repo.listOpenVerzendingen(db, gemeenteCode);

  /**
   * Records that a letter went out, on the verzending and on the document. Idempotent: a
   * verzending already sent keeps its date. Undefined when the municipality has no such verzending.
   */
  async function markVerzonden(
    actor: AuditActor,
    gemeenteCode: string,
    verzendingId: string,
    datum: string,
  ): Promise<repo.Verzending | undefined> {
    if (!isIsoDate(datum))
      throw invalid('Invalid date.', [{ name: 'datum', code: 'invalid', reason: 'Expected YYYY-MM-DD.' }]);
    if (!UUID.test(verzendingId)) return undefined;
    return db.transaction(async (tx) => {
      const marked = await repo.markVerzending(tx, gemeenteCode, verzendingId, datum);
      if (!marked) return repo.findVerzending(tx, gemeenteCode, verzendingId);
      const doc = await repo.findInformatieobject(tx, gemeenteCode, marked.informatieobjectId);
      if (!doc) throw new Error(`verzending ${marked.id} without its informatieobject`);
      await repo.setVerzenddatum(tx, gemeenteCode, doc.id, datum);
      const audit = { ...updated, gemeenteCode, bron: 'DRC', hoofdObjectId: doc.id } as const;
      await writeAudit(tx, actor, {
        ...audit,
        resource: 'verzending',
        resourceId: marked.id,
        resourceWeergave: `${doc.identificatie} - ${marked.adres.naam}`,
        oud: { verzenddatum: null },
        nieuw: { verzenddatum: datum },
      });
      await writeAudit(tx, actor, {
        ...audit,
        resource: 'enkelvoudiginformatieobject',
        resourceId: doc.id,
        resourceWeergave: doc.identificatie,
        oud: { verzenddatum: doc.verzenddatum },
        nieuw: { verzenddatum: datum },
      });
      return marked;
    });
  }

  return { store, listForZaak, content, contentForZaak, addVerzending, openVerzendingen, markVerzonden };
}

export type DocumentsService = ReturnType<typeof documentsService>;
