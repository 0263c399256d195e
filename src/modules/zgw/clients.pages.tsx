import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../services.ts';
import {
  A,
  Alert,
  Csrf,
  ErrorSummary,
  H1,
  H2,
  P,
  SubmitButton,
  TextField,
} from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { errorPage } from '../../platform/http/error-pages.tsx';
import { beheerderVan } from '../identity/medewerker.access.ts';
import type { Gemeente } from '../tenants/gemeente.service.ts';
import { autorisatiesService } from './autorisaties.service.ts';
import { ClientTable, MIN_SECRET, rowsOf, SecretField } from './clients.view.tsx';

type Deps = Pick<Services, 'tenants' | 'identity' | 'zgw' | 'database' | 'events' | 'config'>;
type Params = { Params: { gemeente: string } };
type ClientParams = { Params: { gemeente: string; clientId: string } };
type Form = { clientId?: string; secret?: string; alles?: string };
type Errors = Partial<Record<'clientId' | 'secret', string>>;

const CLIENT_ID = /^[\w.-]{3,100}$/;

const secretError = (t: PageContext['t'], secret: string | undefined) =>
  (secret ?? '').length < MIN_SECRET ? t('zgw.clients.error.secret') : undefined;

export function clientsPages(app: FastifyInstance, services: Deps) {
  const ac = autorisatiesService({
    db: services.database.db,
    events: services.events,
    baseUrl: services.config.baseUrl,
    gewijzigd: services.zgw.vergeet,
  });
  const csrf = {
    preHandler: (req: FastifyRequest, reply: FastifyReply, done: (err?: Error) => void) =>
      app.csrfProtection(req, reply, done),
  };
  const home = (g: Gemeente) => `/backoffice/${g.code}/zgw-clients`;

  /** Is this client id the municipality's: registered here, or named by one of its applicaties? */
  async function ownClient(g: Gemeente, clientId: string): Promise<boolean> {
    if (!CLIENT_ID.test(clientId)) return false;
    const registered = await services.identity.apiClient(clientId);
    if (registered) return registered.gemeenteCode === g.code;
    return (await ac.overzicht(g.code)).applicaties.some((a) => a.applicatie.clientIds.includes(clientId));
  }

  async function overview(
    reply: FastifyReply,
    g: Gemeente,
    o: { form?: Form; errors?: Errors; notice?: string },
  ) {
    const t = reply.request.t;
    const rows = rowsOf(await ac.overzicht(g.code));
    const errors = Object.entries(o.errors ?? {}).map(([field, message]) => ({ field, message }));
    const title = t('zgw.clients.title');
    return reply.page(
      errors.length > 0 ? `${t('zgw.clients.fout')}: ${title}` : title,
      (ctx) => (
        <>
          <H1>{title}</H1>
          {o.notice && <Alert kind="ok">{o.notice}</Alert>}
          <ErrorSummary ctx={ctx} errors={errors} />
          <P>{t('zgw.clients.intro', { gemeente: g.naam })}</P>
          {rows.length === 0 ? (
            <P>{t('zgw.clients.empty')}</P>
          ) : (
            <ClientTable ctx={ctx} rows={rows} code={g.code} />
          )}
          <H2 id="toevoegen">{t('zgw.clients.add.heading')}</H2>
          <form method="post" action={home(g)} class="utrecht-form" aria-labelledby="toevoegen" novalidate>
            <Csrf ctx={ctx} />
            <TextField
              id="clientId"
              label={t('zgw.clients.clientId')}
              help={t('zgw.clients.clientId.help')}
              value={o.form?.clientId}
              error={o.errors?.clientId}
              autocomplete="off"
            />
            <SecretField
              id="secret"
              label={t('zgw.clients.secret')}
              help={t('zgw.clients.secret.help')}
              error={o.errors?.secret}
            />
            <div class="utrecht-form-field utrecht-form-field--checkbox">
              <input
                class="utrecht-checkbox utrecht-checkbox--html-input"
                type="checkbox"
                id="alles"
                name="alles"
                value="ja"
                checked={o.form?.alles === 'ja'}
                aria-describedby="alles-help"
              />
              <label class="utrecht-form-label utrecht-form-label--checkbox" for="alles">
                {t('zgw.clients.alles')}
              </label>
              <div class="utrecht-form-field-description" id="alles-help">
                {t('zgw.clients.alles.help')}
              </div>
            </div>
            <SubmitButton>{t('zgw.clients.add.submit')}</SubmitButton>
          </form>
        </>
      ),
      { status: errors.length > 0 ? 400 : 200 },
    );
  }

  app.get<Params & { Querystring: { toegevoegd?: string; vervangen?: string } }>(
    '/backoffice/:gemeente/zgw-clients',
    async (req, reply) => {
      const who = await beheerderVan(req, reply, services.tenants);
      if (!who) return reply;
      const { toegevoegd, vervangen } = req.query;
      const t = req.t;
      const notice =
        toegevoegd !== undefined && CLIENT_ID.test(toegevoegd)
          ? t('zgw.clients.toegevoegd', { clientId: toegevoegd })
          : vervangen !== undefined && CLIENT_ID.test(vervangen)
            ? t('zgw.clients.vervangen', { clientId: vervangen })
            : undefined;
      return overview(reply, who.g, notice ? { notice } : {});
    },
  );

  app.post<Params & { Body: Form }>('/backoffice/:gemeente/zgw-clients', csrf, async (req, reply) => {
    const who = await beheerderVan(req, reply, services.tenants);
    if (!who) return reply;
    const { g, m } = who;
    const t = req.t;
    const form: Form = { clientId: (req.body?.clientId ?? '').trim(), alles: req.body?.alles };
    const errors: Errors = {};
    if (!CLIENT_ID.test(form.clientId ?? '')) errors.clientId = t('zgw.clients.error.clientId');
    else if (await services.identity.apiClient(form.clientId!))
      errors.clientId = t('zgw.clients.error.inGebruik');
    const bad = secretError(t, req.body?.secret);
    if (bad) errors.secret = bad;
    if (Object.keys(errors).length > 0) return overview(reply, g, { form, errors });
    const clientId = form.clientId!;
    await services.zgw.addClient({
      gemeenteCode: g.code,
      clientId,
      secret: req.body.secret!,
      alles: form.alles === 'ja',
    });
    req.log.info({ clientId, alles: form.alles === 'ja', medewerker: m.id }, 'zgw client added');
    return reply.redirect(`${home(g)}?toegevoegd=${encodeURIComponent(clientId)}`, 303);
  });

  async function secretPage(reply: FastifyReply, g: Gemeente, clientId: string, error?: string) {
    const t = reply.request.t;
    const title = t('zgw.secret.title');
    return reply.page(
      error ? `${t('zgw.clients.fout')}: ${title}` : title,
      (ctx) => (
        <>
          <H1>{t('zgw.secret.heading', { clientId })}</H1>
          <ErrorSummary ctx={ctx} errors={error ? [{ field: 'secret', message: error }] : []} />
          <P>{t('zgw.secret.intro')}</P>
          <form method="post" class="utrecht-form" novalidate>
            <Csrf ctx={ctx} />
            <SecretField
              id="secret"
              label={t('zgw.secret.nieuw')}
              help={t('zgw.clients.secret.help')}
              error={error}
            />
            <SubmitButton>{t('zgw.secret.submit')}</SubmitButton>
          </form>
          <P>
            <A href={home(g)}>{t('zgw.secret.terug')}</A>
          </P>
        </>
      ),
      { status: error ? 400 : 200 },
    );
  }

  app.get<ClientParams>('/backoffice/:gemeente/zgw-clients/:clientId/secret', async (req, reply) => {
    const who = await beheerderVan(req, reply, services.tenants);
    if (!who) return reply;
    if (!(await ownClient(who.g, req.params.clientId))) return errorPage(reply, 404);
    return secretPage(reply, who.g, req.params.clientId);
  });

  app.post<ClientParams & { Body: { secret?: string } }>(
    '/backoffice/:gemeente/zgw-clients/:clientId/secret',
    csrf,
    async (req, reply) => {
      const who = await beheerderVan(req, reply, services.tenants);
      if (!who) return reply;
      const { g, m } = who;
      const { clientId } = req.params;
      if (!(await ownClient(g, clientId))) return errorPage(reply, 404);
      const bad = secretError(req.t, req.body?.secret);
      if (bad) return secretPage(reply, g, clientId, bad);
      // Without `alles`: the client keeps exactly the authorisations its applicaties give.
      await services.zgw.addClient({
        gemeenteCode: g.code,
        clientId,
        secret: req.body.secret!,
        alles: false,
      });
      req.log.info({ clientId, medewerker: m.id }, 'zgw client secret replaced');
      return reply.redirect(`${home(g)}?vervangen=${encodeURIComponent(clientId)}`, 303);
    },
  );
}
