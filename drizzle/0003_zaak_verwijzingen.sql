ALTER TABLE "zaken" ADD COLUMN "rol_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "zaken" ADD COLUMN "zaakeigenschap_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "zaken" ADD COLUMN "zaakobject_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "zaken" ADD COLUMN "zaakinformatieobject_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "zaken" ADD COLUMN "deelzaak_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "zaken" ADD COLUMN "resultaat_id" uuid;--> statement-breakpoint
ALTER TABLE "zaken" ADD COLUMN "opschorting_reden" text;--> statement-breakpoint
ALTER TABLE "zaken" ADD COLUMN "verlenging" jsonb;--> statement-breakpoint
-- What the Zaken API's representation of a zaak refers to, kept on the zaak's row whatever writes
-- the parts (portal, back office, the ZGW APIs, the documents module): one of the zaak's
-- columns (TG_ARGV[0]) is recomputed from the rows of this table that belong to the zaak
-- (TG_ARGV[2], the key column), as the value TG_ARGV[1] over them (aliased x).
CREATE FUNCTION zaak_verwijzing_bijwerken() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  oud uuid;
  nieuw uuid;
  bijwerken text := format(
    'UPDATE zaken SET %I = (SELECT %s FROM %I x WHERE x.%I = $1) WHERE id = $1',
    TG_ARGV[0], TG_ARGV[1], TG_TABLE_NAME, TG_ARGV[2]);
BEGIN
  IF TG_OP <> 'INSERT' THEN
    IF TG_ARGV[2] = 'hoofdzaak_id' THEN oud := OLD.hoofdzaak_id; ELSE oud := OLD.zaak_id; END IF;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    IF TG_ARGV[2] = 'hoofdzaak_id' THEN nieuw := NEW.hoofdzaak_id; ELSE nieuw := NEW.zaak_id; END IF;
  END IF;
  IF oud IS NOT NULL THEN
    EXECUTE bijwerken USING oud;
  END IF;
  IF nieuw IS NOT NULL AND nieuw IS DISTINCT FROM oud THEN
    EXECUTE bijwerken USING nieuw;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER zaak_rol_ids AFTER INSERT OR DELETE OR UPDATE OF zaak_id, registratiedatum ON rollen
  FOR EACH ROW EXECUTE FUNCTION zaak_verwijzing_bijwerken(
    'rol_ids', 'coalesce(array_agg(x.id ORDER BY x.registratiedatum, x.id), ''{}'')', 'zaak_id');
--> statement-breakpoint
CREATE TRIGGER zaak_zaakeigenschap_ids AFTER INSERT OR DELETE OR UPDATE OF zaak_id ON zaakeigenschappen
  FOR EACH ROW EXECUTE FUNCTION zaak_verwijzing_bijwerken(
    'zaakeigenschap_ids', 'coalesce(array_agg(x.id ORDER BY x.id), ''{}'')', 'zaak_id');
--> statement-breakpoint
CREATE TRIGGER zaak_zaakobject_ids AFTER INSERT OR DELETE OR UPDATE OF zaak_id ON zaakobjecten
  FOR EACH ROW EXECUTE FUNCTION zaak_verwijzing_bijwerken(
    'zaakobject_ids', 'coalesce(array_agg(x.id ORDER BY x.id), ''{}'')', 'zaak_id');
--> statement-breakpoint
CREATE TRIGGER zaak_zaakinformatieobject_ids
  AFTER INSERT OR DELETE OR UPDATE OF zaak_id, registratiedatum ON zaakinformatieobjecten
  FOR EACH ROW EXECUTE FUNCTION zaak_verwijzing_bijwerken(
    'zaakinformatieobject_ids', 'coalesce(array_agg(x.id ORDER BY x.registratiedatum, x.id), ''{}'')', 'zaak_id');
--> statement-breakpoint
CREATE TRIGGER zaak_resultaat_id AFTER INSERT OR DELETE OR UPDATE OF zaak_id ON resultaten
  FOR EACH ROW EXECUTE FUNCTION zaak_verwijzing_bijwerken('resultaat_id', '(array_agg(x.id))[1]', 'zaak_id');
