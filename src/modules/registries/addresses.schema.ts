import { char, index, integer, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * A BAG-like address registry: one row per nummeraanduiding with what the address checks and
 * the occupancy signal need. National: not scoped to a municipality on Loket.
 */
export const adressen = pgTable(
  'adressen',
  {
    nummeraanduidingId: char('nummeraanduiding_id', { length: 16 }).primaryKey(),
    adresseerbaarObjectId: char('adresseerbaar_object_id', { length: 16 }).notNull(),
    /** CBS code of the municipality the address lies in (not necessarily on Loket). */
    gemeenteCode: char('gemeente_code', { length: 4 }).notNull(),
    straat: text('straat').notNull(),
    huisnummer: integer('huisnummer').notNull(),
    huisletter: text('huisletter').notNull().default(''),
    huisnummertoevoeging: text('huisnummertoevoeging').notNull().default(''),
    postcode: char('postcode', { length: 6 }).notNull(),
    woonplaats: text('woonplaats').notNull(),
    /** BAG gebruiksdoelen of the verblijfsobject, e.g. woonfunctie. */
    gebruiksdoelen: text('gebruiksdoelen').array().notNull(),
    /** Floor area in m². */
    oppervlakte: integer('oppervlakte').notNull(),
  },
  (t) => [index('adressen_postcode_idx').on(t.postcode, t.huisnummer)],
);
