import type { FastifyInstance } from 'fastify';
import type { Services } from '../../services.ts';
import { ErrorSummary, H1, P, SubmitButton, TextField } from '../../platform/views/components.tsx';
import { parseDatum } from '../cases/intake.ts';
import { Datum, Table } from './zaak.view.tsx';
import { behandelaarOf, logActor, type GemeenteParams } from './zaken.access.ts';

/**
 * Former residents: who moved out of this municipality (the new municipality registered the
 * move, the old one sees it here). The read of their data is logged.
 */
export function vertrokkenPages(app: FastifyInstance, services: Services) {
  app.get<GemeenteParams & { Querystring: { sinds?: string } }>(
    '/backoffice/:gemeente/vertrokken',
    async (req, reply) => {
      const who = await behandelaarOf(req, reply, services);
      if (!who) return reply;
      const { g } = who;
      const t = req.t;
      const lang = req.lang;
      const raw = (req.query.sinds ?? '').trim();
      const sinds = raw === '' ? undefined : parseDatum(raw);
      const error = raw !== '' && !sinds ? t('bo.zaken.vertrokken.error.sinds') : undefined;
      const rows = error ? [] : await services.persons.vertrokken(g.code, sinds ? { sinds } : {});
      if (rows.length > 0) {
        await services.processingLog.log({
          activiteit: 'brp-raadplegen-medewerker',
          naam: 'backoffice.vertrokken',
          actor: { ...logActor(who), gemeenteCode: g.code },
          bsns: rows.map((r) => r.bsn),
        });
      }
      return reply.page(
        t('bo.zaken.vertrokken.title'),
        (ctx) => (
          <>
            <H1>{t('bo.zaken.vertrokken.title')}</H1>
            <ErrorSummary ctx={ctx} errors={error ? [{ field: 'sinds', message: error }] : []} />
            <P>{t('bo.zaken.vertrokken.intro', { gemeente: g.naam })}</P>
            <form
              method="get"
              action={`/backoffice/${g.code}/vertrokken`}
              class="utrecht-form"
              aria-label={t('bo.zaken.vertrokken.filter')}
            >
              <TextField
                id="sinds"
                label={t('bo.zaken.vertrokken.sinds')}
                help={t('bo.zaken.vertrokken.sinds.help')}
                value={raw}
                error={error}
              />
              <SubmitButton secondary>{t('bo.zaken.vertrokken.knop')}</SubmitButton>
            </form>
            {rows.length === 0 ? (
              !error && <P>{t('bo.zaken.vertrokken.geen')}</P>
            ) : (
              <Table
                id="vertrokken"
                caption={t('bo.zaken.vertrokken.caption', { aantal: String(rows.length) })}
                head={[
                  t('bo.zaken.vertrokken.col.naam'),
                  t('bo.zaken.vertrokken.col.bsn'),
                  t('bo.zaken.vertrokken.col.datum'),
                  t('bo.zaken.vertrokken.col.naar'),
                  t('bo.zaken.vertrokken.col.vorig'),
                ]}
                rows={rows.map((r) => [
                  `${r.bsn}-${r.datumVertrek}`,
                  r.naam ?? t('bo.zaken.vertrokken.onbekend'),
                  r.bsn,
                  <Datum iso={r.datumVertrek} lang={lang} />,
                  r.naarGemeente.omschrijving ?? r.naarGemeente.code ?? '—',
                  r.vorigAdres ?? '—',
                ])}
              />
            )}
          </>
        ),
        { status: error ? 400 : 200 },
      );
    },
  );
}
