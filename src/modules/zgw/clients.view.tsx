/** The parts of the administrator's ZGW clients page: the table of clients and the secret field. */
import { PasswordField, RecordTable } from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import type { ApplicatieMet } from './autorisaties.repository.ts';
import { AC_COMPONENTEN, type AcComponent, type AutorisatieRow } from './autorisaties.view.ts';

export const MIN_SECRET = 16;

/** One client id: whether it has a secret, and the applicaties that name it. */
export interface Row {
  clientId: string;
  heeftSecret: boolean;
  applicaties: ApplicatieMet[];
}

export function rowsOf(o: { clients: { clientId: string }[]; applicaties: ApplicatieMet[] }): Row[] {
  const ids = new Set([
    ...o.clients.map((c) => c.clientId),
    ...o.applicaties.flatMap((a) => a.applicatie.clientIds),
  ]);
  return [...ids].sort().map((clientId) => ({
    clientId,
    heeftSecret: o.clients.some((c) => c.clientId === clientId),
    applicaties: o.applicaties.filter((a) => a.applicatie.clientIds.includes(clientId)),
  }));
}

function Grant(p: { ctx: PageContext; g: AutorisatieRow }) {
  const { t } = p.ctx;
  const { g } = p;
  const type = g.zaaktype ?? g.informatieobjecttype ?? g.besluittype;
  const soort = g.zaaktype ? 'zaaktype' : g.informatieobjecttype ? 'informatieobjecttype' : 'besluittype';
  return (
    <li class="utrecht-unordered-list__item">
      {AC_COMPONENTEN[g.component as AcComponent] ?? g.component}: {g.scopes.join(', ')}
      {type && <span class="loket-line">{t('zgw.clients.grant.type', { soort, url: type })}</span>}
      {g.maxVertrouwelijkheidaanduiding && (
        <span class="loket-line">
          {t('zgw.clients.grant.max', { max: g.maxVertrouwelijkheidaanduiding })}
        </span>
      )}
    </li>
  );
}

function Autorisaties(p: { ctx: PageContext; row: Row }) {
  const { t } = p.ctx;
  if (p.row.applicaties.some((a) => a.applicatie.heeftAlleAutorisaties)) return <>{t('zgw.clients.alle')}</>;
  const grants = p.row.applicaties.flatMap((a) => a.autorisaties);
  if (grants.length === 0) return <>{t('zgw.clients.geen')}</>;
  return (
    <ul class="utrecht-unordered-list">
      {grants.map((g) => (
        <Grant ctx={p.ctx} g={g} key={g.id} />
      ))}
    </ul>
  );
}

export function ClientTable(p: { ctx: PageContext; rows: Row[]; code: string }) {
  const { t } = p.ctx;
  return (
    <RecordTable
      id="clients"
      caption={t('zgw.clients.caption', { aantal: String(p.rows.length) })}
      columns={[
        t('zgw.clients.col.clientId'),
        t('zgw.clients.col.applicatie'),
        t('zgw.clients.col.autorisaties'),
        t('zgw.clients.col.actie'),
      ]}
    >
      {p.rows.map((r, i) => (
        <tr class="utrecht-table__row" key={r.clientId}>
          <th scope="row" class="utrecht-table__header-cell" id={`client-${i}`}>
            {r.clientId}
            {!r.heeftSecret && <span class="loket-line">{t('zgw.clients.geenSecret')}</span>}
          </th>
          <td class="utrecht-table__cell">
            {r.applicaties.length === 0
              ? t('zgw.clients.geenApplicatie')
              : r.applicaties.map((a) => a.applicatie.label).join(', ')}
          </td>
          <td class="utrecht-table__cell">
            <Autorisaties ctx={p.ctx} row={r} />
          </td>
          <td class="utrecht-table__cell">
            {/* The row header names which client the link is for. */}
            <a
              class="utrecht-link"
              href={`/backoffice/${p.code}/zgw-clients/${encodeURIComponent(r.clientId)}/secret`}
              aria-describedby={`client-${i}`}
            >
              {t(r.heeftSecret ? 'zgw.clients.rotate' : 'zgw.clients.instellen')}
            </a>
          </td>
        </tr>
      ))}
    </RecordTable>
  );
}

/** A secret is typed, never shown: no value is ever rendered back into the field. */
export const SecretField = (p: { id: string; label: string; help: string; error?: string | undefined }) => (
  <PasswordField {...p} minLength={MIN_SECRET} />
);
