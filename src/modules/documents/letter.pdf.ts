import { PageSizes, PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { formatDate, type Lang } from '../../platform/i18n/i18n.ts';
import type { Correspondentieadres } from './documents.schema.ts';

export interface LetterInput {
  /** The municipality's name ('Utrecht' or 'Gemeente Utrecht'): letterhead and PDF author. */
  gemeente: string;
  lang: Lang;
  /** The addressee, printed where the window of a Dutch window envelope is. */
  aan?: Correspondentieadres;
  /** ISO date, printed as '2 november 2026'. */
  datum: string;
  /** The zaak identificatie, printed as the letter's reference. */
  kenmerk: string;
  onderwerp: string;
  /** Paragraphs; a '\n' inside one is a line break. */
  alineas: string[];
  /** Label/value rows, e.g. what was submitted (for a receipt). */
  gegevens?: [string, string][];
  /** Who signs, one line each after '\n'; the greeting above it is added. */
  ondertekening: string;
  /** PDF metadata title. */
  titel: string;
}

const LABELS = {
  nl: {
    datum: 'Datum',
    kenmerk: 'Zaaknummer',
    onderwerp: 'Onderwerp',
    groet: 'Met vriendelijke groet,',
    pagina: (n: number, m: number) => `Pagina ${n} van ${m}`,
    taal: 'nl-NL',
  },
  en: {
    datum: 'Date',
    kenmerk: 'Case number',
    onderwerp: 'Subject',
    groet: 'Kind regards,',
    pagina: (n: number, m: number) => `Page ${n} of ${m}`,
    taal: 'en-GB',
  },
} as const;

const mm = (v: number) => (v * 72) / 25.4;
const [PAGE_W, PAGE_H] = PageSizes.A4;
const LEFT = mm(25);
const RIGHT = PAGE_W - mm(20);
const TOP = mm(20);
const BOTTOM = mm(25);
// NEN 1026 window envelope: the address block starts 50 mm from the top, in line with the text.
const ADDRESS_TOP = mm(50);
const INFO_TOP = mm(100);
const SIZE = 10.5;
const LEAD = 15;
const GAP = 8;
const LABEL_W = mm(32);
const INK = rgb(0.1, 0.1, 0.1);
const GREY = rgb(0.4, 0.4, 0.4);

/** Letters Helvetica cannot encode that no decomposition reduces to ones it can. */
const LOOKALIKES: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
  ŋ: 'n',
  Ŋ: 'N',
  ĸ: 'k',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '−': '-',
  '′': "'",
  '″': '"',
};

/**
 * The standard fonts only cover WinAnsi: keep what the font has, reduce the rest to its base
 * letters (ő → o, ĳ → ij), and replace what is left, so that no name makes drawing throw.
 */
function printable(font: PDFFont): (s: string) => string {
  const has = new Set(font.getCharacterSet());
  const ok = (s: string) => [...s].every((c) => has.has(c.codePointAt(0) ?? -1));
  return (s) => {
    let out = '';
    for (const c of s.normalize('NFC')) {
      if (ok(c)) out += c;
      else if (LOOKALIKES[c] !== undefined) out += LOOKALIKES[c];
      else if (/\s/u.test(c)) out += ' ';
      else {
        const base = c.normalize('NFKD').replace(/\p{M}/gu, '');
        if (base !== '' && ok(base)) out += base;
        else if (/[\p{L}\p{N}]/u.test(c)) out += '?';
      }
    }
    return out;
  };
}

