import { sql } from 'drizzle-orm';
import {
  boolean,
  char,
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
import { bytea } from '../../platform/db/bytea.ts';
import {
  ARCHIEFNOMINATIE,
  eigenschappen,
  resultaattypen,
  roltypen,
  statustypen,
  VERTROUWELIJKHEID,
  zaaktypen,
} from '../catalog/catalog.schema.ts';

/** The last zaak number handed out per municipality and year: one row, updated atomically. */
export const zaakNummers = pgTable(
  'zaak_nummers',
  {
    gemeenteCode: gemeenteCodeColumn().notNull(),
    jaar: integer('jaar').notNull(),
    laatste: integer('laatste').notNull(),
  },
  (t) => [primaryKey({ columns: [t.gemeenteCode, t.jaar] })],
);

export const KANALEN = ['portaal', 'balie', 'post', 'telefoon', 'api'] as const;
export type Kanaal = (typeof KANALEN)[number];

/** ZGW gegevensgroepen and lists of a zaak kept as they are given. */
export interface RelevanteZaak {
  url: string;
  aardRelatie: 'vervolg' | 'onderwerp' | 'bijdrage';
}
export interface ZaakKenmerk {
  kenmerk: string;
  bron: string;
}
export interface Processobject {
  datumkenmerk: string;
  identificatie: string;
  objecttype: string;
  registratie: string;
}

export const zaken = pgTable(
  'zaken',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteCode: gemeenteCodeColumn().notNull(),
    identificatie: text('identificatie').notNull(),
    bronorganisatie: char('bronorganisatie', { length: 9 }).notNull(),
    verantwoordelijkeOrganisatie: char('verantwoordelijke_organisatie', { length: 9 }).notNull(),
    zaaktypeId: uuid('zaaktype_id')
      .notNull()
      .references(() => zaaktypen.id),
    omschrijving: text('omschrijving').notNull().default(''),
    toelichting: text('toelichting').notNull().default(''),
    registratiedatum: date('registratiedatum', { mode: 'string' }).notNull(),
    startdatum: date('startdatum', { mode: 'string' }).notNull(),
    einddatumGepland: date('einddatum_gepland', { mode: 'string' }),
    uiterlijkeEinddatumAfdoening: date('uiterlijke_einddatum_afdoening', { mode: 'string' }),
    einddatum: date('einddatum', { mode: 'string' }),
    publicatiedatum: date('publicatiedatum', { mode: 'string' }),
    communicatiekanaal: text('communicatiekanaal', { enum: KANALEN }).notNull(),
    /** How the applicant is answered: in Mijn zaken, or by letter (no DigiD). */
    correspondentie: text('correspondentie', { enum: ['portaal', 'post'] }).notNull(),
    vertrouwelijkheidaanduiding: text('vertrouwelijkheidaanduiding', { enum: VERTROUWELIJKHEID }).notNull(),
    betalingsindicatie: text('betalingsindicatie').notNull().default('nvt'),
    archiefnominatie: text('archiefnominatie', { enum: ARCHIEFNOMINATIE }),
    archiefactiedatum: date('archiefactiedatum', { mode: 'string' }),
    archiefstatus: text('archiefstatus').notNull().default('nog_te_archiveren'),
    hoofdzaakId: uuid('hoofdzaak_id'),
    zaakgeometrie: jsonb('zaakgeometrie').$type<{
      type: string;
      coordinates?: unknown;
      geometries?: unknown;
    }>(),
    /** ZGW: the communicatiekanaal as a Referentielijsten URL, when a client gave one. */
    communicatiekanaalUrl: text('communicatiekanaal_url'),
    productenOfDiensten: text('producten_of_diensten')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    laatsteBetaaldatum: timestamp('laatste_betaaldatum', { withTimezone: true }),
    selectielijstklasse: text('selectielijstklasse'),
    relevanteAndereZaken: jsonb('relevante_andere_zaken').$type<RelevanteZaak[]>().notNull().default([]),
    kenmerken: jsonb('kenmerken').$type<ZaakKenmerk[]>().notNull().default([]),
    opdrachtgevendeOrganisatie: text('opdrachtgevende_organisatie').notNull().default(''),
    processobjectaard: text('processobjectaard'),
    startdatumBewaartermijn: date('startdatum_bewaartermijn', { mode: 'string' }),
    processobject: jsonb('processobject').$type<Processobject>(),
    /** The current status (the last one set), for queues and lists. */
    statusId: uuid('status_id'),
    /**
     * What the Zaken API's representation refers to, kept on the row by triggers (migration 0003)
     * whatever writes the parts: the ids of the rollen (by registratiedatum), zaakeigenschappen,
     * zaakobjecten, zaakinformatieobjecten (by registratiedatum) and deelzaken (by identificatie),
     * the resultaat, the reason of the running suspension and the latest extension. A page of
     * 100 zaken reads them from the rows instead of 800 index lookups. Not written by Loket, but
     * for a new zaak of the API (zaak-aanmaken.repository.ts): the suspension and extension it
     * starts with, as their triggers will set them when its statement ends.
     */
    rolIds: uuid('rol_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    zaakeigenschapIds: uuid('zaakeigenschap_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    zaakobjectIds: uuid('zaakobject_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    zaakinformatieobjectIds: uuid('zaakinformatieobject_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    deelzaakIds: uuid('deelzaak_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    resultaatId: uuid('resultaat_id'),
    opschortingReden: text('opschorting_reden'),
    verlenging: jsonb('verlenging').$type<{ reden: string; duur: string }>(),
    /** The answers the applicant gave, as the product's form defines them. */
    aanvraag: jsonb('aanvraag').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Also the index of GET /zaken's default order (-identificatie) within a municipality.
    unique('zaken_gemeente_identificatie_uq').on(t.gemeenteCode, t.identificatie),
    index('zaken_gemeente_open_idx').on(t.gemeenteCode, t.einddatum, t.registratiedatum),
    // A zaaktype belongs to one municipality: this serves GET /zaken?zaaktype= in default order.
    index('zaken_zaaktype_idx').on(t.zaaktypeId, t.identificatie),
    index('zaken_hoofdzaak_idx')
      .on(t.hoofdzaakId)
      .where(sql`hoofdzaak_id is not null`),
  ],
);

export const statussen = pgTable(
  'statussen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zaakId: uuid('zaak_id')
      .notNull()
      .references(() => zaken.id),
    gemeenteCode: gemeenteCodeColumn().notNull(),
    statustypeId: uuid('statustype_id')
      .notNull()
      .references(() => statustypen.id),
    datumStatusGezet: timestamp('datum_status_gezet', { withTimezone: true }).notNull(),
    statustoelichting: text('statustoelichting').notNull().default(''),
    /** ZGW `gezetdoor`: the rol (of the same zaak) that set the status. */
    gezetdoorId: uuid('gezetdoor_id'),
  },
  (t) => [
    index('statussen_zaak_idx').on(t.zaakId, t.datumStatusGezet),
    index('statussen_gezetdoor_idx')
      .on(t.gezetdoorId)
      .where(sql`gezetdoor_id is not null`),
  ],
);

export const BETROKKENE_TYPEN = [
  'natuurlijk_persoon',
  'niet_natuurlijk_persoon',
  'vestiging',
  'organisatorische_eenheid',
  'medewerker',
] as const;

/** Who is involved: the initiator, co-movers (belanghebbenden), the behandelaar. */
export const rollen = pgTable(
  'rollen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zaakId: uuid('zaak_id')
      .notNull()
      .references(() => zaken.id),
    gemeenteCode: gemeenteCodeColumn().notNull(),
    roltypeId: uuid('roltype_id')
      .notNull()
      .references(() => roltypen.id),
    omschrijvingGeneriek: text('omschrijving_generiek').notNull(),
    betrokkeneType: text('betrokkene_type', { enum: BETROKKENE_TYPEN }).notNull(),
    /** A natural person's BSN, for Mijn zaken and the registry. */
    bsn: char('bsn', { length: 9 }),
    /** An employee's account, for the work queue. */
    medewerkerId: uuid('medewerker_id'),
    naam: text('naam').notNull().default(''),
    /** The betrokkene's identification as ZGW shapes it. */
    betrokkeneIdentificatie: jsonb('betrokkene_identificatie').$type<Record<string, unknown>>().notNull(),
    roltoelichting: text('roltoelichting').notNull().default(''),
    registratiedatum: timestamp('registratiedatum', { withTimezone: true }).notNull().defaultNow(),
    /** ZGW: URL of the betrokkene in its own registration, when known. */
    betrokkene: text('betrokkene'),
    afwijkendeNaamBetrokkene: text('afwijkende_naam_betrokkene').notNull().default(''),
    indicatieMachtiging: text('indicatie_machtiging').notNull().default(''),
    contactpersoonRol: jsonb('contactpersoon_rol').$type<Record<string, string>>(),
  },
  (t) => [
    // In the order the Zaken API lists a zaak's rollen.
    index('rollen_zaak_idx').on(t.zaakId, t.registratiedatum, t.id),
    index('rollen_bsn_idx').on(t.bsn),
    index('rollen_medewerker_idx').on(t.medewerkerId),
  ],
);

export const resultaten = pgTable('resultaten', {
  id: uuid('id').primaryKey().defaultRandom(),
  zaakId: uuid('zaak_id')
    .notNull()
    .unique()
    .references(() => zaken.id),
  gemeenteCode: gemeenteCodeColumn().notNull(),
  resultaattypeId: uuid('resultaattype_id')
    .notNull()
    .references(() => resultaattypen.id),
  toelichting: text('toelichting').notNull().default(''),
});

export const zaakeigenschappen = pgTable(
  'zaakeigenschappen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zaakId: uuid('zaak_id')
      .notNull()
      .references(() => zaken.id),
    gemeenteCode: gemeenteCodeColumn().notNull(),
    eigenschapId: uuid('eigenschap_id')
      .notNull()
      .references(() => eigenschappen.id),
    naam: text('naam').notNull(),
    waarde: text('waarde').notNull(),
  },
  (t) => [index('zaakeigenschappen_zaak_idx').on(t.zaakId)],
);

