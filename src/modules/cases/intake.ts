import type { ZaaktypeDetails } from '../catalog/catalog.service.ts';
import type { Veld } from '../catalog/product.ts';
import type { Correspondentieadres } from '../documents/documents.schema.ts';
import type { AddressesService } from '../registries/addresses.service.ts';
import { addDays, checkDate, compareDates } from './deadline/local-date.ts';
import { parseTermijn, termEnd } from './deadline/term.ts';
import type { Aanvraag, AanvraagAdres, Betrokkene } from './aanvraag.ts';
import type { BewijsWaarde } from './aanvraag-weergave.ts';
import type { Bijlage } from './zaak.service.ts';

/** A problem with one answer: `field` is the id of the input to link to, `code` a stable reason. */
export interface IntakeError {
  field: string;
  veld: Veld['type'];
  code: string;
  params?: Record<string, string>;
}

export interface Upload {
  bestandsnaam: string;
  inhoud: Uint8Array;
}

export interface IntakeInput {
  zt: ZaaktypeDetails;
  aanvrager: { bsn: string; naam: string };
  form: Record<string, string | string[] | undefined>;
  uploads: Record<string, Upload | undefined>;
  today: string;
}

export interface CheckedAanvraag {
  /** The municipality that handles the case (e.g. of the new address). */
  gemeenteCode: string;
  aanvraag: Aanvraag;
  belanghebbenden: Betrokkene[];
  objecten: { objectType: string; relatieomschrijving: string; identificatie: Record<string, unknown> }[];
  eigenschappen: Record<string, string>;
  bijlagen: Bijlage[];
  /** Things the applicant must be told, e.g. that the move date became the report date. */
  meldingen: { code: string; params: Record<string, string> }[];
}

export interface IntakeDeps {
  addresses: Pick<AddressesService, 'zoek'>;
  huisgenoten: (bsn: string) => Promise<Betrokkene[]>;
  huidigAdres: (bsn: string) => Promise<{
    adres: Correspondentieadres;
    gemeenteCode: string;
    adresseerbaarObjectId: string | null;
  } | null>;
  isOpLoket: (gemeenteCode: string) => Promise<boolean>;
  /** People registered at an address now (for the main occupant's consent). */
  bewoners: (adres: AanvraagAdres) => Promise<number>;
  checkUpload: (
    bytes: Uint8Array,
    opts: { formaten: string[]; maxBytes: number },
  ) => Promise<{ ok: true; formaat: string; extensie: string } | { ok: false; code: string }>;
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim();
const many = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);

/** '2026-12-01' or '1-12-2026' → ISO, else undefined. */
export function parseDatum(input: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(input);
  const nl = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(input);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : nl ? [nl[3], nl[2], nl[1]] : [];
  if (!y || !m || !d) return undefined;
  try {
    return checkDate(`${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`);
  } catch {
    return undefined;
  }
}

/**
 * Checks an application against its product's form, field by field, and derives what the case
 * needs. Nothing is stored here: with any error, the caller shows the form again.
 */
