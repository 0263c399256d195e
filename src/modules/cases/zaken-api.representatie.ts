import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { zaken } from './cases.schema.ts';
import { literal } from './zaken-api.sql-tekst.ts';
import type { Collection, ZakenApiUrls } from './zaken-api.urls.ts';

/**
 * The ZGW representation of a zaak (Zaken API 1.7.0, `Zaak`) as PostgreSQL builds it: one SQL
 * expression giving the JSON text of the zaak in scope, for every statement that reads zaken.
 */

export type Zaak = typeof zaken.$inferSelect;

/** The columns the ZGW representation shows: not the portal's application data and the like. */
const { aanvraag, createdAt, updatedAt, correspondentie, communicatiekanaal, ...zaakVelden } =
  getTableColumns(zaken);
void [aanvraag, createdAt, updatedAt, correspondentie, communicatiekanaal];
export type ZaakVelden = Omit<
  Zaak,
  'aanvraag' | 'createdAt' | 'updatedAt' | 'correspondentie' | 'communicatiekanaal'
>;

const BETALING: Record<string, string> = {
  nvt: 'Er is geen sprake van te betalen, met de zaak gemoeide, kosten.',
  nog_niet: 'De met de zaak gemoeide kosten zijn (nog) niet betaald.',
  gedeeltelijk: 'De met de zaak gemoeide kosten zijn gedeeltelijk betaald.',
  geheel: 'De met de zaak gemoeide kosten zijn geheel betaald.',
};

/** A column of the outer zaak, qualified: in a one-table select Drizzle leaves column names bare. */
const z = (column: string) => sql.raw(`"zaken"."${column}"`);

/** The URL of one of Loket's resources: the collection's prefix and the id. */
const url = (u: ZakenApiUrls, c: Collection, id: SQL) => sql`(${literal(u.url(c, ''))} || ${id}::text)`;

/**
 * The ZGW representation of the zaak in scope (Zaken API 1.7.0, `Zaak`), as compact JSON text.
 * Optional URLs that are empty are left out (an empty string is no URI); timestamps are UTC with
 * milliseconds; the URLs of its parts come from the ids the triggers keep on the zaak's row.
 */
function zaakJsonSql(u: ZakenApiUrls): SQL<string> {
  /**
   * A JSON array of URLs from an array of ids on the row (the prefix before each id), as text put
   * after the other attributes: a cast to json would parse it again for every zaak (about a tenth
   * of PostgreSQL's time for a page).
   */
  const urls = (key: string, column: string, prefix: SQL) =>
    sql`${literal(`,"${key}":`)} || (case when cardinality(${z(column)}) = 0 then '[]' else '["' || ${prefix} || array_to_string(${z(column)}, '","' || ${prefix}) || '"]' end)`;
  /** A collection's prefix as it appears inside a JSON string. */
  const prefix = (c: Collection) => literal(JSON.stringify(u.url(c, '')).slice(1, -1));
  const optional = (key: string, column: string) =>
    sql`coalesce(${literal(`,"${key}":`)} || to_json(nullif(${z(column)}, ''))::text, '')`;
  const betaling = sql.join(
    Object.entries(BETALING).map(([k, v]) => sql`when ${literal(k)} then ${literal(v)}`),
    sql` `,
  );
  const lijsten = sql.join(
    [
      urls('deelzaken', 'deelzaak_ids', prefix('zaak')),
      urls(
        'eigenschappen',
        'zaakeigenschap_ids',
        sql`${prefix('zaak')} || ${z('id')}::text || '/zaakeigenschappen/'`,
      ),
      urls('rollen', 'rol_ids', prefix('rol')),
      urls('zaakinformatieobjecten', 'zaakinformatieobject_ids', prefix('zaakinformatieobject')),
      urls('zaakobjecten', 'zaakobject_ids', prefix('zaakobject')),
    ],
    sql` || `,
  );
  return sql<string>`(select left(row_to_json(j)::text, -1) || ${optional('communicatiekanaal', 'communicatiekanaal_url')} || ${optional('selectielijstklasse', 'selectielijstklasse')} || ${lijsten} || '}' from (select
    ${url(u, 'zaak', z('id'))} as url,
    ${z('id')} as uuid,
    ${z('identificatie')} as identificatie,
    ${z('bronorganisatie')}::text as bronorganisatie,
    ${z('omschrijving')} as omschrijving,
    ${z('toelichting')} as toelichting,
    ${url(u, 'zaaktype', z('zaaktype_id'))} as zaaktype,
    ${z('registratiedatum')} as registratiedatum,
    ${z('verantwoordelijke_organisatie')}::text as "verantwoordelijkeOrganisatie",
    ${z('startdatum')} as startdatum,
    ${z('einddatum')} as einddatum,
    ${z('einddatum_gepland')} as "einddatumGepland",
    ${z('uiterlijke_einddatum_afdoening')} as "uiterlijkeEinddatumAfdoening",
    ${z('publicatiedatum')} as publicatiedatum,
    ${z('producten_of_diensten')} as "productenOfDiensten",
    ${z('vertrouwelijkheidaanduiding')} as vertrouwelijkheidaanduiding,
    ${z('betalingsindicatie')} as betalingsindicatie,
    case ${z('betalingsindicatie')} ${betaling} else '' end as "betalingsindicatieWeergave",
    to_char(${z('laatste_betaaldatum')} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "laatsteBetaaldatum",
    ${z('zaakgeometrie')} as zaakgeometrie,
    ${z('verlenging')} as verlenging,
    json_build_object('indicatie', ${z('opschorting_reden')} is not null, 'reden', coalesce(${z('opschorting_reden')}, '')) as opschorting,
    case when ${z('hoofdzaak_id')} is null then null else ${url(u, 'zaak', z('hoofdzaak_id'))} end as hoofdzaak,
    ${z('relevante_andere_zaken')} as "relevanteAndereZaken",
    case when ${z('status_id')} is null then null else ${url(u, 'status', z('status_id'))} end as status,
    ${z('kenmerken')} as kenmerken,
    ${z('archiefnominatie')} as archiefnominatie,
    ${z('archiefstatus')} as archiefstatus,
    ${z('archiefactiedatum')} as archiefactiedatum,
    case when ${z('resultaat_id')} is null then null else ${url(u, 'resultaat', z('resultaat_id'))} end as resultaat,
    ${z('opdrachtgevende_organisatie')} as "opdrachtgevendeOrganisatie",
    ${z('processobjectaard')} as processobjectaard,
    ${z('startdatum_bewaartermijn')} as "startdatumBewaartermijn",
    ${z('processobject')} as processobject
  ) j)`;
}

const representaties = new WeakMap<ZakenApiUrls, { zaak: typeof zaakVelden; json: SQL<string> }>();
/**
 * The columns of a zaak and its representation, once per set of URLs. The representation has no
 * parameters, so it is rendered to text once: Drizzle would otherwise walk its few hundred
 * pieces again for every statement that names it (a fifth of the CPU of a POST /zaken).
 */
export function representatie(u: ZakenApiUrls) {
  let r = representaties.get(u);
  if (!r) {
    const query = new PgDialect().sqlToQuery(zaakJsonSql(u));
    if (query.params.length > 0) throw new Error('The representation of a zaak takes no parameters.');
    r = { zaak: zaakVelden, json: sql.raw(query.sql) as SQL<string> };
    representaties.set(u, r);
  }
  return r;
}
