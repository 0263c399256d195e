/** The parts of the administrator's page of external ZGW services: the table and the form. */
import {
  Csrf,
  H2,
  P,
  PasswordField,
  RecordTable,
  RowAction,
  SubmitButton,
  TextField,
} from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';

/** A service as the page shows it: never with its secret. */
export interface DienstRow {
  apiRoot: string;
  clientId: string;
}

export type DienstForm = { apiRoot?: string; clientId?: string };
export type DienstErrors = Partial<Record<'apiRoot' | 'clientId' | 'secret', string>>;

export function DienstTable(p: { ctx: PageContext; rows: DienstRow[]; action: string }) {
  const { t } = p.ctx;
  return (
    <RecordTable
      id="diensten"
      caption={t('zgw.diensten.caption', { aantal: String(p.rows.length) })}
      columns={[t('zgw.diensten.col.apiRoot'), t('zgw.diensten.col.clientId'), t('zgw.diensten.col.actie')]}
    >
      {p.rows.map((r, i) => (
        <tr class="utrecht-table__row" key={r.apiRoot}>
          <th scope="row" class="utrecht-table__header-cell" id={`dienst-${i}`}>
            {r.apiRoot}
          </th>
          <td class="utrecht-table__cell">{r.clientId}</td>
          <td class="utrecht-table__cell">
            <RowAction
              ctx={p.ctx}
              action={p.action}
              label={t('zgw.diensten.remove')}
              fields={{ apiRoot: r.apiRoot }}
              describedBy={`dienst-${i}`}
            />
          </td>
        </tr>
      ))}
    </RecordTable>
  );
}

/** Adds a service, or gives an API root already listed a new client id and secret. */
export function DienstFormulier(p: {
  ctx: PageContext;
  action: string;
  form?: DienstForm | undefined;
  errors?: DienstErrors | undefined;
}) {
  const { t } = p.ctx;
  return (
    <>
      <H2 id="toevoegen">{t('zgw.diensten.add.heading')}</H2>
      <P>{t('zgw.diensten.add.intro')}</P>
      <form method="post" action={p.action} class="utrecht-form" aria-labelledby="toevoegen" novalidate>
        <Csrf ctx={p.ctx} />
        <TextField
          id="apiRoot"
          label={t('zgw.diensten.apiRoot')}
          help={t('zgw.diensten.apiRoot.help')}
          value={p.form?.apiRoot}
          error={p.errors?.apiRoot}
          autocomplete="url"
        />
        <TextField
          id="clientId"
          label={t('zgw.diensten.clientId')}
          help={t('zgw.diensten.clientId.help')}
          value={p.form?.clientId}
          error={p.errors?.clientId}
          autocomplete="off"
        />
        {/* The register issues the secret, so the service's rule (1 to 1000 characters) is the
            only one: the 16-character minimum of the clients page is for secrets Loket accepts. */}
        <PasswordField
          id="secret"
          label={t('zgw.diensten.secret')}
          help={t('zgw.diensten.secret.help')}
          minLength={1}
          error={p.errors?.secret}
        />
        <SubmitButton>{t('zgw.diensten.add.submit')}</SubmitButton>
      </form>
    </>
  );
}
