import type { Db } from '../../platform/db/types.ts';
import { invalid } from '../../platform/errors.ts';
import { writeAudit, type AuditActor } from '../../platform/audit/audit.repository.ts';
import type { ZaaktypeDetails } from '../catalog/catalog.service.ts';
import { parseTermijn, termEnd } from './deadline/term.ts';
import * as repo from './cases.repository.ts';
import type { ZaakContext } from './zaak-context.ts';

/** Deciding: approval with the product's effects, or refusal; both close the case. */
export function decisionCommands(c: ZaakContext) {
  const { letters, events, deps, today, productOf, setStatus, withZaak, open } = c;
  return {
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
    const gesloten = await repo.updateZaak(tx, zaak.id, {
      einddatum,
      archiefnominatie: rt.archiefnominatie,
      archiefactiedatum,
    });
    await events.zaak(tx, gesloten, 'zaak', zaak.id, 'partial_update');
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
