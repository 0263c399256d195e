import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { gemeenteCodeColumn } from '../tenants/gemeente.schema.ts';
import { informatieobjecttypen, VERTROUWELIJKHEID } from '../catalog/catalog.schema.ts';
import { berichten, zaken } from '../cases/cases.schema.ts';
import { bytea } from '../../platform/db/bytea.ts';

/** ZGW Ondertekening and Integriteit of a document, as the Documenten API shapes them. */
export interface Ondertekening {
  soort: 'analoog' | 'digitaal' | 'pki' | '';
  datum: string | null;
}
export interface Integriteit {
  algoritme: string;
  waarde: string;
  datum: string | null;
}

/**
 * A document (ZGW enkelvoudiginformatieobject), its latest version; earlier versions live in
 * informatieobject_versies. Its content lives in tables of its own: informatieobject_inhoud
 * (one value, as the portal stores it) or informatieobject_blokken (per content version, in
 * blocks, as the Documenten API stores it).
 */
export const informatieobjecten = pgTable(
  'informatieobjecten',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteCode: gemeenteCodeColumn().notNull(),
    identificatie: text('identificatie').notNull(),
    bronorganisatie: text('bronorganisatie').notNull(),
    /** The type in the municipality's own catalogue, or else `informatieobjecttypeUrl` (a remote one). */
    informatieobjecttypeId: uuid('informatieobjecttype_id').references(() => informatieobjecttypen.id),
    informatieobjecttypeUrl: text('informatieobjecttype_url'),
    titel: text('titel').notNull(),
    beschrijving: text('beschrijving').notNull().default(''),
    bestandsnaam: text('bestandsnaam').notNull(),
    /** The media type as checked from the content, never as claimed by the uploader. */
    formaat: text('formaat').notNull(),
    bestandsomvang: bigint('bestandsomvang', { mode: 'number' }).notNull(),
    taal: text('taal').notNull().default('dut'),
    creatiedatum: date('creatiedatum', { mode: 'string' }).notNull(),
    auteur: text('auteur').notNull(),
    status: text('status').notNull().default('definitief'),
    vertrouwelijkheidaanduiding: text('vertrouwelijkheidaanduiding', { enum: VERTROUWELIJKHEID }).notNull(),
    versie: integer('versie').notNull().default(1),
    ontvangstdatum: date('ontvangstdatum', { mode: 'string' }),
    verzenddatum: date('verzenddatum', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** When this version was registered. */
    beginRegistratie: timestamp('begin_registratie', { withTimezone: true }).notNull().defaultNow(),
    /** The version whose content this version has; null while there is none (or parts are pending). */
    inhoudVersie: integer('inhoud_versie').default(1),
    /** Set while a client has the document checked out (Documenten API lock). */
    lock: text('lock'),
    indicatieGebruiksrecht: boolean('indicatie_gebruiksrecht'),
    link: text('link').notNull().default(''),
    trefwoorden: text('trefwoorden')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    isGereedVoorPublicatie: boolean('is_gereed_voor_publicatie'),
    tonenAanInitiator: boolean('tonen_aan_initiator').notNull().default(false),
    inhoudIsVervallen: boolean('inhoud_is_vervallen'),
    verschijningsvorm: text('verschijningsvorm').notNull().default(''),
    ondertekening: jsonb('ondertekening').$type<Ondertekening>(),
    integriteit: jsonb('integriteit').$type<Integriteit>(),
  },
  (t) => [
    unique('informatieobjecten_ident_uq').on(t.bronorganisatie, t.identificatie),
    index('informatieobjecten_gemeente_idx').on(t.gemeenteCode, t.createdAt),
    index('informatieobjecten_type_idx').on(t.informatieobjecttypeId),
    check(
      'informatieobjecten_type_ck',
      sql`(${t.informatieobjecttypeId} is null) <> (${t.informatieobjecttypeUrl} is null)`,
    ),
  ],
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
    /** The Dutch postal address (ZGW binnenlandsCorrespondentieadres); empty when not `perPost`. */
    adres: jsonb('adres').$type<Correspondentieadres>().notNull(),
    /** A letter the back office prints and posts; false for verzendingen by other channels. */
    perPost: boolean('per_post').notNull().default(true),
    verzenddatum: date('verzenddatum', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Documenten API: who it went to or came from (a URL), and the contact person. */
    betrokkene: text('betrokkene'),
    contactPersoon: text('contact_persoon'),
    contactpersoonnaam: text('contactpersoonnaam').notNull().default(''),
    ontvangstdatum: date('ontvangstdatum', { mode: 'string' }),
    buitenlandsCorrespondentieadres: jsonb('buitenlands_correspondentieadres').$type<
      Record<string, unknown>
    >(),
    correspondentiePostadres: jsonb('correspondentie_postadres').$type<Record<string, unknown>>(),
    faxnummer: text('faxnummer'),
    emailadres: text('emailadres'),
    telefoonnummer: text('telefoonnummer'),
    mijnOverheid: boolean('mijn_overheid').notNull().default(false),
  },
  (t) => [
    index('verzendingen_open_idx').on(t.gemeenteCode, t.verzenddatum),
    index('verzendingen_io_idx').on(t.informatieobjectId),
  ],
);

