import { sql } from 'drizzle-orm';
import { char, check, date, index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { gemeenteCodeColumn } from '../tenants/gemeente.schema.ts';
import { besluittypen } from '../catalog/catalog.schema.ts';
import { zaken } from '../cases/cases.schema.ts';
import { informatieobjecten } from '../documents/documents.schema.ts';

export const VERVALREDENEN = ['tijdelijk', 'ingetrokken_overheid', 'ingetrokken_belanghebbende'] as const;
export type Vervalreden = (typeof VERVALREDENEN)[number];

/**
 * A decision (ZGW besluit), possibly the outcome of a zaak. Type and zaak are Loket's own
 * (`…Id`) or, from another register, a URL.
 */
export const besluiten = pgTable(
  'besluiten',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteCode: gemeenteCodeColumn().notNull(),
    identificatie: text('identificatie').notNull(),
    verantwoordelijkeOrganisatie: char('verantwoordelijke_organisatie', { length: 9 }).notNull(),
    besluittypeId: uuid('besluittype_id').references(() => besluittypen.id),
    besluittypeUrl: text('besluittype_url'),
    zaakId: uuid('zaak_id').references(() => zaken.id),
    zaakUrl: text('zaak_url'),
    datum: date('datum', { mode: 'string' }).notNull(),
    toelichting: text('toelichting').notNull().default(''),
    bestuursorgaan: text('bestuursorgaan').notNull().default(''),
    ingangsdatum: date('ingangsdatum', { mode: 'string' }).notNull(),
    vervaldatum: date('vervaldatum', { mode: 'string' }),
    vervalreden: text('vervalreden', { enum: VERVALREDENEN }),
    publicatiedatum: date('publicatiedatum', { mode: 'string' }),
    verzenddatum: date('verzenddatum', { mode: 'string' }),
    uiterlijkeReactiedatum: date('uiterlijke_reactiedatum', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('besluiten_ident_uq').on(t.verantwoordelijkeOrganisatie, t.identificatie),
    index('besluiten_gemeente_idx').on(t.gemeenteCode, t.createdAt),
    index('besluiten_zaak_idx').on(t.zaakId),
    check('besluiten_type_ck', sql`(${t.besluittypeId} is null) <> (${t.besluittypeUrl} is null)`),
  ],
);

/** A document that records a besluit (ZGW besluitinformatieobject); its aardRelatie is 'legt_vast'. */
export const besluitinformatieobjecten = pgTable(
  'besluitinformatieobjecten',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteCode: gemeenteCodeColumn().notNull(),
    besluitId: uuid('besluit_id')
      .notNull()
      .references(() => besluiten.id),
    informatieobjectId: uuid('informatieobject_id')
      .notNull()
      .references(() => informatieobjecten.id),
    registratiedatum: timestamp('registratiedatum', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('besluitinformatieobjecten_uq').on(t.besluitId, t.informatieobjectId),
    index('besluitinformatieobjecten_io_idx').on(t.informatieobjectId),
  ],
);
