import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type Provider from 'oidc-provider';
import type { Services } from '../../../services.ts';
import {
  Csrf,
  Select,
  ErrorSummary,
  H1,
  P,
  SubmitButton,
  TextField,
  type FieldError,
} from '../../../platform/views/components.tsx';
import type { PageContext } from '../../../platform/views/context.ts';
import { errorPage } from '../../../platform/http/error-pages.tsx';
import { DEV_IDP_PREFIX } from './provider.ts';
import { LEVELS, actingPseudonym, encodeAccount, isValidBsn } from './accounts.ts';

type Form = Record<string, string | undefined>;
type Kind = 'digid' | 'eherkenning' | 'medewerker';

/** The login screens of the development identity provider, one per login kind. */
export function interactionPages(app: FastifyInstance, provider: Provider, services: Services) {
  const { config } = services;
  const kindOf = (clientId: unknown): Kind | undefined =>
    clientId === config.digid.clientId
      ? 'digid'
      : clientId === config.eherkenning.clientId
        ? 'eherkenning'
        : clientId === config.medewerker.clientId
          ? 'medewerker'
          : undefined;

  async function details(req: FastifyRequest, reply: FastifyReply) {
    try {
      const d = await provider.interactionDetails(req.raw, reply.raw);
      return { uid: d.uid, kind: kindOf(d.params.client_id) };
    } catch {
      return undefined;
    }
  }

  async function render(reply: FastifyReply, uid: string, kind: Kind, form: Form, errors: FieldError[]) {
    const t = reply.request.t;
    const action = `${DEV_IDP_PREFIX}/interaction/${uid}`;
    const err = (f: string) => errors.find((e) => e.field === f)?.message;
    let fields: (ctx: PageContext) => preact.JSX.Element;
    let title: string;
    if (kind === 'digid') {
      title = t('idp.digid.title');
      const personen = await services.devIdpTestPersons();
      fields = () => (
        <>
          <Select
            id="testpersoon"
            label={t('idp.testpersoon')}
            value={form.testpersoon}
            options={[
              { value: '', label: '—' },
              ...personen.map((p) => ({ value: p.bsn, label: `${p.naam} (${p.bsn}, ${p.gemeente})` })),
            ]}
          />
          <TextField
            id="bsn"
            label={t('idp.bsn')}
            value={form.bsn}
            error={err('bsn')}
            inputMode="numeric"
            autocomplete="off"
          />
          <Select
            id="niveau"
            label={t('idp.niveau')}
            value={form.niveau ?? 'substantieel'}
            options={LEVELS.digid.map((l) => ({ value: l.value, label: l.label }))}
          />
        </>
      );
    } else if (kind === 'eherkenning') {
      title = t('idp.eh.title');
      const bedrijven = await services.companies.list();
      fields = () => (
        <>
          <Select
            id="kvk"
            label={t('idp.eh.bedrijf')}
            value={form.kvk}
            error={err('kvk')}
            options={bedrijven.map((b) => ({ value: b.kvkNummer, label: `${b.naam} (KVK ${b.kvkNummer})` }))}
          />
          <TextField
            id="naam"
            label={t('idp.eh.medewerker')}
            value={form.naam}
            error={err('naam')}
            autocomplete="name"
          />
          <Select
            id="niveau"
            label={t('idp.niveau')}
            value={form.niveau ?? 'eh3'}
            options={LEVELS.eherkenning.map((l) => ({ value: l.value, label: l.label }))}
          />
        </>
      );
    } else {
      title = t('idp.mw.title');
      const medewerkers = await services.identity.medewerkers();
      fields = () => (
        <Select
          id="account"
          label={t('idp.mw.account')}
          value={form.account}
          error={err('account')}
          options={medewerkers.map((m) => ({
            value: m.gebruikersnaam,
            label: `${m.naam} — ${m.gebruikersnaam} (${m.rollen.map((r) => t(`rol.${r}`)).join(', ')})`,
          }))}
        />
      );
    }
    const intro =
      kind === 'digid'
        ? t('idp.digid.intro')
        : kind === 'eherkenning'
          ? t('idp.eh.intro')
          : t('idp.mw.intro');
    return reply.page(
      title,
      (ctx) => (
        <>
          <H1>{title}</H1>
          <P>{intro}</P>
          <ErrorSummary ctx={ctx} errors={errors} />
          <form method="post" action={action} class="utrecht-form" novalidate>
            <Csrf ctx={ctx} />
            {fields(ctx)}
            <div class="utrecht-button-group">
              <SubmitButton name="actie" value="inloggen">
                {t('idp.login')}
              </SubmitButton>
              <SubmitButton name="actie" value="annuleren" secondary>
                {t('idp.cancel')}
              </SubmitButton>
            </div>
          </form>
        </>
      ),
      { status: errors.length > 0 ? 400 : 200, tenant: null },
    );
  }

  app.get<{ Params: { uid: string } }>(`${DEV_IDP_PREFIX}/interaction/:uid`, async (req, reply) => {
    const d = await details(req, reply);
    if (!d || d.uid !== req.params.uid || !d.kind) return errorPage(reply, 404);
    return render(reply, d.uid, d.kind, {}, []);
  });

  app.post<{ Params: { uid: string }; Body: Form }>(
    `${DEV_IDP_PREFIX}/interaction/:uid`,
    { preHandler: (req, reply, done) => app.csrfProtection(req, reply, done) },
    async (req, reply) => {
      const d = await details(req, reply);
      if (!d || d.uid !== req.params.uid || !d.kind) return errorPage(reply, 404);
      const form = req.body ?? {};
      const t = req.t;
      const finish = async (result: Parameters<Provider['interactionFinished']>[2]) => {
        reply.hijack();
        await provider.interactionFinished(req.raw, reply.raw, result, { mergeWithLastSubmission: false });
      };
      if (form.actie === 'annuleren')
        return finish({ error: 'access_denied', error_description: 'Login cancelled' });
      const level = (list: readonly { value: string; acr: string }[]) =>
        list.find((l) => l.value === form.niveau) ?? list[0]!;
      if (d.kind === 'digid') {
        const bsn = (form.bsn?.trim() || form.testpersoon || '').replace(/\s/g, '');
        if (!isValidBsn(bsn))
          return render(reply, d.uid, d.kind, form, [{ field: 'bsn', message: t('idp.error.bsn') }]);
        return finish({
          login: { accountId: encodeAccount({ kind: 'digid', bsn }), acr: level(LEVELS.digid).acr },
        });
      }
      if (d.kind === 'eherkenning') {
        const errors: FieldError[] = [];
        const bedrijf = form.kvk ? await services.companies.get(form.kvk) : undefined;
        if (!bedrijf) errors.push({ field: 'kvk', message: t('form.error.required') });
        if (!form.naam?.trim()) errors.push({ field: 'naam', message: t('idp.error.naam') });
        if (!bedrijf || errors.length > 0) return render(reply, d.uid, d.kind, form, errors);
        const pseudoniem = actingPseudonym(bedrijf.kvkNummer, form.naam!);
        return finish({
          login: {
            accountId: encodeAccount({ kind: 'eherkenning', kvkNummer: bedrijf.kvkNummer, pseudoniem }),
            acr: level(LEVELS.eherkenning).acr,
          },
        });
      }
      const known = (await services.identity.medewerkers()).some((m) => m.gebruikersnaam === form.account);
      if (!known)
        return render(reply, d.uid, d.kind, form, [{ field: 'account', message: t('form.error.required') }]);
      return finish({
        login: { accountId: encodeAccount({ kind: 'medewerker', gebruikersnaam: form.account! }) },
      });
    },
  );
}
