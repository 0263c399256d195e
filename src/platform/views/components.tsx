import type { ComponentChildren } from 'preact';
import type { PageContext } from './context.ts';

export const H1 = (p: { children: ComponentChildren }) => <h1 class="utrecht-heading-1">{p.children}</h1>;
export const H2 = (p: { children: ComponentChildren; id?: string }) => (
  <h2 class="utrecht-heading-2" id={p.id}>
    {p.children}
  </h2>
);
export const P = (p: { children: ComponentChildren; lead?: boolean }) => (
  <p class={p.lead ? 'utrecht-paragraph utrecht-paragraph--lead' : 'utrecht-paragraph'}>{p.children}</p>
);
export const A = (p: { href: string; children: ComponentChildren }) => (
  <a class="utrecht-link" href={p.href}>
    {p.children}
  </a>
);

export const Csrf = (p: { ctx: PageContext }) => <input type="hidden" name="_csrf" value={p.ctx.csrfToken} />;

export interface FieldError {
  field: string;
  message: string;
}

/** The GOV.UK-style summary: a focusable alert listing every error, each linking to its field. */
export function ErrorSummary(p: { ctx: PageContext; errors: FieldError[] }) {
  if (p.errors.length === 0) return null;
  return (
    <div
      class="utrecht-alert utrecht-alert--error loket-error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
    >
      <h2 class="utrecht-heading-2" id="error-summary-title">
        {p.ctx.t('form.errors')}
      </h2>
      <ul class="utrecht-unordered-list">
        {p.errors.map((e) => (
          <li class="utrecht-unordered-list__item" key={e.field}>
            <a class="utrecht-link" href={`#${e.field}`}>
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The NL Design System form field: label, description, error message, then the control. */
function FormField(p: {
  id: string;
  label: string;
  kind: 'text' | 'select' | 'textarea';
  help?: string | undefined;
  error?: string | undefined;
  children: ComponentChildren;
}) {
  return (
    <div
      class={`utrecht-form-field utrecht-form-field--${p.kind}${p.error ? ' utrecht-form-field--invalid' : ''}`}
    >
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={p.id}>
          {p.label}
        </label>
      </div>
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
      <div class="utrecht-form-field__input">{p.children}</div>
    </div>
  );
}

const describedBy = (p: { id: string; help?: string | undefined; error?: string | undefined }) =>
  [p.help ? `${p.id}-help` : '', p.error ? `${p.id}-error` : ''].filter(Boolean).join(' ') || undefined;

export function TextField(p: {
  id: string;
  label: string;
  value?: string | undefined;
  help?: string;
  error?: string | undefined;
  autocomplete?: string;
  inputMode?: 'numeric' | 'text';
}) {
  return (
    <FormField id={p.id} label={p.label} kind="text" help={p.help} error={p.error}>
      <input
        class={`utrecht-textbox utrecht-textbox--html-input${p.error ? ' utrecht-textbox--invalid' : ''}`}
        id={p.id}
        name={p.id}
        type="text"
        value={p.value ?? ''}
        autocomplete={p.autocomplete}
        inputMode={p.inputMode}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={describedBy(p)}
      />
    </FormField>
  );
}

/** A textarea in its form field. */
export function TextArea(p: {
  id: string;
  label: string;
  help?: string;
  value?: string;
  error?: string | undefined;
}) {
  return (
    <FormField id={p.id} label={p.label} kind="textarea" help={p.help} error={p.error}>
      <textarea
        class={`utrecht-textarea utrecht-textarea--html-textarea${p.error ? ' utrecht-textarea--invalid' : ''}`}
        id={p.id}
        name={p.id}
        rows={4}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={describedBy(p)}
      >
        {p.value ?? ''}
      </textarea>
    </FormField>
  );
}

/** A new secret or password: typed, never rendered back into the field. */
export function PasswordField(p: {
  id: string;
  label: string;
  help: string;
  minLength: number;
  error?: string | undefined;
}) {
  return (
    <FormField id={p.id} label={p.label} kind="text" help={p.help} error={p.error}>
      <input
        class={`utrecht-textbox utrecht-textbox--html-input${p.error ? ' utrecht-textbox--invalid' : ''}`}
        id={p.id}
        name={p.id}
        type="password"
        autocomplete="new-password"
        minLength={p.minLength}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={describedBy(p)}
      />
    </FormField>
  );
}

export function Select(p: {
  id: string;
  label: string;
  options: { value: string; label: string }[];
  value?: string | undefined;
  error?: string | undefined;
}) {
  return (
    <FormField id={p.id} label={p.label} kind="select" error={p.error}>
      <select
        class="utrecht-select utrecht-select--html-select"
        id={p.id}
        name={p.id}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={describedBy(p)}
      >
        {p.options.map((o) => (
          <option value={o.value} selected={o.value === p.value} key={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FormField>
  );
}

export function SubmitButton(p: {
  children: ComponentChildren;
  name?: string;
  value?: string;
  secondary?: boolean;
}) {
  return (
    <button
      type="submit"
      name={p.name}
      value={p.value}
      class={`utrecht-button ${p.secondary ? 'utrecht-button--secondary-action' : 'utrecht-button--primary-action'}`}
    >
      {p.children}
    </button>
  );
}

/** A two-column table of labelled values (NL Design System table with row headers). */
export function DataTable(p: { caption: string; rows: [string, ComponentChildren][] }) {
  return (
    <table class="utrecht-table loket-data-table">
      <caption class="utrecht-table__caption">{p.caption}</caption>
      <tbody class="utrecht-table__body">
        {p.rows.map(([label, value]) => (
          <tr class="utrecht-table__row" key={label}>
            <th scope="row" class="utrecht-table__header-cell">
              {label}
            </th>
            <td class="utrecht-table__cell">{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A table of records (NL Design System): a captioned, scrollable region the keyboard can reach,
 * with a header row of column names; the caller gives the rows.
 */
export function RecordTable(p: {
  id: string;
  caption: string;
  columns: string[];
  children: ComponentChildren;
}) {
  return (
    <div class="utrecht-table__container" tabindex={0} role="region" aria-labelledby={`${p.id}-caption`}>
      <table class="utrecht-table" id={p.id}>
        <caption class="utrecht-table__caption" id={`${p.id}-caption`}>
          {p.caption}
        </caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            {p.columns.map((c) => (
              <th scope="col" class="utrecht-table__header-cell" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">{p.children}</tbody>
      </table>
    </div>
  );
}

/** A short message above a page's content: done (a status) or refused (an alert). */
export function Alert(p: { kind: 'ok' | 'error'; children: ComponentChildren }) {
  return (
    <div class={`utrecht-alert utrecht-alert--${p.kind}`} role={p.kind === 'ok' ? 'status' : 'alert'}>
      <p class="utrecht-paragraph">{p.children}</p>
    </div>
  );
}

/**
 * A button that posts one action for one row of a table, beside the row's other cells. Its name
 * tells the rows' buttons apart: the row header it is described by, or an accessible label.
 */
export function RowAction(p: {
  ctx: PageContext;
  action: string;
  label: string;
  /** Hidden fields the action takes besides the CSRF token. */
  fields?: Record<string, string>;
  /** The id of the row header naming what the button is for. */
  describedBy?: string;
  /** Else the whole accessible name. */
  ariaLabel?: string;
}) {
  return (
    <form method="post" action={p.action} class="loket-inline-form">
      <Csrf ctx={p.ctx} />
      {Object.entries(p.fields ?? {}).map(([name, value]) => (
        <input type="hidden" name={name} value={value} key={name} />
      ))}
      <button
        type="submit"
        class="utrecht-button utrecht-button--secondary-action"
        aria-describedby={p.describedBy}
        aria-label={p.ariaLabel}
      >
        {p.label}
      </button>
    </form>
  );
}
