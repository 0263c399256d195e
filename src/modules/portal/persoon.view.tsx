import type { AbstractDatum, Persoon, Waardetabel } from '../registries/brp/persoon.ts';
import { formatDate } from '../../platform/i18n/i18n.ts';
import type { PageContext } from '../../platform/views/context.ts';
import { DataTable, H2 } from '../../platform/views/components.tsx';

const datum = (d: AbstractDatum | undefined, ctx: PageContext): string => {
  if (!d) return ctx.t('mijn.onbekend');
  if (d.type === 'Datum') return formatDate(d.datum, ctx.lang);
  return d.langFormaat;
};
const wt = (w: Waardetabel | undefined, ctx: PageContext) =>
  w?.omschrijving ?? w?.code ?? ctx.t('mijn.onbekend');
const naam = (n: { voornamen?: string; voorvoegsel?: string; geslachtsnaam?: string } | undefined) =>
  [n?.voornamen, n?.voorvoegsel, n?.geslachtsnaam].filter(Boolean).join(' ');

function adres(p: Persoon): string[] {
  const a = p.adressering;
  const lines = [a?.adresregel1, a?.adresregel2, a?.adresregel3].filter((l): l is string => Boolean(l));
  return lines;
}

/** The registered data of a person, as the citizen (Mijn gegevens) or an employee sees it. */
export function PersoonGegevens(props: { ctx: PageContext; persoon: Persoon }) {
  const { ctx, persoon: p } = props;
  const { t } = ctx;
  const partners = p.partners ?? [];
  const kinderen = p.kinderen ?? [];
  const ouders = p.ouders ?? [];
  const rows: [string, preact.ComponentChildren][] = [
    [t('mijn.naam'), p.naam?.volledigeNaam ?? naam(p.naam)],
    [t('mijn.bsn'), p.burgerservicenummer ?? ''],
    [t('mijn.geboortedatum'), datum(p.geboorte?.datum, ctx)],
    [
      t('mijn.geboorteplaats'),
      [wt(p.geboorte?.plaats, ctx), p.geboorte?.land?.omschrijving].filter(Boolean).join(', '),
    ],
    [t('mijn.geslacht'), wt(p.geslacht, ctx)],
    [
      t('mijn.nationaliteit'),
      (p.nationaliteiten ?? [])
        .map((n) => (n.type === 'Nationaliteit' ? wt(n.nationaliteit, ctx) : n.type))
        .join(', ') || t('mijn.onbekend'),
    ],
    [
      t('mijn.adres'),
      adres(p).map((l, i) => (
        <span class="loket-line" key={i}>
          {l}
        </span>
      )),
    ],
    [t('mijn.gemeente'), wt(p.gemeenteVanInschrijving, ctx)],
  ];
  if (p.overlijden) rows.push([t('mijn.overleden'), datum(p.overlijden.datum, ctx)]);
  return (
    <>
      <DataTable caption={t('mijn.persoon')} rows={rows} />
      <H2 id="partner">{t('mijn.partner')}</H2>
      {partners.length === 0 ? (
        <p class="utrecht-paragraph">{t('mijn.geen')}</p>
      ) : (
        <ul class="utrecht-unordered-list" aria-labelledby="partner">
          {partners.map((partner, i) => (
            <li class="utrecht-unordered-list__item" key={i}>
              {naam(partner.naam)}
              {partner.geboorte?.datum && ` (${datum(partner.geboorte.datum, ctx)})`}
              {partner.aangaanHuwelijkPartnerschap?.datum &&
                (partner.soortVerbintenis?.code === 'P' || partner.soortVerbintenis?.code === 'H') &&
                ` — ${t(`mijn.verbintenis.${partner.soortVerbintenis.code}`, { datum: datum(partner.aangaanHuwelijkPartnerschap.datum, ctx) })}`}
            </li>
          ))}
        </ul>
      )}
      <H2 id="kinderen">{t('mijn.kinderen')}</H2>
      {kinderen.length === 0 ? (
        <p class="utrecht-paragraph">{t('mijn.geen')}</p>
      ) : (
        <ul class="utrecht-unordered-list" aria-labelledby="kinderen">
          {kinderen.map((k, i) => (
            <li class="utrecht-unordered-list__item" key={i}>
              {naam(k.naam)}
              {k.geboorte?.datum && ` (${datum(k.geboorte.datum, ctx)})`}
            </li>
          ))}
        </ul>
      )}
      <H2 id="ouders">{t('mijn.ouders')}</H2>
      {ouders.length === 0 ? (
        <p class="utrecht-paragraph">{t('mijn.geen')}</p>
      ) : (
        <ul class="utrecht-unordered-list" aria-labelledby="ouders">
          {ouders.map((o, i) => (
            <li class="utrecht-unordered-list__item" key={i}>
              {naam(o.naam)}
              {o.geboorte?.datum && ` (${datum(o.geboorte.datum, ctx)})`}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
