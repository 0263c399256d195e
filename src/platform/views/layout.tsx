import type { ComponentChildren } from 'preact';
import type { PageContext } from './context.ts';

export function Layout(props: { ctx: PageContext; title: string; children: ComponentChildren }) {
  const { ctx, title } = props;
  const { t } = ctx;
  const other = ctx.lang === 'nl' ? 'en' : 'nl';
  const switchHref = `/taal/${other}?terug=${encodeURIComponent(ctx.path)}`;
  const themeClass = ctx.tenant ? ` loket-theme--${ctx.tenant.code}` : '';
  const siteName = ctx.tenant ? `${t('app.name')} ${ctx.tenant.naam}` : t('app.name');
  return (
    <html lang={ctx.lang} class={`utrecht-theme loket-theme${themeClass}`}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} | ${siteName}`}</title>
        <link rel="stylesheet" href="/assets/design-tokens.css" />
        <link rel="stylesheet" href="/assets/utrecht.css" />
        <link rel="stylesheet" href="/assets/loket.css" />
        {ctx.tenant && <link rel="stylesheet" href={`/themes/${ctx.tenant.code}.css`} />}
      </head>
      <body class="utrecht-page-body utrecht-document">
        <a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main">
          {t('layout.skip')}
        </a>
        <header class="utrecht-page-header loket-header">
          <div class="loket-header__inner">
            <a class="loket-header__brand" href="/">
              {siteName}
            </a>
            <nav class="loket-header__nav" aria-label={t('layout.nav')}>
              <ul class="loket-header__list">
                {ctx.user ? (
                  <>
                    <li>
                      <a class="utrecht-link loket-header__link" href={ctx.user.home}>
                        {t('layout.loggedInAs', { name: ctx.user.displayName })}
                      </a>
                    </li>
                    <li>
                      <form method="post" action="/uitloggen" class="loket-inline-form">
                        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
                        <button
                          type="submit"
                          class="utrecht-button utrecht-button--subtle loket-header__button"
                        >
                          {t('layout.logout')}
                        </button>
                      </form>
                    </li>
                  </>
                ) : (
                  <li>
                    <a class="utrecht-link loket-header__link" href="/inloggen">
                      {t('home.login')}
                    </a>
                  </li>
                )}
                <li>
                  <a class="utrecht-link loket-header__link" href={switchHref} lang={other} hreflang={other}>
                    {other === 'en' ? 'English' : 'Nederlands'}
                  </a>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" class="utrecht-page-content loket-main" tabindex={-1}>
          {props.children}
        </main>
        <footer class="utrecht-page-footer loket-footer">
          <div class="loket-footer__inner">
            <p class="utrecht-paragraph">{t('layout.footer.about')}</p>
            <p class="utrecht-paragraph">
              <a class="utrecht-link loket-footer__link" href="/toegankelijkheid">
                {t('layout.footer.accessibility')}
              </a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
