/** The value lists and JSON shapes of the catalogue's types (ZGW Catalogi, ImZTC 2.2). */

/** ZGW vertrouwelijkheidaanduiding, from open to most confidential. */
export const VERTROUWELIJKHEID = [
  'openbaar',
  'beperkt_openbaar',
  'intern',
  'zaakvertrouwelijk',
  'vertrouwelijk',
  'confidentieel',
  'geheim',
  'zeer_geheim',
] as const;
export type Vertrouwelijkheid = (typeof VERTROUWELIJKHEID)[number];

export const AARD_RELATIE = ['vervolg', 'bijdrage', 'onderwerp'] as const;

/** A related zaaktype, by identificatie (version-independent). */
export interface ZaaktypenRelatie {
  zaaktype: string;
  aardRelatie: (typeof AARD_RELATIE)[number];
  toelichting: string;
}

export interface ChecklistItem {
  itemnaam: string;
  toelichting: string | null;
  vraagstelling: string;
  verplicht: boolean;
}

export const ARCHIEFNOMINATIE = ['blijvend_bewaren', 'vernietigen'] as const;

export interface BrondatumArchiefprocedure {
  afleidingswijze:
    | 'afgehandeld'
    | 'ander_datumkenmerk'
    | 'eigenschap'
    | 'gerelateerde_zaak'
    | 'hoofdzaak'
    | 'ingangsdatum_besluit'
    | 'termijn'
    | 'vervaldatum_besluit'
    | 'zaakobject';
  datumkenmerk?: string;
  einddatumBekend?: boolean;
  objecttype?: string;
  registratie?: string;
  procestermijn?: string | null;
}

export const ROL_OMSCHRIJVING_GENERIEK = [
  'adviseur',
  'behandelaar',
  'belanghebbende',
  'beslisser',
  'initiator',
  'klantcontacter',
  'zaakcoordinator',
  'mede_initiator',
] as const;
export type RolOmschrijvingGeneriek = (typeof ROL_OMSCHRIJVING_GENERIEK)[number];

export interface EigenschapSpecificatie {
  groep?: string;
  formaat: 'tekst' | 'getal' | 'datum' | 'datum_tijd';
  lengte: string;
  kardinaliteit: string;
  waardenverzameling: string[];
}

export interface InformatieobjecttypeOmschrijvingGeneriek {
  informatieobjecttypeOmschrijvingGeneriek: string;
  definitieInformatieobjecttypeOmschrijvingGeneriek: string;
  herkomstInformatieobjecttypeOmschrijvingGeneriek: string;
  hierarchieInformatieobjecttypeOmschrijvingGeneriek: string;
  opmerkingInformatieobjecttypeOmschrijvingGeneriek?: string | null;
}

export const RICHTING = ['inkomend', 'intern', 'uitgaand'] as const;
