CREATE TABLE "verblijfplaats_historie" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bsn" char(9) NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"verblijfplaats" jsonb NOT NULL,
	"datum_van" date,
	"datum_tot" date NOT NULL,
	"naar_gemeente_code" char(4) NOT NULL,
	"zaak_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_trail" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"bron" text NOT NULL,
	"applicatie_id" text NOT NULL,
	"applicatie_weergave" text NOT NULL,
	"gebruikers_id" text NOT NULL,
	"gebruikers_weergave" text NOT NULL,
	"actie" text NOT NULL,
	"actie_weergave" text NOT NULL,
	"resultaat" integer NOT NULL,
	"hoofd_object_id" uuid NOT NULL,
	"resource" text NOT NULL,
	"resource_id" uuid NOT NULL,
	"resource_weergave" text NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL,
	"oud" jsonb,
	"nieuw" jsonb,
	"request_id" text,
	"aanmaakdatum" timestamp with time zone DEFAULT clock_timestamp() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "adressen" (
	"nummeraanduiding_id" char(16) PRIMARY KEY NOT NULL,
	"adresseerbaar_object_id" char(16) NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"straat" text NOT NULL,
	"huisnummer" integer NOT NULL,
	"huisletter" text DEFAULT '' NOT NULL,
	"huisnummertoevoeging" text DEFAULT '' NOT NULL,
	"postcode" char(6) NOT NULL,
	"woonplaats" text NOT NULL,
	"gebruiksdoelen" text[] NOT NULL,
	"oppervlakte" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "besluittypen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"catalogus_id" uuid NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"omschrijving" text NOT NULL,
	"omschrijving_generiek" text DEFAULT '' NOT NULL,
	"besluitcategorie" text DEFAULT '' NOT NULL,
	"reactietermijn" text,
	"publicatie_indicatie" boolean DEFAULT false NOT NULL,
	"begin_geldigheid" date NOT NULL,
	"einde_geldigheid" date,
	"concept" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"domein" text NOT NULL,
	"rsin" text NOT NULL,
	"naam" text NOT NULL,
	"contactpersoon_beheer_naam" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalogi_gemeente_domein_uq" UNIQUE("gemeente_code","domein")
);
--> statement-breakpoint
CREATE TABLE "eigenschappen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zaaktype_id" uuid NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"naam" text NOT NULL,
	"definitie" text NOT NULL,
	"specificatie" jsonb NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "informatieobjecttypen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"catalogus_id" uuid NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"omschrijving" text NOT NULL,
	"vertrouwelijkheidaanduiding" text DEFAULT 'openbaar' NOT NULL,
	"informatieobjectcategorie" text NOT NULL,
	"begin_geldigheid" date NOT NULL,
	"einde_geldigheid" date,
	"concept" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resultaattypen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zaaktype_id" uuid NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"omschrijving" text NOT NULL,
	"resultaattypeomschrijving" text NOT NULL,
	"omschrijving_generiek" text DEFAULT '' NOT NULL,
	"selectielijstklasse" text NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL,
	"archiefnominatie" text NOT NULL,
	"archiefactietermijn" text,
	"brondatum_archiefprocedure" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roltypen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zaaktype_id" uuid NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"omschrijving" text NOT NULL,
	"omschrijving_generiek" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statustypen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zaaktype_id" uuid NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"volgnummer" integer NOT NULL,
	"omschrijving" text NOT NULL,
	"omschrijving_generiek" text DEFAULT '' NOT NULL,
	"statustekst" text DEFAULT '' NOT NULL,
	"informeren" boolean DEFAULT false NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL,
	CONSTRAINT "statustypen_volgnummer_uq" UNIQUE("zaaktype_id","volgnummer")
);
--> statement-breakpoint
CREATE TABLE "zaaktype_besluittypen" (
	"zaaktype_id" uuid NOT NULL,
	"besluittype_id" uuid NOT NULL,
	CONSTRAINT "zaaktype_besluittypen_uq" UNIQUE("zaaktype_id","besluittype_id")
);
--> statement-breakpoint
CREATE TABLE "zaaktype_informatieobjecttypen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zaaktype_id" uuid NOT NULL,
	"informatieobjecttype_id" uuid NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"volgnummer" integer NOT NULL,
	"richting" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zaaktypen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"catalogus_id" uuid NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"identificatie" text NOT NULL,
	"omschrijving" text NOT NULL,
	"omschrijving_generiek" text DEFAULT '' NOT NULL,
	"vertrouwelijkheidaanduiding" text DEFAULT 'openbaar' NOT NULL,
	"doel" text NOT NULL,
	"aanleiding" text NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL,
	"indicatie_intern_of_extern" text NOT NULL,
	"handeling_initiator" text NOT NULL,
	"onderwerp" text NOT NULL,
	"handeling_behandelaar" text NOT NULL,
	"doorlooptijd" text NOT NULL,
	"servicenorm" text,
	"opschorting_en_aanhouding_mogelijk" boolean NOT NULL,
	"verlenging_mogelijk" boolean NOT NULL,
	"verlengingstermijn" text,
	"publicatie_indicatie" boolean DEFAULT false NOT NULL,
	"producten_of_diensten" text[] DEFAULT '{}' NOT NULL,
	"trefwoorden" text[] DEFAULT '{}' NOT NULL,
	"referentieproces" jsonb NOT NULL,
	"verantwoordelijke" text NOT NULL,
	"selectielijst_procestype" text,
	"versiedatum" date NOT NULL,
	"begin_geldigheid" date NOT NULL,
	"einde_geldigheid" date,
	"concept" boolean DEFAULT true NOT NULL,
	"product" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "aanvraag_concepten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"eigenaar" text NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"zaaktype_id" uuid NOT NULL,
	"gegevens" jsonb NOT NULL,
	"bijlage" "bytea",
	"verloopt_op" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "berichten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zaak_id" uuid NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"richting" text NOT NULL,
	"onderwerp" text NOT NULL,
	"tekst" text NOT NULL,
	"verzoek" boolean DEFAULT false NOT NULL,
	"antwoord_op" uuid,
	"beantwoord" timestamp with time zone,
	"afzender" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "opschortingen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zaak_id" uuid NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"van" date NOT NULL,
	"tot" date,
	"reden" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resultaten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zaak_id" uuid NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"resultaattype_id" uuid NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL,
	CONSTRAINT "resultaten_zaak_id_unique" UNIQUE("zaak_id")
);
--> statement-breakpoint
CREATE TABLE "rollen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zaak_id" uuid NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"roltype_id" uuid NOT NULL,
	"omschrijving_generiek" text NOT NULL,
	"betrokkene_type" text NOT NULL,
	"bsn" char(9),
	"medewerker_id" uuid,
	"naam" text DEFAULT '' NOT NULL,
	"betrokkene_identificatie" jsonb NOT NULL,
	"roltoelichting" text DEFAULT '' NOT NULL,
	"registratiedatum" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statussen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zaak_id" uuid NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"statustype_id" uuid NOT NULL,
	"datum_status_gezet" timestamp with time zone NOT NULL,
	"statustoelichting" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verlengingen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zaak_id" uuid NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"duur" text NOT NULL,
	"reden" text NOT NULL,
	"datum" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zaak_nummers" (
	"gemeente_code" char(4) NOT NULL,
	"jaar" integer NOT NULL,
	"laatste" integer NOT NULL,
	CONSTRAINT "zaak_nummers_gemeente_code_jaar_pk" PRIMARY KEY("gemeente_code","jaar")
);
--> statement-breakpoint
CREATE TABLE "zaakeigenschappen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zaak_id" uuid NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"eigenschap_id" uuid NOT NULL,
	"naam" text NOT NULL,
	"waarde" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zaakobjecten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zaak_id" uuid NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"object_type" text NOT NULL,
	"object" text DEFAULT '' NOT NULL,
	"relatieomschrijving" text DEFAULT '' NOT NULL,
	"object_identificatie" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zaken" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"identificatie" text NOT NULL,
	"bronorganisatie" char(9) NOT NULL,
	"verantwoordelijke_organisatie" char(9) NOT NULL,
	"zaaktype_id" uuid NOT NULL,
	"omschrijving" text DEFAULT '' NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL,
	"registratiedatum" date NOT NULL,
	"startdatum" date NOT NULL,
	"einddatum_gepland" date,
	"uiterlijke_einddatum_afdoening" date,
	"einddatum" date,
	"publicatiedatum" date,
	"communicatiekanaal" text NOT NULL,
	"correspondentie" text NOT NULL,
	"vertrouwelijkheidaanduiding" text NOT NULL,
	"betalingsindicatie" text DEFAULT 'nvt' NOT NULL,
	"archiefnominatie" text,
	"archiefactiedatum" date,
	"archiefstatus" text DEFAULT 'nog_te_archiveren' NOT NULL,
	"hoofdzaak_id" uuid,
	"zaakgeometrie" jsonb,
	"status_id" uuid,
	"aanvraag" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zaken_gemeente_identificatie_uq" UNIQUE("gemeente_code","identificatie")
);
--> statement-breakpoint
CREATE TABLE "informatieobject_inhoud" (
	"informatieobject_id" uuid PRIMARY KEY NOT NULL,
	"inhoud" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "informatieobjecten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"identificatie" text NOT NULL,
	"bronorganisatie" text NOT NULL,
	"informatieobjecttype_id" uuid NOT NULL,
	"titel" text NOT NULL,
	"beschrijving" text DEFAULT '' NOT NULL,
	"bestandsnaam" text NOT NULL,
	"formaat" text NOT NULL,
	"bestandsomvang" integer NOT NULL,
	"taal" text DEFAULT 'dut' NOT NULL,
	"creatiedatum" date NOT NULL,
	"auteur" text NOT NULL,
	"status" text DEFAULT 'definitief' NOT NULL,
	"vertrouwelijkheidaanduiding" text NOT NULL,
	"versie" integer DEFAULT 1 NOT NULL,
	"ontvangstdatum" date,
	"verzenddatum" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "informatieobjecten_ident_uq" UNIQUE("bronorganisatie","identificatie")
);
--> statement-breakpoint
CREATE TABLE "verzendingen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"informatieobject_id" uuid NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"aard_relatie" text DEFAULT 'geadresseerde' NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL,
	"adres" jsonb NOT NULL,
	"verzenddatum" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zaakinformatieobjecten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zaak_id" uuid NOT NULL,
	"informatieobject_id" uuid NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"titel" text DEFAULT '' NOT NULL,
	"beschrijving" text DEFAULT '' NOT NULL,
	"aard_relatie_weergave" text DEFAULT 'Hoort bij, omgekeerd: kent' NOT NULL,
	"bericht_id" uuid,
	"registratiedatum" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zaakinformatieobjecten_uq" UNIQUE("zaak_id","informatieobject_id")
);
--> statement-breakpoint
CREATE TABLE "abonnementen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4),
	"naam" text NOT NULL,
	"callback_url" text NOT NULL,
	"auth" text NOT NULL,
	"kanalen" jsonb NOT NULL,
	"actief" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "afleveringen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"outbox_id" uuid NOT NULL,
	"abonnement_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"pogingen" integer DEFAULT 0 NOT NULL,
	"volgende_poging" timestamp with time zone DEFAULT now() NOT NULL,
	"bezet_tot" timestamp with time zone,
	"laatste_fout" text,
	"bezorgd" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "afleveringen_uq" UNIQUE("outbox_id","abonnement_id")
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4),
	"soort" text NOT NULL,
	"kanaal" text NOT NULL,
	"kenmerken" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"payload" jsonb NOT NULL,
	"verdeeld" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_inbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partner" text NOT NULL,
	"event_id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"ontvangen" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_inbox_uq" UNIQUE("partner","event_id")
);
--> statement-breakpoint
CREATE TABLE "applicaties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"client_ids" text[] NOT NULL,
	"label" text NOT NULL,
	"heeft_alle_autorisaties" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "autorisaties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"applicatie_id" uuid NOT NULL,
	"component" text NOT NULL,
	"scopes" text[] NOT NULL,
	"zaaktype" text,
	"informatieobjecttype" text,
	"besluittype" text,
	"max_vertrouwelijkheidaanduiding" text
);
--> statement-breakpoint
ALTER TABLE "audit_trail" ADD CONSTRAINT "audit_trail_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "besluittypen" ADD CONSTRAINT "besluittypen_catalogus_id_catalogi_id_fk" FOREIGN KEY ("catalogus_id") REFERENCES "public"."catalogi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "besluittypen" ADD CONSTRAINT "besluittypen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogi" ADD CONSTRAINT "catalogi_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eigenschappen" ADD CONSTRAINT "eigenschappen_zaaktype_id_zaaktypen_id_fk" FOREIGN KEY ("zaaktype_id") REFERENCES "public"."zaaktypen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eigenschappen" ADD CONSTRAINT "eigenschappen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "informatieobjecttypen" ADD CONSTRAINT "informatieobjecttypen_catalogus_id_catalogi_id_fk" FOREIGN KEY ("catalogus_id") REFERENCES "public"."catalogi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "informatieobjecttypen" ADD CONSTRAINT "informatieobjecttypen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resultaattypen" ADD CONSTRAINT "resultaattypen_zaaktype_id_zaaktypen_id_fk" FOREIGN KEY ("zaaktype_id") REFERENCES "public"."zaaktypen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resultaattypen" ADD CONSTRAINT "resultaattypen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roltypen" ADD CONSTRAINT "roltypen_zaaktype_id_zaaktypen_id_fk" FOREIGN KEY ("zaaktype_id") REFERENCES "public"."zaaktypen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roltypen" ADD CONSTRAINT "roltypen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statustypen" ADD CONSTRAINT "statustypen_zaaktype_id_zaaktypen_id_fk" FOREIGN KEY ("zaaktype_id") REFERENCES "public"."zaaktypen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statustypen" ADD CONSTRAINT "statustypen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaaktype_besluittypen" ADD CONSTRAINT "zaaktype_besluittypen_zaaktype_id_zaaktypen_id_fk" FOREIGN KEY ("zaaktype_id") REFERENCES "public"."zaaktypen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaaktype_besluittypen" ADD CONSTRAINT "zaaktype_besluittypen_besluittype_id_besluittypen_id_fk" FOREIGN KEY ("besluittype_id") REFERENCES "public"."besluittypen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaaktype_informatieobjecttypen" ADD CONSTRAINT "zaaktype_informatieobjecttypen_zaaktype_id_zaaktypen_id_fk" FOREIGN KEY ("zaaktype_id") REFERENCES "public"."zaaktypen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaaktype_informatieobjecttypen" ADD CONSTRAINT "zaaktype_informatieobjecttypen_informatieobjecttype_id_informatieobjecttypen_id_fk" FOREIGN KEY ("informatieobjecttype_id") REFERENCES "public"."informatieobjecttypen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaaktype_informatieobjecttypen" ADD CONSTRAINT "zaaktype_informatieobjecttypen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaaktypen" ADD CONSTRAINT "zaaktypen_catalogus_id_catalogi_id_fk" FOREIGN KEY ("catalogus_id") REFERENCES "public"."catalogi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaaktypen" ADD CONSTRAINT "zaaktypen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aanvraag_concepten" ADD CONSTRAINT "aanvraag_concepten_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aanvraag_concepten" ADD CONSTRAINT "aanvraag_concepten_zaaktype_id_zaaktypen_id_fk" FOREIGN KEY ("zaaktype_id") REFERENCES "public"."zaaktypen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "berichten" ADD CONSTRAINT "berichten_zaak_id_zaken_id_fk" FOREIGN KEY ("zaak_id") REFERENCES "public"."zaken"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "berichten" ADD CONSTRAINT "berichten_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opschortingen" ADD CONSTRAINT "opschortingen_zaak_id_zaken_id_fk" FOREIGN KEY ("zaak_id") REFERENCES "public"."zaken"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opschortingen" ADD CONSTRAINT "opschortingen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resultaten" ADD CONSTRAINT "resultaten_zaak_id_zaken_id_fk" FOREIGN KEY ("zaak_id") REFERENCES "public"."zaken"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resultaten" ADD CONSTRAINT "resultaten_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resultaten" ADD CONSTRAINT "resultaten_resultaattype_id_resultaattypen_id_fk" FOREIGN KEY ("resultaattype_id") REFERENCES "public"."resultaattypen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rollen" ADD CONSTRAINT "rollen_zaak_id_zaken_id_fk" FOREIGN KEY ("zaak_id") REFERENCES "public"."zaken"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rollen" ADD CONSTRAINT "rollen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rollen" ADD CONSTRAINT "rollen_roltype_id_roltypen_id_fk" FOREIGN KEY ("roltype_id") REFERENCES "public"."roltypen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statussen" ADD CONSTRAINT "statussen_zaak_id_zaken_id_fk" FOREIGN KEY ("zaak_id") REFERENCES "public"."zaken"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statussen" ADD CONSTRAINT "statussen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statussen" ADD CONSTRAINT "statussen_statustype_id_statustypen_id_fk" FOREIGN KEY ("statustype_id") REFERENCES "public"."statustypen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verlengingen" ADD CONSTRAINT "verlengingen_zaak_id_zaken_id_fk" FOREIGN KEY ("zaak_id") REFERENCES "public"."zaken"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verlengingen" ADD CONSTRAINT "verlengingen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaak_nummers" ADD CONSTRAINT "zaak_nummers_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaakeigenschappen" ADD CONSTRAINT "zaakeigenschappen_zaak_id_zaken_id_fk" FOREIGN KEY ("zaak_id") REFERENCES "public"."zaken"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaakeigenschappen" ADD CONSTRAINT "zaakeigenschappen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaakeigenschappen" ADD CONSTRAINT "zaakeigenschappen_eigenschap_id_eigenschappen_id_fk" FOREIGN KEY ("eigenschap_id") REFERENCES "public"."eigenschappen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaakobjecten" ADD CONSTRAINT "zaakobjecten_zaak_id_zaken_id_fk" FOREIGN KEY ("zaak_id") REFERENCES "public"."zaken"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaakobjecten" ADD CONSTRAINT "zaakobjecten_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaken" ADD CONSTRAINT "zaken_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaken" ADD CONSTRAINT "zaken_zaaktype_id_zaaktypen_id_fk" FOREIGN KEY ("zaaktype_id") REFERENCES "public"."zaaktypen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "informatieobject_inhoud" ADD CONSTRAINT "informatieobject_inhoud_informatieobject_id_informatieobjecten_id_fk" FOREIGN KEY ("informatieobject_id") REFERENCES "public"."informatieobjecten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "informatieobjecten" ADD CONSTRAINT "informatieobjecten_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "informatieobjecten" ADD CONSTRAINT "informatieobjecten_informatieobjecttype_id_informatieobjecttypen_id_fk" FOREIGN KEY ("informatieobjecttype_id") REFERENCES "public"."informatieobjecttypen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verzendingen" ADD CONSTRAINT "verzendingen_informatieobject_id_informatieobjecten_id_fk" FOREIGN KEY ("informatieobject_id") REFERENCES "public"."informatieobjecten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verzendingen" ADD CONSTRAINT "verzendingen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaakinformatieobjecten" ADD CONSTRAINT "zaakinformatieobjecten_zaak_id_zaken_id_fk" FOREIGN KEY ("zaak_id") REFERENCES "public"."zaken"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaakinformatieobjecten" ADD CONSTRAINT "zaakinformatieobjecten_informatieobject_id_informatieobjecten_id_fk" FOREIGN KEY ("informatieobject_id") REFERENCES "public"."informatieobjecten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaakinformatieobjecten" ADD CONSTRAINT "zaakinformatieobjecten_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaakinformatieobjecten" ADD CONSTRAINT "zaakinformatieobjecten_bericht_id_berichten_id_fk" FOREIGN KEY ("bericht_id") REFERENCES "public"."berichten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "abonnementen" ADD CONSTRAINT "abonnementen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "afleveringen" ADD CONSTRAINT "afleveringen_outbox_id_outbox_id_fk" FOREIGN KEY ("outbox_id") REFERENCES "public"."outbox"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "afleveringen" ADD CONSTRAINT "afleveringen_abonnement_id_abonnementen_id_fk" FOREIGN KEY ("abonnement_id") REFERENCES "public"."abonnementen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applicaties" ADD CONSTRAINT "applicaties_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "autorisaties" ADD CONSTRAINT "autorisaties_applicatie_id_applicaties_id_fk" FOREIGN KEY ("applicatie_id") REFERENCES "public"."applicaties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "verblijfplaats_historie_gemeente_idx" ON "verblijfplaats_historie" USING btree ("gemeente_code","datum_tot");--> statement-breakpoint
CREATE INDEX "audit_trail_hoofd_object_idx" ON "audit_trail" USING btree ("hoofd_object_id","aanmaakdatum");--> statement-breakpoint
CREATE INDEX "adressen_postcode_idx" ON "adressen" USING btree ("postcode","huisnummer");--> statement-breakpoint
CREATE INDEX "zaaktypen_gemeente_ident_idx" ON "zaaktypen" USING btree ("gemeente_code","identificatie","begin_geldigheid");--> statement-breakpoint
CREATE INDEX "aanvraag_concepten_verloopt_idx" ON "aanvraag_concepten" USING btree ("verloopt_op");--> statement-breakpoint
CREATE INDEX "berichten_zaak_idx" ON "berichten" USING btree ("zaak_id","created_at");--> statement-breakpoint
CREATE INDEX "opschortingen_zaak_idx" ON "opschortingen" USING btree ("zaak_id");--> statement-breakpoint
CREATE INDEX "rollen_zaak_idx" ON "rollen" USING btree ("zaak_id");--> statement-breakpoint
CREATE INDEX "rollen_bsn_idx" ON "rollen" USING btree ("bsn");--> statement-breakpoint
CREATE INDEX "rollen_medewerker_idx" ON "rollen" USING btree ("medewerker_id");--> statement-breakpoint
CREATE INDEX "statussen_zaak_idx" ON "statussen" USING btree ("zaak_id","datum_status_gezet");--> statement-breakpoint
CREATE INDEX "verlengingen_zaak_idx" ON "verlengingen" USING btree ("zaak_id");--> statement-breakpoint
CREATE INDEX "zaakeigenschappen_zaak_idx" ON "zaakeigenschappen" USING btree ("zaak_id");--> statement-breakpoint
CREATE INDEX "zaakobjecten_zaak_idx" ON "zaakobjecten" USING btree ("zaak_id");--> statement-breakpoint
CREATE INDEX "zaken_gemeente_open_idx" ON "zaken" USING btree ("gemeente_code","einddatum","registratiedatum");--> statement-breakpoint
CREATE INDEX "zaken_zaaktype_idx" ON "zaken" USING btree ("zaaktype_id");--> statement-breakpoint
CREATE INDEX "verzendingen_open_idx" ON "verzendingen" USING btree ("gemeente_code","verzenddatum");--> statement-breakpoint
CREATE INDEX "zaakinformatieobjecten_io_idx" ON "zaakinformatieobjecten" USING btree ("informatieobject_id");--> statement-breakpoint
CREATE INDEX "afleveringen_te_doen_idx" ON "afleveringen" USING btree ("status","volgende_poging");--> statement-breakpoint
CREATE INDEX "outbox_te_verdelen_idx" ON "outbox" USING btree ("verdeeld","created_at");--> statement-breakpoint
CREATE INDEX "applicaties_gemeente_idx" ON "applicaties" USING btree ("gemeente_code");--> statement-breakpoint
CREATE INDEX "autorisaties_applicatie_idx" ON "autorisaties" USING btree ("applicatie_id");