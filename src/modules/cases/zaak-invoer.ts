import type { NewZaak } from './cases.repository.ts';
import type { ZaakVelden } from './zaken-api.representatie.ts';
import type { ZaakInput } from './zaken-api.input.ts';
import type { ZakenApiUrls } from './zaken-api.urls.ts';

/** From a ZGW zaak body to columns, and back: what PUT and PATCH merge with. */

const defined = <T extends Record<string, unknown>>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

const leegIsNull = (v: string | null | undefined) => (v === undefined ? undefined : v || null);

/** The columns a (partial) body sets; hoofdzaak, opschorting and verlenging are handled apart. */
export function kolommen(i: Partial<ZaakInput>): Partial<NewZaak> {
  return defined({
    identificatie: i.identificatie,
    bronorganisatie: i.bronorganisatie,
    omschrijving: i.omschrijving,
    toelichting: i.toelichting,
    registratiedatum: i.registratiedatum,
    verantwoordelijkeOrganisatie: i.verantwoordelijkeOrganisatie,
    startdatum: i.startdatum,
    einddatumGepland: i.einddatumGepland,
    uiterlijkeEinddatumAfdoening: i.uiterlijkeEinddatumAfdoening,
    publicatiedatum: i.publicatiedatum,
    communicatiekanaalUrl: leegIsNull(i.communicatiekanaal),
    productenOfDiensten: i.productenOfDiensten,
    vertrouwelijkheidaanduiding: i.vertrouwelijkheidaanduiding,
    betalingsindicatie: i.betalingsindicatie,
    laatsteBetaaldatum:
      i.laatsteBetaaldatum === undefined
        ? undefined
        : i.laatsteBetaaldatum
          ? new Date(i.laatsteBetaaldatum)
          : null,
    zaakgeometrie: i.zaakgeometrie,
    selectielijstklasse: leegIsNull(i.selectielijstklasse),
    relevanteAndereZaken: i.relevanteAndereZaken,
    kenmerken: i.kenmerken,
    archiefnominatie: i.archiefnominatie === undefined ? undefined : i.archiefnominatie || null,
    archiefstatus: i.archiefstatus,
    archiefactiedatum: i.archiefactiedatum,
    opdrachtgevendeOrganisatie: i.opdrachtgevendeOrganisatie,
    processobjectaard: i.processobjectaard,
    startdatumBewaartermijn: i.startdatumBewaartermijn,
    processobject: i.processobject,
  });
}

/** The writable fields of a stored zaak in the shape of a body, to merge a PATCH with. */
export function alsInvoer(z: ZaakVelden, u: ZakenApiUrls): ZaakInput {
  return {
    identificatie: z.identificatie,
    bronorganisatie: z.bronorganisatie,
    omschrijving: z.omschrijving,
    toelichting: z.toelichting,
    zaaktype: u.url('zaaktype', z.zaaktypeId),
    registratiedatum: z.registratiedatum,
    verantwoordelijkeOrganisatie: z.verantwoordelijkeOrganisatie,
    startdatum: z.startdatum,
    einddatumGepland: z.einddatumGepland,
    uiterlijkeEinddatumAfdoening: z.uiterlijkeEinddatumAfdoening,
    publicatiedatum: z.publicatiedatum,
    ...(z.communicatiekanaalUrl ? { communicatiekanaal: z.communicatiekanaalUrl } : {}),
    productenOfDiensten: z.productenOfDiensten,
    vertrouwelijkheidaanduiding: z.vertrouwelijkheidaanduiding,
    betalingsindicatie: z.betalingsindicatie as ZaakInput['betalingsindicatie'],
    laatsteBetaaldatum: z.laatsteBetaaldatum?.toISOString() ?? null,
    zaakgeometrie: (z.zaakgeometrie as ZaakInput['zaakgeometrie']) ?? null,
    ...(z.selectielijstklasse ? { selectielijstklasse: z.selectielijstklasse } : {}),
    hoofdzaak: z.hoofdzaakId ? u.url('zaak', z.hoofdzaakId) : null,
    relevanteAndereZaken: z.relevanteAndereZaken,
    kenmerken: z.kenmerken,
    archiefnominatie: z.archiefnominatie,
    archiefstatus: z.archiefstatus as ZaakInput['archiefstatus'],
    archiefactiedatum: z.archiefactiedatum,
    opdrachtgevendeOrganisatie: z.opdrachtgevendeOrganisatie,
    processobjectaard: z.processobjectaard,
    startdatumBewaartermijn: z.startdatumBewaartermijn,
    processobject: z.processobject,
  };
}
