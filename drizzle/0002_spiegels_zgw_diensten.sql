CREATE TABLE "zgw_diensten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"api_root" text NOT NULL,
	"client_id" text NOT NULL,
	"secret" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zgw_diensten_uq" UNIQUE("gemeente_code","api_root")
);
--> statement-breakpoint
ALTER TABLE "afleveringen" ALTER COLUMN "abonnement_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "zaakcontactmomenten" ADD COLUMN "spiegel_url" text;--> statement-breakpoint
ALTER TABLE "zaakverzoeken" ADD COLUMN "spiegel_url" text;--> statement-breakpoint
ALTER TABLE "zgw_diensten" ADD CONSTRAINT "zgw_diensten_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;