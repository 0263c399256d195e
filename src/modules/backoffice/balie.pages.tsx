import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../services.ts';
import {
  A,
  Csrf,
  ErrorSummary,
  H1,
  P,
  Select,
  SubmitButton,
  TextField,
  type FieldError,
} from '../../platform/views/components.tsx';
import { errorPage } from '../../platform/http/error-pages.tsx';
import { formOf } from '../../platform/http/multipart.ts';
import { dutchDate } from '../../platform/dates.ts';
import { conflict } from '../../platform/errors.ts';
import { isValidBsn } from '../identity/dev-idp/accounts.ts';
import { checkAanvraag, type IntakeError } from '../cases/intake.ts';
import type { Kanaal } from '../cases/cases.schema.ts';
import { DEFAULT_FORMATEN } from '../documents/upload-check.ts';
import { AanvraagForm, type FormValues } from '../portal/aanvraag-form.tsx';
import {
  auditActor,
  behandelaarOf,
  logActor,
  zaakPath,
  type Behandelaar,
  type GemeenteParams,
} from './zaken.access.ts';

const KANALEN = ['balie', 'post', 'telefoon'] as const satisfies readonly Kanaal[];
type BalieKanaal = (typeof KANALEN)[number];

/** What the first step established, kept in a draft so the BSN never travels in a URL. */
interface BalieStart {
  bsn: string;
  naam: string;
  kanaal: BalieKanaal;
  correspondentie: 'post' | 'portaal';
  product: string;
}

const MAX_SCAN = 10 * 1024 * 1024;

/**
 * Other channels: an employee registers an application for a resident at the counter, from a
 * paper form (with its scan) or from a phone call. The case then runs as any other.
 */
