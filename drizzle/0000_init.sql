CREATE TABLE "platform_secrets" (
	"name" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gemeenten" (
	"code" char(4) PRIMARY KEY NOT NULL,
	"naam" text NOT NULL,
	"oin" char(20) NOT NULL,
	"slug" text NOT NULL,
	"hostnames" text[] DEFAULT '{}'::text[] NOT NULL,
	"theme" jsonb NOT NULL,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gemeenten_oin_unique" UNIQUE("oin"),
	CONSTRAINT "gemeenten_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "api_clients" (
	"client_id" text PRIMARY KEY NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"secret" text NOT NULL,
	"naam" text NOT NULL,
	"scopes" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "medewerkers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"gebruikersnaam" text NOT NULL,
	"naam" text NOT NULL,
	"rollen" text[] NOT NULL,
	"actief" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "medewerkers_gebruikersnaam_unique" UNIQUE("gebruikersnaam")
);
--> statement-breakpoint
CREATE TABLE "oidc_payloads" (
	"model" text NOT NULL,
	"id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"grant_id" text,
	"user_code" text,
	"uid" text,
	"expires_at" timestamp with time zone,
	"consumed_at" timestamp with time zone,
	CONSTRAINT "oidc_payloads_model_id_pk" PRIMARY KEY("model","id")
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"data" jsonb NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bedrijven" (
	"kvk_nummer" char(8) PRIMARY KEY NOT NULL,
	"naam" text NOT NULL,
	"rechtsvorm" text NOT NULL,
	"vestigingsadres" text NOT NULL,
	"gemeente_code" char(4)
);
--> statement-breakpoint
CREATE TABLE "personen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"bsn" char(9) NOT NULL,
	"a_nummer" char(10),
	"geslachtsnaam" text NOT NULL,
	"voornamen" text,
	"geboortedatum" date,
	"persoon" jsonb NOT NULL,
	"bron" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "personen_bsn_unique" UNIQUE("bsn")
);
--> statement-breakpoint
CREATE TABLE "verwerkingen_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"trace_id" char(32) NOT NULL,
	"span_id" char(16) NOT NULL,
	"parent_span_id" char(16),
	"naam" text NOT NULL,
	"start_time" timestamp with time zone NOT NULL,
	"end_time" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"gemeente_code" char(4),
	"actor_type" text NOT NULL,
	"actor_id" text NOT NULL,
	"namens_oin" text,
	"activiteit_id" text NOT NULL,
	"activiteit_versie" integer NOT NULL,
	"betrokkene" text NOT NULL,
	"attributes" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verwerkingsactiviteiten" (
	"id" text NOT NULL,
	"versie" integer NOT NULL,
	"naam" text NOT NULL,
	"doel" text NOT NULL,
	"grondslag" text NOT NULL,
	"geldig_vanaf" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "verwerkingsactiviteiten_id_versie_pk" PRIMARY KEY("id","versie")
);
--> statement-breakpoint
ALTER TABLE "api_clients" ADD CONSTRAINT "api_clients_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "medewerkers" ADD CONSTRAINT "medewerkers_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bedrijven" ADD CONSTRAINT "bedrijven_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personen" ADD CONSTRAINT "personen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verwerkingen_log" ADD CONSTRAINT "verwerkingen_log_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "oidc_payloads_grant_idx" ON "oidc_payloads" USING btree ("grant_id");--> statement-breakpoint
CREATE INDEX "oidc_payloads_uid_idx" ON "oidc_payloads" USING btree ("uid");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "personen_gemeente_idx" ON "personen" USING btree ("gemeente_code");--> statement-breakpoint
CREATE INDEX "personen_naam_geboorte_idx" ON "personen" USING btree ("geboortedatum","geslachtsnaam");--> statement-breakpoint
CREATE INDEX "verwerkingen_betrokkene_idx" ON "verwerkingen_log" USING btree ("betrokkene","start_time");