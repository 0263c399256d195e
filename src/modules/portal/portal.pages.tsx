import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Gemeente } from '../tenants/gemeente.service.ts';
import type { Services } from '../../services.ts';
import { A, H1, H2, P, DataTable } from '../../platform/views/components.tsx';
import { errorPage } from '../../platform/http/error-pages.tsx';
import { LANG_COOKIE } from '../../platform/http/pages.tsx';
import { isLang } from '../../platform/i18n/i18n.ts';
import { PersoonGegevens } from './persoon.view.tsx';

/**
 * Only a local path may be a return address. Parsed as a browser would (which drops tabs and
 * newlines and reads `\\` as `/`), it must stay on this origin.
 */
function safeReturn(v: unknown): string {
  if (typeof v !== 'string' || !v.startsWith('/')) return '/';
  const here = 'http://loket.invalid';
  const u = new URL(v, here);
  return u.origin === here ? u.pathname + u.search : '/';
}

export function portalPages(app: FastifyInstance, services: Services) {
  /** The home page: neutral with the list of municipalities, or one municipality's own. */
  const home = (reply: FastifyReply, gemeente: Gemeente | null, gemeenten: Gemeente[]) => {
    const t = reply.request.t;
    const title = gemeente ? t('home.gemeente.title', { gemeente: gemeente.naam }) : t('home.title');
    return reply.page(
      title,
      () => (
        <>
          <H1>{title}</H1>
          <P lead>{t('app.tagline')}</P>
          <P>{t('home.intro')}</P>
          <p class="utrecht-paragraph">
            <a
              class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
              href="/inloggen"
            >
              {t('home.login')}
            </a>
          </p>
          {gemeenten.length > 0 && (
            <>
              <H2 id="gemeenten">{t('home.gemeenten')}</H2>
              <ul class="utrecht-unordered-list" aria-labelledby="gemeenten">
                {gemeenten.map((g) => (
                  <li class="utrecht-unordered-list__item" key={g.code}>
                    <A href={`/gemeenten/${g.slug}`}>{g.naam}</A>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      ),
      { tenant: gemeente },
    );
  };

  app.get('/', async (req, reply) =>
    req.tenant ? home(reply, req.tenant, []) : home(reply, null, await services.tenants.list()),
  );

  app.get<{ Params: { slug: string } }>('/gemeenten/:slug', async (req, reply) => {
    const g = await services.tenants.bySlug(req.params.slug);
    return g ? home(reply, g, []) : errorPage(reply, 404);
  });

  app.get<{ Querystring: { mislukt?: string } }>('/inloggen', (req, reply) => {
    const t = req.t;
    const failed = req.query.mislukt !== undefined;
    const option = (kind: string, label: string, help: string) => (
      <li class="utrecht-unordered-list__item loket-login-option" key={kind}>
        <a
          class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
          href={`/inloggen/${kind}`}
        >
          {label}
        </a>
        <p class="utrecht-paragraph">{help}</p>
      </li>
    );
    return reply.page(t('login.title'), () => (
      <>
        <H1>{t('login.title')}</H1>
        {failed && (
          <div class="utrecht-alert utrecht-alert--error" role="alert">
            <p class="utrecht-paragraph">{t('login.failed')}</p>
          </div>
        )}
        <P>{t('login.intro')}</P>
        <ul class="utrecht-unordered-list loket-login-options">
          {option('digid', t('login.digid'), t('login.digid.help'))}
          {option('eherkenning', t('login.eherkenning'), t('login.eherkenning.help'))}
          {option('medewerker', t('login.medewerker'), t('login.medewerker.help'))}
        </ul>
      </>
    ));
  });

  app.get('/mijn-gegevens', async (req, reply) => {
    const p = req.principal;
    if (p?.type !== 'burger') return reply.redirect('/inloggen', 303);
    const t = req.t;
    const persoon = await services.persons.ownData(p.bsn, { type: 'burger', id: p.bsn });
    return reply.page(t('mijn.title'), (ctx) => (
      <>
        <H1>{t('mijn.title')}</H1>
        {persoon ? (
          <>
            <P>{t('mijn.intro')}</P>
            <nav aria-label={t('mijnZaken.title')}>
              <ul class="utrecht-unordered-list">
                <li class="utrecht-unordered-list__item">
                  <A href="/mijn-zaken">{t('mijnZaken.title')}</A>
                </li>
                <li class="utrecht-unordered-list__item">
                  <A href="/aanvragen">{t('aanvragen.title')}</A>
                </li>
              </ul>
            </nav>
            <PersoonGegevens ctx={ctx} persoon={persoon} />
            <P>{t('mijn.wrong')}</P>
          </>
        ) : (
          <P>{t('mijn.notFound')}</P>
        )}
      </>
    ));
  });

  app.get('/mijn-bedrijf', async (req, reply) => {
    const p = req.principal;
    if (p?.type !== 'bedrijf') return reply.redirect('/inloggen', 303);
    const t = req.t;
    const b = await services.companies.get(p.kvkNummer);
    return reply.page(t('bedrijf.title'), () => (
      <>
        <H1>{t('bedrijf.title')}</H1>
        <P>{t('bedrijf.handelend', { pseudoniem: p.handelendePersoon.slice(0, 8) })}</P>
        {b ? (
          <DataTable
            caption={b.naam}
            rows={[
              [t('bedrijf.kvk'), b.kvkNummer],
              [t('bedrijf.naam'), b.naam],
              [t('bedrijf.rechtsvorm'), b.rechtsvorm],
              [t('bedrijf.adres'), b.vestigingsadres],
            ]}
          />
        ) : (
          <P>{t('bedrijf.unknown')}</P>
        )}
      </>
    ));
  });

  app.get('/toegankelijkheid', (req, reply) => {
    const t = req.t;
    return reply.page(t('a11y.title'), () => (
      <>
        <H1>{t('a11y.title')}</H1>
        <P>{t('a11y.body')}</P>
        <P>{t('a11y.contact')}</P>
      </>
    ));
  });

  app.get<{ Params: { lang: string }; Querystring: { terug?: string } }>('/taal/:lang', (req, reply) => {
    if (!isLang(req.params.lang)) return errorPage(reply, 404);
    reply.setCookie(LANG_COOKIE, req.params.lang, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      maxAge: 365 * 24 * 3600,
    });
    return reply.redirect(safeReturn(req.query.terug), 303);
  });
}
