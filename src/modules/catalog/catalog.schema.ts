import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { gemeenteCodeColumn } from '../tenants/gemeente.schema.ts';
import type { ProductDefinitie } from './product.ts';

/** ZGW vertrouwelijkheidaanduiding, from open to most confidential. */
export const VERTROUWELIJKHEID = [
  'openbaar',
  'beperkt_openbaar',
  'intern',
  'zaakvertrouwelijk',
  'vertrouwelijk',
  'confidentieel',
  'geheim',
  'zeer_geheim',
] as const;
export type Vertrouwelijkheid = (typeof VERTROUWELIJKHEID)[number];

const vertrouwelijkheid = () =>
  text('vertrouwelijkheidaanduiding', { enum: VERTROUWELIJKHEID }).notNull().default('openbaar');

/** Validity of a version of a type: begin and (open) end, and whether it is still a concept. */
const geldigheid = () => ({
  beginGeldigheid: date('begin_geldigheid', { mode: 'string' }).notNull(),
  eindeGeldigheid: date('einde_geldigheid', { mode: 'string' }),
  concept: boolean('concept').notNull().default(true),
});

/** A municipality's catalogue of types (ZGW Catalogi). */
export const catalogi = pgTable(
  'catalogi',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteCode: gemeenteCodeColumn().notNull(),
    domein: text('domein').notNull(),
    rsin: text('rsin').notNull(),
    naam: text('naam').notNull(),
    contactpersoonBeheerNaam: text('contactpersoon_beheer_naam').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('catalogi_gemeente_domein_uq').on(t.gemeenteCode, t.domein)],
);

export const zaaktypen = pgTable(
  'zaaktypen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    catalogusId: uuid('catalogus_id')
      .notNull()
      .references(() => catalogi.id),
    gemeenteCode: gemeenteCodeColumn().notNull(),
    identificatie: text('identificatie').notNull(),
    omschrijving: text('omschrijving').notNull(),
    omschrijvingGeneriek: text('omschrijving_generiek').notNull().default(''),
    vertrouwelijkheidaanduiding: vertrouwelijkheid(),
    doel: text('doel').notNull(),
    aanleiding: text('aanleiding').notNull(),
    toelichting: text('toelichting').notNull().default(''),
    indicatieInternOfExtern: text('indicatie_intern_of_extern', { enum: ['intern', 'extern'] }).notNull(),
    handelingInitiator: text('handeling_initiator').notNull(),
    onderwerp: text('onderwerp').notNull(),
    handelingBehandelaar: text('handeling_behandelaar').notNull(),
    /** ISO 8601 duration: the statutory decision term, e.g. P8W. */
    doorlooptijd: text('doorlooptijd').notNull(),
    /** The municipality's own, shorter service promise. */
    servicenorm: text('servicenorm'),
    opschortingEnAanhoudingMogelijk: boolean('opschorting_en_aanhouding_mogelijk').notNull(),
    verlengingMogelijk: boolean('verlenging_mogelijk').notNull(),
    verlengingstermijn: text('verlengingstermijn'),
    publicatieIndicatie: boolean('publicatie_indicatie').notNull().default(false),
    productenOfDiensten: text('producten_of_diensten').array().notNull().default([]),
    trefwoorden: text('trefwoorden').array().notNull().default([]),
    referentieproces: jsonb('referentieproces').$type<{ naam: string; link?: string }>().notNull(),
    verantwoordelijke: text('verantwoordelijke').notNull(),
    selectielijstProcestype: text('selectielijst_procestype'),
    versiedatum: date('versiedatum', { mode: 'string' }).notNull(),
    ...geldigheid(),
    /** Loket's product definition (form, checks, letters, effects): data, not code. */
    product: jsonb('product').$type<ProductDefinitie>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('zaaktypen_gemeente_ident_idx').on(t.gemeenteCode, t.identificatie, t.beginGeldigheid)],
);

export const statustypen = pgTable(
  'statustypen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zaaktypeId: uuid('zaaktype_id')
      .notNull()
      .references(() => zaaktypen.id),
    gemeenteCode: gemeenteCodeColumn().notNull(),
    volgnummer: integer('volgnummer').notNull(),
    omschrijving: text('omschrijving').notNull(),
    omschrijvingGeneriek: text('omschrijving_generiek').notNull().default(''),
    /** The text the citizen sees for this status. */
    statustekst: text('statustekst').notNull().default(''),
    informeren: boolean('informeren').notNull().default(false),
    toelichting: text('toelichting').notNull().default(''),
  },
  (t) => [unique('statustypen_volgnummer_uq').on(t.zaaktypeId, t.volgnummer)],
);

export const ARCHIEFNOMINATIE = ['blijvend_bewaren', 'vernietigen'] as const;

export interface BrondatumArchiefprocedure {
  afleidingswijze:
    | 'afgehandeld'
    | 'ander_datumkenmerk'
    | 'eigenschap'
    | 'gerelateerde_zaak'
    | 'hoofdzaak'
    | 'ingangsdatum_besluit'
    | 'termijn'
    | 'vervaldatum_besluit'
    | 'zaakobject';
  datumkenmerk?: string;
  einddatumBekend?: boolean;
  objecttype?: string;
  registratie?: string;
  procestermijn?: string | null;
}

