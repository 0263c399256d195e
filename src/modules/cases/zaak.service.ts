import type { Db } from '../../platform/db/types.ts';
import { isUuid } from '../../platform/ids.ts';
import { conflict, invalid, notFound } from '../../platform/errors.ts';
import { writeAudit, type AuditActor } from '../../platform/audit/audit.repository.ts';
import { dutchDate } from '../../platform/dates.ts';
import type { CatalogService, ZaaktypeDetails } from '../catalog/catalog.service.ts';
import type { Gemeente } from '../tenants/gemeente.service.ts';
import { parseTermijn, termEnd } from './deadline/term.ts';
import { deadlineOf } from './deadline.service.ts';
import * as repo from './cases.repository.ts';
import type { Kanaal } from './cases.schema.ts';
import type { Aanvraag, Betrokkene } from './aanvraag.ts';
import type { CaseLetters } from './letters.ts';
import type { ZaakEvents } from './zaak-events.ts';

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

export function zaakCommands(deps: {
  db: Db;
  catalog: CatalogService;
  documents: DocumentStore;
  letters: CaseLetters;
  events: ZaakEvents;
  effects: Record<string, Effect>;
  tenants: { byCode(code: string): Promise<Gemeente | undefined> };
  today?: () => Date;
}) {
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
    /** Registers a case from an application, with everything it needs, in one transaction. */
    async submit(input: SubmitInput): Promise<repo.Zaak> {
      const { gemeente, zaaktype: zt, actor, aanvraag } = input;
      const product = productOf(zt);
      const registratiedatum = today();
      return db.transaction(async (tx) => {
        await input.inTransaction?.(tx);
        const nummer = await repo.nextZaakNummer(tx, gemeente.code, Number(registratiedatum.slice(0, 4)));
        const identificatie = `ZAAK-${registratiedatum.slice(0, 4)}-${String(nummer).padStart(7, '0')}`;
        const servicenorm = zt.zaaktype.servicenorm;
        let zaak = await repo.insertZaak(tx, {
          gemeenteCode: gemeente.code,
          identificatie,
          bronorganisatie: rsinOf(gemeente),
          verantwoordelijkeOrganisatie: rsinOf(gemeente),
          zaaktypeId: zt.zaaktype.id,
          omschrijving: input.omschrijving,
          registratiedatum,
          startdatum: registratiedatum,
          einddatumGepland: servicenorm ? termEnd(registratiedatum, parseTermijn(servicenorm)) : null,
          communicatiekanaal: input.kanaal,
          correspondentie: input.correspondentie,
          vertrouwelijkheidaanduiding: zt.zaaktype.vertrouwelijkheidaanduiding,
          aanvraag: { ...aanvraag },
        });
        await writeAudit(tx, actor, {
          gemeenteCode: gemeente.code,
          bron: 'ZRC',
          actie: 'create',
          actieWeergave: `Zaak aangemaakt via ${input.kanaal}`,
          hoofdObjectId: zaak.id,
          resource: 'zaak',
          resourceId: zaak.id,
          resourceWeergave: identificatie,
          nieuw: {
            identificatie,
            zaaktype: zt.zaaktype.identificatie,
            communicatiekanaal: input.kanaal,
            registratiedatum,
          },
        });
        await events.zaak(tx, zaak, 'zaak', zaak.id, 'create');
        await refreshDeadline(tx, zaak, zt);
        zaak = (await repo.findZaak(tx, gemeente.code, zaak.id))!;

        const rolRows = [
          { b: aanvraag.aanvrager, generiek: 'initiator' as const },
          ...input.belanghebbenden.map((b) => ({ b, generiek: 'belanghebbende' as const })),
        ];
        for (const { b, generiek } of rolRows) {
          const rt = roltype(zt, generiek);
          const rol = await repo.insertRol(tx, {
            zaakId: zaak.id,
            gemeenteCode: gemeente.code,
            roltypeId: rt.id,
            omschrijvingGeneriek: generiek,
            betrokkeneType: 'natuurlijk_persoon',
            bsn: b.bsn,
            naam: b.naam,
            betrokkeneIdentificatie: { inpBsn: b.bsn, geslachtsnaam: b.naam },
            roltoelichting: b.relatie ?? '',
          });
          await writeAudit(tx, actor, {
            gemeenteCode: gemeente.code,
            bron: 'ZRC',
            actie: 'create',
            actieWeergave: `Rol toegevoegd: ${rt.omschrijving}`,
            hoofdObjectId: zaak.id,
            resource: 'rol',
            resourceId: rol.id,
            resourceWeergave: `${rt.omschrijving}: ${b.naam}`,
            nieuw: { roltype: rt.omschrijving, naam: b.naam },
          });
        }
        for (const o of input.objecten) {
          const zo = await repo.insertZaakobject(tx, {
            zaakId: zaak.id,
            gemeenteCode: gemeente.code,
            objectType: o.objectType,
            relatieomschrijving: o.relatieomschrijving,
            objectIdentificatie: o.identificatie,
          });
          await writeAudit(tx, actor, {
            gemeenteCode: gemeente.code,
            bron: 'ZRC',
            actie: 'create',
            actieWeergave: `Object toegevoegd: ${o.relatieomschrijving}`,
            hoofdObjectId: zaak.id,
            resource: 'zaakobject',
            resourceId: zo.id,
            resourceWeergave: o.relatieomschrijving,
            nieuw: o.identificatie,
          });
        }
        for (const [naam, waarde] of Object.entries(input.eigenschappen)) {
          const e = zt.eigenschappen.find((x) => x.naam === naam);
          if (!e) continue;
          const ze = await repo.insertZaakeigenschap(tx, {
            zaakId: zaak.id,
            gemeenteCode: gemeente.code,
            eigenschapId: e.id,
            naam,
            waarde,
          });
          await writeAudit(tx, actor, {
            gemeenteCode: gemeente.code,
            bron: 'ZRC',
            actie: 'create',
            actieWeergave: `Eigenschap gezet: ${naam}`,
            hoofdObjectId: zaak.id,
            resource: 'zaakeigenschap',
            resourceId: ze.id,
            resourceWeergave: naam,
            nieuw: { naam, waarde },
          });
        }
        for (const b of input.bijlagen) {
          await documents.store(tx, actor, {
            gemeenteCode: gemeente.code,
            bronorganisatie: rsinOf(gemeente),
            zaakId: zaak.id,
            informatieobjecttypeId: iotId(zt, b.informatieobjecttype),
            titel: b.titel,
            bestandsnaam: b.bestandsnaam,
            formaat: b.formaat,
            inhoud: b.inhoud,
            auteur: aanvraag.aanvrager.naam,
            vertrouwelijkheidaanduiding: zt.zaaktype.vertrouwelijkheidaanduiding,
          });
        }
        await setStatus(tx, zaak, zt, product.statussen.ontvangen, '', actor);
        zaak = (await repo.findZaak(tx, gemeente.code, zaak.id))!;
        await letters.send(tx, { zaak, zt, gemeente, soort: 'ontvangst', actor, params: {} });
        return zaak;
      });
    },

    /** Assigns the case to an employee (replacing the current behandelaar) and starts handling it. */
    async assign(
      gemeenteCode: string,
      zaakId: string,
      medewerker: { id: string; naam: string },
      actor: AuditActor,
    ) {
      await withZaak(gemeenteCode, zaakId, async (tx, { zaak, zt }) => {
        open(zaak);
        const rt = roltype(zt, 'behandelaar');
        for (const r of (await repo.rollenOf(tx, zaak.id)).filter(
          (x) => x.omschrijvingGeneriek === 'behandelaar',
        )) {
          await repo.deleteRol(tx, r.id);
          await writeAudit(tx, actor, {
            gemeenteCode,
            bron: 'ZRC',
            actie: 'destroy',
            actieWeergave: 'Behandelaar verwijderd',
            hoofdObjectId: zaak.id,
            resource: 'rol',
            resourceId: r.id,
            resourceWeergave: `Behandelaar: ${r.naam}`,
            oud: { naam: r.naam, medewerkerId: r.medewerkerId },
          });
        }
        const rol = await repo.insertRol(tx, {
          zaakId: zaak.id,
          gemeenteCode,
          roltypeId: rt.id,
          omschrijvingGeneriek: 'behandelaar',
          betrokkeneType: 'medewerker',
          medewerkerId: medewerker.id,
          naam: medewerker.naam,
          betrokkeneIdentificatie: { identificatie: medewerker.id, achternaam: medewerker.naam },
        });
        await writeAudit(tx, actor, {
          gemeenteCode,
          bron: 'ZRC',
          actie: 'create',
          actieWeergave: 'Behandelaar toegewezen',
          hoofdObjectId: zaak.id,
          resource: 'rol',
          resourceId: rol.id,
          resourceWeergave: `Behandelaar: ${medewerker.naam}`,
          nieuw: { naam: medewerker.naam, medewerkerId: medewerker.id },
        });
        const product = productOf(zt);
        const current = (await repo.statusHistory(tx, zaak.id)).at(-1);
        if (current?.volgnummer === product.statussen.ontvangen) {
          await setStatus(tx, zaak, zt, product.statussen.inBehandeling, '', actor);
        }
      });
    },

    /** Awb 4:5/4:15: asks the applicant for more; the term stands still until the answer. */
    async requestInformation(gemeenteCode: string, zaakId: string, vraag: string, actor: AuditActor) {
      if (vraag.trim().length < 5)
        throw invalid('Beschrijf wat u nodig heeft.', [
          { name: 'vraag', code: 'required', reason: 'Te kort.' },
        ]);
      await withZaak(gemeenteCode, zaakId, async (tx, { zaak, zt, gemeente }) => {
        open(zaak);
        if (!zt.zaaktype.opschortingEnAanhoudingMogelijk)
          throw conflict('Dit zaaktype kent geen opschorting.');
        const lopend = (await repo.opschortingenOf(tx, [zaak.id])).find((o) => o.tot === null);
        if (lopend) throw conflict('Er loopt al een verzoek om informatie.');
        const bericht = await letters.send(tx, {
          zaak,
          zt,
          gemeente,
          soort: 'informatieverzoek',
          actor,
          params: { reden: vraag.trim() },
          verzoek: true,
        });
        const o = await repo.insertOpschorting(tx, {
          zaakId: zaak.id,
          gemeenteCode,
          van: today(),
          reden: `Verzoek om aanvulling: ${vraag.trim()}`,
        });
        await writeAudit(tx, actor, {
          gemeenteCode,
          bron: 'ZRC',
          actie: 'partial_update',
          actieWeergave: 'Termijn opgeschort (Awb 4:15)',
          hoofdObjectId: zaak.id,
          resource: 'opschorting',
          resourceId: o.id,
          resourceWeergave: 'Opschorting',
          nieuw: { van: o.van, reden: o.reden, berichtId: bericht.id },
        });
        await setStatus(tx, zaak, zt, productOf(zt).statussen.wachtOpAanvrager, vraag.trim(), actor);
        await refreshDeadline(tx, zaak, zt);
      });
    },

    /**
     * The applicant answers a request (portal, or an employee on their behalf): the answer and
     * its documents are stored, and the suspension ends on the day of the answer.
     */
    async answer(input: {
      zaakId: string;
      verzoekId: string;
      tekst: string;
      bijlagen: Bijlage[];
      van: Betrokkene;
      actor: AuditActor;
      gemeenteCode: string;
    }) {
      if (input.tekst.trim().length < 2 && input.bijlagen.length === 0) {
        throw invalid('Geef een antwoord of stuur een document mee.', [
          { name: 'antwoord', code: 'required', reason: 'Leeg.' },
        ]);
      }
      return withZaak(input.gemeenteCode, input.zaakId, async (tx, { zaak, zt, gemeente }) => {
        open(zaak);
        const verzoek = (await repo.berichtenOf(tx, zaak.id)).find(
          (b) => b.id === input.verzoekId && b.verzoek,
        );
        if (!verzoek) throw notFound('Verzoek niet gevonden.');
        if (verzoek.beantwoord) throw conflict('Dit verzoek is al beantwoord.');
        const antwoord = await repo.insertBericht(tx, {
          zaakId: zaak.id,
          gemeenteCode: zaak.gemeenteCode,
          richting: 'van-aanvrager',
          onderwerp: `Antwoord: ${verzoek.onderwerp}`,
          tekst: input.tekst,
          antwoordOp: verzoek.id,
          afzender: input.van.naam,
        });
        await repo.markBeantwoord(tx, verzoek.id);
        for (const b of input.bijlagen) {
          await documents.store(tx, input.actor, {
            gemeenteCode: zaak.gemeenteCode,
            bronorganisatie: rsinOf(gemeente),
            zaakId: zaak.id,
            informatieobjecttypeId: iotId(zt, b.informatieobjecttype),
            titel: b.titel,
            bestandsnaam: b.bestandsnaam,
            formaat: b.formaat,
            inhoud: b.inhoud,
            auteur: input.van.naam,
            vertrouwelijkheidaanduiding: zt.zaaktype.vertrouwelijkheidaanduiding,
            berichtId: antwoord.id,
          });
        }
        const closed = await repo.closeOpschorting(tx, zaak.id, today());
        for (const o of closed) {
          await writeAudit(tx, input.actor, {
            gemeenteCode: zaak.gemeenteCode,
            bron: 'ZRC',
            actie: 'partial_update',
            actieWeergave: 'Opschorting beëindigd: aanvraag aangevuld',
            hoofdObjectId: zaak.id,
            resource: 'opschorting',
            resourceId: o.id,
            resourceWeergave: 'Opschorting',
            oud: { tot: null },
            nieuw: { tot: o.tot },
          });
        }
        await writeAudit(tx, input.actor, {
          gemeenteCode: zaak.gemeenteCode,
          bron: 'ZRC',
          actie: 'create',
          actieWeergave: 'Antwoord ontvangen',
          hoofdObjectId: zaak.id,
          resource: 'bericht',
          resourceId: antwoord.id,
          resourceWeergave: antwoord.onderwerp,
          nieuw: { tekst: input.tekst, bijlagen: input.bijlagen.length },
        });
        await setStatus(
          tx,
          zaak,
          zt,
          productOf(zt).statussen.inBehandeling,
          'Aanvulling ontvangen',
          input.actor,
        );
        await refreshDeadline(tx, zaak, zt);
        return antwoord;
      });
    },

    /** Approves: the product's effects (e.g. the registry records the move), result, closing letter. */
    async approve(gemeenteCode: string, zaakId: string, actor: AuditActor) {
      await withZaak(gemeenteCode, zaakId, async (tx, { zaak, zt, gemeente }) => {
        open(zaak);
        const product = productOf(zt);
        const rollen = await repo.rollenOf(tx, zaak.id);
        for (const name of product.bijGoedkeuring) {
          const effect = deps.effects[name];
          if (!effect) throw invalid(`Unknown effect '${name}' in product ${product.code}.`);
          await effect(tx, { zaak, rollen, gemeente, actor, today: today() });
        }
        await close(tx, zaak, zt, product.resultaten.toegekend, '', actor);
        await letters.send(tx, {
          zaak,
          zt,
          gemeente,
          soort: 'goedkeuring',
          actor,
          params: {},
          naGoedkeuring: true,
        });
      });
    },

    /** Rejects with a reason: a decision letter (PDF) with the objection clause. */
    async reject(gemeenteCode: string, zaakId: string, reden: string, actor: AuditActor) {
      if (reden.trim().length < 5)
        throw invalid('Geef de reden van de afwijzing.', [
          { name: 'reden', code: 'required', reason: 'Te kort.' },
        ]);
      await withZaak(gemeenteCode, zaakId, async (tx, { zaak, zt, gemeente }) => {
        open(zaak);
        const product = productOf(zt);
        await close(tx, zaak, zt, product.resultaten.afgewezen, reden.trim(), actor);
        await letters.send(tx, {
          zaak,
          zt,
          gemeente,
          soort: 'afwijzing',
          actor,
          params: { reden: reden.trim() },
        });
      });
    },
  };

  /** Result, end status, end date and archive dates; a running suspension ends today. */
  async function close(
    tx: Db,
    zaak: repo.Zaak,
    zt: ZaaktypeDetails,
    resultaat: string,
    toelichting: string,
    actor: AuditActor,
  ) {
    const rt = zt.resultaattypen.find((r) => r.omschrijving === resultaat);
    if (!rt) throw invalid(`Zaaktype ${zt.zaaktype.identificatie} has no resultaattype '${resultaat}'.`);
    await repo.closeOpschorting(tx, zaak.id, today());
    const res = await repo.insertResultaat(tx, {
      zaakId: zaak.id,
      gemeenteCode: zaak.gemeenteCode,
      resultaattypeId: rt.id,
      toelichting,
    });
    await writeAudit(tx, actor, {
      gemeenteCode: zaak.gemeenteCode,
      bron: 'ZRC',
      actie: 'create',
      actieWeergave: `Resultaat: ${rt.omschrijving}`,
      hoofdObjectId: zaak.id,
      resource: 'resultaat',
      resourceId: res.id,
      resourceWeergave: rt.omschrijving,
      toelichting,
      nieuw: { resultaattype: rt.omschrijving, toelichting },
    });
    await events.zaak(tx, zaak, 'resultaat', res.id, 'create');
    await setStatus(tx, zaak, zt, productOf(zt).statussen.afgehandeld, toelichting, actor);
    const einddatum = today();
    // Brondatum 'afgehandeld': the archive term runs from the end date.
    const archiefactiedatum =
      rt.archiefactietermijn && rt.brondatumArchiefprocedure.afleidingswijze === 'afgehandeld'
        ? termEnd(einddatum, parseTermijn(rt.archiefactietermijn))
        : null;
    await repo.updateZaak(tx, zaak.id, {
      einddatum,
      archiefnominatie: rt.archiefnominatie,
      archiefactiedatum,
    });
    await writeAudit(tx, actor, {
      gemeenteCode: zaak.gemeenteCode,
      bron: 'ZRC',
      actie: 'partial_update',
      actieWeergave: 'Zaak afgesloten',
      hoofdObjectId: zaak.id,
      resource: 'zaak',
      resourceId: zaak.id,
      resourceWeergave: zaak.identificatie,
      oud: { einddatum: null },
      nieuw: { einddatum, archiefnominatie: rt.archiefnominatie, archiefactiedatum },
    });
  }
}

export type ZaakCommands = ReturnType<typeof zaakCommands>;
