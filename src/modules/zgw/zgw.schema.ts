import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { gemeenteCodeColumn } from '../tenants/gemeente.schema.ts';
import { VERTROUWELIJKHEID } from '../catalog/catalog.schema.ts';

/**
 * Autorisaties API: an Applicatie groups client ids (whose secrets live in api_clients) and
 * grants them all authorisations, or the listed ones.
 */
export const applicaties = pgTable(
  'applicaties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteCode: gemeenteCodeColumn().notNull(),
    clientIds: text('client_ids').array().notNull(),
    label: text('label').notNull(),
    heeftAlleAutorisaties: boolean('heeft_alle_autorisaties').notNull().default(false),
    /** Autorisaties API 1.1: the client may read only documents ready for publication. */
    alleenIsGereedVoorPublicatie: boolean('alleen_is_gereed_voor_publicatie').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('applicaties_gemeente_idx').on(t.gemeenteCode)],
);

export const ZGW_COMPONENTEN = ['ac', 'nrc', 'zrc', 'ztc', 'drc', 'brc', 'cmc', 'kc', 'vrc'] as const;
export type ZgwComponent = (typeof ZGW_COMPONENTEN)[number];

/** One grant: scopes on a component, limited to a type and a maximum confidentiality. */
export const autorisaties = pgTable(
  'autorisaties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicatieId: uuid('applicatie_id')
      .notNull()
      .references(() => applicaties.id, { onDelete: 'cascade' }),
    component: text('component', { enum: ZGW_COMPONENTEN }).notNull(),
    scopes: text('scopes').array().notNull(),
    zaaktype: text('zaaktype'),
    informatieobjecttype: text('informatieobjecttype'),
    besluittype: text('besluittype'),
    maxVertrouwelijkheidaanduiding: text('max_vertrouwelijkheidaanduiding', { enum: VERTROUWELIJKHEID }),
  },
  (t) => [index('autorisaties_applicatie_idx').on(t.applicatieId)],
);