export const resultaattypen = pgTable('resultaattypen', {
  id: uuid('id').primaryKey().defaultRandom(),
  zaaktypeId: uuid('zaaktype_id')
    .notNull()
    .references(() => zaaktypen.id),
  gemeenteCode: gemeenteCodeColumn().notNull(),
  omschrijving: text('omschrijving').notNull(),
  /** URL of the generic result type description (Referentielijsten). */
  resultaattypeomschrijving: text('resultaattypeomschrijving').notNull(),
  omschrijvingGeneriek: text('omschrijving_generiek').notNull().default(''),
  /** URL of the Selectielijst 2020 result class. */
  selectielijstklasse: text('selectielijstklasse').notNull(),
  toelichting: text('toelichting').notNull().default(''),
  archiefnominatie: text('archiefnominatie', { enum: ARCHIEFNOMINATIE }).notNull(),
  archiefactietermijn: text('archiefactietermijn'),
  brondatumArchiefprocedure: jsonb('brondatum_archiefprocedure').$type<BrondatumArchiefprocedure>().notNull(),
});

export const ROL_OMSCHRIJVING_GENERIEK = [
  'adviseur',
  'behandelaar',
  'belanghebbende',
  'beslisser',
  'initiator',
  'klantcontacter',
  'zaakcoordinator',
  'mede_initiator',
] as const;
export type RolOmschrijvingGeneriek = (typeof ROL_OMSCHRIJVING_GENERIEK)[number];

export const roltypen = pgTable('roltypen', {
  id: uuid('id').primaryKey().defaultRandom(),
  zaaktypeId: uuid('zaaktype_id')
    .notNull()
    .references(() => zaaktypen.id),
  gemeenteCode: gemeenteCodeColumn().notNull(),
  omschrijving: text('omschrijving').notNull(),
  omschrijvingGeneriek: text('omschrijving_generiek', { enum: ROL_OMSCHRIJVING_GENERIEK }).notNull(),
});

export interface EigenschapSpecificatie {
  formaat: 'tekst' | 'getal' | 'datum' | 'datum_tijd';
  lengte: string;
  kardinaliteit: string;
  waardenverzameling: string[];
}

export const eigenschappen = pgTable('eigenschappen', {
  id: uuid('id').primaryKey().defaultRandom(),
  zaaktypeId: uuid('zaaktype_id')
    .notNull()
    .references(() => zaaktypen.id),
  gemeenteCode: gemeenteCodeColumn().notNull(),
  naam: text('naam').notNull(),
  definitie: text('definitie').notNull(),
  specificatie: jsonb('specificatie').$type<EigenschapSpecificatie>().notNull(),
  toelichting: text('toelichting').notNull().default(''),
});

export const informatieobjecttypen = pgTable('informatieobjecttypen', {
  id: uuid('id').primaryKey().defaultRandom(),
  catalogusId: uuid('catalogus_id')
    .notNull()
    .references(() => catalogi.id),
  gemeenteCode: gemeenteCodeColumn().notNull(),
  omschrijving: text('omschrijving').notNull(),
  vertrouwelijkheidaanduiding: vertrouwelijkheid(),
  informatieobjectcategorie: text('informatieobjectcategorie').notNull(),
  ...geldigheid(),
});

export const zaaktypeInformatieobjecttypen = pgTable('zaaktype_informatieobjecttypen', {
  id: uuid('id').primaryKey().defaultRandom(),
  zaaktypeId: uuid('zaaktype_id')
    .notNull()
    .references(() => zaaktypen.id),
  informatieobjecttypeId: uuid('informatieobjecttype_id')
    .notNull()
    .references(() => informatieobjecttypen.id),
  gemeenteCode: gemeenteCodeColumn().notNull(),
  volgnummer: integer('volgnummer').notNull(),
  richting: text('richting', { enum: ['inkomend', 'intern', 'uitgaand'] }).notNull(),
});

export const besluittypen = pgTable('besluittypen', {
  id: uuid('id').primaryKey().defaultRandom(),
  catalogusId: uuid('catalogus_id')
    .notNull()
    .references(() => catalogi.id),
  gemeenteCode: gemeenteCodeColumn().notNull(),
  omschrijving: text('omschrijving').notNull(),
  omschrijvingGeneriek: text('omschrijving_generiek').notNull().default(''),
  besluitcategorie: text('besluitcategorie').notNull().default(''),
  /** ISO 8601 duration: the objection term (Awb 6:7). */
  reactietermijn: text('reactietermijn'),
  publicatieIndicatie: boolean('publicatie_indicatie').notNull().default(false),
  ...geldigheid(),
});

export const zaaktypeBesluittypen = pgTable(
  'zaaktype_besluittypen',
  {
    zaaktypeId: uuid('zaaktype_id')
      .notNull()
      .references(() => zaaktypen.id),
    besluittypeId: uuid('besluittype_id')
      .notNull()
      .references(() => besluittypen.id),
  },
  (t) => [unique('zaaktype_besluittypen_uq').on(t.zaaktypeId, t.besluittypeId)],
);
