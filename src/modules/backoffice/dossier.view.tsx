import type { ComponentChildren } from 'preact';
import { DataTable, H2, P } from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import type { Bewoning } from '../registries/occupancy.ts';
import { Datum, Moment, Table, type ZaakDossier } from './zaak.view.tsx';

const EENHEDEN = { D: 'dagen', W: 'weken', M: 'maanden', Y: 'jaren' } as const;

/** 'P8W' → '8 weken' / '8 weeks'; anything else as it is. */
export function termijnTekst(t: PageContext['t'], iso: string): string {
  const m = /^P(\d+)([DWMY])$/.exec(iso);
  const unit = m ? EENHEDEN[m[2] as keyof typeof EENHEDEN] : undefined;
  return m?.[1] && unit ? t(`bo.zaak.eenheid.${unit}`, { n: m[1] }) : iso;
}

/** Days left as the queue and the case page say it: suspended, on time, or overdue. */
export function dagenTekst(t: PageContext['t'], deadline: ZaakDossier['deadline']): string {
  if (!deadline) return '—';
  if (deadline.opgeschort) return t('bo.zaken.opgeschort');
  const n = deadline.dagenResterend;
  if (n === null) return '—';
  return n < 0 ? t('bo.zaken.dagen.te-laat', { n: String(n) }) : t('bo.zaken.dagen', { n: String(n) });
}

/**
 * The statutory deadline and how it came about (Awb 4:13–4:15, Atw): registration, term,
 * suspensions, extensions, the current end date and the ledger's own explanation.
 */
