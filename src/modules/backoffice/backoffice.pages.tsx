import type { FastifyInstance } from 'fastify';
import type { Services } from '../../services.ts';
import {
  A,
  Csrf,
  ErrorSummary,
  H1,
  H2,
  P,
  SubmitButton,
  TextField,
} from '../../platform/views/components.tsx';
import { errorPage } from '../../platform/http/error-pages.tsx';
import { medewerkerVan } from '../identity/medewerker.access.ts';
import { PersoonGegevens } from '../portal/persoon.view.tsx';
import { handeltZaken } from './zaken.access.ts';

export function backofficePages(app: FastifyInstance, services: Services) {
  app.get('/backoffice', (req, reply) => {
    const p = req.principal;
    if (!p) return reply.redirect('/inloggen', 303);
    if (p.type !== 'medewerker') return errorPage(reply, 403);
    return reply.redirect(`/backoffice/${p.gemeenteCode}`, 303);
  });

  app.get<{ Params: { gemeente: string } }>('/backoffice/:gemeente', async (req, reply) => {
    const who = await medewerkerVan(req, reply, services.tenants);
    if (!who) return reply;
    const { m, g } = who;
    const t = req.t;
    return reply.page(t('bo.title'), (ctx) => (
      <>
        <H1>{t('bo.title')}</H1>
        <P>{t('bo.intro', { gemeente: g.naam })}</P>
        <P>{t('bo.rollen', { rollen: m.rollen.map((r) => t(`rol.${r}`)).join(', ') })}</P>
        {handeltZaken(m) && (
          <ul class="utrecht-unordered-list">
            <li class="utrecht-unordered-list__item">
              <A href={`/backoffice/${g.code}/zaken`}>{t('bo.zaken.link')}</A>
            </li>
            <li class="utrecht-unordered-list__item">
              <A href={`/backoffice/${g.code}/post`}>{t('bo.zaken.post.title')}</A>
            </li>
            <li class="utrecht-unordered-list__item">
              <A href={`/backoffice/${g.code}/balie`}>{t('balie.title')}</A>
            </li>
            <li class="utrecht-unordered-list__item">
              <A href={`/backoffice/${g.code}/vertrokken`}>{t('bo.zaken.vertrokken.title')}</A>
            </li>
          </ul>
        )}
        {m.rollen.includes('functioneel-beheerder') && (
          <ul class="utrecht-unordered-list">
            <li class="utrecht-unordered-list__item">
              <A href={`/backoffice/${g.code}/afleveringen`}>{t('events.title')}</A>
            </li>
            <li class="utrecht-unordered-list__item">
              <A href={`/backoffice/${g.code}/zgw-clients`}>{t('zgw.clients.title')}</A>
            </li>
            <li class="utrecht-unordered-list__item">
              <A href={`/backoffice/${g.code}/zgw-diensten`}>{t('zgw.diensten.title')}</A>
            </li>
          </ul>
        )}
        <H2 id="zoek-persoon">{t('bo.zoekPersoon')}</H2>
        {/* POST: a BSN does not belong in a URL, a log line or the browser history. */}
        <form
          method="post"
          action={`/backoffice/${g.code}/personen`}
          class="utrecht-form"
          aria-labelledby="zoek-persoon"
        >
          <Csrf ctx={ctx} />
          <TextField
            id="bsn"
            label={t('bo.bsn')}
            help={t('bo.bsn.help')}
            inputMode="numeric"
            autocomplete="off"
          />
          <SubmitButton>{t('bo.zoeken')}</SubmitButton>
        </form>
      </>
    ));
  });

  app.post<{ Params: { gemeente: string }; Body: { bsn?: string } }>(
    '/backoffice/:gemeente/personen',
    { preHandler: (req, reply, done) => app.csrfProtection(req, reply, done) },
    async (req, reply) => {
      const who = await medewerkerVan(req, reply, services.tenants);
      if (!who) return reply;
      const { m, g } = who;
      const t = req.t;
      const bsn = (req.body?.bsn ?? '').replace(/\s/g, '');
      if (!/^\d{9}$/.test(bsn)) {
        return reply.page(
          t('bo.zoekPersoon'),
          (ctx) => (
            <>
              <H1>{t('bo.zoekPersoon')}</H1>
              <ErrorSummary ctx={ctx} errors={[{ field: 'bsn', message: t('form.error.bsn') }]} />
              <form method="post" action={`/backoffice/${g.code}/personen`} class="utrecht-form">
                <Csrf ctx={ctx} />
                <TextField
                  id="bsn"
                  label={t('bo.bsn')}
                  help={t('bo.bsn.help')}
                  value={bsn}
                  error={t('form.error.bsn')}
                  inputMode="numeric"
                />
                <SubmitButton>{t('bo.zoeken')}</SubmitButton>
              </form>
            </>
          ),
          { status: 400 },
        );
      }
      const persoon = await services.persons.resident(g.code, bsn, {
        type: 'medewerker',
        id: m.gebruikersnaam,
        namensOin: g.oin,
      });
      if (!persoon) {
        return reply.page(
          t('bo.zoekPersoon'),
          () => (
            <>
              <H1>{t('bo.zoekPersoon')}</H1>
              <P>{t('bo.persoon.notFound', { gemeente: g.naam })}</P>
              <P>
                <A href={`/backoffice/${g.code}`}>{t('bo.title')}</A>
              </P>
            </>
          ),
          { status: 404 },
        );
      }
      const naam = persoon.naam?.volledigeNaam ?? bsn;
      return reply.page(t('bo.persoon.title', { naam }), (ctx) => (
        <>
          <H1>{t('bo.persoon.title', { naam })}</H1>
          <P>{t('bo.persoon.doel')}</P>
          <PersoonGegevens ctx={ctx} persoon={persoon} />
        </>
      ));
    },
  );
}
