import { createHmac, randomBytes } from 'node:crypto';
import type { Db } from '../../platform/db/types.ts';
import { getOrCreateSecret } from '../../platform/secrets.ts';
import * as repo from './processing-log.repository.ts';

/** Who processed the data, as the log records it. */
export interface Actor {
  type: 'burger' | 'bedrijf' | 'medewerker' | 'api-client' | 'systeem';
  id: string;
  /** The organisation on whose behalf (OIN), when the actor acts for one. */
  namensOin?: string | undefined;
  /** The municipality responsible for this processing. */
  gemeenteCode?: string | undefined;
}

export interface Processing {
  activiteit: string;
  naam: string;
  actor: Actor;
  /** BSNs of the people whose data was processed; one log entry each. */
  bsns: string[];
  status?: 'ok' | 'error';
  startTime?: Date;
  traceId?: string | undefined;
  parentSpanId?: string | undefined;
  attributes?: Record<string, string>;
}

/**
 * The register of processing activities. Purpose and legal basis are stated once here; a log
 * entry points at the version in force.
 */
export const ACTIVITEITEN = [
  {
    id: 'brp-eigen-gegevens-inzien',
    versie: 1,
    naam: 'Eigen gegevens inzien (Mijn gegevens)',
    doel: 'De ingelogde inwoner ziet de eigen gegevens uit de BRP.',
    grondslag: 'AVG art. 15 (recht op inzage); Wet BRP art. 2.55',
  },
  {
    id: 'brp-raadplegen-api',
    versie: 1,
    naam: 'BRP raadplegen via Haal Centraal',
    doel: 'Een aangesloten applicatie raadpleegt persoonsgegevens voor een taak van de organisatie.',
    grondslag: 'AVG art. 6 lid 1 sub e; Wet BRP art. 3.3',
  },
  {
    id: 'brp-raadplegen-medewerker',
    versie: 1,
    naam: 'BRP raadplegen door medewerker',
    doel: 'Een medewerker van de gemeente raadpleegt een inwoner voor de behandeling van een zaak.',
    grondslag: 'AVG art. 6 lid 1 sub e; Wet BRP art. 3.3',
  },
  {
    id: 'zaak-behandelen',
    versie: 1,
    naam: 'Zaak behandelen',
    doel: 'Een medewerker bekijkt de gegevens van de betrokkenen bij een zaak om die te behandelen.',
    grondslag: 'AVG art. 6 lid 1 sub e; Wet BRP art. 2.39 en 2.43 (verhuizing)',
  },
  {
    id: 'brp-verhuizing-registreren',
    versie: 1,
    naam: 'Verhuizing registreren in de BRP',
    doel: 'Het nieuwe adres van een ingezetene opnemen na een goedgekeurde melding.',
    grondslag: 'AVG art. 6 lid 1 sub c; Wet BRP art. 2.39 en 2.43',
  },
] as const;

const hex = (bytes: number) => randomBytes(bytes).toString('hex');

export function processingLogService(db: Db) {
  let keyPromise: Promise<string> | undefined;
  const key = () => (keyPromise ??= getOrCreateSecret(db, 'processing-log-pseudonym-key', () => hex(32)));

  /** A keyed pseudonym of the BSN: the log holds no BSNs, yet the citizen's own entries can be found. */
  const pseudonym = async (bsn: string) =>
    createHmac('sha256', await key())
      .update(bsn)
      .digest('hex');

  return {
    pseudonym,
    async ensureRegister(): Promise<void> {
      for (const a of ACTIVITEITEN) await repo.upsertActiviteit(db, a);
    },
    /** Writes one entry per data subject. Pass a transaction to log inside it. */
    async log(p: Processing, tx: Db = db): Promise<void> {
      const activiteit = await repo.latestActiviteit(tx, p.activiteit);
      if (!activiteit) throw new Error(`Unknown processing activity ${p.activiteit}`);
      const traceId = p.traceId ?? hex(16);
      const now = new Date();
      const unique = [...new Set(p.bsns)];
      const entries = await Promise.all(
        unique.map(async (bsn) => ({
          traceId,
          spanId: hex(8),
          parentSpanId: p.parentSpanId ?? null,
          naam: p.naam,
          startTime: p.startTime ?? now,
          endTime: now,
          status: p.status ?? 'ok',
          gemeenteCode: p.actor.gemeenteCode ?? null,
          actorType: p.actor.type,
          actorId: p.actor.id,
          namensOin: p.actor.namensOin ?? null,
          activiteitId: activiteit.id,
          activiteitVersie: activiteit.versie,
          betrokkene: await pseudonym(bsn),
          attributes: p.attributes ?? {},
        })),
      );
      await repo.insertEntries(tx, entries);
    },
    async entriesForBsn(bsn: string) {
      return repo.entriesFor(db, await pseudonym(bsn));
    },
  };
}

export type ProcessingLogService = ReturnType<typeof processingLogService>;