--> statement-breakpoint
CREATE TRIGGER zaak_opschorting_reden AFTER INSERT OR DELETE OR UPDATE OF zaak_id, tot, reden ON opschortingen
  FOR EACH ROW EXECUTE FUNCTION zaak_verwijzing_bijwerken(
    'opschorting_reden', '(array_agg(x.reden ORDER BY x.van DESC) FILTER (WHERE x.tot IS NULL))[1]', 'zaak_id');
--> statement-breakpoint
CREATE TRIGGER zaak_verlenging AFTER INSERT OR DELETE OR UPDATE OF zaak_id, datum, reden, duur ON verlengingen
  FOR EACH ROW EXECUTE FUNCTION zaak_verwijzing_bijwerken(
    'verlenging',
    '(array_agg(jsonb_build_object(''reden'', x.reden, ''duur'', x.duur) ORDER BY x.datum DESC, x.created_at DESC))[1]',
    'zaak_id');
--> statement-breakpoint
CREATE TRIGGER zaak_deelzaak_ids_nieuw AFTER INSERT ON zaken
  FOR EACH ROW WHEN (NEW.hoofdzaak_id IS NOT NULL) EXECUTE FUNCTION zaak_verwijzing_bijwerken(
    'deelzaak_ids', 'coalesce(array_agg(x.id ORDER BY x.identificatie), ''{}'')', 'hoofdzaak_id');
--> statement-breakpoint
CREATE TRIGGER zaak_deelzaak_ids_weg AFTER DELETE ON zaken
  FOR EACH ROW WHEN (OLD.hoofdzaak_id IS NOT NULL) EXECUTE FUNCTION zaak_verwijzing_bijwerken(
    'deelzaak_ids', 'coalesce(array_agg(x.id ORDER BY x.identificatie), ''{}'')', 'hoofdzaak_id');
--> statement-breakpoint
CREATE TRIGGER zaak_deelzaak_ids_gewijzigd AFTER UPDATE OF hoofdzaak_id, identificatie ON zaken
  FOR EACH ROW WHEN (OLD.hoofdzaak_id IS NOT NULL OR NEW.hoofdzaak_id IS NOT NULL)
  EXECUTE FUNCTION zaak_verwijzing_bijwerken(
    'deelzaak_ids', 'coalesce(array_agg(x.id ORDER BY x.identificatie), ''{}'')', 'hoofdzaak_id');
--> statement-breakpoint
-- The same for every zaak (of one municipality) at once: after a bulk load with triggers off
-- (the benchmark's seeding) and for the zaken that exist when this migration runs.
CREATE FUNCTION zaak_verwijzingen_herberekenen(gemeente char(4) DEFAULT NULL) RETURNS void
LANGUAGE sql AS $$
UPDATE zaken z SET
  rol_ids = coalesce((SELECT array_agg(x.id ORDER BY x.registratiedatum, x.id) FROM rollen x WHERE x.zaak_id = z.id), '{}'),
  zaakeigenschap_ids = coalesce((SELECT array_agg(x.id ORDER BY x.id) FROM zaakeigenschappen x WHERE x.zaak_id = z.id), '{}'),
  zaakobject_ids = coalesce((SELECT array_agg(x.id ORDER BY x.id) FROM zaakobjecten x WHERE x.zaak_id = z.id), '{}'),
  zaakinformatieobject_ids = coalesce((SELECT array_agg(x.id ORDER BY x.registratiedatum, x.id) FROM zaakinformatieobjecten x WHERE x.zaak_id = z.id), '{}'),
  deelzaak_ids = coalesce((SELECT array_agg(x.id ORDER BY x.identificatie) FROM zaken x WHERE x.hoofdzaak_id = z.id), '{}'),
  resultaat_id = (SELECT x.id FROM resultaten x WHERE x.zaak_id = z.id),
  opschorting_reden = (SELECT x.reden FROM opschortingen x WHERE x.zaak_id = z.id AND x.tot IS NULL ORDER BY x.van DESC LIMIT 1),
  verlenging = (SELECT jsonb_build_object('reden', x.reden, 'duur', x.duur) FROM verlengingen x WHERE x.zaak_id = z.id ORDER BY x.datum DESC, x.created_at DESC LIMIT 1)
WHERE gemeente IS NULL OR z.gemeente_code = gemeente;
$$;
--> statement-breakpoint
SELECT zaak_verwijzingen_herberekenen();
