import type { ComponentChildren } from 'preact';
import { Csrf, H2, P, Select, SubmitButton, TextArea } from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import type { MedewerkerPrincipal } from '../identity/principal.ts';
import { isCoordinator } from './zaken.access.ts';
import { Moment, type ZaakDossier } from './zaak.view.tsx';

function Actie(p: { id: string; titel: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={p.id}>
      <h3 class="utrecht-heading-3" id={p.id}>
        {p.titel}
      </h3>
      {p.children}
    </section>
  );
}

/** An action the case does not allow now, shown where the actions are. */
const ActiesFout = (p: { error: string | undefined }) =>
  p.error ? (
    <div class="utrecht-form-field-error-message" id="acties-error">
      {p.error}
    </div>
  ) : null;

export interface ActieState {
  /** Error messages by field id. */
  errors: Record<string, string>;
  /** What was typed, to show again with the error. */
  values: Record<string, string>;
}

/** The actions on an open case, each its own form; a closed case has none. */
export function ZaakActies(p: {
  ctx: PageContext;
  d: ZaakDossier;
  basis: string;
  m: MedewerkerPrincipal;
  medewerkers: { id: string; naam: string }[];
  state: ActieState;
}) {
  const { ctx, d, basis, m, state } = p;
  const { t, lang } = ctx;
  // Forms stay unnamed: named forms are landmarks, and two of them here would share a name.
  const form = (action: string, children: ComponentChildren) => (
    <form method="post" action={`${basis}/${action}`} class="utrecht-form">
      <Csrf ctx={ctx} />
      {children}
    </form>
  );
  if (d.zaak.einddatum) {
    return (
      <section aria-labelledby="acties">
        <H2 id="acties">{t('bo.zaak.acties')}</H2>
        <ActiesFout error={state.errors.acties} />
        <P>{t('bo.zaak.acties.gesloten')}</P>
      </section>
    );
  }
  const behandelaar = d.rollen.find((r) => r.omschrijvingGeneriek === 'behandelaar');
  const verzoek = d.openVerzoek;
  return (
    <section aria-labelledby="acties">
      <H2 id="acties">{t('bo.zaak.acties')}</H2>
      <ActiesFout error={state.errors.acties} />
      <Actie id="actie-toewijzen" titel={t('bo.zaak.toewijzen')}>
        {behandelaar?.medewerkerId === m.id ? (
          <P>{t('bo.zaak.toewijzen.uzelf')}</P>
        ) : (
          form('toewijzen', <SubmitButton>{t('bo.zaak.toewijzen.mij')}</SubmitButton>)
        )}
        {isCoordinator(m) &&
          form(
            'toewijzen',
            <>
              <Select
                id="medewerker"
                label={t('bo.zaak.toewijzen.aan')}
                value={state.values.medewerker ?? behandelaar?.medewerkerId ?? ''}
                error={state.errors.medewerker}
                options={[
                  { value: '', label: t('bo.zaak.toewijzen.kies') },
                  ...p.medewerkers.map((x) => ({ value: x.id, label: x.naam })),
                ]}
              />
              <SubmitButton secondary>{t('bo.zaak.toewijzen.knop')}</SubmitButton>
            </>,
          )}
      </Actie>
      <Actie id="actie-informatie" titel={t('bo.zaak.informatie')}>
        {verzoek ? (
          <>
            <P>
              {t('bo.zaak.informatie.wacht')} <Moment at={verzoek.createdAt} lang={lang} />
            </P>
            {form(
              'antwoord',
              <>
                <TextArea
                  id="antwoord"
                  label={t('bo.zaak.antwoord')}
                  help={t('bo.zaak.antwoord.help')}
                  value={state.values.antwoord}
                  error={state.errors.antwoord}
                />
                <SubmitButton secondary>{t('bo.zaak.antwoord.knop')}</SubmitButton>
              </>,
            )}
          </>
        ) : (
          form(
            'informatie',
            <>
              <TextArea
                id="vraag"
                label={t('bo.zaak.informatie.vraag')}
                help={t('bo.zaak.informatie.help')}
                value={state.values.vraag}
                error={state.errors.vraag}
              />
              <SubmitButton secondary>{t('bo.zaak.informatie.knop')}</SubmitButton>
            </>,
          )
        )}
      </Actie>
      {d.zt.zaaktype.verlengingMogelijk && d.verlengingen.length === 0 && (
        <Actie id="actie-verlengen" titel={t('bo.zaak.verlengen')}>
          {form(
            'verlengen',
            <>
              <TextArea
                id="verlenging"
                label={t('bo.zaak.verlengen.reden')}
                help={t('bo.zaak.verlengen.help', { termijn: d.zt.zaaktype.verlengingstermijn ?? '' })}
                value={state.values.verlenging}
                error={state.errors.verlenging}
              />
              <SubmitButton secondary>{t('bo.zaak.verlengen.knop')}</SubmitButton>
            </>,
          )}
        </Actie>
      )}
      <Actie id="actie-besluiten" titel={t('bo.zaak.besluiten')}>
        <P>
          <a
            class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
            href={`${basis}/goedkeuren`}
          >
            {t('bo.zaak.goedkeuren')}
          </a>
        </P>
        {form(
          'afwijzen',
          <>
            <TextArea
              id="reden"
              label={t('bo.zaak.afwijzen.reden')}
              help={t('bo.zaak.afwijzen.help')}
              value={state.values.reden}
              error={state.errors.reden}
            />
            <SubmitButton secondary>{t('bo.zaak.afwijzen.knop')}</SubmitButton>
          </>,
        )}
      </Actie>
    </section>
  );
}