export function Termijn(p: { ctx: PageContext; d: ZaakDossier }) {
  const { t, lang } = p.ctx;
  const { zaak, deadline } = p.d;
  const rows: [string, ComponentChildren][] = [
    [t('bo.zaak.registratiedatum'), <Datum iso={zaak.registratiedatum} lang={lang} />],
    [t('bo.zaak.termijn.beslistermijn'), termijnTekst(t, p.d.zt.zaaktype.doorlooptijd)],
  ];
  if (deadline) {
    rows.push(
      [t('bo.zaak.termijn.oorspronkelijk'), <Datum iso={deadline.oorspronkelijkeEinddatum} lang={lang} />],
      [t('bo.zaak.termijn.uiterlijk'), <Datum iso={deadline.uiterlijkeEinddatum} lang={lang} />],
      [t('bo.zaak.termijn.resterend'), dagenTekst(t, deadline)],
      [t('bo.zaak.termijn.opgeschort'), String(deadline.dagenOpgeschort)],
    );
  }
  return (
    <section aria-labelledby="termijn">
      <H2 id="termijn">{t('bo.zaak.termijn')}</H2>
      {!deadline && <P>{t(zaak.einddatum ? 'bo.zaak.termijn.gesloten' : 'bo.zaak.termijn.onbekend')}</P>}
      {deadline?.opgeschort && <P>{t('bo.zaak.termijn.loopt-niet')}</P>}
      <DataTable caption={t('bo.zaak.termijn.caption')} rows={rows} />
      {p.d.opschortingen.length > 0 && (
        <Table
          id="opschortingen"
          caption={t('bo.zaak.opschortingen')}
          head={[t('bo.zaak.col.van'), t('bo.zaak.col.tot'), t('bo.zaak.col.reden')]}
          rows={p.d.opschortingen.map((o) => [
            o.id,
            <Datum iso={o.van} lang={lang} />,
            o.tot ? <Datum iso={o.tot} lang={lang} /> : t('bo.zaak.opschorting.loopt'),
            o.reden,
          ])}
        />
      )}
      {p.d.verlengingen.length > 0 && (
        <Table
          id="verlengingen"
          caption={t('bo.zaak.verlengingen')}
          head={[t('bo.zaak.col.datum'), t('bo.zaak.col.duur'), t('bo.zaak.col.reden')]}
          rows={p.d.verlengingen.map((v) => [
            v.id,
            <Datum iso={v.datum} lang={lang} />,
            termijnTekst(t, v.duur),
            v.reden,
          ])}
        />
      )}
      {deadline && (
        <>
          <h3 class="utrecht-heading-3" id="termijn-uitleg">
            {t('bo.zaak.termijn.uitleg')}
          </h3>
          <ol class="utrecht-ordered-list" aria-labelledby="termijn-uitleg">
            {deadline.steps.map((s, i) => (
              <li class="utrecht-ordered-list__item" key={i}>
                {t(`bo.zaak.stap.${s.kind}`)} ({s.grondslag}): {s.tekst}. {t('bo.zaak.stap.einddatum')}{' '}
                <Datum iso={s.einddatum} lang={lang} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/**
 * The occupancy of the new address after the move (Landelijke Aanpak Adreskwaliteit): a
 * signal for a human to look into, never a reason to refuse by itself.
 */
export function BewoningSignaal(p: { ctx: PageContext; adres: string; b: Bewoning }) {
  const { t } = p.ctx;
  const { b } = p;
  const rows: [string, ComponentChildren][] = [
    [t('bo.zaak.bewoning.adres'), p.adres],
    [t('bo.zaak.bewoning.aantal'), String(b.aantal)],
    [t('bo.zaak.bewoning.gebruik'), b.gebruiksdoelen.length > 0 ? b.gebruiksdoelen.join(', ') : '—'],
    [t('bo.zaak.bewoning.oppervlakte'), b.oppervlakte === null ? '—' : `${b.oppervlakte} m²`],
    [t('bo.zaak.bewoning.perPersoon'), b.m2PerPersoon === null ? '—' : `${b.m2PerPersoon} m²`],
    [
      t('bo.zaak.bewoning.signaal'),
      b.opvallend ? t('bo.zaak.bewoning.opvallend') : t('bo.zaak.bewoning.gewoon'),
    ],
  ];
  return (
    <section aria-labelledby="bewoning">
      <H2 id="bewoning">{t('bo.zaak.bewoning')}</H2>
      {b.opvallend && (
        <div class="utrecht-alert utrecht-alert--warning">
          <div class="utrecht-alert__content">
            <div class="utrecht-alert__message">
              <p class="utrecht-paragraph">{t('bo.zaak.bewoning.opvallend.uitleg')}</p>
              <ul class="utrecht-unordered-list">
                {b.redenen.map((r) => (
                  <li class="utrecht-unordered-list__item" key={r}>
                    {t(`bo.zaak.bewoning.reden.${r}`)}
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </div>
      )}
      <DataTable caption={t('bo.zaak.bewoning.caption')} rows={rows} />
      <P>{t('bo.zaak.bewoning.geenWeigering')}</P>
    </section>
  );
}

const waarde = (v: unknown): string =>
  v === null || v === undefined ? '—' : typeof v === 'string' ? v : (JSON.stringify(v) ?? '—');

/** Old → new, field by field. */
function Wijziging(p: { oud: Record<string, unknown> | null; nieuw: Record<string, unknown> | null }) {
  const keys = [...new Set([...Object.keys(p.oud ?? {}), ...Object.keys(p.nieuw ?? {})])];
  if (keys.length === 0) return <>—</>;
  return (
    <ul class="utrecht-unordered-list">
      {keys.map((k) => (
        <li class="utrecht-unordered-list__item" key={k}>
          {k}: {p.oud ? `${waarde(p.oud[k])} → ` : ''}
          {p.nieuw ? waarde(p.nieuw[k]) : '—'}
        </li>
      ))}
    </ul>
  );
}

/** Every change to the case: who, when, what, old → new. */
export function AuditTrail(p: { ctx: PageContext; d: ZaakDossier }) {
  const { t, lang } = p.ctx;
  return (
    <section aria-labelledby="audittrail">
      <H2 id="audittrail">{t('bo.zaak.audit')}</H2>
      <Table
        id="audit"
        caption={t('bo.zaak.audit.caption', { aantal: String(p.d.audit.length) })}
        head={[
          t('bo.zaak.col.wanneer'),
          t('bo.zaak.col.wie'),
          t('bo.zaak.col.wat'),
          t('bo.zaak.col.wijziging'),
        ]}
        rows={p.d.audit.map((a) => [
          a.id,
          <Moment at={a.aanmaakdatum} lang={lang} exact />,
          `${a.gebruikersWeergave} (${a.applicatieWeergave})`,
          a.actieWeergave.includes(a.resourceWeergave)
            ? a.actieWeergave
            : `${a.actieWeergave} (${a.resourceWeergave})`,
          <Wijziging oud={a.oud ?? null} nieuw={a.nieuw ?? null} />,
        ])}
      />
    </section>
  );
}
