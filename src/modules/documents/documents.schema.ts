import { date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { gemeenteCodeColumn } from '../tenants/gemeente.schema.ts';
import { informatieobjecttypen, VERTROUWELIJKHEID } from '../catalog/catalog.schema.ts';
import { berichten, zaken } from '../cases/cases.schema.ts';
import { bytea } from '../../platform/db/bytea.ts';

/** A document (ZGW enkelvoudiginformatieobject); its content lives in a table of its own. */
export const informatieobjecten = pgTable(
  'informatieobjecten',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteCode: gemeenteCodeColumn().notNull(),
    identificatie: text('identificatie').notNull(),
    bronorganisatie: text('bronorganisatie').notNull(),
    informatieobjecttypeId: uuid('informatieobjecttype_id')
      .notNull()
      .references(() => informatieobjecttypen.id),
    titel: text('titel').notNull(),
    beschrijving: text('beschrijving').notNull().default(''),
    bestandsnaam: text('bestandsnaam').notNull(),
    /** The media type as checked from the content, never as claimed by the uploader. */
    formaat: text('formaat').notNull(),
    bestandsomvang: integer('bestandsomvang').notNull(),
    taal: text('taal').notNull().default('dut'),
    creatiedatum: date('creatiedatum', { mode: 'string' }).notNull(),
    auteur: text('auteur').notNull(),
    status: text('status').notNull().default('definitief'),
    vertrouwelijkheidaanduiding: text('vertrouwelijkheidaanduiding', { enum: VERTROUWELIJKHEID }).notNull(),
    versie: integer('versie').notNull().default(1),
    ontvangstdatum: date('ontvangstdatum', { mode: 'string' }),
    verzenddatum: date('verzenddatum', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('informatieobjecten_ident_uq').on(t.bronorganisatie, t.identificatie)],
);

export const informatieobjectInhoud = pgTable('informatieobject_inhoud', {
  informatieobjectId: uuid('informatieobject_id')
    .primaryKey()
    .references(() => informatieobjecten.id),
  inhoud: bytea('inhoud').notNull(),
});

/** A document on a case; `berichtId` when it came with a message (an answer to a request). */
export const zaakinformatieobjecten = pgTable(
  'zaakinformatieobjecten',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zaakId: uuid('zaak_id')
      .notNull()
      .references(() => zaken.id),
    informatieobjectId: uuid('informatieobject_id')
      .notNull()
      .references(() => informatieobjecten.id),
    gemeenteCode: gemeenteCodeColumn().notNull(),
    titel: text('titel').notNull().default(''),
    beschrijving: text('beschrijving').notNull().default(''),
    aardRelatieWeergave: text('aard_relatie_weergave').notNull().default('Hoort bij, omgekeerd: kent'),
    berichtId: uuid('bericht_id').references(() => berichten.id),
    registratiedatum: timestamp('registratiedatum', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('zaakinformatieobjecten_uq').on(t.zaakId, t.informatieobjectId),
    index('zaakinformatieobjecten_io_idx').on(t.informatieobjectId),
  ],
);

export interface Correspondentieadres {
  naam: string;
  straat: string;
  huisnummer: number;
  huisletter?: string;
  huisnummertoevoeging?: string;
  postcode: string;
  woonplaats: string;
}

/** A letter to be sent by post (ZGW verzending); `verzenddatum` is set when it went out. */
export const verzendingen = pgTable(
  'verzendingen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    informatieobjectId: uuid('informatieobject_id')
      .notNull()
      .references(() => informatieobjecten.id),
    gemeenteCode: gemeenteCodeColumn().notNull(),
    aardRelatie: text('aard_relatie').notNull().default('geadresseerde'),
    toelichting: text('toelichting').notNull().default(''),
    adres: jsonb('adres').$type<Correspondentieadres>().notNull(),
    verzenddatum: date('verzenddatum', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('verzendingen_open_idx').on(t.gemeenteCode, t.verzenddatum)],
);
