import { PDFDocument } from 'pdf-lib';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { renderLetter, type LetterInput } from '../../../src/modules/documents/letter.pdf.ts';

const letter = (over: Partial<LetterInput> = {}): LetterInput => ({
  gemeente: 'Utrecht',
  lang: 'nl',
  aan: {
    naam: 'Zoë Brontë-Çelik',
    straat: 'Stationsplein',
    huisnummer: 12,
    huisletter: 'A',
    huisnummertoevoeging: '2',
    postcode: '3511ed',
    woonplaats: 'Utrecht',
  },
  datum: '2026-11-02',
  kenmerk: 'ZAAK-2026-0000042',
  onderwerp: 'Ontvangstbevestiging verhuizing',
  alineas: ['Geachte mevrouw Brontë-Çelik,', 'Wij hebben uw melding van een verhuizing ontvangen.'],
  gegevens: [
    ['Nieuw adres', 'Oudegracht 1, 3511 AA Utrecht'],
    ['Verhuisdatum', '1 november 2026'],
  ],
  ondertekening: 'Het college van burgemeester en wethouders van Utrecht',
  titel: 'Ontvangstbevestiging ZAAK-2026-0000042',
  ...over,
});

async function read(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  return { pages: totalPages, text: text.replace(/\s+/g, ' ') };
}

describe('renderLetter', () => {
  it('prints letterhead, recipient, date, zaaknummer, subject, text, table and signature', async () => {
    const { pages, text } = await read(await renderLetter(letter()));
    expect(pages).toBe(1);
    for (const part of [
      'Gemeente Utrecht',
      'Zoë Brontë-Çelik',
      'Stationsplein 12A-2',
      '3511 ED UTRECHT',
      '2 november 2026',
      'Zaaknummer',
      'ZAAK-2026-0000042',
      'Ontvangstbevestiging verhuizing',
      'Wij hebben uw melding van een verhuizing ontvangen.',
      'Nieuw adres',
      'Oudegracht 1, 3511 AA Utrecht',
      'Verhuisdatum',
      'Met vriendelijke groet,',
      'Het college van burgemeester en wethouders van Utrecht',
      'Pagina 1 van 1',
    ]) {
      expect(text).toContain(part);
    }
  });

  it('sets title, author and language in the metadata', async () => {
    const doc = await PDFDocument.load(await renderLetter(letter({ lang: 'en' })));
    expect(doc.getTitle()).toBe('Ontvangstbevestiging ZAAK-2026-0000042');
    expect(doc.getAuthor()).toBe('Gemeente Utrecht');
    expect(doc.getPageCount()).toBe(1);
    const { text } = await read(await doc.save());
    expect(text).toContain('2 November 2026');
    expect(text).toContain('Case number');
    expect(text).toContain('Kind regards,');
  });

  it('does not repeat "Gemeente" when the name already has it', async () => {
    const { text } = await read(await renderLetter(letter({ gemeente: "Gemeente 's-Gravenhage" })));
    expect(text).toContain("Gemeente 's-Gravenhage");
    expect(text).not.toContain('Gemeente Gemeente');
  });

  it('runs a long letter onto more pages, without losing text', async () => {
    const alineas = Array.from(
      { length: 40 },
      (_, i) => `Alinea ${i + 1}. ${'Dit is een lange zin over de beslissing op uw aanvraag. '.repeat(4)}`,
    );
    const { pages, text } = await read(await renderLetter(letter({ alineas })));
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(text).toContain('Alinea 1.');
    expect(text).toContain('Alinea 40.');
    expect(text).toContain(`Pagina ${pages} van ${pages}`);
  });

  it('prints every name it is given, reducing what Helvetica lacks instead of throwing', async () => {
    const bytes = await renderLetter(
      letter({
        aan: {
          naam: 'Łukasz Wałęsa-Ĳsselmeer 😀 Erdoğan Nguyễn 李',
          straat: 'Grüne\u00a0Straße\tweg',
          huisnummer: 1,
          postcode: 'onbekend',
          woonplaats: 'Ærøskøbing',
        },
        onderwerp: '',
        alineas: ['', `Een${'heel'.repeat(60)}langwoord zonder spaties.`, 'Regel één\nRegel twee'],
        gegevens: [['', '']],
      }),
    );
    const { text } = await read(bytes);
    expect(text).toContain('Lukasz Walesa-IJsselmeer Erdogan Nguyen ?');
    expect(text).toContain('Grüne Straße weg 1');
    expect(text).toContain('onbekend ÆRØSKØBING');
    expect(text).toContain('Regel één');
    expect(text).toContain('Regel twee');
  });
});
