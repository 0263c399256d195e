import { parse, type Options } from 'csv-parse/sync';

/**
 * A person list (persoonslijst) from the RvIG test set: its identifier (first CSV column,
 * e.g. `Lg01_716`) and its rows, each holding only the non-empty LO GBA values keyed by
 * 'category.group.element' ('01.02.40') plus the per-category 'NN.H' markers.
 */
export interface Persoonslijst {
  id: string;
  rijen: Record<string, string>[];
}

/** The values of one category in one row, keyed by 'group.element' ('02.40'). */
export type Rij = Readonly<Record<string, string>>;

/** One occurrence of a category: its current values and its history, newest first. */
export interface Voorkomen {
  actueel: Rij;
  historie: Rij[];
}

/**
 * Reads the RvIG test set CSV (`;`-separated, UTF-8 with BOM). A row with a value in the first
 * column starts a person list; the rows after it, up to the next identifier, belong to it.
 */
export function parseTestset(csvText: string): Persoonslijst[] {
  const opties: Options = { delimiter: ';', bom: true };
  const records = parse(csvText, opties);
  const [kop, ...regels] = records;
  if (!kop) return [];
  const kolommen = kolomNamen(kop);
  const lijsten: Persoonslijst[] = [];
  for (const regel of regels) {
    const rij: Record<string, string> = {};
    regel.forEach((waarde, i) => {
      const naam = kolommen[i];
      if (i > 0 && naam && waarde !== '') rij[naam] = waarde;
    });
    herstelVerschovenWaarden(rij);
    const id = regel[0] ?? '';
    if (id !== '') lijsten.push({ id, rijen: [rij] });
    else lijsten.at(-1)?.rijen.push(rij);
  }
  return lijsten;
}

/** The header names '06.88.10' twice; the second is RNI omschrijving verdrag, 06.88.20. */
function kolomNamen(kop: string[]): string[] {
  const gezien = new Set<string>();
  return kop.map((naam) => {
    const uniek = gezien.has(naam) && naam === '06.88.10' ? '06.88.20' : naam;
    gezien.add(uniek);
    return uniek;
  });
}

/**
 * One person list (Lg01_803) has values one column too far right: its 05.H marker sits in
 * 06.08.10 (datum overlijden) as '05' or '55', and in category 04 the dates of 85.10 and 86.10
 * sit in 86.10 and 88.10 (RNI-deelnemer, a four-digit code). Neither can be real, so move
 * them back.
 */
function herstelVerschovenWaarden(rij: Record<string, string>): void {
  const markering = rij['06.08.10'];
  if (markering && /^[05]5$/.test(markering) && !rij['05.H']) {
    rij['05.H'] = markering;
    delete rij['06.08.10'];
  }
  const opneming = rij['04.88.10'];
  if (opneming && /^\d{8}$/.test(opneming) && !rij['04.85.10']) {
    const geldigheid = rij['04.86.10'];
    if (geldigheid) rij['04.85.10'] = geldigheid;
    rij['04.86.10'] = opneming;
    delete rij['04.88.10'];
  }
}

/** Categories that can occur more than once on a person list. */
const HERHALEND = new Set(['04', '05', '09', '12']);

/**
 * Groups the rows of one category into occurrences (voorkomens). The rule, read from the data:
 *
 * - The identifier row holds the current values of every category; for a repeating category
 *   (04 nationaliteit, 05 partner, 09 kind, 12 reisdocument) those of its first occurrence.
 * - The marker 'NN.H' on a row says what the next row holds for category NN: the historical
 *   category number ('5N', NN + 50, e.g. 58 for 08) means an older version of the same
 *   occurrence; the category number itself ('NN', e.g. 09) means the current values of the
 *   next occurrence; no marker means nothing follows. Person 999990639 shows it: row 1 has
 *   child Caroline with 09.H=59, row 2 is her older version with 09.H=09, row 3 is Karin.
 * - 23 places in the set break the chain (a marker with nothing after it, a row of data
 *   without a marker before it, a stray marker such as '64' or 'o'). Where the marker is
 *   missing or unusable, a row of a repeating category is history when it names the same
 *   person (A-nummer, else name and birth date) or nationality as the row before it, and a
 *   new occurrence otherwise; a row of a single category is history.
 */
export function voorkomens(pl: Persoonslijst, categorie: string): Voorkomen[] {
  const historisch = String(Number(categorie) + 50);
  const resultaat: Voorkomen[] = [];
  let huidig: Voorkomen | undefined;
  let verwacht: 'nieuw' | 'historie' | undefined;
  for (const rij of pl.rijen) {
    const waarden = categorieWaarden(rij, categorie);
    if (Object.keys(waarden).length > 0) {
      const soort = huidig ? (verwacht ?? raad(categorie, huidig, waarden)) : 'nieuw';
      if (soort === 'nieuw' || !huidig) {
        huidig = { actueel: waarden, historie: [] };
        resultaat.push(huidig);
      } else {
        huidig.historie.push(waarden);
      }
    }
    const markering = rij[`${categorie}.H`];
    verwacht = markering === categorie ? 'nieuw' : markering === historisch ? 'historie' : undefined;
  }
  return resultaat;
}

/** The current values of a single category (or of the first occurrence of a repeating one). */
export function actueel(pl: Persoonslijst, categorie: string): Rij {
  return voorkomens(pl, categorie)[0]?.actueel ?? {};
}

function categorieWaarden(rij: Record<string, string>, categorie: string): Record<string, string> {
  const waarden: Record<string, string> = {};
  for (const [sleutel, waarde] of Object.entries(rij)) {
    if (sleutel.startsWith(`${categorie}.`) && !sleutel.endsWith('.H')) waarden[sleutel.slice(3)] = waarde;
  }
  return waarden;
}

function raad(categorie: string, huidig: Voorkomen, waarden: Rij): 'nieuw' | 'historie' {
  if (!HERHALEND.has(categorie)) return 'historie';
  const vorige = huidig.historie.at(-1) ?? huidig.actueel;
  return identiteit(categorie, vorige) === identiteit(categorie, waarden) ? 'historie' : 'nieuw';
}

function identiteit(categorie: string, r: Rij): string {
  if (categorie === '04') return `${r['05.10'] ?? ''}|${r['65.10'] ?? ''}`;
  if (categorie === '12') return r['35.20'] ?? '';
  return r['01.10'] ?? `${r['02.40'] ?? ''}|${r['03.10'] ?? ''}`;
}
