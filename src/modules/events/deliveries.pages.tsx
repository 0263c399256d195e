import type { FastifyInstance } from 'fastify';
import {
  Alert,
  H1,
  P,
  RecordTable,
  RowAction,
  Select,
  SubmitButton,
} from '../../platform/views/components.tsx';
import { errorPage } from '../../platform/http/error-pages.tsx';
import { beheerderVan } from '../identity/medewerker.access.ts';
import type { PageContext } from '../../platform/views/context.ts';
import type { Gemeente } from '../tenants/gemeente.service.ts';
import {
  AFLEVERING_STATUSES,
  type AfleveringStatus,
  type DeliveryRow,
  type EventsService,
} from './events.service.ts';
import { Moment } from './events.view.tsx';

const isStatus = (v: unknown): v is AfleveringStatus => AFLEVERING_STATUSES.includes(v as AfleveringStatus);

type Params = { Params: { gemeente: string } };

function DeliveryTable(p: { ctx: PageContext; rows: DeliveryRow[]; code: string; status: string }) {
  const { t, lang } = p.ctx;
  return (
    <RecordTable
      id="afleveringen"
      caption={t('events.caption', { aantal: String(p.rows.length) })}
      columns={[
        t('events.col.gebeurtenis'),
        t('events.col.abonnee'),
        t('events.col.status'),
        t('events.col.fout'),
        t('events.col.tijden'),
        t('events.col.actie'),
      ]}
    >
      {p.rows.map((r) => (
        <tr class="utrecht-table__row" key={r.id}>
          <th scope="row" class="utrecht-table__header-cell" id={`a-${r.id}`}>
            {r.kanaal}
            {/* The start of the event id, enough to find it at the partner. */}
            <span class="loket-line">{r.eventId.slice(0, 8)}</span>
          </th>
          <td class="utrecht-table__cell">{r.abonnee}</td>
          <td class="utrecht-table__cell">
            {t(`events.status.${r.status}`)}
            <span class="loket-line">{t('events.pogingen', { aantal: String(r.pogingen) })}</span>
          </td>
          <td class="utrecht-table__cell">{r.laatsteFout ?? ''}</td>
          <td class="utrecht-table__cell">
            <span class="loket-line">
              {t('events.tijd.aangemaakt')} <Moment at={r.createdAt} lang={lang} />
            </span>
            {r.status === 'bezorgd' && r.bezorgd && (
              <span class="loket-line">
                {t('events.tijd.bezorgd')} <Moment at={r.bezorgd} lang={lang} />
              </span>
            )}
            {r.status === 'open' && (
              <span class="loket-line">
                {t('events.tijd.volgende')} <Moment at={r.volgendePoging} lang={lang} />
              </span>
            )}
          </td>
          <td class="utrecht-table__cell">
            {r.status !== 'bezorgd' && (
              <RowAction
                ctx={p.ctx}
                action={`/backoffice/${p.code}/afleveringen/${r.id}/opnieuw`}
                label={t('events.retry')}
                fields={{ status: p.status }}
                describedBy={`a-${r.id}`}
              />
            )}
          </td>
        </tr>
      ))}
    </RecordTable>
  );
}

export function deliveriesPages(
  app: FastifyInstance,
  deps: {
    events: Pick<EventsService, 'listDeliveries' | 'retry' | 'maxPogingen'>;
    tenants: { byCode(code: string): Promise<Gemeente | undefined> };
  },
) {
  app.get<Params & { Querystring: { status?: string; opnieuw?: string } }>(
    '/backoffice/:gemeente/afleveringen',
    async (req, reply) => {
      const who = await beheerderVan(req, reply, deps.tenants);
      if (!who) return reply;
      const { g } = who;
      const t = req.t;
      const status = isStatus(req.query.status) ? req.query.status : undefined;
      const rows = await deps.events.listDeliveries(g.code, status ? { status } : {});
      return reply.page(t('events.title'), (ctx) => (
        <>
          <H1>{t('events.heading')}</H1>
          {req.query.opnieuw !== undefined && <Alert kind="ok">{t('events.retried')}</Alert>}
          <P>{t('events.intro', { gemeente: g.naam, max: String(deps.events.maxPogingen) })}</P>
          <form
            method="get"
            action={`/backoffice/${g.code}/afleveringen`}
            class="utrecht-form"
            aria-label={t('events.filter.label')}
          >
            <Select
              id="status"
              label={t('events.filter.status')}
              value={status ?? ''}
              options={[
                { value: '', label: t('events.filter.alle') },
                ...AFLEVERING_STATUSES.map((s) => ({ value: s, label: t(`events.status.${s}`) })),
              ]}
            />
            <SubmitButton secondary>{t('events.filter.submit')}</SubmitButton>
          </form>
          {rows.length === 0 ? (
            <P>{t('events.empty')}</P>
          ) : (
            <DeliveryTable ctx={ctx} rows={rows} code={g.code} status={status ?? ''} />
          )}
        </>
      ));
    },
  );

  app.post<Params & { Params: { id: string }; Body: { status?: string } }>(
    '/backoffice/:gemeente/afleveringen/:id/opnieuw',
    { preHandler: (req, reply, done) => app.csrfProtection(req, reply, done) },
    async (req, reply) => {
      const who = await beheerderVan(req, reply, deps.tenants);
      if (!who) return reply;
      const { m, g } = who;
      if (!(await deps.events.retry(g.code, req.params.id))) return errorPage(reply, 404);
      req.log.info({ aflevering: req.params.id, medewerker: m.id }, 'delivery offered again');
      const status = isStatus(req.body?.status) ? `status=${req.body.status}&` : '';
      return reply.redirect(`/backoffice/${g.code}/afleveringen?${status}opnieuw=1`, 303);
    },
  );
}
