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
import {
  ARCHIEFNOMINATIE,
  RICHTING,
  ROL_OMSCHRIJVING_GENERIEK,
  VERTROUWELIJKHEID,
  type BrondatumArchiefprocedure,
  type ChecklistItem,
  type EigenschapSpecificatie,
  type InformatieobjecttypeOmschrijvingGeneriek,
  type ZaaktypenRelatie,
} from './catalog.types.ts';

export * from './catalog.types.ts';

const vertrouwelijkheid = () =>
  text('vertrouwelijkheidaanduiding', { enum: VERTROUWELIJKHEID }).notNull().default('openbaar');

/**
 * Validity of a version of a type: begin and (open) end, both days included; whether it is still
 * a concept; and the life of the object over all its versions.
 */
const geldigheid = () => ({
  beginGeldigheid: date('begin_geldigheid', { mode: 'string' }).notNull(),
  eindeGeldigheid: date('einde_geldigheid', { mode: 'string' }),
  concept: boolean('concept').notNull().default(true),
  beginObject: date('begin_object', { mode: 'string' }),
  eindeObject: date('einde_object', { mode: 'string' }),
});

/** Names of related types (omschrijving or identificatie): the version-independent relations of ImZTC 2.2. */
const namen = (name: string) => text(name).array().notNull().default([]);

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
    contactpersoonBeheerTelefoonnummer: text('contactpersoon_beheer_telefoonnummer').notNull().default(''),
    contactpersoonBeheerEmailadres: text('contactpersoon_beheer_emailadres').notNull().default(''),
    versie: text('versie'),
    begindatumVersie: date('begindatum_versie', { mode: 'string' }),
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
    publicatietekst: text('publicatietekst').notNull().default(''),
    verantwoordingsrelatie: namen('verantwoordingsrelatie'),
    productenOfDiensten: text('producten_of_diensten').array().notNull().default([]),
    trefwoorden: text('trefwoorden').array().notNull().default([]),
    referentieproces: jsonb('referentieproces').$type<{ naam: string; link?: string }>().notNull(),
    verantwoordelijke: text('verantwoordelijke').notNull(),
    selectielijstProcestype: text('selectielijst_procestype'),
    broncatalogus: jsonb('broncatalogus').$type<{ url: string; domein: string; rsin: string }>(),
    bronzaaktype: jsonb('bronzaaktype').$type<{ url: string; identificatie: string; omschrijving: string }>(),
    /** Omschrijvingen of the besluittypen possible in cases of this type. */
    besluittypen: namen('besluittypen'),
    /** Identificaties of the zaaktypen of possible deelzaken. */
    deelzaaktypen: namen('deelzaaktypen'),
    gerelateerdeZaaktypen: jsonb('gerelateerde_zaaktypen').$type<ZaaktypenRelatie[]>().notNull().default([]),
    versiedatum: date('versiedatum', { mode: 'string' }).notNull(),
    ...geldigheid(),
    /** Loket's product definition (form, checks, letters, effects): data, not code. */
    product: jsonb('product').$type<ProductDefinitie>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('zaaktypen_gemeente_ident_idx').on(t.gemeenteCode, t.identificatie, t.beginGeldigheid),
    index('zaaktypen_catalogus_idx').on(t.catalogusId),
  ],
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
    doorlooptijd: text('doorlooptijd'),
    checklistitemStatustype: jsonb('checklistitem_statustype').$type<ChecklistItem[]>().notNull().default([]),
    /** Eigenschappen (of the same zaaktype) that must have a value before this status. */
    eigenschappen: uuid('eigenschappen').array().notNull().default([]),
  },
  (t) => [unique('statustypen_volgnummer_uq').on(t.zaaktypeId, t.volgnummer)],
);

export const resultaattypen = pgTable(
  'resultaattypen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zaaktypeId: uuid('zaaktype_id')
      .notNull()
      .references(() => zaaktypen.id),
    gemeenteCode: gemeenteCodeColumn().notNull(),
    omschrijving: text('omschrijving').notNull(),
    /** URL of the generic result type description (Referentielijsten). */
    resultaattypeomschrijving: text('resultaattypeomschrijving').notNull(),
    /** The omschrijving of that description, copied when the URL is validated. */
    omschrijvingGeneriek: text('omschrijving_generiek').notNull().default(''),
    /** URL of the Selectielijst 2020 result class. */
    selectielijstklasse: text('selectielijstklasse').notNull(),
    toelichting: text('toelichting').notNull().default(''),
    archiefnominatie: text('archiefnominatie', { enum: ARCHIEFNOMINATIE }).notNull(),
    /** ISO 8601 duration after the brondatum; null: kept for ever. */
    archiefactietermijn: text('archiefactietermijn'),
    brondatumArchiefprocedure: jsonb('brondatum_archiefprocedure')
      .$type<BrondatumArchiefprocedure>()
      .notNull(),
    procesobjectaard: text('procesobjectaard'),
    indicatieSpecifiek: boolean('indicatie_specifiek'),
    procestermijn: text('procestermijn'),
    /** Omschrijvingen of the besluittypen a result of this type can lead to. */
    besluittypen: namen('besluittypen'),
    /** Omschrijvingen of the informatieobjecttypen required before this result. */
    informatieobjecttypen: namen('informatieobjecttypen'),
  },
  (t) => [index('resultaattypen_zaaktype_idx').on(t.zaaktypeId)],
);

