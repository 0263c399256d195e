import type { AbstractDatum, Partner, Persoon, Waardetabel } from '../registries/brp/persoon.ts';
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

type Related = { naam?: Parameters<typeof naam>[0]; geboorte?: { datum?: AbstractDatum } };

/** A titled list of related people (partner, children, parents), each with name and birth date. */
function Related<T extends Related>(props: {
  ctx: PageContext;
  id: string;
  title: string;
  people: T[];
  extra?: (person: T, ctx: PageContext) => string | undefined;
}) {
  const { ctx } = props;
  return (
    <>
      <H2 id={props.id}>{props.title}</H2>
      {props.people.length === 0 ? (
        <p class="utrecht-paragraph">{ctx.t('mijn.geen')}</p>
      ) : (
        <ul class="utrecht-unordered-list" aria-labelledby={props.id}>
          {props.people.map((p, i) => (
            <li class="utrecht-unordered-list__item" key={i}>
              {naam(p.naam)}
              {p.geboorte?.datum && ` (${datum(p.geboorte.datum, ctx)})`}
              {props.extra?.(p, ctx)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

const verbintenis = (partner: Partner, ctx: PageContext): string | undefined => {
  const code = partner.soortVerbintenis?.code;
  const sinds = partner.aangaanHuwelijkPartnerschap?.datum;
  return sinds && (code === 'H' || code === 'P')
    ? ` — ${ctx.t(`mijn.verbintenis.${code}`, { datum: datum(sinds, ctx) })}`
    : undefined;
};

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
      <Related ctx={ctx} id="partner" title={t('mijn.partner')} people={partners} extra={verbintenis} />
      <Related ctx={ctx} id="kinderen" title={t('mijn.kinderen')} people={kinderen} />
      <Related ctx={ctx} id="ouders" title={t('mijn.ouders')} people={ouders} />
    </>
  );
}