export async function checkAanvraag(
  deps: IntakeDeps,
  input: IntakeInput,
): Promise<{ ok: true; value: CheckedAanvraag } | { ok: false; errors: IntakeError[] }> {
  const product = input.zt.zaaktype.product;
  if (!product) throw new Error('zaaktype without a product');
  const errors: IntakeError[] = [];
  const waarden: Record<string, unknown> = {};
  const belanghebbenden: Betrokkene[] = [];
  const objecten: CheckedAanvraag['objecten'] = [];
  const bijlagen: Bijlage[] = [];
  const meldingen: CheckedAanvraag['meldingen'] = [];
  const huidig = await deps.huidigAdres(input.aanvrager.bsn);
  if (!huidig) {
    return {
      ok: false,
      errors: [{ field: product.velden[0]?.naam ?? 'form', veld: 'tekst', code: 'geen-adres' }],
    };
  }
  let gemeenteCode = huidig?.gemeenteCode;
  let nieuwAdres: AanvraagAdres | undefined;

  for (const veld of product.velden) {
    const f = input.form;
    switch (veld.type) {
      case 'meeverhuizers': {
        const mogelijk = await deps.huisgenoten(input.aanvrager.bsn);
        const gekozen = many(f[veld.naam]);
        const onbekend = gekozen.filter((bsn) => !mogelijk.some((m) => m.bsn === bsn));
        if (onbekend.length > 0) errors.push({ field: veld.naam, veld: veld.type, code: 'niet-toegestaan' });
        const list = mogelijk.filter((m) => gekozen.includes(m.bsn));
        belanghebbenden.push(...list);
        waarden[veld.naam] = list;
        break;
      }
      case 'adres': {
        const postcode = one(f[`${veld.naam}-postcode`]);
        const huisnummer = one(f[`${veld.naam}-huisnummer`]);
        const toevoeging = one(f[`${veld.naam}-toevoeging`]);
        if (!postcode) {
          errors.push({ field: `${veld.naam}-postcode`, veld: veld.type, code: 'postcode' });
          break;
        }
        if (!huisnummer) {
          errors.push({ field: `${veld.naam}-huisnummer`, veld: veld.type, code: 'huisnummer' });
          break;
        }
        const r = await deps.addresses.zoek(postcode, huisnummer, toevoeging);
        if (!r.ok) {
          const field =
            r.code === 'postcode' ? 'postcode' : r.code === 'meerdere' ? 'toevoeging' : 'huisnummer';
          const params: Record<string, string> =
            r.code === 'meerdere'
              ? {
                  opties: r.opties
                    .map(
                      (a) =>
                        `${a.huisnummer}${a.huisletter ?? ''}${a.huisnummertoevoeging ? `-${a.huisnummertoevoeging}` : ''}`,
                    )
                    .join(', '),
                }
              : {};
          errors.push({ field: `${veld.naam}-${field}`, veld: veld.type, code: r.code, params });
          break;
        }
        if (huidig?.adresseerbaarObjectId && huidig.adresseerbaarObjectId === r.adres.adresseerbaarObjectId) {
          errors.push({ field: `${veld.naam}-postcode`, veld: veld.type, code: 'zelfde-adres' });
          break;
        }
        if (!(await deps.isOpLoket(r.adres.gemeenteCode))) {
          errors.push({
            field: `${veld.naam}-postcode`,
            veld: veld.type,
            code: 'niet-op-loket',
            params: { woonplaats: r.adres.woonplaats },
          });
          break;
        }
        waarden[veld.naam] = r.adres;
        nieuwAdres = r.adres;
        if (product.behandelendeGemeente === 'nieuw-adres') gemeenteCode = r.adres.gemeenteCode;
        objecten.push({
          objectType: 'adres',
          relatieomschrijving: veld.label.nl,
          identificatie: { ...r.adres },
        });
        break;
      }
      case 'datum': {
        const raw = one(f[veld.naam]);
        const datum = parseDatum(raw);
        if (!datum) {
          errors.push({ field: veld.naam, veld: veld.type, code: raw ? 'ongeldig' : 'verplicht' });
          break;
        }
        // The report may come from `voor` before to `na` after the date.
        const vroegst = addDays(input.today, -durationDays(veld.venster.na, input.today));
        const laatst = termEnd(input.today, parseTermijn(veld.venster.voor));
        if (compareDates(datum, laatst) > 0) {
          errors.push({ field: veld.naam, veld: veld.type, code: 'te-vroeg', params: { laatst } });
        } else if (compareDates(datum, vroegst) < 0) {
          if (veld.teLaat === 'weigeren')
            errors.push({ field: veld.naam, veld: veld.type, code: 'te-laat', params: { vroegst } });
          else {
            waarden[veld.naam] = input.today;
            meldingen.push({ code: 'datum-aangepast', params: { opgegeven: datum, datum: input.today } });
          }
        } else waarden[veld.naam] = datum;
        break;
      }
      case 'bewijs': {
        const upload = input.uploads[veld.naam];
        const toestemming =
          one(f[`${veld.naam}-soort`]) === 'toestemming' && veld.alternatief === 'toestemming-hoofdbewoner';
        if (toestemming) {
          const hoofdbewoner = one(f[`${veld.naam}-hoofdbewoner`]);
          if (hoofdbewoner.length < 2)
            errors.push({ field: `${veld.naam}-hoofdbewoner`, veld: veld.type, code: 'hoofdbewoner' });
          // Consent comes from someone who lives there: at an address where nobody is registered, a document is needed.
          else if (nieuwAdres && (await deps.bewoners(nieuwAdres)) === 0)
            errors.push({ field: `${veld.naam}-soort-toestemming`, veld: veld.type, code: 'geen-bewoners' });
          else waarden[veld.naam] = { soort: 'toestemming', hoofdbewoner } satisfies BewijsWaarde;
          break;
        }
        if (!upload || upload.inhoud.length === 0) {
          errors.push({ field: veld.naam, veld: veld.type, code: 'verplicht' });
          break;
        }
        const check = await deps.checkUpload(upload.inhoud, {
          formaten: veld.formaten,
          maxBytes: veld.maxBytes,
        });
        if (!check.ok) {
          errors.push({
            field: veld.naam,
            veld: veld.type,
            code: check.code,
            params: { max: `${Math.round(veld.maxBytes / 1024 / 1024)} MB` },
          });
          break;
        }
        const bestandsnaam = safeFileName(upload.bestandsnaam, check.extensie);
        waarden[veld.naam] = { soort: 'document', bestandsnaam } satisfies BewijsWaarde;
        bijlagen.push({
          informatieobjecttype: veld.informatieobjecttype,
          titel: veld.label.nl,
          bestandsnaam,
          formaat: check.formaat,
          inhoud: upload.inhoud,
        });
        break;
      }
      case 'tekst': {
        const v = one(f[veld.naam]);
        if (veld.verplicht && !v) errors.push({ field: veld.naam, veld: veld.type, code: 'verplicht' });
        else if (v.length > veld.maxLengte)
          errors.push({ field: veld.naam, veld: veld.type, code: 'te-lang' });
        else waarden[veld.naam] = v;
        break;
      }
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  if (!gemeenteCode)
    return {
      ok: false,
      errors: [{ field: product.velden[0]?.naam ?? 'form', veld: 'tekst', code: 'geen-gemeente' }],
    };
  const eigenschappen: Record<string, string> = {};
  for (const e of input.zt.eigenschappen) {
    const v = waarden[e.naam];
    if (typeof v === 'string') eigenschappen[e.naam] = v;
  }
  // A product may name eigenschappen derived from the answers.
  if (input.zt.eigenschappen.some((e) => e.naam === 'aantal_verhuizers')) {
    eigenschappen.aantal_verhuizers = String(1 + belanghebbenden.length);
  }
  return {
    ok: true,
    value: {
      gemeenteCode,
      aanvraag: {
        aanvrager: input.aanvrager,
        huidigAdres: huidig?.adres ?? null,
        meldingsdatum: input.today,
        waarden,
      },
      belanghebbenden,
      objecten,
      eigenschappen,
      bijlagen,
      meldingen,
    },
  };
}

/** Length of a short ISO duration in days, counted from `from` (for windows like P5D or P4W). */
function durationDays(iso: string, from: string): number {
  const end = termEnd(from, parseTermijn(iso));
  return Math.round((Date.parse(end) - Date.parse(from)) / 86_400_000);
}

/** A stored file name: the uploader's base name, cleaned, with the extension of the real type. */
function safeFileName(name: string, extensie: string): string {
  const base =
    (name.split(/[\\/]/).pop() ?? 'bestand')
      .replace(/\.[^.]*$/, '')
      .replace(/[^\w\-. ]+/g, '_')
      .slice(0, 80) || 'bestand';
  return `${base}.${extensie}`;
}
