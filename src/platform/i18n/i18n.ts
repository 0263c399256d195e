import { en, nl, type MessageKey } from './messages.ts';

export const LANGUAGES = ['nl', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

export type Translate = (key: MessageKey, params?: Record<string, string>) => string;

const catalogs: Record<Lang, Record<MessageKey, string>> = { nl, en };

export const isLang = (v: unknown): v is Lang => v === 'nl' || v === 'en';

export function translator(lang: Lang): Translate {
  const catalog = catalogs[lang];
  return (key, params) => {
    const text = catalog[key];
    return params === undefined ? text : text.replace(/\{(\w+)\}/g, (m, name: string) => params[name] ?? m);
  };
}

export const MONTHS: Record<Lang, readonly string[]> = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** '2013-11-02' → '2 november 2013' / '2 November 2013'. */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[lang][Number(m[2]) - 1] ?? ''} ${m[1]}`;
}
