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
	"publicatietekst" text DEFAULT '' NOT NULL,
	"publicatietermijn" text,
	"toelichting" text DEFAULT '' NOT NULL,
	"informatieobjecttypen" text[] DEFAULT '{}' NOT NULL,
	"begin_geldigheid" date NOT NULL,
	"einde_geldigheid" date,
	"concept" boolean DEFAULT true NOT NULL,
	"begin_object" date,
	"einde_object" date
);
--> statement-breakpoint
CREATE TABLE "catalogi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"domein" text NOT NULL,
	"rsin" text NOT NULL,
	"naam" text NOT NULL,
	"contactpersoon_beheer_naam" text NOT NULL,
	"contactpersoon_beheer_telefoonnummer" text DEFAULT '' NOT NULL,
	"contactpersoon_beheer_emailadres" text DEFAULT '' NOT NULL,
	"versie" text,
	"begindatum_versie" date,
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
	"toelichting" text DEFAULT '' NOT NULL,
	"statustype_id" uuid
);
--> statement-breakpoint
CREATE TABLE "informatieobjecttypen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"catalogus_id" uuid NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"omschrijving" text NOT NULL,
	"vertrouwelijkheidaanduiding" text DEFAULT 'openbaar' NOT NULL,
	"informatieobjectcategorie" text NOT NULL,
	"trefwoord" text[] DEFAULT '{}' NOT NULL,
	"omschrijving_generiek" jsonb,
	"begin_geldigheid" date NOT NULL,
	"einde_geldigheid" date,
	"concept" boolean DEFAULT true NOT NULL,
	"begin_object" date,
	"einde_object" date
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
	"brondatum_archiefprocedure" jsonb NOT NULL,
	"procesobjectaard" text,
	"indicatie_specifiek" boolean,
	"procestermijn" text,
	"besluittypen" text[] DEFAULT '{}' NOT NULL,
	"informatieobjecttypen" text[] DEFAULT '{}' NOT NULL
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
	"doorlooptijd" text,
	"checklistitem_statustype" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"eigenschappen" uuid[] DEFAULT '{}' NOT NULL,
	CONSTRAINT "statustypen_volgnummer_uq" UNIQUE("zaaktype_id","volgnummer")
);
--> statement-breakpoint
CREATE TABLE "zaakobjecttypen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zaaktype_id" uuid NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"ander_objecttype" boolean NOT NULL,
	"objecttype" text NOT NULL,
	"relatie_omschrijving" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zaaktype_informatieobjecttypen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zaaktype_id" uuid NOT NULL,
	"informatieobjecttype" text NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"volgnummer" integer NOT NULL,
	"richting" text NOT NULL,
	"statustype_id" uuid
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
	"publicatietekst" text DEFAULT '' NOT NULL,
	"verantwoordingsrelatie" text[] DEFAULT '{}' NOT NULL,
	"producten_of_diensten" text[] DEFAULT '{}' NOT NULL,
	"trefwoorden" text[] DEFAULT '{}' NOT NULL,
	"referentieproces" jsonb NOT NULL,
	"verantwoordelijke" text NOT NULL,
	"selectielijst_procestype" text,
	"broncatalogus" jsonb,
	"bronzaaktype" jsonb,
	"besluittypen" text[] DEFAULT '{}' NOT NULL,
	"deelzaaktypen" text[] DEFAULT '{}' NOT NULL,
	"gerelateerde_zaaktypen" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"versiedatum" date NOT NULL,
	"begin_geldigheid" date NOT NULL,
	"einde_geldigheid" date,
	"concept" boolean DEFAULT true NOT NULL,
	"begin_object" date,
	"einde_object" date,
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
	"registratiedatum" timestamp with time zone DEFAULT now() NOT NULL,
	"betrokkene" text,
	"afwijkende_naam_betrokkene" text DEFAULT '' NOT NULL,
	"indicatie_machtiging" text DEFAULT '' NOT NULL,
	"contactpersoon_rol" jsonb
);
--> statement-breakpoint
CREATE TABLE "statussen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zaak_id" uuid NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"statustype_id" uuid NOT NULL,
	"datum_status_gezet" timestamp with time zone NOT NULL,
	"statustoelichting" text DEFAULT '' NOT NULL,
	"gezetdoor_id" uuid
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
	"object_identificatie" jsonb NOT NULL,
	"zaakobjecttype" text,
	"object_type_overige" text DEFAULT '' NOT NULL,
	"object_type_overige_definitie" jsonb
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
	"communicatiekanaal_url" text,
	"producten_of_diensten" text[] DEFAULT '{}'::text[] NOT NULL,
	"laatste_betaaldatum" timestamp with time zone,
	"selectielijstklasse" text,
	"relevante_andere_zaken" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"kenmerken" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"opdrachtgevende_organisatie" text DEFAULT '' NOT NULL,
	"processobjectaard" text,
	"startdatum_bewaartermijn" date,
	"processobject" jsonb,
	"status_id" uuid,
	"aanvraag" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zaken_gemeente_identificatie_uq" UNIQUE("gemeente_code","identificatie")
);
--> statement-breakpoint
CREATE TABLE "bestandsdelen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"informatieobject_id" uuid NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"volgnummer" integer NOT NULL,
	"omvang" integer NOT NULL,
	"inhoud" "bytea",
	CONSTRAINT "bestandsdelen_volgnummer_uq" UNIQUE("informatieobject_id","volgnummer")
);
--> statement-breakpoint
CREATE TABLE "gebruiksrechten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"informatieobject_id" uuid NOT NULL,
	"startdatum" timestamp with time zone NOT NULL,
	"einddatum" timestamp with time zone,
	"omschrijving_voorwaarden" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "informatieobject_blokken" (
	"informatieobject_id" uuid NOT NULL,
	"inhoud_versie" integer NOT NULL,
	"volgnummer" integer NOT NULL,
	"inhoud" "bytea" NOT NULL,
	CONSTRAINT "informatieobject_blokken_informatieobject_id_inhoud_versie_volgnummer_pk" PRIMARY KEY("informatieobject_id","inhoud_versie","volgnummer")
);
--> statement-breakpoint
CREATE TABLE "informatieobject_inhoud" (
	"informatieobject_id" uuid PRIMARY KEY NOT NULL,
	"inhoud" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "informatieobject_versies" (
	"informatieobject_id" uuid NOT NULL,
	"versie" integer NOT NULL,
	"begin_registratie" timestamp with time zone NOT NULL,
	"gegevens" jsonb NOT NULL,
	CONSTRAINT "informatieobject_versies_informatieobject_id_versie_pk" PRIMARY KEY("informatieobject_id","versie")
);
--> statement-breakpoint
CREATE TABLE "informatieobjecten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"identificatie" text NOT NULL,
	"bronorganisatie" text NOT NULL,
	"informatieobjecttype_id" uuid,
	"informatieobjecttype_url" text,
	"titel" text NOT NULL,
	"beschrijving" text DEFAULT '' NOT NULL,
	"bestandsnaam" text NOT NULL,
	"formaat" text NOT NULL,
	"bestandsomvang" bigint NOT NULL,
	"taal" text DEFAULT 'dut' NOT NULL,
	"creatiedatum" date NOT NULL,
	"auteur" text NOT NULL,
	"status" text DEFAULT 'definitief' NOT NULL,
	"vertrouwelijkheidaanduiding" text NOT NULL,
	"versie" integer DEFAULT 1 NOT NULL,
	"ontvangstdatum" date,
	"verzenddatum" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"begin_registratie" timestamp with time zone DEFAULT now() NOT NULL,
	"inhoud_versie" integer DEFAULT 1,
	"lock" text,
	"indicatie_gebruiksrecht" boolean,
	"link" text DEFAULT '' NOT NULL,
	"trefwoorden" text[] DEFAULT '{}'::text[] NOT NULL,
	"is_gereed_voor_publicatie" boolean,
	"tonen_aan_initiator" boolean DEFAULT false NOT NULL,
	"inhoud_is_vervallen" boolean,
	"verschijningsvorm" text DEFAULT '' NOT NULL,
	"ondertekening" jsonb,
	"integriteit" jsonb,
	CONSTRAINT "informatieobjecten_ident_uq" UNIQUE("bronorganisatie","identificatie"),
	CONSTRAINT "informatieobjecten_type_ck" CHECK (("informatieobjecten"."informatieobjecttype_id" is null) <> ("informatieobjecten"."informatieobjecttype_url" is null))
);
--> statement-breakpoint
CREATE TABLE "objectinformatieobjecten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"informatieobject_id" uuid NOT NULL,
	"object_type" text NOT NULL,
	"object" text NOT NULL,
	CONSTRAINT "objectinformatieobjecten_uq" UNIQUE("informatieobject_id","object")
);
--> statement-breakpoint
CREATE TABLE "verzendingen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"informatieobject_id" uuid NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"aard_relatie" text DEFAULT 'geadresseerde' NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL,
	"adres" jsonb NOT NULL,
	"per_post" boolean DEFAULT true NOT NULL,
	"verzenddatum" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"betrokkene" text,
	"contact_persoon" text,
	"contactpersoonnaam" text DEFAULT '' NOT NULL,
	"ontvangstdatum" date,
	"buitenlands_correspondentieadres" jsonb,
	"correspondentie_postadres" jsonb,
	"faxnummer" text,
	"emailadres" text,
	"telefoonnummer" text,
	"mijn_overheid" boolean DEFAULT false NOT NULL
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
CREATE TABLE "kanalen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4),
	"naam" text NOT NULL,
	"documentatie_link" text,
	"filters" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kanalen_naam_uq" UNIQUE NULLS NOT DISTINCT("gemeente_code","naam")
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
	"alleen_is_gereed_voor_publicatie" boolean DEFAULT false NOT NULL,
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
CREATE TABLE "besluiten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"identificatie" text NOT NULL,
	"verantwoordelijke_organisatie" char(9) NOT NULL,
	"besluittype_id" uuid,
	"besluittype_url" text,
	"zaak_id" uuid,
	"zaak_url" text,
	"datum" date NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL,
	"bestuursorgaan" text DEFAULT '' NOT NULL,
	"ingangsdatum" date NOT NULL,
	"vervaldatum" date,
	"vervalreden" text,
	"publicatiedatum" date,
	"verzenddatum" date,
	"uiterlijke_reactiedatum" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "besluiten_ident_uq" UNIQUE("verantwoordelijke_organisatie","identificatie"),
	CONSTRAINT "besluiten_type_ck" CHECK (("besluiten"."besluittype_id" is null) <> ("besluiten"."besluittype_url" is null))
);
--> statement-breakpoint
CREATE TABLE "besluitinformatieobjecten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"besluit_id" uuid NOT NULL,
	"informatieobject_id" uuid NOT NULL,
	"registratiedatum" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "besluitinformatieobjecten_uq" UNIQUE("besluit_id","informatieobject_id")
);
--> statement-breakpoint
CREATE TABLE "klantcontacten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zaak_id" uuid NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"identificatie" text NOT NULL,
	"datumtijd" timestamp with time zone NOT NULL,
	"kanaal" text DEFAULT '' NOT NULL,
	"onderwerp" text DEFAULT '' NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zaak_nummer_reserveringen" (
	"gemeente_code" char(4) NOT NULL,
	"bronorganisatie" char(9) NOT NULL,
	"identificatie" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zaak_nummer_reserveringen_gemeente_code_identificatie_pk" PRIMARY KEY("gemeente_code","identificatie")
);
--> statement-breakpoint
CREATE TABLE "zaak_tellingen" (
	"gemeente_code" char(4) NOT NULL,
	"zaaktype_id" uuid NOT NULL,
	"vertrouwelijkheidaanduiding" text NOT NULL,
	"afgesloten" boolean NOT NULL,
	"slot" smallint NOT NULL,
	"aantal" bigint NOT NULL,
	CONSTRAINT "zaak_tellingen_pk" PRIMARY KEY("gemeente_code","zaaktype_id","vertrouwelijkheidaanduiding","afgesloten","slot")
);
--> statement-breakpoint
CREATE TABLE "zaakbesluiten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zaak_id" uuid NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"besluit" text NOT NULL,
	CONSTRAINT "zaakbesluiten_uq" UNIQUE("zaak_id","besluit")
);
--> statement-breakpoint
CREATE TABLE "zaakcontactmomenten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zaak_id" uuid NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"contactmoment" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zaakinformatieobject_gegevens" (
	"zaakinformatieobject_id" uuid PRIMARY KEY NOT NULL,
	"status_id" uuid,
	"vernietigingsdatum" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "zaaknotities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zaak_id" uuid NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"onderwerp" text NOT NULL,
	"tekst" text NOT NULL,
	"aangemaakt_door" text DEFAULT '' NOT NULL,
	"notitie_type" text DEFAULT 'intern' NOT NULL,
	"status" text DEFAULT 'concept' NOT NULL,
	"aanmaakdatum" timestamp with time zone DEFAULT now() NOT NULL,
	"wijzigingsdatum" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zaakverzoeken" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zaak_id" uuid NOT NULL,
	"gemeente_code" char(4) NOT NULL,
	"verzoek" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_trail" ADD CONSTRAINT "audit_trail_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "besluittypen" ADD CONSTRAINT "besluittypen_catalogus_id_catalogi_id_fk" FOREIGN KEY ("catalogus_id") REFERENCES "public"."catalogi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "besluittypen" ADD CONSTRAINT "besluittypen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogi" ADD CONSTRAINT "catalogi_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eigenschappen" ADD CONSTRAINT "eigenschappen_zaaktype_id_zaaktypen_id_fk" FOREIGN KEY ("zaaktype_id") REFERENCES "public"."zaaktypen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eigenschappen" ADD CONSTRAINT "eigenschappen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eigenschappen" ADD CONSTRAINT "eigenschappen_statustype_id_statustypen_id_fk" FOREIGN KEY ("statustype_id") REFERENCES "public"."statustypen"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "informatieobjecttypen" ADD CONSTRAINT "informatieobjecttypen_catalogus_id_catalogi_id_fk" FOREIGN KEY ("catalogus_id") REFERENCES "public"."catalogi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "informatieobjecttypen" ADD CONSTRAINT "informatieobjecttypen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resultaattypen" ADD CONSTRAINT "resultaattypen_zaaktype_id_zaaktypen_id_fk" FOREIGN KEY ("zaaktype_id") REFERENCES "public"."zaaktypen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resultaattypen" ADD CONSTRAINT "resultaattypen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roltypen" ADD CONSTRAINT "roltypen_zaaktype_id_zaaktypen_id_fk" FOREIGN KEY ("zaaktype_id") REFERENCES "public"."zaaktypen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roltypen" ADD CONSTRAINT "roltypen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statustypen" ADD CONSTRAINT "statustypen_zaaktype_id_zaaktypen_id_fk" FOREIGN KEY ("zaaktype_id") REFERENCES "public"."zaaktypen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statustypen" ADD CONSTRAINT "statustypen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaakobjecttypen" ADD CONSTRAINT "zaakobjecttypen_zaaktype_id_zaaktypen_id_fk" FOREIGN KEY ("zaaktype_id") REFERENCES "public"."zaaktypen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaakobjecttypen" ADD CONSTRAINT "zaakobjecttypen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaaktype_informatieobjecttypen" ADD CONSTRAINT "zaaktype_informatieobjecttypen_zaaktype_id_zaaktypen_id_fk" FOREIGN KEY ("zaaktype_id") REFERENCES "public"."zaaktypen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaaktype_informatieobjecttypen" ADD CONSTRAINT "zaaktype_informatieobjecttypen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaaktype_informatieobjecttypen" ADD CONSTRAINT "zaaktype_informatieobjecttypen_statustype_id_statustypen_id_fk" FOREIGN KEY ("statustype_id") REFERENCES "public"."statustypen"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
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
ALTER TABLE "bestandsdelen" ADD CONSTRAINT "bestandsdelen_informatieobject_id_informatieobjecten_id_fk" FOREIGN KEY ("informatieobject_id") REFERENCES "public"."informatieobjecten"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bestandsdelen" ADD CONSTRAINT "bestandsdelen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gebruiksrechten" ADD CONSTRAINT "gebruiksrechten_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gebruiksrechten" ADD CONSTRAINT "gebruiksrechten_informatieobject_id_informatieobjecten_id_fk" FOREIGN KEY ("informatieobject_id") REFERENCES "public"."informatieobjecten"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "informatieobject_blokken" ADD CONSTRAINT "informatieobject_blokken_informatieobject_id_informatieobjecten_id_fk" FOREIGN KEY ("informatieobject_id") REFERENCES "public"."informatieobjecten"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "informatieobject_inhoud" ADD CONSTRAINT "informatieobject_inhoud_informatieobject_id_informatieobjecten_id_fk" FOREIGN KEY ("informatieobject_id") REFERENCES "public"."informatieobjecten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "informatieobject_versies" ADD CONSTRAINT "informatieobject_versies_informatieobject_id_informatieobjecten_id_fk" FOREIGN KEY ("informatieobject_id") REFERENCES "public"."informatieobjecten"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "informatieobjecten" ADD CONSTRAINT "informatieobjecten_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "informatieobjecten" ADD CONSTRAINT "informatieobjecten_informatieobjecttype_id_informatieobjecttypen_id_fk" FOREIGN KEY ("informatieobjecttype_id") REFERENCES "public"."informatieobjecttypen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objectinformatieobjecten" ADD CONSTRAINT "objectinformatieobjecten_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objectinformatieobjecten" ADD CONSTRAINT "objectinformatieobjecten_informatieobject_id_informatieobjecten_id_fk" FOREIGN KEY ("informatieobject_id") REFERENCES "public"."informatieobjecten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verzendingen" ADD CONSTRAINT "verzendingen_informatieobject_id_informatieobjecten_id_fk" FOREIGN KEY ("informatieobject_id") REFERENCES "public"."informatieobjecten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verzendingen" ADD CONSTRAINT "verzendingen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaakinformatieobjecten" ADD CONSTRAINT "zaakinformatieobjecten_zaak_id_zaken_id_fk" FOREIGN KEY ("zaak_id") REFERENCES "public"."zaken"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaakinformatieobjecten" ADD CONSTRAINT "zaakinformatieobjecten_informatieobject_id_informatieobjecten_id_fk" FOREIGN KEY ("informatieobject_id") REFERENCES "public"."informatieobjecten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaakinformatieobjecten" ADD CONSTRAINT "zaakinformatieobjecten_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaakinformatieobjecten" ADD CONSTRAINT "zaakinformatieobjecten_bericht_id_berichten_id_fk" FOREIGN KEY ("bericht_id") REFERENCES "public"."berichten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "abonnementen" ADD CONSTRAINT "abonnementen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "afleveringen" ADD CONSTRAINT "afleveringen_outbox_id_outbox_id_fk" FOREIGN KEY ("outbox_id") REFERENCES "public"."outbox"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "afleveringen" ADD CONSTRAINT "afleveringen_abonnement_id_abonnementen_id_fk" FOREIGN KEY ("abonnement_id") REFERENCES "public"."abonnementen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kanalen" ADD CONSTRAINT "kanalen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applicaties" ADD CONSTRAINT "applicaties_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "autorisaties" ADD CONSTRAINT "autorisaties_applicatie_id_applicaties_id_fk" FOREIGN KEY ("applicatie_id") REFERENCES "public"."applicaties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "besluiten" ADD CONSTRAINT "besluiten_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "besluiten" ADD CONSTRAINT "besluiten_besluittype_id_besluittypen_id_fk" FOREIGN KEY ("besluittype_id") REFERENCES "public"."besluittypen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "besluiten" ADD CONSTRAINT "besluiten_zaak_id_zaken_id_fk" FOREIGN KEY ("zaak_id") REFERENCES "public"."zaken"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "besluitinformatieobjecten" ADD CONSTRAINT "besluitinformatieobjecten_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "besluitinformatieobjecten" ADD CONSTRAINT "besluitinformatieobjecten_besluit_id_besluiten_id_fk" FOREIGN KEY ("besluit_id") REFERENCES "public"."besluiten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "besluitinformatieobjecten" ADD CONSTRAINT "besluitinformatieobjecten_informatieobject_id_informatieobjecten_id_fk" FOREIGN KEY ("informatieobject_id") REFERENCES "public"."informatieobjecten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "klantcontacten" ADD CONSTRAINT "klantcontacten_zaak_id_zaken_id_fk" FOREIGN KEY ("zaak_id") REFERENCES "public"."zaken"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "klantcontacten" ADD CONSTRAINT "klantcontacten_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaak_nummer_reserveringen" ADD CONSTRAINT "zaak_nummer_reserveringen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaak_tellingen" ADD CONSTRAINT "zaak_tellingen_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaakbesluiten" ADD CONSTRAINT "zaakbesluiten_zaak_id_zaken_id_fk" FOREIGN KEY ("zaak_id") REFERENCES "public"."zaken"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaakbesluiten" ADD CONSTRAINT "zaakbesluiten_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaakcontactmomenten" ADD CONSTRAINT "zaakcontactmomenten_zaak_id_zaken_id_fk" FOREIGN KEY ("zaak_id") REFERENCES "public"."zaken"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaakcontactmomenten" ADD CONSTRAINT "zaakcontactmomenten_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaakinformatieobject_gegevens" ADD CONSTRAINT "zaakinformatieobject_gegevens_zaakinformatieobject_id_zaakinformatieobjecten_id_fk" FOREIGN KEY ("zaakinformatieobject_id") REFERENCES "public"."zaakinformatieobjecten"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaaknotities" ADD CONSTRAINT "zaaknotities_zaak_id_zaken_id_fk" FOREIGN KEY ("zaak_id") REFERENCES "public"."zaken"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaaknotities" ADD CONSTRAINT "zaaknotities_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaakverzoeken" ADD CONSTRAINT "zaakverzoeken_zaak_id_zaken_id_fk" FOREIGN KEY ("zaak_id") REFERENCES "public"."zaken"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaakverzoeken" ADD CONSTRAINT "zaakverzoeken_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "verblijfplaats_historie_gemeente_idx" ON "verblijfplaats_historie" USING btree ("gemeente_code","datum_tot");--> statement-breakpoint
CREATE INDEX "audit_trail_hoofd_object_idx" ON "audit_trail" USING btree ("hoofd_object_id","aanmaakdatum");--> statement-breakpoint
CREATE INDEX "adressen_postcode_idx" ON "adressen" USING btree ("postcode","huisnummer");--> statement-breakpoint
CREATE INDEX "besluittypen_catalogus_idx" ON "besluittypen" USING btree ("catalogus_id","omschrijving");--> statement-breakpoint
CREATE INDEX "eigenschappen_zaaktype_idx" ON "eigenschappen" USING btree ("zaaktype_id");--> statement-breakpoint
CREATE INDEX "informatieobjecttypen_catalogus_idx" ON "informatieobjecttypen" USING btree ("catalogus_id","omschrijving");--> statement-breakpoint
CREATE INDEX "resultaattypen_zaaktype_idx" ON "resultaattypen" USING btree ("zaaktype_id");--> statement-breakpoint
CREATE INDEX "roltypen_zaaktype_idx" ON "roltypen" USING btree ("zaaktype_id");--> statement-breakpoint
CREATE INDEX "zaakobjecttypen_zaaktype_idx" ON "zaakobjecttypen" USING btree ("zaaktype_id");--> statement-breakpoint
CREATE INDEX "zaaktype_informatieobjecttypen_zaaktype_idx" ON "zaaktype_informatieobjecttypen" USING btree ("zaaktype_id");--> statement-breakpoint
CREATE INDEX "zaaktypen_gemeente_ident_idx" ON "zaaktypen" USING btree ("gemeente_code","identificatie","begin_geldigheid");--> statement-breakpoint
CREATE INDEX "zaaktypen_catalogus_idx" ON "zaaktypen" USING btree ("catalogus_id");--> statement-breakpoint
CREATE INDEX "aanvraag_concepten_verloopt_idx" ON "aanvraag_concepten" USING btree ("verloopt_op");--> statement-breakpoint
CREATE INDEX "berichten_zaak_idx" ON "berichten" USING btree ("zaak_id","created_at");--> statement-breakpoint
CREATE INDEX "opschortingen_zaak_idx" ON "opschortingen" USING btree ("zaak_id");--> statement-breakpoint
CREATE INDEX "rollen_zaak_idx" ON "rollen" USING btree ("zaak_id","registratiedatum","id");--> statement-breakpoint
CREATE INDEX "rollen_bsn_idx" ON "rollen" USING btree ("bsn");--> statement-breakpoint
CREATE INDEX "rollen_medewerker_idx" ON "rollen" USING btree ("medewerker_id");--> statement-breakpoint
CREATE INDEX "statussen_zaak_idx" ON "statussen" USING btree ("zaak_id","datum_status_gezet");--> statement-breakpoint
CREATE INDEX "statussen_gezetdoor_idx" ON "statussen" USING btree ("gezetdoor_id") WHERE gezetdoor_id is not null;--> statement-breakpoint
CREATE INDEX "verlengingen_zaak_idx" ON "verlengingen" USING btree ("zaak_id","datum","created_at");--> statement-breakpoint
CREATE INDEX "zaakeigenschappen_zaak_idx" ON "zaakeigenschappen" USING btree ("zaak_id");--> statement-breakpoint
CREATE INDEX "zaakobjecten_zaak_idx" ON "zaakobjecten" USING btree ("zaak_id");--> statement-breakpoint
CREATE INDEX "zaken_gemeente_open_idx" ON "zaken" USING btree ("gemeente_code","einddatum","registratiedatum");--> statement-breakpoint
CREATE INDEX "zaken_zaaktype_idx" ON "zaken" USING btree ("zaaktype_id","identificatie");--> statement-breakpoint
CREATE INDEX "zaken_hoofdzaak_idx" ON "zaken" USING btree ("hoofdzaak_id") WHERE hoofdzaak_id is not null;--> statement-breakpoint
CREATE INDEX "gebruiksrechten_io_idx" ON "gebruiksrechten" USING btree ("informatieobject_id");--> statement-breakpoint
CREATE INDEX "informatieobjecten_gemeente_idx" ON "informatieobjecten" USING btree ("gemeente_code","created_at");--> statement-breakpoint
CREATE INDEX "informatieobjecten_type_idx" ON "informatieobjecten" USING btree ("informatieobjecttype_id");--> statement-breakpoint
CREATE INDEX "verzendingen_open_idx" ON "verzendingen" USING btree ("gemeente_code","verzenddatum");--> statement-breakpoint
CREATE INDEX "verzendingen_io_idx" ON "verzendingen" USING btree ("informatieobject_id");--> statement-breakpoint
CREATE INDEX "zaakinformatieobjecten_io_idx" ON "zaakinformatieobjecten" USING btree ("informatieobject_id");--> statement-breakpoint
CREATE INDEX "afleveringen_te_doen_idx" ON "afleveringen" USING btree ("status","volgende_poging");--> statement-breakpoint
CREATE INDEX "outbox_te_verdelen_idx" ON "outbox" USING btree ("verdeeld","created_at");--> statement-breakpoint
CREATE INDEX "applicaties_gemeente_idx" ON "applicaties" USING btree ("gemeente_code");--> statement-breakpoint
CREATE INDEX "autorisaties_applicatie_idx" ON "autorisaties" USING btree ("applicatie_id");--> statement-breakpoint
CREATE INDEX "besluiten_gemeente_idx" ON "besluiten" USING btree ("gemeente_code","created_at");--> statement-breakpoint
CREATE INDEX "besluiten_zaak_idx" ON "besluiten" USING btree ("zaak_id");--> statement-breakpoint
CREATE INDEX "besluitinformatieobjecten_io_idx" ON "besluitinformatieobjecten" USING btree ("informatieobject_id");--> statement-breakpoint
CREATE INDEX "klantcontacten_zaak_idx" ON "klantcontacten" USING btree ("zaak_id");--> statement-breakpoint
CREATE INDEX "zaakcontactmomenten_zaak_idx" ON "zaakcontactmomenten" USING btree ("zaak_id");--> statement-breakpoint
CREATE INDEX "zaaknotities_zaak_idx" ON "zaaknotities" USING btree ("zaak_id");--> statement-breakpoint
CREATE INDEX "zaakverzoeken_zaak_idx" ON "zaakverzoeken" USING btree ("zaak_id");