import type { Db } from '../../platform/db/types.ts';
import { isUuid } from '../../platform/ids.ts';
import { auditOf } from '../../platform/audit/audit.repository.ts';
import { dutchDate } from '../../platform/dates.ts';
import type { CatalogService, ZaaktypeDetails } from '../catalog/catalog.service.ts';
import type { DeadlineResult } from './deadline/ledger.ts';
import { deadlineOf } from './deadline.service.ts';
import * as repo from './cases.repository.ts';
import type { Actor, ProcessingLogService } from '../registries/processing-log.service.ts';

/** A document on a case as lists show it (no content). */
export interface DocumentRegel {
  id: string;
  titel: string;
  bestandsnaam: string;
  formaat: string;
  bestandsomvang: number;
  berichtId: string | null;
  registratiedatum: Date;
}

export interface ZaakView {
  zaak: repo.Zaak;
  zt: ZaaktypeDetails;
  statussen: Awaited<ReturnType<typeof repo.statusHistory>>;
  rollen: repo.Rol[];
  berichten: repo.Bericht[];
  documenten: DocumentRegel[];
  deadline: DeadlineResult | null;
  resultaat: { omschrijving: string; toelichting: string } | null;
  openVerzoek: repo.Bericht | undefined;
}

export function zaakViews(deps: {
  db: Db;
  catalog: CatalogService;
  documenten: (db: Db, gemeenteCode: string, zaakId: string) => Promise<DocumentRegel[]>;
  processingLog: ProcessingLogService;
  today?: () => Date;
}) {
  const { db } = deps;
  const today = () => dutchDate((deps.today ?? (() => new Date()))());

  async function view(zaak: repo.Zaak): Promise<ZaakView | undefined> {
    const zt = await deps.catalog.zaaktype(zaak.gemeenteCode, zaak.zaaktypeId);
    if (!zt) return undefined;
    const [statussen, rollen, berichten, documenten, opschortingen, verlengingen, res] = await Promise.all([
      repo.statusHistory(db, zaak.id),
      repo.rollenOf(db, zaak.id),
      repo.berichtenOf(db, zaak.id),
      deps.documenten(db, zaak.gemeenteCode, zaak.id),
      repo.opschortingenOf(db, [zaak.id]),
      repo.verlengingenOf(db, [zaak.id]),
      repo.resultaatOf(db, zaak.id),
    ]);
    const rt = res ? zt.resultaattypen.find((r) => r.id === res.resultaattypeId) : undefined;
    return {
      zaak,
      zt,
      statussen,
      rollen,
      berichten,
      documenten,
      deadline: zaak.einddatum
        ? null
        : deadlineOf(zaak, zt.zaaktype.doorlooptijd, opschortingen, verlengingen, today()),
      resultaat: res && rt ? { omschrijving: rt.omschrijving, toelichting: res.toelichting } : null,
      openVerzoek: berichten.find((b) => b.verzoek && !b.beantwoord),
    };
  }

  return {
    /** Mijn zaken: the citizen's cases in every municipality, newest first. */
    async mijnZaken(bsn: string) {
      const rows = await repo.zakenVanBsn(db, bsn);
      const ids = rows.map((r) => r.zaak.id);
      const [ops, vls] = await Promise.all([repo.opschortingenOf(db, ids), repo.verlengingenOf(db, ids)]);
      return Promise.all(
        rows
          .sort((a, b) => b.zaak.createdAt.getTime() - a.zaak.createdAt.getTime())
          .map(async (r) => {
            const zt = await deps.catalog.zaaktype(r.zaak.gemeenteCode, r.zaak.zaaktypeId);
            const deadline =
              r.zaak.einddatum || !zt
                ? null
                : deadlineOf(
                    r.zaak,
                    zt.zaaktype.doorlooptijd,
                    ops.filter((o) => o.zaakId === r.zaak.id),
                    vls.filter((v) => v.zaakId === r.zaak.id),
                    today(),
                  );
            return { ...r, deadline };
          }),
      );
    },

    /** One of the citizen's own cases; anyone else's looks missing. */
    async mijnZaak(bsn: string, zaakId: string): Promise<ZaakView | undefined> {
      const zaak = isUuid(zaakId) ? await repo.findZaakById(db, zaakId) : undefined;
      if (!zaak || !(await repo.isBetrokkene(db, zaak.id, bsn))) return undefined;
      return view(zaak);
    },

    /** A case of the employee's municipality, with its audit trail; the read is logged. */
    async voorMedewerker(gemeenteCode: string, zaakId: string, actor: Actor) {
      const zaak = isUuid(zaakId) ? await repo.findZaak(db, gemeenteCode, zaakId) : undefined;
      if (!zaak) return undefined;
      const v = await view(zaak);
      if (!v) return undefined;
      const [objecten, eigenschappen, audit, opschortingen, verlengingen] = await Promise.all([
        repo.objectenOf(db, zaak.id),
        repo.eigenschappenOf(db, zaak.id),
        auditOf(db, zaak.id),
        repo.opschortingenOf(db, [zaak.id]),
        repo.verlengingenOf(db, [zaak.id]),
      ]);
      await deps.processingLog.log({
        activiteit: 'zaak-behandelen',
        naam: 'backoffice.zaak',
        actor: { ...actor, gemeenteCode },
        bsns: v.rollen.flatMap((r) => (r.bsn ? [r.bsn] : [])),
        attributes: { zaak: zaak.identificatie },
      });
      return { ...v, objecten, eigenschappen, audit, opschortingen, verlengingen };
    },

    /** The work queue with the days left on each deadline. */
    async werkvoorraad(gemeenteCode: string, filter: repo.QueueFilter) {
      const rows = await repo.werkvoorraad(db, gemeenteCode, filter);
      const ids = rows.map((r) => r.zaak.id);
      const [ops, vls] = await Promise.all([repo.opschortingenOf(db, ids), repo.verlengingenOf(db, ids)]);
      const termijnen = new Map<string, string>();
      return Promise.all(
        rows.map(async (r) => {
          let termijn = termijnen.get(r.zaak.zaaktypeId);
          if (termijn === undefined) {
            termijn =
              (await deps.catalog.zaaktype(gemeenteCode, r.zaak.zaaktypeId))?.zaaktype.doorlooptijd ?? 'P8W';
            termijnen.set(r.zaak.zaaktypeId, termijn);
          }
          const deadline = r.zaak.einddatum
            ? null
            : deadlineOf(
                r.zaak,
                termijn,
                ops.filter((o) => o.zaakId === r.zaak.id),
                vls.filter((v) => v.zaakId === r.zaak.id),
                today(),
              );
          return { ...r, deadline };
        }),
      );
    },
  };
}

export type ZaakViews = ReturnType<typeof zaakViews>;
