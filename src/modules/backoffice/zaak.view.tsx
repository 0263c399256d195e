import type { ComponentChildren } from 'preact';
import type { Services } from '../../services.ts';
import { formatDate, type Lang } from '../../platform/i18n/i18n.ts';
import { A, DataTable, H2, P, RecordTable } from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { aanvraagRegels } from '../cases/aanvraag-weergave.ts';
import { adresRegel, type Aanvraag } from '../cases/aanvraag.ts';
import type { Correspondentieadres } from '../documents/documents.schema.ts';

/** What the case page shows: the employee's view of one case. */
export type ZaakDossier = NonNullable<Awaited<ReturnType<Services['zaakView']['voorMedewerker']>>>;

const moments: Record<Lang, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }),
};

const exactMoments: Record<Lang, Intl.DateTimeFormat> = {
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

/** A moment in Dutch time, readable (or `exact`, to the second), with the exact value for machines. */
export const Moment = (p: { at: Date; lang: Lang; exact?: boolean }) => (
  <time dateTime={p.at.toISOString()}>{(p.exact ? exactMoments : moments)[p.lang].format(p.at)}</time>
);

/** A calendar date ('YYYY-MM-DD'), written out. */
export const Datum = (p: { iso: string; lang: Lang }) => (
  <time dateTime={p.iso}>{formatDate(p.iso, p.lang)}</time>
);

export const adresVan = (a: Correspondentieadres) =>
  adresRegel({
    ...a,
    huisletter: a.huisletter ?? null,
    huisnummertoevoeging: a.huisnummertoevoeging ?? null,
  });

/** A table with column headers and a row header in the first column. */
export function Table(p: {
  id: string;
  caption: string;
  head: string[];
  rows: [string, ...ComponentChildren[]][];
}) {
  return (
    <RecordTable id={p.id} caption={p.caption} columns={p.head}>
      {p.rows.map(([key, first, ...rest]) => (
        <tr class="utrecht-table__row" key={key}>
          <th scope="row" class="utrecht-table__header-cell">
            {first}
          </th>
          {rest.map((cell, i) => (
            <td class="utrecht-table__cell" key={i}>
              {cell}
            </td>
          ))}
        </tr>
      ))}
    </RecordTable>
  );
}

/** The case at a glance: type, status, channel, correspondence, handler, result. */
export function Kerngegevens(p: { ctx: PageContext; d: ZaakDossier }) {
  const { t, lang } = p.ctx;
  const { zaak } = p.d;
  const status = p.d.statussen.at(-1);
  const behandelaar = p.d.rollen.find((r) => r.omschrijvingGeneriek === 'behandelaar');
  const rows: [string, ComponentChildren][] = [
    [t('bo.zaak.zaaktype'), p.d.zt.zaaktype.omschrijving],
    [t('bo.zaak.status'), status?.omschrijving ?? '—'],
    [t('bo.zaak.registratiedatum'), <Datum iso={zaak.registratiedatum} lang={lang} />],
    [t('bo.zaak.kanaal'), t(`bo.zaak.kanaal.${zaak.communicatiekanaal}`)],
    [t('bo.zaak.correspondentie'), t(`bo.zaak.correspondentie.${zaak.correspondentie}`)],
    [t('bo.zaak.behandelaar'), behandelaar?.naam ?? t('bo.zaken.niemand')],
  ];
  if (zaak.einddatum) rows.push([t('bo.zaak.einddatum'), <Datum iso={zaak.einddatum} lang={lang} />]);
  if (p.d.resultaat) {
    rows.push([t('bo.zaak.resultaat'), p.d.resultaat.omschrijving]);
    if (p.d.resultaat.toelichting) rows.push([t('bo.zaak.resultaat.toelichting'), p.d.resultaat.toelichting]);
  }
  return <DataTable caption={t('bo.zaak.kern')} rows={rows} />;
}

/** What the applicant submitted, in the order of the product's form. */
export function AanvraagGegevens(p: { ctx: PageContext; d: ZaakDossier }) {
  const { t, lang } = p.ctx;
  const aanvraag = p.d.zaak.aanvraag as unknown as Aanvraag;
  const velden = p.d.zt.zaaktype.product?.velden ?? [];
  const rows: [string, ComponentChildren][] = [
    [t('bo.zaak.aanvrager'), aanvraag.aanvrager.naam],
    [t('bo.zaak.huidigAdres'), aanvraag.huidigAdres ? adresVan(aanvraag.huidigAdres) : '—'],
    ...aanvraagRegels(velden, aanvraag.waarden, lang),
    [t('bo.zaak.meldingsdatum'), <Datum iso={aanvraag.meldingsdatum} lang={lang} />],
  ];
  return (
    <section aria-labelledby="aanvraag">
      <H2 id="aanvraag">{t('bo.zaak.aanvraag')}</H2>
      <DataTable caption={t('bo.zaak.aanvraag.caption')} rows={rows} />
    </section>
  );
}

export function Betrokkenen(p: { ctx: PageContext; d: ZaakDossier }) {
  const { t } = p.ctx;
  const relatie = (r: string) => (r === 'partner' || r === 'kind' ? t(`bo.zaak.relatie.${r}`) : r || '—');
  const rol = (g: string) =>
    g === 'initiator' || g === 'belanghebbende' || g === 'behandelaar' ? t(`bo.zaak.rol.${g}`) : g;
  return (
    <section aria-labelledby="betrokkenen">
      <H2 id="betrokkenen">{t('bo.zaak.betrokkenen')}</H2>
      <Table
        id="rollen"
        caption={t('bo.zaak.betrokkenen.caption')}
        head={[t('bo.zaak.col.naam'), t('bo.zaak.col.rol'), t('bo.zaak.col.bsn'), t('bo.zaak.col.relatie')]}
        rows={p.d.rollen.map((r) => [
          r.id,
          r.naam,
          rol(r.omschrijvingGeneriek),
          r.bsn ?? '—',
          relatie(r.roltoelichting),
        ])}
      />
    </section>
  );
}

const grootte = (bytes: number) => (bytes < 1024 ? `${bytes} B` : `${Math.ceil(bytes / 1024)} kB`);

export function Documenten(p: { ctx: PageContext; d: ZaakDossier; basis: string }) {
  const { t, lang } = p.ctx;
  return (
    <section aria-labelledby="documenten">
      <H2 id="documenten">{t('bo.zaak.documenten')}</H2>
      {p.d.documenten.length === 0 ? (
        <P>{t('bo.zaak.documenten.geen')}</P>
      ) : (
        <Table
          id="documenten-tabel"
          caption={t('bo.zaak.documenten.caption', { aantal: String(p.d.documenten.length) })}
          head={[
            t('bo.zaak.col.titel'),
            t('bo.zaak.col.bestand'),
            t('bo.zaak.col.grootte'),
            t('bo.zaak.col.toegevoegd'),
          ]}
          rows={p.d.documenten.map((doc) => [
            doc.id,
            doc.titel,
            <A href={`${p.basis}/documenten/${doc.id}`}>
              {t('bo.zaak.document.download', { bestand: doc.bestandsnaam })}
            </A>,
            `${grootte(doc.bestandsomvang)} (${doc.formaat})`,
            <Moment at={doc.registratiedatum} lang={lang} />,
          ])}
        />
      )}
    </section>
  );
}

export function Statussen(p: { ctx: PageContext; d: ZaakDossier }) {
  const { t, lang } = p.ctx;
  return (
    <section aria-labelledby="statussen">
      <H2 id="statussen">{t('bo.zaak.statussen')}</H2>
      <Table
        id="statussen-tabel"
        caption={t('bo.zaak.statussen.caption')}
        head={[t('bo.zaak.col.status'), t('bo.zaak.col.datum'), t('bo.zaak.col.toelichting')]}
        rows={p.d.statussen.map((s) => [
          s.id,
          s.omschrijving,
          <Moment at={s.datumStatusGezet} lang={lang} />,
          s.statustoelichting || '—',
        ])}
      />
    </section>
  );
}

/** Messages to and from the applicant; a request shows whether it was answered. */
export function Berichten(p: { ctx: PageContext; d: ZaakDossier }) {
  const { t, lang } = p.ctx;
  return (
    <section aria-labelledby="berichten">
      <H2 id="berichten">{t('bo.zaak.berichten')}</H2>
      {p.d.berichten.length === 0 && <P>{t('bo.zaak.berichten.geen')}</P>}
      {p.d.berichten.map((b) => (
        <article class="loket-bericht" key={b.id} aria-labelledby={`bericht-${b.id}`}>
          <h3 class="utrecht-heading-3" id={`bericht-${b.id}`}>
            {b.onderwerp}
          </h3>
          <P>
            {t(b.richting === 'aan-aanvrager' ? 'bo.zaak.bericht.aan' : 'bo.zaak.bericht.van', {
              afzender: b.afzender,
            })}
            {', '}
            <Moment at={b.createdAt} lang={lang} />
            {b.verzoek && (
              <>
                {'. '}
                {b.beantwoord ? (
                  <>
                    {t('bo.zaak.bericht.beantwoord')} <Moment at={b.beantwoord} lang={lang} />
                  </>
                ) : (
                  t('bo.zaak.bericht.wacht')
                )}
              </>
            )}
          </P>
          <P>{b.tekst}</P>
        </article>
      ))}
    </section>
  );
}
