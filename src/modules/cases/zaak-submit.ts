import { writeAudit } from '../../platform/audit/audit.repository.ts';
import { parseTermijn, termEnd } from './deadline/term.ts';
import * as repo from './cases.repository.ts';
import type { ZaakContext } from './zaak-context.ts';
import { rsinOf, type SubmitInput } from './zaak.types.ts';

/** Registering a case from a checked application. */
export function submitCommand(c: ZaakContext) {
  const { db, documents, letters, events, today, iotId, roltype, productOf, setStatus, refreshDeadline } = c;
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
  };
}