/** What the case is about, e.g. the new address (objectType 'adres'). */
export const zaakobjecten = pgTable(
  'zaakobjecten',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zaakId: uuid('zaak_id')
      .notNull()
      .references(() => zaken.id),
    gemeenteCode: gemeenteCodeColumn().notNull(),
    objectType: text('object_type').notNull(),
    object: text('object').notNull().default(''),
    relatieomschrijving: text('relatieomschrijving').notNull().default(''),
    objectIdentificatie: jsonb('object_identificatie').$type<Record<string, unknown>>().notNull(),
    zaakobjecttype: text('zaakobjecttype'),
    objectTypeOverige: text('object_type_overige').notNull().default(''),
    objectTypeOverigeDefinitie: jsonb('object_type_overige_definitie').$type<Record<string, string>>(),
  },
  (t) => [index('zaakobjecten_zaak_idx').on(t.zaakId)],
);

/** Deadline ledger: suspensions (Awb 4:15), more than one allowed; `tot` open while running. */
export const opschortingen = pgTable(
  'opschortingen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zaakId: uuid('zaak_id')
      .notNull()
      .references(() => zaken.id),
    gemeenteCode: gemeenteCodeColumn().notNull(),
    van: date('van', { mode: 'string' }).notNull(),
    tot: date('tot', { mode: 'string' }),
    reden: text('reden').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('opschortingen_zaak_idx').on(t.zaakId)],
);