/** An earlier version of a document: its metadata as it was, from `beginRegistratie` on. */
export const informatieobjectVersies = pgTable(
  'informatieobject_versies',
  {
    informatieobjectId: uuid('informatieobject_id')
      .notNull()
      .references(() => informatieobjecten.id, { onDelete: 'cascade' }),
    versie: integer('versie').notNull(),
    beginRegistratie: timestamp('begin_registratie', { withTimezone: true }).notNull(),
    gegevens: jsonb('gegevens').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.informatieobjectId, t.versie] })],
);

/** Content stored through the Documenten API, per content version, in blocks read one at a time. */
export const informatieobjectBlokken = pgTable(
  'informatieobject_blokken',
  {
    informatieobjectId: uuid('informatieobject_id')
      .notNull()
      .references(() => informatieobjecten.id, { onDelete: 'cascade' }),
    inhoudVersie: integer('inhoud_versie').notNull(),
    volgnummer: integer('volgnummer').notNull(),
    inhoud: bytea('inhoud').notNull(),
  },
  (t) => [primaryKey({ columns: [t.informatieobjectId, t.inhoudVersie, t.volgnummer] })],
);

/** A part of a large file being uploaded (ZGW bestandsdeel); merged into blocks on unlock. */
export const bestandsdelen = pgTable(
  'bestandsdelen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    informatieobjectId: uuid('informatieobject_id')
      .notNull()
      .references(() => informatieobjecten.id, { onDelete: 'cascade' }),
    gemeenteCode: gemeenteCodeColumn().notNull(),
    volgnummer: integer('volgnummer').notNull(),
    omvang: integer('omvang').notNull(),
    inhoud: bytea('inhoud'),
  },
  (t) => [unique('bestandsdelen_volgnummer_uq').on(t.informatieobjectId, t.volgnummer)],
);

/** Conditions of use of a document (ZGW gebruiksrechten). */
export const gebruiksrechten = pgTable(
  'gebruiksrechten',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteCode: gemeenteCodeColumn().notNull(),
    informatieobjectId: uuid('informatieobject_id')
      .notNull()
      .references(() => informatieobjecten.id, { onDelete: 'cascade' }),
    startdatum: timestamp('startdatum', { withTimezone: true }).notNull(),
    einddatum: timestamp('einddatum', { withTimezone: true }),
    omschrijvingVoorwaarden: text('omschrijving_voorwaarden').notNull(),
  },
  (t) => [index('gebruiksrechten_io_idx').on(t.informatieobjectId)],
);

/**
 * A document's relation to an object elsewhere (ZGW objectinformatieobject) that is not a
 * zaak or besluit of Loket's own: those are read from zaak- and besluitinformatieobjecten,
 * so that the two sides can never differ.
 */
export const objectinformatieobjecten = pgTable(
  'objectinformatieobjecten',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteCode: gemeenteCodeColumn().notNull(),
    informatieobjectId: uuid('informatieobject_id')
      .notNull()
      .references(() => informatieobjecten.id),
    objectType: text('object_type', { enum: ['besluit', 'zaak', 'verzoek'] }).notNull(),
    object: text('object').notNull(),
  },
  (t) => [unique('objectinformatieobjecten_uq').on(t.informatieobjectId, t.object)],
);
