import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../services.ts';
import { A, Csrf, DataTable, H1, H2, P, SubmitButton } from '../../platform/views/components.tsx';
import { errorPage } from '../../platform/http/error-pages.tsx';
import { formOf } from '../../platform/http/multipart.ts';
import { dutchDate } from '../../platform/dates.ts';
import { conflict } from '../../platform/errors.ts';
import type { MessageKey } from '../../platform/i18n/messages.ts';
import { formatDate } from '../../platform/i18n/i18n.ts';
import type { AuditActor } from '../../platform/audit/audit.repository.ts';
import type { Burger } from '../identity/principal.ts';
import { aanvraagRegels } from '../cases/aanvraag-weergave.ts';
import { checkAanvraag, type CheckedAanvraag, type IntakeError } from '../cases/intake.ts';
import { AanvraagForm, type FormValues } from './aanvraag-form.tsx';

/** A checked application as a draft keeps it: the upload's bytes live in the draft's own column. */
export interface ConceptGegevens {
  zaaktypeId: string;
  checked: Omit<CheckedAanvraag, 'bijlagen'> & {
    bijlagen: Omit<CheckedAanvraag['bijlagen'][number], 'inhoud'>[];
  };
}

export const burgerActor = (p: Burger, req: FastifyRequest): AuditActor => ({
  applicatieId: 'loket-portaal',
  applicatieWeergave: 'Loket portaal',
  gebruikersId: p.bsn,
  gebruikersWeergave: p.naam,
  requestId: req.id,
});

const csrf = (app: FastifyInstance) => ({
  preHandler: (req: FastifyRequest, reply: FastifyReply, done: (err?: Error) => void) =>
    app.csrfProtection(req, reply, done),
});

