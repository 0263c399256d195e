import type { Lang } from '../../platform/i18n/i18n.ts';

const formats: Record<Lang, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', {
    dateStyle: 'short',
    timeStyle: 'medium',
    timeZone: 'Europe/Amsterdam',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'short',
    timeStyle: 'medium',
    timeZone: 'Europe/Amsterdam',
  }),
};

/** A moment in Dutch time, readable, with the exact value for machines. */
export const formatMoment = (d: Date, lang: Lang) => formats[lang].format(d);

export const Moment = (p: { at: Date | null; lang: Lang }) =>
  p.at ? <time dateTime={p.at.toISOString()}>{formatMoment(p.at, p.lang)}</time> : null;

/** A value of a received message: text as it is, anything structured as indented JSON. */
export const Value = (p: { v: unknown }) =>
  typeof p.v === 'string' || typeof p.v === 'number' || typeof p.v === 'boolean' ? (
    <>{String(p.v)}</>
  ) : (
    <pre class="utrecht-code-block">
      <code class="utrecht-code-block__content">{JSON.stringify(p.v, null, 2)}</code>
    </pre>
  );