export const roltypen = pgTable(
  'roltypen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zaaktypeId: uuid('zaaktype_id')
      .notNull()
      .references(() => zaaktypen.id),
    gemeenteCode: gemeenteCodeColumn().notNull(),
    omschrijving: text('omschrijving').notNull(),
    omschrijvingGeneriek: text('omschrijving_generiek', { enum: ROL_OMSCHRIJVING_GENERIEK }).notNull(),
  },
  (t) => [index('roltypen_zaaktype_idx').on(t.zaaktypeId)],
);

export const eigenschappen = pgTable(
  'eigenschappen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zaaktypeId: uuid('zaaktype_id')
      .notNull()
      .references(() => zaaktypen.id),
    gemeenteCode: gemeenteCodeColumn().notNull(),
    naam: text('naam').notNull(),
    definitie: text('definitie').notNull(),
    specificatie: jsonb('specificatie').$type<EigenschapSpecificatie>().notNull(),
    toelichting: text('toelichting').notNull().default(''),
    /** The statustype (of the same zaaktype) that requires a value of this eigenschap. */
    statustypeId: uuid('statustype_id').references(() => statustypen.id, { onDelete: 'set null' }),
  },
  (t) => [index('eigenschappen_zaaktype_idx').on(t.zaaktypeId)],
);

export const informatieobjecttypen = pgTable(
  'informatieobjecttypen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    catalogusId: uuid('catalogus_id')
      .notNull()
      .references(() => catalogi.id),
    gemeenteCode: gemeenteCodeColumn().notNull(),
    omschrijving: text('omschrijving').notNull(),
    vertrouwelijkheidaanduiding: vertrouwelijkheid(),
    informatieobjectcategorie: text('informatieobjectcategorie').notNull(),
    trefwoord: namen('trefwoord'),
    omschrijvingGeneriek: jsonb('omschrijving_generiek').$type<InformatieobjecttypeOmschrijvingGeneriek>(),
    ...geldigheid(),
  },
  (t) => [index('informatieobjecttypen_catalogus_idx').on(t.catalogusId, t.omschrijving)],
);

/** An informatieobjecttype of a zaaktype, by omschrijving: every version of it (ImZTC 2.2). */
export const zaaktypeInformatieobjecttypen = pgTable(
  'zaaktype_informatieobjecttypen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zaaktypeId: uuid('zaaktype_id')
      .notNull()
      .references(() => zaaktypen.id),
    /** The omschrijving of the informatieobjecttype, in the zaaktype's catalogus. */
    informatieobjecttype: text('informatieobjecttype').notNull(),
    gemeenteCode: gemeenteCodeColumn().notNull(),
    volgnummer: integer('volgnummer').notNull(),
    richting: text('richting', { enum: RICHTING }).notNull(),
    statustypeId: uuid('statustype_id').references(() => statustypen.id, { onDelete: 'set null' }),
  },
  (t) => [index('zaaktype_informatieobjecttypen_zaaktype_idx').on(t.zaaktypeId)],
);

export const besluittypen = pgTable(
  'besluittypen',
  {
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
    publicatietekst: text('publicatietekst').notNull().default(''),
    publicatietermijn: text('publicatietermijn'),
    toelichting: text('toelichting').notNull().default(''),
    /** Omschrijvingen of the informatieobjecttypen in which besluiten of this type are laid down. */
    informatieobjecttypen: namen('informatieobjecttypen'),
    ...geldigheid(),
  },
  (t) => [index('besluittypen_catalogus_idx').on(t.catalogusId, t.omschrijving)],
);

/** An object a case of the zaaktype can concern (an Objecttypen API type or another object). */
export const zaakobjecttypen = pgTable(
  'zaakobjecttypen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zaaktypeId: uuid('zaaktype_id')
      .notNull()
      .references(() => zaaktypen.id),
    gemeenteCode: gemeenteCodeColumn().notNull(),
    anderObjecttype: boolean('ander_objecttype').notNull(),
    objecttype: text('objecttype').notNull(),
    relatieOmschrijving: text('relatie_omschrijving').notNull(),
  },
  (t) => [index('zaakobjecttypen_zaaktype_idx').on(t.zaaktypeId)],
);