export function aanvraagPages(app: FastifyInstance, services: Services) {
  const burger = (req: FastifyRequest, reply: FastifyReply): Burger | undefined => {
    const p = req.principal;
    if (p?.type === 'burger') return p;
    void reply.redirect('/inloggen', 303);
    return undefined;
  };
  const today = () => dutchDate(services.now());

  app.get('/aanvragen', async (req, reply) => {
    const p = burger(req, reply);
    if (!p) return reply;
    const t = req.t;
    const products = p.gemeenteCode ? await services.catalog.products(p.gemeenteCode) : [];
    return reply.page(t('aanvragen.title'), () => (
      <>
        <H1>{t('aanvragen.title')}</H1>
        <P>{t('aanvragen.intro')}</P>
        {products.length === 0 && <P>{t('aanvragen.geen')}</P>}
        <ul class="utrecht-unordered-list">
          {products.flatMap((z) =>
            z.product
              ? [
                  <li class="utrecht-unordered-list__item" key={z.id}>
                    <A href={`/aanvragen/${z.product.code}`}>{z.product.naam[req.lang]}</A>
                    <p class="utrecht-paragraph">{z.product.beschrijving[req.lang]}</p>
                  </li>,
                ]
              : [],
          )}
        </ul>
      </>
    ));
  });

  async function showForm(
    req: FastifyRequest,
    reply: FastifyReply,
    p: Burger,
    code: string,
    values: FormValues,
    errors: IntakeError[],
  ) {
    const zt = p.gemeenteCode ? await services.catalog.product(p.gemeenteCode, code) : undefined;
    const product = zt?.zaaktype.product;
    if (!zt || !product) return errorPage(reply, 404);
    const t = req.t;
    const [huisgenoten, huidig] = await Promise.all([
      services.persons.huisgenoten(p.bsn),
      services.intake.huidigAdres(p.bsn),
    ]);
    const title = product.naam[req.lang];
    return reply.page(
      title,
      (ctx) => (
        <>
          <H1>{title}</H1>
          <P>{product.beschrijving[req.lang]}</P>
          <H2 id="bekend">{t('aanvraag.bekend')}</H2>
          <P>{t('aanvraag.bekend.intro')}</P>
          <DataTable
            caption={t('aanvraag.bekend')}
            rows={[
              [t('aanvraag.aanvrager'), p.naam],
              [
                t('aanvraag.huidigAdres'),
                huidig
                  ? `${huidig.adres.straat} ${huidig.adres.huisnummer}${huidig.adres.huisletter ?? ''}${huidig.adres.huisnummertoevoeging ? `-${huidig.adres.huisnummertoevoeging}` : ''}, ${huidig.adres.postcode} ${huidig.adres.woonplaats}`
                  : '—',
              ],
            ]}
          />
          <AanvraagForm
            ctx={ctx}
            product={product}
            action={`/aanvragen/${code}`}
            values={values}
            errors={errors}
            huisgenoten={huisgenoten.map((h) => ({ bsn: h.bsn, naam: h.naam, relatie: h.relatie }))}
          />
        </>
      ),
      { status: errors.length > 0 ? 400 : 200 },
    );
  }

  app.get<{ Params: { code: string } }>('/aanvragen/:code', async (req, reply) => {
    const p = burger(req, reply);
    if (!p) return reply;
    return showForm(req, reply, p, req.params.code, {}, []);
  });

  app.post<{ Params: { code: string } }>('/aanvragen/:code', csrf(app), async (req, reply) => {
    const p = burger(req, reply);
    if (!p) return reply;
    const code = req.params.code;
    const zt = p.gemeenteCode ? await services.catalog.product(p.gemeenteCode, code) : undefined;
    if (!zt) return errorPage(reply, 404);
    const form = await formOf(req);
    const result = await checkAanvraag(services.intake, {
      zt,
      aanvrager: { bsn: p.bsn, naam: p.naam },
      form: form.fields,
      uploads: form.uploads,
      today: today(),
    });
    if (!result.ok) return showForm(req, reply, p, code, form.fields, result.errors);
    // The case is registered with the handling municipality's own version of the product.
    const handling = await services.catalog.product(result.value.gemeenteCode, code);
    if (!handling) {
      const field = zt.zaaktype.product?.velden.find((v) => v.type === 'adres')?.naam ?? 'adres';
      return showForm(req, reply, p, code, form.fields, [
        {
          field: `${field}-postcode`,
          veld: 'adres',
          code: 'niet-op-loket',
          params: { woonplaats: result.value.gemeenteCode },
        },
      ]);
    }
    const { bijlagen, ...rest } = result.value;
    const gegevens: ConceptGegevens = {
      zaaktypeId: handling.zaaktype.id,
      checked: { ...rest, bijlagen: bijlagen.map(({ inhoud: _inhoud, ...meta }) => meta) },
    };
    const id = await services.concepten.save({
      eigenaar: `burger:${p.bsn}`,
      gemeenteCode: handling.zaaktype.gemeenteCode,
      zaaktypeId: handling.zaaktype.id,
      gegevens: gegevens as unknown as Record<string, unknown>,
      bijlage: bijlagen[0]?.inhoud ?? null,
    });
    return reply.redirect(`/aanvragen/${code}/controleren/${id}`, 303);
  });

  async function loadConcept(p: Burger, id: string) {
    const concept = await services.concepten.get(`burger:${p.bsn}`, id);
    if (!concept) return undefined;
    const gegevens = concept.gegevens as unknown as ConceptGegevens;
    const zt = await services.catalog.zaaktype(concept.gemeenteCode, gegevens.zaaktypeId);
    const gemeente = await services.tenants.byCode(concept.gemeenteCode);
    return zt?.zaaktype.product && gemeente
      ? { concept, gegevens, zt, product: zt.zaaktype.product, gemeente }
      : undefined;
  }

  const verlopen = (req: FastifyRequest, reply: FastifyReply, code: string) =>
    reply.page(
      req.t('aanvraag.verlopen'),
      () => (
        <>
          <H1>{req.t('aanvraag.verlopen')}</H1>
          <P>
            <A href={`/aanvragen/${code}`}>{req.t('aanvraag.wijzigen')}</A>
          </P>
        </>
      ),
      { status: 404 },
    );

  app.get<{ Params: { code: string; id: string } }>(
    '/aanvragen/:code/controleren/:id',
    async (req, reply) => {
      const p = burger(req, reply);
      if (!p) return reply;
      const c = await loadConcept(p, req.params.id);
      if (!c) return verlopen(req, reply, req.params.code);
      const t = req.t;
      const { checked } = c.gegevens;
      return reply.page(t('aanvraag.controleren'), (ctx) => (
        <>
          <H1>{t('aanvraag.controleren')}</H1>
          <P>{t('aanvraag.controleren.intro')}</P>
          {checked.meldingen.map((m) => (
            <div class="utrecht-alert utrecht-alert--warning" role="status" key={m.code}>
              <p class="utrecht-paragraph">
                {t(
                  `aanvraag.melding.${m.code}` as MessageKey,
                  Object.fromEntries(Object.entries(m.params).map(([k, v]) => [k, formatDate(v, req.lang)])),
                )}
              </p>
            </div>
          ))}
          <DataTable
            caption={c.product.naam[req.lang]}
            rows={[
              [t('aanvraag.aanvrager'), p.naam],
              ...aanvraagRegels(c.product.velden, checked.aanvraag.waarden, req.lang),
            ]}
          />
          <P>{t('aanvraag.behandelaar', { gemeente: c.gemeente.naam })}</P>
          <form
            method="post"
            action={`/aanvragen/${req.params.code}/controleren/${c.concept.id}`}
            class="utrecht-form"
          >
            <Csrf ctx={ctx} />
            <SubmitButton>{t('aanvraag.versturen')}</SubmitButton>
          </form>
          <P>
            <A href={`/aanvragen/${req.params.code}`}>{t('aanvraag.wijzigen')}</A>
          </P>
        </>
      ));
    },
  );

  app.post<{ Params: { code: string; id: string } }>(
    '/aanvragen/:code/controleren/:id',
    csrf(app),
    async (req, reply) => {
      const p = burger(req, reply);
      if (!p) return reply;
      const c = await loadConcept(p, req.params.id);
      if (!c) return verlopen(req, reply, req.params.code);
      const { checked } = c.gegevens;
      const eigenaar = `burger:${p.bsn}`;
      const zaak = await services.zaken.submit({
        gemeente: c.gemeente,
        zaaktype: c.zt,
        kanaal: 'portaal',
        correspondentie: 'portaal',
        aanvraag: checked.aanvraag,
        belanghebbenden: checked.belanghebbenden,
        objecten: checked.objecten,
        eigenschappen: checked.eigenschappen,
        bijlagen: checked.bijlagen.map((b) => ({ ...b, inhoud: c.concept.bijlage ?? new Uint8Array() })),
        omschrijving: `${c.product.naam.nl}: ${p.naam}`,
        actor: burgerActor(p, req),
        inTransaction: async (tx) => {
          if (!(await services.concepten.take(tx, eigenaar, c.concept.id)))
            throw conflict('Deze melding is al verstuurd.');
        },
      });
      return reply.redirect(`/mijn-zaken/${zaak.id}?nieuw=1`, 303);
    },
  );
}
