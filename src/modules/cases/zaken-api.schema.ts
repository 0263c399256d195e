import {
  bigint,
  boolean,
  char,
  index,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { gemeenteCodeColumn } from '../tenants/gemeente.schema.ts';
import { VERTROUWELIJKHEID } from '../catalog/catalog.schema.ts';
import { zaken } from './cases.schema.ts';
import { zaakinformatieobjecten } from '../documents/documents.schema.ts';

// Tables the Zaken API adds to the cases model: counts for exact paging, reserved numbers, and
// the ZGW resources the portal and back office do not use.

/**
 * Exact counts of zaken per municipality, zaaktype, confidentiality and open/closed, kept in the
 * same transaction as every insert, delete and change of those columns (cases.repository.ts).
 * Spread over slots so that concurrent inserts do not queue on one row; a count is the sum.
 */
export const zaakTellingen = pgTable(
  'zaak_tellingen',
  {
    gemeenteCode: gemeenteCodeColumn().notNull(),
    zaaktypeId: uuid('zaaktype_id').notNull(),
    vertrouwelijkheidaanduiding: text('vertrouwelijkheidaanduiding', { enum: VERTROUWELIJKHEID }).notNull(),
    afgesloten: boolean('afgesloten').notNull(),
    slot: smallint('slot').notNull(),
    aantal: bigint('aantal', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({
      name: 'zaak_tellingen_pk',
      columns: [t.gemeenteCode, t.zaaktypeId, t.vertrouwelijkheidaanduiding, t.afgesloten, t.slot],
    }),
  ],
);

/** Zaaknummers handed out by `zaaknummer_reserveren`: only a zaak that names one may take it. */
export const zaakNummerReserveringen = pgTable(
  'zaak_nummer_reserveringen',
  {
    gemeenteCode: gemeenteCodeColumn().notNull(),
    bronorganisatie: char('bronorganisatie', { length: 9 }).notNull(),
    identificatie: text('identificatie').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.gemeenteCode, t.identificatie] })],
);

/** ZGW zaakbesluit: a besluit (in the Besluiten API) that is an outcome of the zaak. */
export const zaakbesluiten = pgTable(
  'zaakbesluiten',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zaakId: uuid('zaak_id')
      .notNull()
      .references(() => zaken.id),
    gemeenteCode: gemeenteCodeColumn().notNull(),
    besluit: text('besluit').notNull(),
  },
  (t) => [unique('zaakbesluiten_uq').on(t.zaakId, t.besluit)],
);

/** ZGW klantcontact: a contact with the customer about the zaak. */
export const klantcontacten = pgTable(
  'klantcontacten',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zaakId: uuid('zaak_id')
      .notNull()
      .references(() => zaken.id),
    gemeenteCode: gemeenteCodeColumn().notNull(),
    identificatie: text('identificatie').notNull(),
    datumtijd: timestamp('datumtijd', { withTimezone: true }).notNull(),
    kanaal: text('kanaal').notNull().default(''),
    onderwerp: text('onderwerp').notNull().default(''),
    toelichting: text('toelichting').notNull().default(''),
  },
  (t) => [index('klantcontacten_zaak_idx').on(t.zaakId)],
);

/**
 * Links from a zaak to a resource elsewhere: a contactmoment or a verzoek (by URL). The link is
 * mirrored in the other register (zrc-024, zrc-025); `spiegel_url` is the relation it made there
 * (an objectverzoek or objectcontactmoment), kept to remove it with the link.
 */
const zaakLink = (name: string, column: string) =>
  pgTable(
    name,
    {
      id: uuid('id').primaryKey().defaultRandom(),
      zaakId: uuid('zaak_id')
        .notNull()
        .references(() => zaken.id),
      gemeenteCode: gemeenteCodeColumn().notNull(),
      url: text(column).notNull(),
      spiegelUrl: text('spiegel_url'),
    },
    (t) => [index(`${name}_zaak_idx`).on(t.zaakId)],
  );
export const zaakcontactmomenten = zaakLink('zaakcontactmomenten', 'contactmoment');
export const zaakverzoeken = zaakLink('zaakverzoeken', 'verzoek');

/** ZGW zaaknotitie: a note on the zaak. */
export const zaaknotities = pgTable(
  'zaaknotities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zaakId: uuid('zaak_id')
      .notNull()
      .references(() => zaken.id),
    gemeenteCode: gemeenteCodeColumn().notNull(),
    onderwerp: text('onderwerp').notNull(),
    tekst: text('tekst').notNull(),
    aangemaaktDoor: text('aangemaakt_door').notNull().default(''),
    notitieType: text('notitie_type', { enum: ['intern', 'extern'] })
      .notNull()
      .default('intern'),
    status: text('status', { enum: ['concept', 'definitief'] })
      .notNull()
      .default('concept'),
    aanmaakdatum: timestamp('aanmaakdatum', { withTimezone: true }).notNull().defaultNow(),
    wijzigingsdatum: timestamp('wijzigingsdatum', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('zaaknotities_zaak_idx').on(t.zaakId)],
);

/** What the Zaken API adds to a zaakinformatieobject: the status it belongs to, its destruction date. */
export const zaakinformatieobjectGegevens = pgTable('zaakinformatieobject_gegevens', {
  zaakinformatieobjectId: uuid('zaakinformatieobject_id')
    .primaryKey()
    .references(() => zaakinformatieobjecten.id, { onDelete: 'cascade' }),
  statusId: uuid('status_id'),
  vernietigingsdatum: timestamp('vernietigingsdatum', { withTimezone: true }),
});
