-- Every change of a ZGW client, an Applicatie or its autorisaties is announced on channel
-- loket_autorisaties when it commits: each Loket process then forgets the clients it kept.
CREATE FUNCTION loket_autorisaties_gewijzigd() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('loket_autorisaties', TG_TABLE_NAME);
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER api_clients_gewijzigd AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON api_clients
  FOR EACH STATEMENT EXECUTE FUNCTION loket_autorisaties_gewijzigd();--> statement-breakpoint
CREATE TRIGGER applicaties_gewijzigd AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON applicaties
  FOR EACH STATEMENT EXECUTE FUNCTION loket_autorisaties_gewijzigd();--> statement-breakpoint
CREATE TRIGGER autorisaties_gewijzigd AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON autorisaties
  FOR EACH STATEMENT EXECUTE FUNCTION loket_autorisaties_gewijzigd();
