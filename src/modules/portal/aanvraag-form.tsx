import type { ComponentChildren } from 'preact';
import type { PageContext } from '../../platform/views/context.ts';
import type { MessageKey } from '../../platform/i18n/messages.ts';
import { formatDate, type Translate } from '../../platform/i18n/i18n.ts';
import { Csrf, ErrorSummary, SubmitButton, TextField } from '../../platform/views/components.tsx';
import type { ProductDefinitie, Veld } from '../catalog/product.ts';
import type { Betrokkene } from '../cases/aanvraag.ts';
import type { IntakeError } from '../cases/intake.ts';

export type FormValues = Record<string, string | string[]>;

/** The accessible text of an intake error; dates in its parameters are written out. */
export function intakeErrorText(t: Translate, lang: 'nl' | 'en', e: IntakeError): string {
  const params = Object.fromEntries(
    Object.entries(e.params ?? {}).map(([k, v]) => [
      k,
      /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDate(v, lang) : v,
    ]),
  );
  return t(`aanvraag.error.${e.veld}.${e.code}` as MessageKey, params);
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));
const all = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);

function Fieldset(p: {
  legend: string;
  id: string;
  help?: string | undefined;
  error?: string | undefined;
  children: ComponentChildren;
}) {
  const described =
    [p.help ? `${p.id}-help` : '', p.error ? `${p.id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      class={`utrecht-form-fieldset${p.error ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={described}
      id={p.id}
      tabindex={-1}
    >
      <legend class="utrecht-form-fieldset__legend">{p.legend}</legend>
      {p.help && (
        <div class="utrecht-form-field-description" id={`${p.id}-help`}>
          {p.help}
        </div>
      )}
      {p.error && (
        <div class="utrecht-form-field-error-message" id={`${p.id}-error`}>
          {p.error}
        </div>
      )}
      {p.children}
    </fieldset>
  );
}

function Choice(p: {
  type: 'checkbox' | 'radio';
  name: string;
  id: string;
  value: string;
  checked: boolean;
  label: string;
}) {
  return (
    <div class={`utrecht-form-field utrecht-form-field--${p.type === 'checkbox' ? 'checkbox' : 'radio'}`}>
      <input
        class={
          p.type === 'checkbox'
            ? 'utrecht-checkbox utrecht-checkbox--html-input'
            : 'utrecht-radio-button utrecht-radio-button--html-input'
        }
        type={p.type}
        name={p.name}
        id={p.id}
        value={p.value}
        checked={p.checked}
      />
      <label class="utrecht-form-label utrecht-form-label--checkbox" for={p.id}>
        {p.label}
      </label>
    </div>
  );
}

function VeldInput(p: {
  ctx: PageContext;
  veld: Veld;
  values: FormValues;
  errors: IntakeError[];
  huisgenoten: Betrokkene[];
}) {
  const { ctx, veld, values } = p;
  const { t, lang } = ctx;
  const err = (field: string) => {
    const e = p.errors.find((x) => x.field === field);
    return e ? intakeErrorText(t, lang, e) : undefined;
  };
  switch (veld.type) {
    case 'meeverhuizers':
      return (
        <Fieldset
          legend={veld.label[lang]}
          id={veld.naam}
          help={t('aanvraag.meeverhuizers.help')}
          error={err(veld.naam)}
        >
          {p.huisgenoten.length === 0 ? (
            <p class="utrecht-paragraph">{t('aanvraag.geenMeeverhuizers')}</p>
          ) : (
            p.huisgenoten.map((h) => (
              <Choice
                key={h.bsn}
                type="checkbox"
                name={veld.naam}
                id={`${veld.naam}-${h.bsn}`}
                value={h.bsn}
                checked={all(values[veld.naam]).includes(h.bsn)}
                label={h.naam}
              />
            ))
          )}
        </Fieldset>
      );
    case 'adres':
      return (
        <Fieldset legend={veld.label[lang]} id={`${veld.naam}-velden`}>
          <TextField
            id={`${veld.naam}-postcode`}
            label={t('aanvraag.postcode')}
            help={t('aanvraag.postcode.help')}
            value={one(values[`${veld.naam}-postcode`])}
            error={err(`${veld.naam}-postcode`)}
            autocomplete="postal-code"
          />
          <TextField
            id={`${veld.naam}-huisnummer`}
            label={t('aanvraag.huisnummer')}
            value={one(values[`${veld.naam}-huisnummer`])}
            error={err(`${veld.naam}-huisnummer`)}
            inputMode="numeric"
          />
          <TextField
            id={`${veld.naam}-toevoeging`}
            label={t('aanvraag.toevoeging')}
            help={t('aanvraag.toevoeging.help')}
            value={one(values[`${veld.naam}-toevoeging`])}
            error={err(`${veld.naam}-toevoeging`)}
          />
        </Fieldset>
      );
    case 'datum':
      return (
        <TextField
          id={veld.naam}
          label={veld.label[lang]}
          help={t('aanvraag.datum.help')}
          value={one(values[veld.naam])}
          error={err(veld.naam)}
        />
      );
    case 'bewijs': {
      const soort = one(values[`${veld.naam}-soort`]) || 'document';
      const max = `${Math.round(veld.maxBytes / 1024 / 1024)} MB`;
      const fileError = err(veld.naam);
      const hadFile = p.errors.length > 0 && soort === 'document' && !fileError;
      return (
        <Fieldset legend={veld.label[lang]} id={`${veld.naam}-velden`} help={t('aanvraag.bewijs.soort')}>
          <Choice
            type="radio"
            name={`${veld.naam}-soort`}
            id={`${veld.naam}-soort-document`}
            value="document"
            checked={soort === 'document'}
            label={t('aanvraag.bewijs.document')}
          />
          <div
            class={`utrecht-form-field utrecht-form-field--text${fileError ? ' utrecht-form-field--invalid' : ''}`}
          >
            <div class="utrecht-form-field__label">
              <label class="utrecht-form-label" for={veld.naam}>
                {t('aanvraag.bewijs.bestand', { max })}
              </label>
            </div>
            {hadFile && (
              <div class="utrecht-form-field-description" id={`${veld.naam}-help`}>
                {t('aanvraag.bewijs.opnieuw')}
              </div>
            )}
            {fileError && (
              <div class="utrecht-form-field-error-message" id={`${veld.naam}-error`}>
                {fileError}
              </div>
            )}
            <input
              class="utrecht-textbox utrecht-textbox--html-input"
              type="file"
              id={veld.naam}
              name={veld.naam}
              accept={veld.formaten.join(',')}
              aria-invalid={fileError ? 'true' : undefined}
              aria-describedby={
                [hadFile ? `${veld.naam}-help` : '', fileError ? `${veld.naam}-error` : '']
                  .filter(Boolean)
                  .join(' ') || undefined
              }
            />
          </div>
          {veld.alternatief === 'toestemming-hoofdbewoner' && (
            <>
              <Choice
                type="radio"
                name={`${veld.naam}-soort`}
                id={`${veld.naam}-soort-toestemming`}
                value="toestemming"
                checked={soort === 'toestemming'}
                label={t('aanvraag.bewijs.toestemming')}
              />
              <TextField
                id={`${veld.naam}-hoofdbewoner`}
                label={t('aanvraag.bewijs.hoofdbewoner')}
                value={one(values[`${veld.naam}-hoofdbewoner`])}
                error={err(`${veld.naam}-hoofdbewoner`)}
              />
            </>
          )}
        </Fieldset>
      );
    }
    case 'tekst':
      return (
        <TextField
          id={veld.naam}
          label={veld.label[lang]}
          value={one(values[veld.naam])}
          error={err(veld.naam)}
        />
      );
  }
}

/** The form of a product, from its definition: one form, posted once, that works without JavaScript. */
export function AanvraagForm(p: {
  ctx: PageContext;
  product: ProductDefinitie;
  action: string;
  values: FormValues;
  errors: IntakeError[];
  huisgenoten: Betrokkene[];
  /** Fields of the channel before the product's own (the counter's). */
  before?: ComponentChildren;
  submitLabel?: string;
}) {
  const { ctx } = p;
  return (
    <>
      <ErrorSummary
        ctx={ctx}
        errors={p.errors.map((e) => ({ field: e.field, message: intakeErrorText(ctx.t, ctx.lang, e) }))}
      />
      <form method="post" action={p.action} enctype="multipart/form-data" class="utrecht-form" novalidate>
        <Csrf ctx={ctx} />
        {p.before}
        {p.product.velden.map((veld) => (
          <VeldInput
            key={veld.naam}
            ctx={ctx}
            veld={veld}
            values={p.values}
            errors={p.errors}
            huisgenoten={p.huisgenoten}
          />
        ))}
        <SubmitButton>{p.submitLabel ?? ctx.t('aanvraag.verder')}</SubmitButton>
      </form>
    </>
  );
}
