import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isUuid } from '../../platform/ids.ts';
import type { Services } from '../../services.ts';
import {
  A,
  Csrf,
  DataTable,
  ErrorSummary,
  H1,
  H2,
  P,
  SubmitButton,
} from '../../platform/views/components.tsx';
import { errorPage } from '../../platform/http/error-pages.tsx';
import { formOf } from '../../platform/http/multipart.ts';
import { formatDate } from '../../platform/i18n/i18n.ts';
import { AppError } from '../../platform/errors.ts';
import type { Burger } from '../identity/principal.ts';
import { aanvraagRegels } from '../cases/aanvraag-weergave.ts';
import type { Aanvraag } from '../cases/aanvraag.ts';
import type { ZaakView } from '../cases/zaak-view.service.ts';
import { DEFAULT_FORMATEN } from '../documents/upload-check.ts';
import { burgerActor } from './aanvraag.pages.tsx';

const MAX_BIJLAGE = 5 * 1024 * 1024;

/** Content-Disposition with a filename that cannot break the header. */
export const attachment = (name: string) =>
  `attachment; filename="${name.replace(/[^\w.-]+/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export function mijnZakenPages(app: FastifyInstance, services: Services) {
  const burger = (req: FastifyRequest, reply: FastifyReply): Burger | undefined => {
    const p = req.principal;
    if (p?.type === 'burger') return p;
    void reply.redirect('/inloggen', 303);
    return undefined;
  };

  app.get('/mijn-zaken', async (req, reply) => {
    const p = burger(req, reply);
    if (!p) return reply;
    const t = req.t;
    const zaken = await services.zaakView.mijnZaken(p.bsn);
    const gemeenten = new Map((await services.tenants.list()).map((g) => [g.code, g.naam]));
    return reply.page(t('mijnZaken.title'), () => (
      <>
        <H1>{t('mijnZaken.title')}</H1>
        <P>{t('mijnZaken.intro')}</P>
        {zaken.length === 0 ? (
          <P>{t('mijnZaken.geen')}</P>
        ) : (
          <table class="utrecht-table utrecht-table--html-table">
            <caption class="utrecht-table__caption">{t('mijnZaken.caption')}</caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">
                  {t('mijnZaken.zaak')}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {t('mijnZaken.gemeente')}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {t('mijnZaken.status')}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {t('mijnZaken.verwacht')}
                </th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {zaken.map((z) => (
                <tr class="utrecht-table__row" key={z.zaak.id}>
                  <td class="utrecht-table__cell">
                    <A
                      href={`/mijn-zaken/${z.zaak.id}`}
                    >{`${z.product?.naam[req.lang] ?? z.zaaktype} (${z.zaak.identificatie})`}</A>
                  </td>
                  <td class="utrecht-table__cell">
                    {gemeenten.get(z.zaak.gemeenteCode) ?? z.zaak.gemeenteCode}
                  </td>
                  <td class="utrecht-table__cell">{z.status ?? '—'}</td>
                  <td class="utrecht-table__cell">
                    {z.zaak.einddatum
                      ? t('mijnZaken.afgehandeld', { datum: formatDate(z.zaak.einddatum, req.lang) })
                      : z.deadline?.opgeschort
                        ? t('mijnZaken.opgeschort')
                        : z.deadline
                          ? formatDate(z.deadline.uiterlijkeEinddatum, req.lang)
                          : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </>
    ));
  });

  async function showZaak(
    req: FastifyRequest,
    reply: FastifyReply,
    v: ZaakView,
    opts: { error?: string; status?: number; beantwoord?: boolean },
  ) {
    const t = req.t;
    const lang = req.lang;
    const product = v.zt.zaaktype.product;
    const aanvraag = v.zaak.aanvraag as unknown as Aanvraag;
    const gemeente = await services.tenants.byCode(v.zaak.gemeenteCode);
    const nieuw = (req.query as { nieuw?: string }).nieuw !== undefined;
    const ontvangst = v.documenten.find((d) => d.bestandsnaam.startsWith('ontvangst-'));
    const docUrl = (id: string) => `/mijn-zaken/${v.zaak.id}/documenten/${id}`;
    const title = `${product?.naam[lang] ?? v.zt.zaaktype.omschrijving} ${v.zaak.identificatie}`;
    return reply.page(
      title,
      (ctx) => (
        <>
          <H1>{title}</H1>
          {nieuw && (
            <div class="utrecht-alert utrecht-alert--ok" role="status">
              <p class="utrecht-paragraph">{t('mijnZaken.nieuw', { nummer: v.zaak.identificatie })}</p>
              {ontvangst && (
                <p class="utrecht-paragraph">
                  <A href={docUrl(ontvangst.id)}>{t('mijnZaken.ontvangstbewijs')}</A>
                </p>
              )}
            </div>
          )}
          {opts.beantwoord && (
            <div class="utrecht-alert utrecht-alert--ok" role="status">
              <p class="utrecht-paragraph">{t('mijnZaken.beantwoord')}</p>
            </div>
          )}
          {opts.error && <ErrorSummary ctx={ctx} errors={[{ field: 'antwoord', message: opts.error }]} />}
          <DataTable
            caption={v.zaak.identificatie}
            rows={[
              [t('mijnZaken.gemeente'), gemeente?.naam ?? v.zaak.gemeenteCode],
              [
                t('mijnZaken.status'),
                v.statussen.at(-1)?.statustekst || (v.statussen.at(-1)?.omschrijving ?? '—'),
              ],
              v.zaak.einddatum
                ? [
                    t('mijnZaken.resultaat'),
                    `${v.resultaat?.omschrijving ?? '—'} (${formatDate(v.zaak.einddatum, lang)})`,
                  ]
                : [
                    t('mijnZaken.verwacht'),
                    v.deadline?.opgeschort
                      ? t('mijnZaken.opgeschort')
                      : v.deadline
                        ? formatDate(v.deadline.uiterlijkeEinddatum, lang)
                        : '—',
                  ],
            ]}
          />
          {v.openVerzoek && (
            <section aria-labelledby="verzoek">
              <H2 id="verzoek">{t('mijnZaken.verzoek')}</H2>
              <P>{v.openVerzoek.tekst}</P>
              <form
                method="post"
                action={`/mijn-zaken/${v.zaak.id}/antwoord/${v.openVerzoek.id}`}
                enctype="multipart/form-data"
                class="utrecht-form"
              >
                <Csrf ctx={ctx} />
                <div
                  class={`utrecht-form-field utrecht-form-field--textarea${opts.error ? ' utrecht-form-field--invalid' : ''}`}
                >
                  <div class="utrecht-form-field__label">
                    <label class="utrecht-form-label" for="antwoord">
                      {t('mijnZaken.antwoord')}
                    </label>
                  </div>
                  <div class="utrecht-form-field-description" id="antwoord-help">
                    {t('mijnZaken.antwoord.help')}
                  </div>
                  {opts.error && (
                    <div class="utrecht-form-field-error-message" id="antwoord-error">
                      {opts.error}
                    </div>
                  )}
                  <textarea
                    class="utrecht-textarea utrecht-textarea--html-textarea"
                    id="antwoord"
                    name="antwoord"
                    rows={4}
                    aria-invalid={opts.error ? 'true' : undefined}
                    aria-describedby={opts.error ? 'antwoord-help antwoord-error' : 'antwoord-help'}
                  />
                </div>
                <div class="utrecht-form-field utrecht-form-field--text">
                  <div class="utrecht-form-field__label">
                    <label class="utrecht-form-label" for="bijlage">
                      {t('mijnZaken.bijlage', { max: '5 MB' })}
                    </label>
                  </div>
                  <input
                    class="utrecht-textbox utrecht-textbox--html-input"
                    type="file"
                    id="bijlage"
                    name="bijlage"
                    accept={DEFAULT_FORMATEN.join(',')}
                  />
                </div>
                <SubmitButton>{t('mijnZaken.versturen')}</SubmitButton>
              </form>
            </section>
          )}
          <H2 id="statussen">{t('mijnZaken.statussen')}</H2>
          <ol class="utrecht-ordered-list" aria-labelledby="statussen">
            {v.statussen.map((s) => (
              <li class="utrecht-ordered-list__item" key={s.id}>
                {`${formatDate(s.datumStatusGezet.toISOString().slice(0, 10), lang)}: ${s.omschrijving}`}
              </li>
            ))}
          </ol>
          <H2 id="berichten">{t('mijnZaken.berichten')}</H2>
          {v.berichten.length === 0 && <P>{t('mijnZaken.geenBerichten')}</P>}
          {v.berichten.map((b) => (
            <article class="loket-bericht" key={b.id} aria-labelledby={`bericht-${b.id}`}>
              <h3 class="utrecht-heading-3" id={`bericht-${b.id}`}>
                {b.onderwerp}
              </h3>
              <p class="utrecht-paragraph utrecht-paragraph--small">{`${formatDate(b.createdAt.toISOString().slice(0, 10), lang)} · ${t('mijnZaken.van', { afzender: b.afzender })}`}</p>
              <P>{b.tekst}</P>
            </article>
          ))}
          <H2 id="documenten">{t('mijnZaken.documenten')}</H2>
          <ul class="utrecht-unordered-list" aria-labelledby="documenten">
            {v.documenten.map((d) => (
              <li class="utrecht-unordered-list__item" key={d.id}>
                <A href={docUrl(d.id)}>
                  {t('mijnZaken.download', { titel: `${d.titel} (${d.bestandsnaam})` })}
                </A>
              </li>
            ))}
          </ul>
          {product && (
            <>
              <H2 id="gegevens">{t('mijnZaken.gegevens')}</H2>
              <DataTable
                caption={t('mijnZaken.gegevens')}
                rows={aanvraagRegels(product.velden, aanvraag.waarden, lang)}
              />
            </>
          )}
          <P>
            <A href="/mijn-zaken">{t('mijnZaken.terug')}</A>
          </P>
        </>
      ),
      { status: opts.status ?? 200 },
    );
  }

  app.get<{ Params: { id: string } }>('/mijn-zaken/:id', async (req, reply) => {
    const p = burger(req, reply);
    if (!p) return reply;
    const v = isUuid(req.params.id) ? await services.zaakView.mijnZaak(p.bsn, req.params.id) : undefined;
    if (!v) return errorPage(reply, 404);
    return showZaak(req, reply, v, {
      beantwoord: (req.query as { beantwoord?: string }).beantwoord !== undefined,
    });
  });

  app.get<{ Params: { id: string; doc: string } }>('/mijn-zaken/:id/documenten/:doc', async (req, reply) => {
    const p = burger(req, reply);
    if (!p) return reply;
    const v = isUuid(req.params.id) ? await services.zaakView.mijnZaak(p.bsn, req.params.id) : undefined;
    const doc =
      v && isUuid(req.params.doc)
        ? await services.documents.contentForZaak(v.zaak.gemeenteCode, v.zaak.id, req.params.doc)
        : undefined;
    if (!doc) return errorPage(reply, 404);
    return reply
      .type(doc.formaat)
      .header('content-disposition', attachment(doc.bestandsnaam))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(Buffer.from(doc.inhoud));
  });

  app.post<{ Params: { id: string; verzoek: string } }>(
    '/mijn-zaken/:id/antwoord/:verzoek',
    { preHandler: (req, reply, done) => app.csrfProtection(req, reply, done) },
    async (req, reply) => {
      const p = burger(req, reply);
      if (!p) return reply;
      const v = isUuid(req.params.id) ? await services.zaakView.mijnZaak(p.bsn, req.params.id) : undefined;
      if (!v || !isUuid(req.params.verzoek)) return errorPage(reply, 404);
      const t = req.t;
      const form = await formOf(req);
      const tekst =
        (Array.isArray(form.fields.antwoord) ? form.fields.antwoord[0] : form.fields.antwoord)?.trim() ?? '';
      const upload = form.uploads.bijlage;
      let bijlagen: {
        informatieobjecttype: string;
        titel: string;
        bestandsnaam: string;
        formaat: string;
        inhoud: Uint8Array;
      }[] = [];
      if (upload) {
        const check = await services.intake.checkUpload(upload.inhoud, {
          formaten: [...DEFAULT_FORMATEN],
          maxBytes: MAX_BIJLAGE,
        });
        if (!check.ok) {
          const error = t(`aanvraag.error.bewijs.${check.code}` as 'aanvraag.error.bewijs.formaat', {
            max: '5 MB',
          });
          return showZaak(req, reply, v, { error, status: 400 });
        }
        const base =
          upload.bestandsnaam
            .replace(/\.[^.]*$/, '')
            .replace(/[^\w\-. ]+/g, '_')
            .slice(0, 80) || 'bijlage';
        bijlagen = [
          {
            informatieobjecttype: 'Aanvullend document',
            titel: 'Aanvullend document',
            bestandsnaam: `${base}.${check.extensie}`,
            formaat: check.formaat,
            inhoud: upload.inhoud,
          },
        ];
      }
      if (tekst.length < 2 && bijlagen.length === 0)
        return showZaak(req, reply, v, { error: t('mijnZaken.error.antwoord'), status: 400 });
      try {
        await services.zaken.answer({
          gemeenteCode: v.zaak.gemeenteCode,
          zaakId: v.zaak.id,
          verzoekId: req.params.verzoek,
          tekst,
          bijlagen,
          van: { bsn: p.bsn, naam: p.naam },
          actor: burgerActor(p, req),
        });
      } catch (err) {
        if (err instanceof AppError && err.status < 500)
          return showZaak(req, reply, v, { error: err.message, status: err.status });
        throw err;
      }
      return reply.redirect(`/mijn-zaken/${v.zaak.id}?beantwoord=1`, 303);
    },
  );
}
