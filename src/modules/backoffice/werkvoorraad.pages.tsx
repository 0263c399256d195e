import type { FastifyInstance } from 'fastify';
import type { Services } from '../../services.ts';
import { formatDate } from '../../platform/i18n/i18n.ts';
import { A, H1, P, RowAction, Select, SubmitButton } from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import type { QueueFilter } from '../cases/cases.repository.ts';
import type { MedewerkerPrincipal } from '../identity/principal.ts';
import { dagenTekst } from './dossier.view.tsx';
import { Datum, Table } from './zaak.view.tsx';
import { behandelaarOf, isUuid, zaakPath, type GemeenteParams } from './zaken.access.ts';

interface Query {
  status?: string;
  zaaktype?: string;
  behandelaar?: string;
  afgehandeld?: string;
  sort?: string;
}

const SORTS = ['termijn', 'registratie', 'nummer'] as const;

/** The query string as the queue's filter; anything unknown is left out, never an error. */
export function parseFilter(q: Query, medewerkerId: string): QueueFilter {
  const status = Number(q.status);
  const sort = SORTS.find((s) => s === q.sort);
  return {
    ...(Number.isInteger(status) && status > 0 ? { status } : {}),
    ...(isUuid(q.zaaktype) ? { zaaktypeId: q.zaaktype } : {}),
    ...(q.behandelaar === 'mij' || q.behandelaar === 'niemand'
      ? { behandelaar: q.behandelaar, medewerkerId }
      : {}),
    ...(q.afgehandeld === 'ja' ? { afgehandeld: true } : {}),
    ...(sort ? { sort } : {}),
  };
}

type Rij = Awaited<ReturnType<Services['zaakView']['werkvoorraad']>>[number];

function Werkvoorraad(p: { ctx: PageContext; rows: Rij[]; code: string; m: MedewerkerPrincipal }) {
  const { t, lang } = p.ctx;
  return (
    <Table
      id="werkvoorraad"
      caption={t('bo.zaken.caption', { aantal: String(p.rows.length) })}
      head={[
        t('bo.zaken.col.zaak'),
        t('bo.zaken.col.zaaktype'),
        t('bo.zaken.col.aanvrager'),
        t('bo.zaken.col.status'),
        t('bo.zaken.col.registratie'),
        t('bo.zaken.col.behandelaar'),
        t('bo.zaken.col.dagen'),
        t('bo.zaken.col.actie'),
      ]}
      rows={p.rows.map((r) => [
        r.zaak.id,
        <A href={zaakPath({ code: p.code }, r.zaak.id)}>{r.zaak.identificatie}</A>,
        r.zaaktype,
        r.initiator ?? '—',
        r.status ?? '—',
        <Datum iso={r.zaak.registratiedatum} lang={lang} />,
        r.behandelaar ?? t('bo.zaken.niemand'),
        r.zaak.einddatum
          ? t('bo.zaken.afgehandeld.op', { datum: formatDate(r.zaak.einddatum, lang) })
          : dagenTekst(t, r.deadline),
        r.zaak.einddatum || r.behandelaarId === p.m.id ? (
          ''
        ) : (
          // The visible text starts the name; the case number tells the rows' buttons apart.
          <RowAction
            ctx={p.ctx}
            action={`${zaakPath({ code: p.code }, r.zaak.id)}/toewijzen`}
            label={t('bo.zaken.toewijzen')}
            ariaLabel={`${t('bo.zaken.toewijzen')} ${r.zaak.identificatie}`}
          />
        ),
      ])}
    />
  );
}

export function werkvoorraadPages(app: FastifyInstance, services: Services) {
  app.get<GemeenteParams & { Querystring: Query }>('/backoffice/:gemeente/zaken', async (req, reply) => {
    const who = await behandelaarOf(req, reply, services);
    if (!who) return reply;
    const { m, g } = who;
    const t = req.t;
    const q = req.query;
    const filter = parseFilter(q, m.id);
    const [rows, producten] = await Promise.all([
      services.zaakView.werkvoorraad(g.code, filter),
      services.catalog.products(g.code),
    ]);
    const statussen = new Map<number, string>();
    for (const zt of await Promise.all(producten.map((p) => services.catalog.zaaktype(g.code, p.id)))) {
      for (const s of zt?.statustypen ?? [])
        if (!statussen.has(s.volgnummer)) statussen.set(s.volgnummer, s.omschrijving);
    }
    const alle = { value: '', label: t('bo.zaken.filter.alle') };
    return reply.page(t('bo.zaken.title'), (ctx) => (
      <>
        <H1>{t('bo.zaken.heading', { gemeente: g.naam })}</H1>
        <form
          method="get"
          action={`/backoffice/${g.code}/zaken`}
          class="utrecht-form"
          aria-label={t('bo.zaken.filter')}
        >
          <Select
            id="status"
            label={t('bo.zaken.filter.status')}
            value={filter.status === undefined ? '' : String(filter.status)}
            options={[
              alle,
              ...[...statussen].sort(([a], [b]) => a - b).map(([v, l]) => ({ value: String(v), label: l })),
            ]}
          />
          <Select
            id="zaaktype"
            label={t('bo.zaken.filter.zaaktype')}
            value={filter.zaaktypeId ?? ''}
            options={[alle, ...producten.map((p) => ({ value: p.id, label: p.omschrijving }))]}
          />
          <Select
            id="behandelaar"
            label={t('bo.zaken.filter.behandelaar')}
            value={filter.behandelaar ?? ''}
            options={[
              alle,
              { value: 'mij', label: t('bo.zaken.filter.mij') },
              { value: 'niemand', label: t('bo.zaken.filter.niemand') },
            ]}
          />
          <Select
            id="afgehandeld"
            label={t('bo.zaken.filter.afgehandeld')}
            value={filter.afgehandeld ? 'ja' : ''}
            options={[
              { value: '', label: t('bo.zaken.filter.open') },
              { value: 'ja', label: t('bo.zaken.filter.gesloten') },
            ]}
          />
          <Select
            id="sort"
            label={t('bo.zaken.sort')}
            value={filter.sort ?? 'termijn'}
            options={SORTS.map((s) => ({ value: s, label: t(`bo.zaken.sort.${s}`) }))}
          />
          <SubmitButton secondary>{t('bo.zaken.filter.knop')}</SubmitButton>
        </form>
        {rows.length === 0 ? (
          <P>{t('bo.zaken.geen')}</P>
        ) : (
          <Werkvoorraad ctx={ctx} rows={rows} code={g.code} m={m} />
        )}
      </>
    ));
  });
}
