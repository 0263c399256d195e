import type { FastifyInstance } from 'fastify';
import type { Services } from '../../services.ts';
import { dutchDate } from '../../platform/dates.ts';
import { errorPage } from '../../platform/http/error-pages.tsx';
import { A, Alert, H1, P, RowAction } from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import type { OpenVerzending } from '../documents/documents.service.ts';
import { adresVan, Moment, Table } from './zaak.view.tsx';
import { auditActor, behandelaarOf, isUuid, zaakPath, type GemeenteParams } from './zaken.access.ts';

function Postlijst(p: { ctx: PageContext; rows: OpenVerzending[]; code: string }) {
  const { t, lang } = p.ctx;
  const g = { code: p.code };
  return (
    <Table
      id="post"
      caption={t('bo.zaken.post.caption', { aantal: String(p.rows.length) })}
      head={[
        t('bo.zaken.post.col.ontvanger'),
        t('bo.zaken.post.col.adres'),
        t('bo.zaken.post.col.zaak'),
        t('bo.zaken.post.col.brief'),
        t('bo.zaken.post.col.klaar'),
        t('bo.zaken.post.col.actie'),
      ]}
      rows={p.rows.map((r) => {
        const { naam, ...adres } = r.adres;
        return [
          r.id,
          naam,
          adresVan({ naam, ...adres }),
          r.zaakId && r.zaakIdentificatie ? <A href={zaakPath(g, r.zaakId)}>{r.zaakIdentificatie}</A> : '—',
          r.zaakId ? (
            <A href={`${zaakPath(g, r.zaakId)}/documenten/${r.informatieobjectId}`}>
              {t('bo.zaken.post.download', { titel: r.titel, identificatie: r.identificatie })}
            </A>
          ) : (
            `${r.titel} (${r.identificatie})`
          ),
          <Moment at={r.createdAt} lang={lang} />,
          <RowAction
            ctx={p.ctx}
            action={`/backoffice/${p.code}/post/${r.id}/verzonden`}
            label={t('bo.zaken.post.verzonden')}
            ariaLabel={`${t('bo.zaken.post.verzonden')} ${r.identificatie}`}
          />,
        ];
      })}
    />
  );
}

/**
 * Letters to applicants who correspond by post (no DigiD, registered at the counter): print,
 * post, and mark as sent.
 */
export function postPages(app: FastifyInstance, services: Services) {
  app.get<GemeenteParams & { Querystring: { verzonden?: string } }>(
    '/backoffice/:gemeente/post',
    async (req, reply) => {
      const who = await behandelaarOf(req, reply, services);
      if (!who) return reply;
      const { g } = who;
      const t = req.t;
      const rows = await services.documents.openVerzendingen(g.code);
      return reply.page(t('bo.zaken.post.title'), (ctx) => (
        <>
          <H1>{t('bo.zaken.post.title')}</H1>
          {req.query.verzonden !== undefined && <Alert kind="ok">{t('bo.zaken.post.gedaan')}</Alert>}
          <P>{t('bo.zaken.post.intro')}</P>
          {rows.length === 0 ? (
            <P>{t('bo.zaken.post.geen')}</P>
          ) : (
            <Postlijst ctx={ctx} rows={rows} code={g.code} />
          )}
        </>
      ));
    },
  );

  app.post<GemeenteParams & { Params: { id: string } }>(
    '/backoffice/:gemeente/post/:id/verzonden',
    { preHandler: (req, reply, done) => app.csrfProtection(req, reply, done) },
    async (req, reply) => {
      const who = await behandelaarOf(req, reply, services);
      if (!who) return reply;
      const { m, g } = who;
      const id = req.params.id;
      const sent = isUuid(id)
        ? await services.documents.markVerzonden(auditActor(req, m), g.code, id, dutchDate(services.now()))
        : undefined;
      if (!sent) return errorPage(reply, 404);
      return reply.redirect(`/backoffice/${g.code}/post?verzonden=1`, 303);
    },
  );
}
