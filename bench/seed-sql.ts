/**
 * One set-based statement per batch: zaken with their statussen, rollen, resultaten and some
 * documents, all derived from the zaak's ordinal k by hashing, so a seed is reproducible.
 * Parameters: $1 gemeente, $2 jaar, $3 from, $4 to, $5 first day, $6 days, $7 count,
 * $8 offset, $9 rsin, $10 zaaktype ids (uuid[]), $11 their lower share bounds (float8[]).
 */

/** A v4-shaped uuid from a text key. */
const uuid = (key: string) => `overlay(overlay(md5(${key}) placing '4' from 13) placing '8' from 17)::uuid`;
/** A uniform number in [0, 1) from the ordinal and a salt. */
const u = (salt: number) => `((hashint8extended(k, ${salt}) & 2147483647)::float8 / 2147483648.0)`;

const ACHTERNAMEN = [
  'de Vries',
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'Bos',
  'Peters',
];
const VOORNAMEN = ['Anna', 'Daan', 'Sanne', 'Mohamed', 'Lotte', 'Jan', 'Fatima', 'Bram', 'Eva', 'Sem'];
const arr = (xs: string[]) => `(ARRAY[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(',')}])`;

export const SEED_BATCH_SQL = `
WITH src AS MATERIALIZED (
  SELECT n AS nr, $8::bigint + n - 1 AS k, ($5::date + ((n - 1)::bigint * $6::int / $7::int)::int) AS reg
  FROM generate_series($3::int, $4::int) n
),
z0 AS MATERIALIZED (
  SELECT src.*,
    ${uuid(`'zaak:' || k`)} AS id,
    ($10::uuid[])[width_bucket(${u(1)}, $11::float8[])] AS zaaktype_id,
    (ARRAY['openbaar','zaakvertrouwelijk','vertrouwelijk','geheim'])[width_bucket(${u(2)}, ARRAY[0,0.2,0.8,0.95]::float8[])] AS va,
    ${u(3)} < CASE WHEN reg < current_date - 56 THEN 0.9 ELSE 0.1 END AS closed,
    1 + floor(${u(4)} * 3)::int AS open_stage,
    ${u(5)} AS r5, ${u(6)} AS r6, ${u(7)} < 0.2 AS has_doc,
    (999000000 + abs(hashint8extended(k, 8) % 1000000))::text AS bsn,
    ${arr(ACHTERNAMEN)}[1 + (k % ${ACHTERNAMEN.length})::int] AS achternaam,
    ${arr(VOORNAMEN)}[1 + ((k / 7) % ${VOORNAMEN.length})::int] AS voornaam
  FROM src
),
z AS MATERIALIZED (
  SELECT z0.*,
    CASE WHEN closed THEN 4 ELSE open_stage END AS stage,
    CASE WHEN closed THEN least(reg + 5 + floor(r5 * 50)::int, current_date - 1) END AS eind,
    CASE WHEN r6 < 0.7 THEN 'portaal' WHEN r6 < 0.85 THEN 'balie' WHEN r6 < 0.95 THEN 'post' ELSE 'api' END AS kanaal
  FROM z0
),
rt AS (
  SELECT DISTINCT ON (zaaktype_id) zaaktype_id, id FROM resultaattypen
  WHERE zaaktype_id = ANY($10::uuid[]) ORDER BY zaaktype_id, omschrijving DESC
),
iot AS (
  SELECT DISTINCT ON (zit.zaaktype_id) zit.zaaktype_id, i.id
  FROM zaaktype_informatieobjecttypen zit
  JOIN zaaktypen zt ON zt.id = zit.zaaktype_id
  JOIN informatieobjecttypen i ON i.catalogus_id = zt.catalogus_id AND i.omschrijving = zit.informatieobjecttype
  WHERE zit.zaaktype_id = ANY($10::uuid[])
  ORDER BY zit.zaaktype_id, zit.volgnummer, i.begin_geldigheid DESC
),
ins_zaken AS (
  INSERT INTO zaken (id, gemeente_code, identificatie, bronorganisatie, verantwoordelijke_organisatie,
    zaaktype_id, omschrijving, registratiedatum, startdatum, einddatum_gepland,
    uiterlijke_einddatum_afdoening, einddatum, communicatiekanaal, correspondentie,
    vertrouwelijkheidaanduiding, archiefnominatie, archiefactiedatum, status_id, aanvraag,
    created_at, updated_at)
  SELECT id, $1, 'ZAAK-' || $2 || '-' || lpad(nr::text, 7, '0'), $9, $9,
    zaaktype_id, 'Aanvraag van ' || voornaam || ' ' || achternaam, reg, reg, reg + 56,
    reg + 56, eind, kanaal, CASE WHEN kanaal = 'post' THEN 'post' ELSE 'portaal' END,
    va, CASE WHEN closed THEN 'vernietigen' END, CASE WHEN closed THEN (eind + interval '5 years')::date END,
    ${uuid(`'status:' || k || ':' || stage`)},
    jsonb_build_object('ingangsdatum', reg + 7, 'toelichting', 'Ingediend via ' || kanaal),
    reg + time '09:00', coalesce(eind + time '15:00', reg + time '09:00' + stage * interval '2 hours')
  FROM z
  RETURNING 1
),
ins_statussen AS (
  INSERT INTO statussen (id, zaak_id, gemeente_code, statustype_id, datum_status_gezet)
  SELECT ${uuid(`'status:' || k || ':' || v`)}, z.id, $1, st.id,
    CASE WHEN v = 4 THEN eind + time '15:00' ELSE reg + time '09:00' + (v - 1) * interval '2 hours' END
  FROM z CROSS JOIN generate_series(1, z.stage) v
  JOIN statustypen st ON st.zaaktype_id = z.zaaktype_id AND st.volgnummer = v
  RETURNING 1
),
ins_rollen AS (
  INSERT INTO rollen (id, zaak_id, gemeente_code, roltype_id, omschrijving_generiek, betrokkene_type,
    bsn, naam, betrokkene_identificatie, registratiedatum)
  SELECT ${uuid(`'rol:' || k || ':' || r.omschrijving_generiek`)}, z.id, $1, r.id, r.omschrijving_generiek,
    CASE WHEN r.omschrijving_generiek = 'initiator' THEN 'natuurlijk_persoon' ELSE 'medewerker' END,
    CASE WHEN r.omschrijving_generiek = 'initiator' THEN bsn END,
    CASE WHEN r.omschrijving_generiek = 'initiator' THEN voornaam || ' ' || achternaam ELSE 'Behandelaar ' || (k % 40) END,
    CASE WHEN r.omschrijving_generiek = 'initiator'
      THEN jsonb_build_object('inpBsn', bsn, 'geslachtsnaam', achternaam, 'voornamen', voornaam)
      ELSE jsonb_build_object('identificatie', 'behandelaar-' || (k % 40), 'achternaam', 'Behandelaar ' || (k % 40)) END,
    reg + time '09:00'
  FROM z JOIN roltypen r ON r.zaaktype_id = z.zaaktype_id
    AND (r.omschrijving_generiek = 'initiator' OR (r.omschrijving_generiek = 'behandelaar' AND z.stage >= 2))
  RETURNING 1
),
ins_resultaten AS (
  INSERT INTO resultaten (id, zaak_id, gemeente_code, resultaattype_id)
  SELECT ${uuid(`'resultaat:' || k`)}, z.id, $1, rt.id FROM z JOIN rt ON rt.zaaktype_id = z.zaaktype_id
  WHERE z.closed
  RETURNING 1
),
docs AS MATERIALIZED (
  SELECT z.*, ${uuid(`'document:' || k`)} AS doc_id, iot.id AS iot_id,
    convert_to('%PDF-1.4 bewijs van bewoning ' || k, 'UTF8') AS inhoud
  FROM z JOIN iot ON iot.zaaktype_id = z.zaaktype_id WHERE z.has_doc
),
ins_documenten AS (
  INSERT INTO informatieobjecten (id, gemeente_code, identificatie, bronorganisatie, informatieobjecttype_id,
    titel, bestandsnaam, formaat, bestandsomvang, creatiedatum, auteur, vertrouwelijkheidaanduiding,
    ontvangstdatum, created_at)
  SELECT doc_id, $1, 'DOC-' || $2 || '-' || lpad(nr::text, 7, '0'), $9, iot_id,
    'Bewijs van bewoning', 'bewijs-' || k || '.pdf', 'application/pdf', octet_length(inhoud), reg,
    voornaam || ' ' || achternaam, va, reg, reg + time '09:00'
  FROM docs
  RETURNING 1
),
ins_inhoud AS (
  INSERT INTO informatieobject_inhoud (informatieobject_id, inhoud) SELECT doc_id, inhoud FROM docs RETURNING 1
),
ins_zio AS (
  INSERT INTO zaakinformatieobjecten (id, zaak_id, informatieobject_id, gemeente_code, titel, registratiedatum)
  SELECT ${uuid(`'zio:' || k`)}, id, doc_id, $1, 'Bewijs van bewoning', reg + time '09:00' FROM docs
  RETURNING 1
)
SELECT
  (SELECT count(*) FROM ins_zaken)::int AS zaken,
  (SELECT count(*) FROM ins_statussen)::int AS statussen,
  (SELECT count(*) FROM ins_rollen)::int AS rollen,
  (SELECT count(*) FROM ins_resultaten)::int AS resultaten,
  (SELECT count(*) FROM ins_documenten)::int AS documenten,
  (SELECT count(*) FROM ins_inhoud)::int AS inhoud,
  (SELECT count(*) FROM ins_zio)::int AS zaakinformatieobjecten
`;
