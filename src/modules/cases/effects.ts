import type { Db } from '../../platform/db/types.ts';
import { writeAudit } from '../../platform/audit/audit.repository.ts';
import type { Adres } from '../registries/addresses.service.ts';
import type { Aanvraag } from './aanvraag.ts';
import type { Effect } from './zaak.service.ts';

export interface MoveRegistry {
  registreerVerhuizing(
    tx: Db,
    input: {
      bsn: string;
      naar: Adres;
      datum: string;
      zaakId: string;
      aangifte: 'ingeschrevene' | 'partner' | 'gezagsouder';
    },
  ): Promise<{ vanGemeenteCode: string; naarGemeenteCode: string }>;
}

export interface PersonEvents {
  cloudEvent(
    tx: Db,
    e: {
      gemeenteCode: string | null;
      type: string;
      sourceOin: string;
      subject?: string;
      data: Record<string, unknown>;
      dataref?: string;
    },
  ): Promise<string>;
}

/**
 * The effects a product may name, by name. 'brp.verhuizing': everyone moving gets the new
 * address from the move date, and the chain is told with a minimal CloudEvent.
 */
export function caseEffects(deps: {
  persons: MoveRegistry;
  events: PersonEvents;
  baseUrl: string;
}): Record<string, Effect> {
  return {
    'brp.verhuizing': async (tx, { zaak, rollen, gemeente, actor }) => {
      const aanvraag = zaak.aanvraag as unknown as Aanvraag;
      const adres = Object.values(aanvraag.waarden).find(isAdres);
      const datum = Object.entries(aanvraag.waarden).find(
        ([, v]) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v),
      )?.[1] as string | undefined;
      if (!adres || !datum) throw new Error(`Zaak ${zaak.identificatie} has no address or date to register`);
      for (const rol of rollen) {
        if (!rol.bsn || !['initiator', 'belanghebbende'].includes(rol.omschrijvingGeneriek)) continue;
        const aangifte =
          rol.omschrijvingGeneriek === 'initiator'
            ? 'ingeschrevene'
            : rol.roltoelichting === 'kind'
              ? 'gezagsouder'
              : 'partner';
        const r = await deps.persons.registreerVerhuizing(tx, {
          bsn: rol.bsn,
          naar: adres,
          datum,
          zaakId: zaak.id,
          aangifte,
        });
        await deps.events.cloudEvent(tx, {
          gemeenteCode: r.naarGemeenteCode,
          type: 'nl.brp.persoon-verhuisd',
          sourceOin: gemeente.oin,
          subject: rol.bsn,
          data: {
            datumAanvangAdreshouding: datum,
            vanGemeente: r.vanGemeenteCode,
            naarGemeente: r.naarGemeenteCode,
          },
          dataref: `${deps.baseUrl}/haalcentraal/api/brp/personen`,
        });
        await writeAudit(tx, actor, {
          gemeenteCode: zaak.gemeenteCode,
          bron: 'ZRC',
          actie: 'partial_update',
          actieWeergave: 'Verhuizing geregistreerd in de BRP',
          hoofdObjectId: zaak.id,
          resource: 'rol',
          resourceId: rol.id,
          resourceWeergave: rol.naam,
          nieuw: { datum, naarGemeente: r.naarGemeenteCode, vanGemeente: r.vanGemeenteCode },
        });
      }
    },
  };
}

const isAdres = (v: unknown): v is Adres =>
  typeof v === 'object' && v !== null && 'nummeraanduidingId' in v && 'adresseerbaarObjectId' in v;
