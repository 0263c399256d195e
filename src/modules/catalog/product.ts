/**
 * A product as data: what the citizen fills in, which checks apply, which letters go out and
 * what happens on approval. Stored on the zaaktype; the code knows the kinds of field, check
 * and effect, never a product by name.
 */
export interface Tekst {
  nl: string;
  en: string;
}

export type Veld =
  /** People registered at the applicant's address who may be moved along (partner, minor children). */
  | { type: 'meeverhuizers'; naam: string; label: Tekst }
  /** A Dutch address looked up in the address registry by postcode, number and addition. */
  | { type: 'adres'; naam: string; label: Tekst }
  /**
   * A date inside a window around the report date. `voor`/`na` are ISO 8601 durations;
   * a date before the window (too late a report) becomes the report date when `teLaat` says so.
   */
  | {
      type: 'datum';
      naam: string;
      label: Tekst;
      venster: { voor: string; na: string };
      teLaat: 'weigeren' | 'meldingsdatum';
    }
  /** A proof upload, or instead the consent of the main occupant at the new address. */
  | {
      type: 'bewijs';
      naam: string;
      label: Tekst;
      formaten: string[];
      maxBytes: number;
      informatieobjecttype: string;
      alternatief?: 'toestemming-hoofdbewoner';
    }
  | { type: 'tekst'; naam: string; label: Tekst; verplicht: boolean; maxLengte: number };

export type BriefSoort = 'ontvangst' | 'informatieverzoek' | 'verlenging' | 'goedkeuring' | 'afwijzing';

/** Letter texts with placeholders in braces: {naam}, {zaaknummer}, {reden}, {einddatum}, {gemeente} and every field of the form by its name (e.g. {adres}). */
export interface Brief {
  onderwerp: Tekst;
  tekst: Tekst;
}

export interface ProductDefinitie {
  /** The product's address in the portal: /aanvragen/<code>. */
  code: string;
  naam: Tekst;
  beschrijving: Tekst;
  doelgroep: 'burger' | 'bedrijf';
  /** Where the case is registered: the municipality of the new address, or of registration. */
  behandelendeGemeente: 'nieuw-adres' | 'inschrijving';
  velden: Veld[];
  /** Signals for a human reviewer, by name (e.g. 'bewoning': occupancy of the new address). */
  signalen: string[];
  /** Effects carried out on approval, by name (e.g. 'brp.verhuizing'). */
  bijGoedkeuring: string[];
  /** Status type volgnummers for the steps of the process. */
  statussen: { ontvangen: number; inBehandeling: number; wachtOpAanvrager: number; afgehandeld: number };
  /** Result type omschrijvingen for the two outcomes. */
  resultaten: { toegekend: string; afgewezen: string };
  brieven: Record<BriefSoort, Brief>;
  /** The informatieobjecttype of a scanned paper form, for applications that come by post. */
  scanInformatieobjecttype?: string;
}
