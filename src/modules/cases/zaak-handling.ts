import { conflict, invalid, notFound } from '../../platform/errors.ts';
import { writeAudit, type AuditActor } from '../../platform/audit/audit.repository.ts';
import { deadlineOf } from './deadline.service.ts';
import * as repo from './cases.repository.ts';
import type { Betrokkene } from './aanvraag.ts';
import type { ZaakContext } from './zaak-context.ts';
import { rsinOf, type Bijlage } from './zaak.types.ts';

/** Handling an open case: assigning it, asking for and receiving information, extending the term. */
export function handlingCommands(c: ZaakContext) {
  const {
    documents,
    letters,
    events,
    today,
    iotId,
    roltype,
    productOf,
    setStatus,
    refreshDeadline,
    withZaak,
    open,
  } = c;
  return {
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

    /**
     * Awb 4:14: the decision cannot be made in time; the term is extended by the zaaktype's
     * verlengingstermijn, once, while the term still runs, and the applicant is told the new date.
     */
    async extend(gemeenteCode: string, zaakId: string, reden: string, actor: AuditActor) {
      if (reden.trim().length < 5) {
        throw invalid('Geef de reden van de verlenging.', [
          { name: 'verlenging', code: 'required', reason: 'Te kort.' },
        ]);
      }
      await withZaak(gemeenteCode, zaakId, async (tx, { zaak, zt, gemeente }) => {
        open(zaak);
        const termijn = zt.zaaktype.verlengingstermijn;
        if (!zt.zaaktype.verlengingMogelijk || !termijn) throw conflict('Dit zaaktype kent geen verlenging.');
        if ((await repo.verlengingenOf(tx, [zaak.id])).length > 0)
          throw conflict('De termijn is al verlengd.');
        const nu = deadlineOf(
          zaak,
          zt.zaaktype.doorlooptijd,
          await repo.opschortingenOf(tx, [zaak.id]),
          [],
          today(),
        );
        if (nu && nu.dagenResterend !== null && nu.dagenResterend < 0) {
          throw conflict('De termijn is al verstreken: verlengen kan alleen binnen de termijn.');
        }
        const v = await repo.insertVerlenging(tx, {
          zaakId: zaak.id,
          gemeenteCode,
          duur: termijn,
          reden: reden.trim(),
          datum: today(),
        });
        await writeAudit(tx, actor, {
          gemeenteCode,
          bron: 'ZRC',
          actie: 'partial_update',
          actieWeergave: 'Termijn verlengd (Awb 4:14)',
          hoofdObjectId: zaak.id,
          resource: 'verlenging',
          resourceId: v.id,
          resourceWeergave: 'Verlenging',
          nieuw: { duur: v.duur, reden: v.reden, datum: v.datum },
        });
        await refreshDeadline(tx, zaak, zt);
        const bijgewerkt = (await repo.findZaak(tx, gemeenteCode, zaak.id))!;
        await events.zaak(tx, bijgewerkt, 'zaak', zaak.id, 'partial_update');
        await letters.send(tx, {
          zaak: bijgewerkt,
          zt,
          gemeente,
          soort: 'verlenging',
          actor,
          params: { reden: reden.trim() },
        });
      });
    },

    /** Approves: the product's effects (e.g. the registry records the move), result, closing letter. */
  };
}