/** Deadline ledger: extensions (Awb 4:14 or the zaaktype's verlengingstermijn). */
export const verlengingen = pgTable(
  'verlengingen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zaakId: uuid('zaak_id')
      .notNull()
      .references(() => zaken.id),
    gemeenteCode: gemeenteCodeColumn().notNull(),
    duur: text('duur').notNull(),
    reden: text('reden').notNull(),
    datum: date('datum', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // The latest first, as the Zaken API shows it.
  (t) => [index('verlengingen_zaak_idx').on(t.zaakId, t.datum, t.createdAt)],
);

/** Messages between the municipality and the applicant; a request for information awaits an answer. */
export const berichten = pgTable(
  'berichten',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zaakId: uuid('zaak_id')
      .notNull()
      .references(() => zaken.id),
    gemeenteCode: gemeenteCodeColumn().notNull(),
    richting: text('richting', { enum: ['aan-aanvrager', 'van-aanvrager'] }).notNull(),
    onderwerp: text('onderwerp').notNull(),
    tekst: text('tekst').notNull(),
    /** A request for information (Awb 4:5): suspends the deadline until answered. */
    verzoek: boolean('verzoek').notNull().default(false),
    /** For an answer: the request it answers. */
    antwoordOp: uuid('antwoord_op'),
    beantwoord: timestamp('beantwoord', { withTimezone: true }),
    afzender: text('afzender').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('berichten_zaak_idx').on(t.zaakId, t.createdAt)],
);

/**
 * A checked application between the form and the citizen's confirmation on the summary page,
 * with its upload. Removed when submitted; expired ones are purged.
 */
export const aanvraagConcepten = pgTable(
  'aanvraag_concepten',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Whose draft: 'burger:<bsn>' or 'medewerker:<id>'. */
    eigenaar: text('eigenaar').notNull(),
    gemeenteCode: gemeenteCodeColumn().notNull(),
    zaaktypeId: uuid('zaaktype_id')
      .notNull()
      .references(() => zaaktypen.id),
    gegevens: jsonb('gegevens').$type<Record<string, unknown>>().notNull(),
    bijlage: bytea('bijlage'),
    verlooptOp: timestamp('verloopt_op', { withTimezone: true }).notNull(),
  },
  (t) => [index('aanvraag_concepten_verloopt_idx').on(t.verlooptOp)],
);
