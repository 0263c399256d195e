import {
  char,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { gemeenteCodeColumn } from '../tenants/gemeente.schema.ts';
import type { Persoon } from './brp/persoon.ts';

/**
 * The persons registry: one row per person list, held by the municipality where the person
 * is registered. The Haal Centraal representation is kept whole; the columns beside it are
 * what searches need.
 */
export const personen = pgTable(
  'personen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteCode: gemeenteCodeColumn().notNull(),
    bsn: char('bsn', { length: 9 }).notNull().unique(),
    aNummer: char('a_nummer', { length: 10 }),
    geslachtsnaam: text('geslachtsnaam').notNull(),
    voornamen: text('voornamen'),
    geboortedatum: date('geboortedatum', { mode: 'string' }),
    persoon: jsonb('persoon').$type<Persoon>().notNull(),
    bron: text('bron').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('personen_gemeente_idx').on(t.gemeenteCode),
    index('personen_naam_geboorte_idx').on(t.geboortedatum, t.geslachtsnaam),
  ],
);

/** Companies known to the demo KVK registry (the real one is an adapter away). */
export const bedrijven = pgTable('bedrijven', {
  kvkNummer: char('kvk_nummer', { length: 8 }).primaryKey(),
  naam: text('naam').notNull(),
  rechtsvorm: text('rechtsvorm').notNull(),
  vestigingsadres: text('vestigingsadres').notNull(),
  gemeenteCode: gemeenteCodeColumn(),
});

/**
 * The register of processing activities (Logboek Dataverwerkingen): legal basis and purpose
 * live here, versioned; log entries point at one version.
 */
export const verwerkingsactiviteiten = pgTable(
  'verwerkingsactiviteiten',
  {
    id: text('id').notNull(),
    versie: integer('versie').notNull(),
    naam: text('naam').notNull(),
    doel: text('doel').notNull(),
    grondslag: text('grondslag').notNull(),
    geldigVanaf: timestamp('geldig_vanaf', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.id, t.versie] })],
);

/**
 * One entry per data subject per processing, shaped like a trace span as the draft standard
 * asks. The subject is a keyed pseudonym of the BSN, so the log itself holds no BSNs.
 */
export const verwerkingenLog = pgTable(
  'verwerkingen_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    traceId: char('trace_id', { length: 32 }).notNull(),
    spanId: char('span_id', { length: 16 }).notNull(),
    parentSpanId: char('parent_span_id', { length: 16 }),
    naam: text('naam').notNull(),
    startTime: timestamp('start_time', { withTimezone: true }).notNull(),
    endTime: timestamp('end_time', { withTimezone: true }).notNull(),
    status: text('status', { enum: ['ok', 'error'] }).notNull(),
    /** The municipality responsible for the processing (verwerkingsverantwoordelijke). */
    gemeenteCode: gemeenteCodeColumn(),
    actorType: text('actor_type', {
      enum: ['burger', 'bedrijf', 'medewerker', 'api-client', 'systeem'],
    }).notNull(),
    actorId: text('actor_id').notNull(),
    namensOin: text('namens_oin'),
    activiteitId: text('activiteit_id').notNull(),
    activiteitVersie: integer('activiteit_versie').notNull(),
    betrokkene: text('betrokkene').notNull(),
    attributes: jsonb('attributes').$type<Record<string, string>>().notNull().default({}),
  },
  (t) => [index('verwerkingen_betrokkene_idx').on(t.betrokkene, t.startTime)],
);

/**
 * Earlier addresses of a person (BRP historie of category 08): written when a move is
 * registered, so the former municipality sees who left and when.
 */
export const verblijfplaatsHistorie = pgTable(
  'verblijfplaats_historie',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bsn: char('bsn', { length: 9 }).notNull(),
    /** The municipality the address lay in. */
    gemeenteCode: char('gemeente_code', { length: 4 }).notNull(),
    verblijfplaats: jsonb('verblijfplaats').$type<Record<string, unknown>>().notNull(),
    datumVan: date('datum_van', { mode: 'string' }),
    datumTot: date('datum_tot', { mode: 'string' }).notNull(),
    /** The new municipality of registration. */
    naarGemeenteCode: char('naar_gemeente_code', { length: 4 }).notNull(),
    zaakId: uuid('zaak_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('verblijfplaats_historie_gemeente_idx').on(t.gemeenteCode, t.datumTot)],
);