export function baliePages(app: FastifyInstance, services: Services) {
  const csrf = {
    preHandler: (req: FastifyRequest, reply: FastifyReply, done: (err?: Error) => void) =>
      app.csrfProtection(req, reply, done),
  };
  const eigenaar = (who: Behandelaar) => `medewerker:${who.m.id}`;

  async function startPage(
    req: FastifyRequest,
    reply: FastifyReply,
    who: Behandelaar,
    values: Record<string, string>,
    errors: FieldError[],
  ) {
    const t = req.t;
    const products = await services.catalog.products(who.g.code);
    return reply.page(
      t('balie.title'),
      (ctx) => (
        <>
          <H1>{t('balie.title')}</H1>
          <P>{t('balie.intro')}</P>
          <ErrorSummary ctx={ctx} errors={errors} />
          <form method="post" action={`/backoffice/${who.g.code}/balie`} class="utrecht-form">
            <Csrf ctx={ctx} />
            <Select
              id="product"
              label={t('balie.product')}
              value={values.product}
              options={products.flatMap((z) =>
                z.product ? [{ value: z.product.code, label: z.product.naam[req.lang] }] : [],
              )}
            />
            <TextField
              id="bsn"
              label={t('balie.bsn')}
              help={t('balie.bsn.help')}
              value={values.bsn}
              error={errors.find((e) => e.field === 'bsn')?.message}
              inputMode="numeric"
              autocomplete="off"
            />
            <Select
              id="kanaal"
              label={t('balie.kanaal')}
              value={values.kanaal}
              options={KANALEN.map((k) => ({ value: k, label: t(`balie.kanaal.${k}`) }))}
            />
            <Select
              id="correspondentie"
              label={t('balie.correspondentie')}
              value={values.correspondentie}
              options={[
                { value: 'post', label: t('balie.correspondentie.post') },
                { value: 'portaal', label: t('balie.correspondentie.portaal') },
              ]}
            />
            <SubmitButton>{t('balie.verder')}</SubmitButton>
          </form>
        </>
      ),
      { status: errors.length > 0 ? 400 : 200 },
    );
  }

  app.get<GemeenteParams>('/backoffice/:gemeente/balie', async (req, reply) => {
    const who = await behandelaarOf(req, reply, services);
    if (!who) return reply;
    return startPage(req, reply, who, {}, []);
  });

  app.post<GemeenteParams & { Body: Record<string, string> | undefined }>(
    '/backoffice/:gemeente/balie',
    csrf,
    async (req, reply) => {
      const who = await behandelaarOf(req, reply, services);
      if (!who) return reply;
      const t = req.t;
      const body = req.body ?? {};
      const values = {
        bsn: (body.bsn ?? '').replace(/\s/g, ''),
        kanaal: body.kanaal ?? '',
        correspondentie: body.correspondentie ?? '',
        product: body.product ?? '',
      };
      if (!isValidBsn(values.bsn))
        return startPage(req, reply, who, values, [{ field: 'bsn', message: t('balie.error.bsn') }]);
      const naam = await services.persons.displayName(values.bsn);
      if (!naam)
        return startPage(req, reply, who, values, [{ field: 'bsn', message: t('balie.error.onbekend') }]);
      const zt = await services.catalog.product(who.g.code, values.product);
      if (!zt) return errorPage(reply, 404);
      const start: BalieStart = {
        bsn: values.bsn,
        naam,
        kanaal: (KANALEN as readonly string[]).includes(values.kanaal)
          ? (values.kanaal as BalieKanaal)
          : 'balie',
        correspondentie: values.correspondentie === 'portaal' ? 'portaal' : 'post',
        product: values.product,
      };
      const id = await services.concepten.save({
        eigenaar: eigenaar(who),
        gemeenteCode: who.g.code,
        zaaktypeId: zt.zaaktype.id,
        gegevens: { ...start },
        bijlage: null,
      });
      return reply.redirect(`/backoffice/${who.g.code}/balie/${id}`, 303);
    },
  );

  async function formPage(
    req: FastifyRequest,
    reply: FastifyReply,
    who: Behandelaar,
    conceptId: string,
    values: FormValues,
    errors: IntakeError[],
  ) {
    const concept = await services.concepten.get(eigenaar(who), conceptId);
    const start = concept?.gegevens as BalieStart | undefined;
    const zt = start ? await services.catalog.product(who.g.code, start.product) : undefined;
    const product = zt?.zaaktype.product;
    if (!start || !zt || !product) return errorPage(reply, 404);
    const t = req.t;
    const huisgenoten = await services.persons.huisgenoten(start.bsn);
    const scanError = errors.find((e) => e.field === 'scan');
    return reply.page(
      t('balie.title'),
      (ctx) => (
        <>
          <H1>{`${product.naam[req.lang]}: ${t(`balie.kanaal.${start.kanaal}`)}`}</H1>
          <P>{t('balie.aanvrager', { naam: start.naam })}</P>
          <AanvraagForm
            ctx={ctx}
            product={product}
            action={`/backoffice/${who.g.code}/balie/${conceptId}`}
            values={values}
            errors={errors}
            huisgenoten={huisgenoten.map((h) => ({ bsn: h.bsn, naam: h.naam, relatie: h.relatie }))}
            submitLabel={t('balie.registreren')}
            before={
              start.kanaal === 'post' && product.scanInformatieobjecttype ? (
                <div
                  class={`utrecht-form-field utrecht-form-field--text${scanError ? ' utrecht-form-field--invalid' : ''}`}
                >
                  <div class="utrecht-form-field__label">
                    <label class="utrecht-form-label" for="scan">
                      {t('balie.scan')}
                    </label>
                  </div>
                  {scanError && (
                    <div class="utrecht-form-field-error-message" id="scan-error">
                      {t('aanvraag.error.bewijs.scan')}
                    </div>
                  )}
                  <input
                    class="utrecht-textbox utrecht-textbox--html-input"
                    type="file"
                    id="scan"
                    name="scan"
                    accept={DEFAULT_FORMATEN.join(',')}
                    aria-invalid={scanError ? 'true' : undefined}
                    aria-describedby={scanError ? 'scan-error' : undefined}
                  />
                </div>
              ) : undefined
            }
          />
          <P>
            <A href={`/backoffice/${who.g.code}/balie`}>{t('balie.title')}</A>
          </P>
        </>
      ),
      { status: errors.length > 0 ? 400 : 200 },
    );
  }

  app.get<GemeenteParams & { Params: { id: string } }>(
    '/backoffice/:gemeente/balie/:id',
    async (req, reply) => {
      const who = await behandelaarOf(req, reply, services);
      if (!who) return reply;
      return formPage(req, reply, who, req.params.id, {}, []);
    },
  );

  app.post<GemeenteParams & { Params: { id: string } }>(
    '/backoffice/:gemeente/balie/:id',
    csrf,
    async (req, reply) => {
      const who = await behandelaarOf(req, reply, services);
      if (!who) return reply;
      const concept = await services.concepten.get(eigenaar(who), req.params.id);
      const start = concept?.gegevens as BalieStart | undefined;
      const zt = start ? await services.catalog.product(who.g.code, start.product) : undefined;
      const product = zt?.zaaktype.product;
      if (!concept || !start || !zt || !product) return errorPage(reply, 404);
      const form = await formOf(req);
      await services.processingLog.log({
        activiteit: 'zaak-behandelen',
        naam: 'backoffice.balie',
        actor: { ...logActor(who), gemeenteCode: who.g.code },
        bsns: [start.bsn],
      });
      const result = await checkAanvraag(services.intake, {
        zt,
        aanvrager: { bsn: start.bsn, naam: start.naam },
        form: form.fields,
        uploads: form.uploads,
        today: dutchDate(services.now()),
      });
      const errors: IntakeError[] = result.ok ? [] : [...result.errors];
      const adresVeld = product.velden.find((v) => v.type === 'adres')?.naam ?? 'adres';
      if (result.ok && result.value.gemeenteCode !== who.g.code) {
        const g = await services.tenants.byCode(result.value.gemeenteCode);
        errors.push({
          field: `${adresVeld}-postcode`,
          veld: 'adres',
          code: 'andere-gemeente',
          params: { gemeente: g?.naam ?? result.value.gemeenteCode },
        });
      }
      let scan: { bestandsnaam: string; formaat: string; inhoud: Uint8Array } | undefined;
      if (start.kanaal === 'post' && product.scanInformatieobjecttype) {
        const upload = form.uploads.scan;
        const check = upload
          ? await services.intake.checkUpload(upload.inhoud, {
              formaten: [...DEFAULT_FORMATEN],
              maxBytes: MAX_SCAN,
            })
          : undefined;
        if (!upload || !check?.ok) errors.unshift({ field: 'scan', veld: 'bewijs', code: 'scan' });
        else scan = { bestandsnaam: `scan.${check.extensie}`, formaat: check.formaat, inhoud: upload.inhoud };
      }
      if (!result.ok || errors.length > 0) {
        return formPage(req, reply, who, req.params.id, form.fields, errors);
      }
      const v = result.value;
      const zaak = await services.zaken.submit({
        gemeente: who.g,
        zaaktype: zt,
        kanaal: start.kanaal,
        correspondentie: start.correspondentie,
        aanvraag: v.aanvraag,
        belanghebbenden: v.belanghebbenden,
        objecten: v.objecten,
        eigenschappen: v.eigenschappen,
        bijlagen: [
          ...v.bijlagen,
          ...(scan && product.scanInformatieobjecttype
            ? [
                {
                  ...scan,
                  informatieobjecttype: product.scanInformatieobjecttype,
                  titel: product.scanInformatieobjecttype,
                },
              ]
            : []),
        ],
        omschrijving: `${product.naam.nl}: ${start.naam}`,
        actor: auditActor(req, who.m),
        inTransaction: async (tx) => {
          if (!(await services.concepten.take(tx, eigenaar(who), concept.id)))
            throw conflict('Deze melding is al geregistreerd.');
        },
      });
      return reply.redirect(zaakPath(who.g, zaak.id), 303);
    },
  );
}
