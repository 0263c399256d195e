import type {
  BrondatumArchiefprocedure,
  RolOmschrijvingGeneriek,
  Vertrouwelijkheid,
} from './catalog.schema.ts';
import type { ProductDefinitie } from './product.ts';

/**
 * A standard process designed once: a zaaktype with its types and product definition, which a
 * municipality adopts with local parameters (its own service norm, its RSIN).
 */
export interface ZaaktypeBlauwdruk {
  identificatie: string;
  omschrijving: string;
  doel: string;
  aanleiding: string;
  onderwerp: string;
  handelingInitiator: string;
  handelingBehandelaar: string;
  indicatieInternOfExtern: 'intern' | 'extern';
  vertrouwelijkheidaanduiding: Vertrouwelijkheid;
  doorlooptijd: string;
  servicenorm: string | null;
  opschortingEnAanhoudingMogelijk: boolean;
  verlengingMogelijk: boolean;
  verlengingstermijn: string | null;
  productenOfDiensten: string[];
  referentieproces: { naam: string; link?: string };
  selectielijstProcestype: string;
  statustypen: { volgnummer: number; omschrijving: string; statustekst: string; informeren: boolean }[];
  resultaattypen: {
    omschrijving: string;
    resultaattypeomschrijving: string;
    /** The omschrijving of that resultaattypeomschrijving, as the Catalogi API shows it. */
    omschrijvingGeneriek: string;
    selectielijstklasse: string;
    archiefnominatie: 'blijvend_bewaren' | 'vernietigen';
    archiefactietermijn: string | null;
    brondatumArchiefprocedure: BrondatumArchiefprocedure;
  }[];
  roltypen: { omschrijving: string; omschrijvingGeneriek: RolOmschrijvingGeneriek }[];
  eigenschappen: {
    naam: string;
    definitie: string;
    formaat: 'tekst' | 'getal' | 'datum' | 'datum_tijd';
    lengte: string;
  }[];
  informatieobjecttypen: {
    omschrijving: string;
    vertrouwelijkheidaanduiding: Vertrouwelijkheid;
    richting: 'inkomend' | 'intern' | 'uitgaand';
  }[];
  besluittypen: { omschrijving: string; reactietermijn: string }[];
  product: ProductDefinitie;
}

/** What a municipality sets when it adopts a blueprint. */
export interface Adoptie {
  gemeenteCode: string;
  rsin: string;
  verantwoordelijke: string;
  beginGeldigheid: string;
  servicenorm?: string | null;
  /** The Selectielijst API the municipality uses, instead of the blueprint's canonical one. */
  selectielijstUrl?: string;
}

/** The canonical Selectielijst API root that blueprints refer to. */
export const SELECTIELIJST_CANONIEK = 'https://selectielijst.openzaak.nl/api/v1';
