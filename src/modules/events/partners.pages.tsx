import type { FastifyInstance } from 'fastify';
import type { ComponentChildren } from 'preact';
import { A, DataTable, H1, H2, P } from '../../platform/views/components.tsx';
import { errorPage } from '../../platform/http/error-pages.tsx';
import type { EventsService, InboxRow } from './events.service.ts';
import { DEMO_PARTNERS, demoPartner } from './demo-partners.ts';
import { formatMoment, Value } from './events.view.tsx';

/** Fields in the order of the standards (JSONB keeps its own order); anything else after. */
const ORDER = [
  ...['specversion', 'id', 'source', 'type', 'subject', 'time', 'datacontenttype', 'dataref', 'data'],
  ...['kanaal', 'hoofdObject', 'resource', 'resourceUrl', 'actie', 'aanmaakdatum', 'kenmerken'],
];
const rank = (k: string) => (ORDER.includes(k) ? ORDER.indexOf(k) : ORDER.length);

/** The type (CloudEvent) or kanaal and actie (ZGW notificatie) of a received message. */
/** The page is public in a demo: a BSN in `subject` shows only its last three digits. */
const masked = (v: unknown) => (typeof v === 'string' && /^\d{9}$/.test(v) ? `******${v.slice(6)}` : v);

function soortOf(payload: Record<string, unknown>): string {
  if (typeof payload.type === 'string') return payload.type;
  const kanaal = typeof payload.kanaal === 'string' ? payload.kanaal : '?';
  const resource = typeof payload.resource === 'string' ? ` ${payload.resource}` : '';
  const actie = typeof payload.actie === 'string' ? ` ${payload.actie}` : '';
  return `${kanaal}${resource}${actie}`;
}

/** The demo partners' own pages: what each received. Public, as demo data is never in production. */
export function partnerPages(
  app: FastifyInstance,
  events: Pick<EventsService, 'partnerInbox' | 'partnerInboxCounts'>,
) {
  app.get('/demo-partners', async (req, reply) => {
    const t = req.t;
    const counts = await events.partnerInboxCounts();
    return reply.page(
      t('events.partners.title'),
      () => (
        <>
          <H1>{t('events.partners.title')}</H1>
          <P>{t('events.partners.intro')}</P>
          <table class="utrecht-table">
            <caption class="utrecht-table__caption">{t('events.partners.caption')}</caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th scope="col" class="utrecht-table__header-cell">
                  {t('events.partners.col.partner')}
                </th>
                <th scope="col" class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">
                  {t('events.partners.col.aantal')}
                </th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {DEMO_PARTNERS.map((p) => (
                <tr class="utrecht-table__row" key={p.slug}>
                  <th scope="row" class="utrecht-table__header-cell">
                    <A href={`/demo-partners/${p.slug}`}>{p.naam}</A>
                  </th>
                  <td class="utrecht-table__cell utrecht-table__cell--numeric-data">
                    {counts.get(p.slug) ?? 0}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ),
      { tenant: null },
    );
  });

  app.get<{ Params: { slug: string } }>('/demo-partners/:slug', async (req, reply) => {
    const partner = demoPartner(req.params.slug);
    if (!partner) return errorPage(reply, 404);
    const t = req.t;
    const received = await events.partnerInbox(partner.slug);
    const message = (m: InboxRow, i: number) => {
      const id = `bericht-${i + 1}`;
      const title = t('events.partner.bericht', {
        type: soortOf(m.payload),
        tijd: formatMoment(m.ontvangen, req.lang),
      });
      return (
        <section aria-labelledby={id} key={m.id}>
          <H2 id={id}>{title}</H2>
          <DataTable
            caption={t('events.partner.inhoud')}
            rows={[
              [t('events.partner.eventId'), m.eventId],
              ...Object.entries(m.payload)
                .filter(([k, v]) => !(k === 'id' && v === m.eventId))
                .sort(([a], [b]) => rank(a) - rank(b))
                .map(([k, v]): [string, ComponentChildren] => [
                  k,
                  <Value v={k === 'subject' ? masked(v) : v} />,
                ]),
            ]}
          />
        </section>
      );
    };
    return reply.page(
      partner.naam,
      () => (
        <>
          <H1>{partner.naam}</H1>
          <P>{t('events.partner.intro', { partner: partner.naam })}</P>
          {received.length === 0 ? <P>{t('events.partner.empty')}</P> : received.map(message)}
          <P>
            <A href="/demo-partners">{t('events.partner.back')}</A>
          </P>
        </>
      ),
      { tenant: null },
    );
  });
}
