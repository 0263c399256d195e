import type { Db } from '../../platform/db/types.ts';
import { writeAudit, type AuditActor } from '../../platform/audit/audit.repository.ts';
import { formatDate } from '../../platform/i18n/i18n.ts';
import type { ZaaktypeDetails } from '../catalog/catalog.service.ts';
import type { BriefSoort } from '../catalog/product.ts';
import type { Correspondentieadres } from '../documents/documents.schema.ts';
import type { LetterInput } from '../documents/letter.pdf.ts';
import type { Gemeente } from '../tenants/gemeente.service.ts';
import { toCorrespondentieadres, type Aanvraag, type AanvraagAdres } from './aanvraag.ts';
import { aanvraagRegels, formatWaarde } from './aanvraag-weergave.ts';
import * as repo from './cases.repository.ts';
import type { DocumentStore } from './zaak.service.ts';
import { rsinOf } from './zaak.service.ts';

export interface SendLetter {
  zaak: repo.Zaak;
  zt: ZaaktypeDetails;
  gemeente: Gemeente;
  soort: BriefSoort;
  actor: AuditActor;
  params: Record<string, string>;
  /** A request for information: the message awaits an answer. */
  verzoek?: boolean;
  /** After approval the applicant lives at the new address: post goes there. */
  naGoedkeuring?: boolean;
}

export interface CaseLetters {
  send(tx: Db, l: SendLetter): Promise<repo.Bericht>;
}

/**
 * Every message to the applicant is a message in Mijn zaken and a letter (PDF) on the case; for
 * an applicant who corresponds by post the letter is also queued for printing and posting.
 */
export function caseLetters(deps: {
  documents: DocumentStore & {
    addVerzending(
      tx: Db,
      actor: AuditActor,
      v: {
        gemeenteCode: string;
        informatieobjectId: string;
        adres: Correspondentieadres;
        toelichting: string;
      },
    ): Promise<unknown>;
  };
  render: (input: LetterInput) => Promise<Uint8Array>;
  today: () => string;
}): CaseLetters {
  return {
    async send(tx, l) {
      const product = l.zt.zaaktype.product!;
      const brief = product.brieven[l.soort];
      const aanvraag = l.zaak.aanvraag as unknown as Aanvraag;
      const waarden = aanvraag.waarden;
      const fields = Object.fromEntries(
        product.velden.map((v) => [v.naam, formatWaarde(v, waarden[v.naam], 'nl')]),
      );
      const params: Record<string, string> = {
        ...fields,
        naam: aanvraag.aanvrager.naam,
        zaaknummer: l.zaak.identificatie,
        gemeente: l.gemeente.naam,
        einddatum: l.zaak.uiterlijkeEinddatumAfdoening
          ? formatDate(l.zaak.uiterlijkeEinddatumAfdoening, 'nl')
          : '—',
        ...l.params,
      };
      const tekst = brief.tekst.nl.replace(/\{(\w+)\}/g, (m, k: string) => params[k] ?? m);
      const onderwerp = brief.onderwerp.nl;
      const bericht = await repo.insertBericht(tx, {
        zaakId: l.zaak.id,
        gemeenteCode: l.zaak.gemeenteCode,
        richting: 'aan-aanvrager',
        onderwerp,
        tekst,
        verzoek: l.verzoek ?? false,
        afzender: `Gemeente ${l.gemeente.naam}`,
      });
      const nieuwAdres = product.velden.find((v) => v.type === 'adres');
      const adres =
        l.naGoedkeuring && nieuwAdres && waarden[nieuwAdres.naam]
          ? toCorrespondentieadres(aanvraag.aanvrager.naam, waarden[nieuwAdres.naam] as AanvraagAdres)
          : aanvraag.huidigAdres;
      const pdf = await deps.render({
        gemeente: `Gemeente ${l.gemeente.naam}`,
        lang: 'nl',
        ...(adres ? { aan: adres } : {}),
        datum: deps.today(),
        kenmerk: l.zaak.identificatie,
        onderwerp,
        alineas: [`Beste ${aanvraag.aanvrager.naam},`, tekst],
        ...(l.soort === 'ontvangst' ? { gegevens: aanvraagRegels(product.velden, waarden, 'nl') } : {}),
        ondertekening: `Burgerzaken\nGemeente ${l.gemeente.naam}`,
        titel: `${onderwerp} ${l.zaak.identificatie}`,
      });
      const iot = l.zt.informatieobjecttypen.find((i) => i.richting === 'uitgaand');
      if (!iot)
        throw new Error(`Zaaktype ${l.zt.zaaktype.identificatie} has no outgoing informatieobjecttype`);
      const doc = await deps.documents.store(tx, l.actor, {
        gemeenteCode: l.zaak.gemeenteCode,
        bronorganisatie: rsinOf(l.gemeente),
        zaakId: l.zaak.id,
        informatieobjecttypeId: iot.id,
        titel: `${onderwerp} (${l.zaak.identificatie})`,
        bestandsnaam: `${l.soort}-${l.zaak.identificatie}.pdf`,
        formaat: 'application/pdf',
        inhoud: pdf,
        auteur: `Gemeente ${l.gemeente.naam}`,
        vertrouwelijkheidaanduiding: l.zt.zaaktype.vertrouwelijkheidaanduiding,
        berichtId: bericht.id,
      });
      if (l.zaak.correspondentie === 'post' && adres) {
        await deps.documents.addVerzending(tx, l.actor, {
          gemeenteCode: l.zaak.gemeenteCode,
          informatieobjectId: doc.id,
          adres,
          toelichting: onderwerp,
        });
      }
      await writeAudit(tx, l.actor, {
        gemeenteCode: l.zaak.gemeenteCode,
        bron: 'ZRC',
        actie: 'create',
        actieWeergave: `Bericht verstuurd: ${onderwerp}`,
        hoofdObjectId: l.zaak.id,
        resource: 'bericht',
        resourceId: bericht.id,
        resourceWeergave: onderwerp,
        nieuw: { onderwerp, tekst, per: l.zaak.correspondentie },
      });
      return bericht;
    },
  };
}