/** Greedy word wrap; a word wider than the line is broken between characters. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
  const lines: string[] = [];
  for (const hardLine of text.split('\n')) {
    let line = '';
    for (const word of hardLine.split(' ').filter((w) => w !== '')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      line = '';
      for (const c of word) {
        if (line !== '' && !fits(line + c)) {
          lines.push(line);
          line = '';
        }
        line += c;
      }
    }
    lines.push(line);
  }
  return lines;
}

export function addressLines(a: Correspondentieadres): string[] {
  const nummer = `${a.huisnummer}${a.huisletter ?? ''}${a.huisnummertoevoeging ? `-${a.huisnummertoevoeging}` : ''}`;
  const pc = a.postcode.replace(/\s+/g, '').toUpperCase();
  const postcode = /^\d{4}[A-Z]{2}$/.test(pc) ? `${pc.slice(0, 4)} ${pc.slice(4)}` : a.postcode;
  // PostNL: postcode, two spaces, the place in capitals.
  return [a.naam, `${a.straat} ${nummer}`, `${postcode}  ${a.woonplaats.toUpperCase()}`];
}

const letterhead = (gemeente: string) =>
  /^gemeente\s/i.test(gemeente.trim()) ? gemeente.trim() : `Gemeente ${gemeente.trim()}`;

/** An A4 letter from the municipality as PDF: letterhead, address, reference, text, table, signature. */
export async function renderLetter(input: LetterInput): Promise<Uint8Array> {
  const labels = LABELS[input.lang];
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const clean = printable(regular);
  const afzender = letterhead(input.gemeente);

  doc.setTitle(input.titel, { showInWindowTitleBar: true });
  doc.setAuthor(afzender);
  doc.setSubject(input.onderwerp);
  doc.setLanguage(labels.taal);
  doc.setCreator('Loket');
  doc.setProducer('Loket (pdf-lib)');
  doc.setKeywords([input.kenmerk]);

  let page: PDFPage = doc.addPage(PageSizes.A4);
  let y = PAGE_H - TOP; // the top of the next line
  const newPage = () => {
    page = doc.addPage(PageSizes.A4);
    y = PAGE_H - TOP;
    text(afzender, LEFT, { font: bold, size: 9, color: GREY });
    y -= LEAD;
  };
  /** Starts a new page unless `height` still fits above the bottom margin. */
  const need = (height: number) => {
    if (y - height < BOTTOM) newPage();
  };
  function text(s: string, x: number, o: { font?: PDFFont; size?: number; color?: typeof INK } = {}) {
    const size = o.size ?? SIZE;
    const line = clean(s);
    if (line !== '')
      page.drawText(line, { x, y: y - size, size, font: o.font ?? regular, color: o.color ?? INK });
  }
  const lines = (s: string, font: PDFFont, width: number) => wrap(clean(s), font, SIZE, width);

  text(afzender, LEFT, { font: bold, size: 18 });
  if (input.aan) {
    y = PAGE_H - ADDRESS_TOP;
    for (const l of addressLines(input.aan)) {
      text(l, LEFT);
      y -= LEAD;
    }
  }

  y = PAGE_H - INFO_TOP;
  const infoRows: [string, string][] = [
    [labels.datum, formatDate(input.datum, input.lang)],
    [labels.kenmerk, input.kenmerk],
  ];
  for (const [label, value] of infoRows) {
    text(label, LEFT, { color: GREY });
    text(value, LEFT + LABEL_W);
    y -= LEAD;
  }
  y -= GAP;
  for (const l of lines(input.onderwerp, bold, RIGHT - LEFT)) {
    need(LEAD);
    text(l, LEFT, { font: bold });
    y -= LEAD;
  }
  y -= LEAD;

  for (const alinea of input.alineas) {
    for (const l of lines(alinea, regular, RIGHT - LEFT)) {
      need(LEAD);
      text(l, LEFT);
      y -= LEAD;
    }
    y -= GAP;
  }

  if (input.gegevens && input.gegevens.length > 0) {
    const labelW = (RIGHT - LEFT) * 0.4;
    const gutter = mm(4);
    for (const [label, value] of input.gegevens) {
      const left = lines(label, bold, labelW - gutter);
      const right = lines(value, regular, RIGHT - LEFT - labelW);
      const count = Math.max(left.length, right.length);
      // Keep a row on one page when it fits on one.
      need(Math.min(count * LEAD + 4, PAGE_H - TOP - BOTTOM - LEAD));
      for (let i = 0; i < count; i++) {
        need(LEAD);
        text(left[i] ?? '', LEFT, { font: bold });
        text(right[i] ?? '', LEFT + labelW);
        y -= LEAD;
      }
      page.drawLine({
        start: { x: LEFT, y: y + 1 },
        end: { x: RIGHT, y: y + 1 },
        thickness: 0.5,
        color: rgb(0.8, 0.8, 0.8),
      });
      y -= 4;
    }
    y -= GAP;
  }

  const signature = lines(input.ondertekening, regular, RIGHT - LEFT);
  y -= GAP;
  need((signature.length + 2) * LEAD);
  text(labels.groet, LEFT);
  y -= 2 * LEAD;
  for (const l of signature) {
    text(l, LEFT);
    y -= LEAD;
  }

  const pages = doc.getPages();
  pages.forEach((p, i) => {
    const footer = clean(`${afzender} · ${input.kenmerk} · ${labels.pagina(i + 1, pages.length)}`);
    p.drawText(footer, { x: LEFT, y: mm(12), size: 8, font: regular, color: GREY });
  });
  return doc.save();
}
