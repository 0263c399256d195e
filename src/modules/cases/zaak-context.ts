import type { Db } from '../../platform/db/types.ts';
import { isUuid } from '../../platform/ids.ts';
import { conflict, invalid, notFound } from '../../platform/errors.ts';
import { writeAudit, type AuditActor } from '../../platform/audit/audit.repository.ts';
import { dutchDate } from '../../platform/dates.ts';
import type { CatalogService, ZaaktypeDetails } from '../catalog/catalog.service.ts';
import type { Gemeente } from '../tenants/gemeente.service.ts';
import { deadlineOf } from './deadline.service.ts';
import * as repo from './cases.repository.ts';
import type { CaseLetters } from './letters.ts';
import type { ZaakEvents } from './zaak-events.ts';
import type { DocumentStore, Effect } from './zaak.types.ts';

/** What the case commands are built from (wired once in the composition root). */
export interface ZaakDeps {
  db: Db;
  catalog: CatalogService;
  documents: DocumentStore;
  letters: CaseLetters;
  events: ZaakEvents;
  effects: Record<string, Effect>;
  tenants: { byCode(code: string): Promise<Gemeente | undefined> };
  today?: () => Date;
}

/** The machinery every case command shares: clock, type lookups, status, deadline, locking. */
export function zaakContext(deps: ZaakDeps) {
  const { db, documents, letters, events } = deps;
  const now = () => (deps.today ?? (() => new Date()))();
  const today = () => dutchDate(now());

  const iotId = (zt: ZaaktypeDetails, omschrijving: string) => {
    const t = zt.informatieobjecttypen.find((i) => i.omschrijving === omschrijving);
    if (!t)
      throw invalid(`Zaaktype ${zt.zaaktype.identificatie} has no informatieobjecttype '${omschrijving}'.`);
    return t.id;
  };
  const statustype = (zt: ZaaktypeDetails, volgnummer: number) => {
    const s = zt.statustypen.find((st) => st.volgnummer === volgnummer);
    if (!s) throw invalid(`Zaaktype ${zt.zaaktype.identificatie} has no statustype ${volgnummer}.`);
    return s;
  };
  const roltype = (zt: ZaaktypeDetails, generiek: string) => {
    const r = zt.roltypen.find((rt) => rt.omschrijvingGeneriek === generiek);
    if (!r) throw invalid(`Zaaktype ${zt.zaaktype.identificatie} has no roltype '${generiek}'.`);
    return r;
  };
  const productOf = (zt: ZaaktypeDetails) => {
    const p = zt.zaaktype.product;
    if (!p) throw invalid(`Zaaktype ${zt.zaaktype.identificatie} has no product definition.`);
    return p;
  };

  async function setStatus(
    tx: Db,
    zaak: repo.Zaak,
    zt: ZaaktypeDetails,
    volgnummer: number,
    toelichting: string,
    actor: AuditActor,
  ) {
    const st = statustype(zt, volgnummer);
    const status = await repo.insertStatus(tx, {
      zaakId: zaak.id,
      gemeenteCode: zaak.gemeenteCode,
      statustypeId: st.id,
      datumStatusGezet: now(),
      statustoelichting: toelichting,
    });
    await writeAudit(tx, actor, {
      gemeenteCode: zaak.gemeenteCode,
      bron: 'ZRC',
      actie: 'create',
      actieWeergave: `Status gezet: ${st.omschrijving}`,
      hoofdObjectId: zaak.id,
      resource: 'status',
      resourceId: status.id,
      resourceWeergave: st.omschrijving,
      toelichting,
      nieuw: { statustype: st.omschrijving, datumStatusGezet: status.datumStatusGezet.toISOString() },
    });
    await events.zaak(tx, zaak, 'status', status.id, 'create');
  }

  /** Writes the deadline as the ledger now stands, so queues can sort on it. */
  async function refreshDeadline(tx: Db, zaak: repo.Zaak, zt: ZaaktypeDetails) {
    const d = deadlineOf(
      zaak,
      zt.zaaktype.doorlooptijd,
      await repo.opschortingenOf(tx, [zaak.id]),
      await repo.verlengingenOf(tx, [zaak.id]),
      today(),
    );
    if (d) await repo.updateZaak(tx, zaak.id, { uiterlijkeEinddatumAfdoening: d.uiterlijkeEinddatum });
  }

  /**
   * Reads what a command needs, then runs it in a transaction with the zaak row locked. The
   * catalogue and the municipality are read before: PGlite is one session, so a read on the
   * pool inside a transaction would wait for that transaction forever.
   */
  async function withZaak<T>(
    gemeenteCode: string,
    zaakId: string,
    run: (tx: Db, c: { zaak: repo.Zaak; zt: ZaaktypeDetails; gemeente: Gemeente }) => Promise<T>,
  ): Promise<T> {
    const found = isUuid(zaakId) ? await repo.findZaak(db, gemeenteCode, zaakId) : undefined;
    if (!found) throw notFound('Zaak niet gevonden.');
    const [zt, gemeente] = await Promise.all([
      deps.catalog.zaaktype(gemeenteCode, found.zaaktypeId),
      deps.tenants.byCode(gemeenteCode),
    ]);
    if (!zt || !gemeente) throw notFound('Zaak niet gevonden.');
    return db.transaction(async (tx) => {
      const zaak = await repo.findZaak(tx, gemeenteCode, zaakId, true);
      if (!zaak) throw notFound('Zaak niet gevonden.');
      return run(tx, { zaak, zt, gemeente });
    });
  }
  const open = (zaak: repo.Zaak) => {
    if (zaak.einddatum !== null) throw conflict('De zaak is al afgehandeld.');
  };

  return {
    db,
    documents,
    letters,
    events,
    deps,
    now,
    today,
    iotId,
    statustype,
    roltype,
    productOf,
    setStatus,
    refreshDeadline,
    withZaak,
    open,
  };
}

export type ZaakContext = ReturnType<typeof zaakContext>;
