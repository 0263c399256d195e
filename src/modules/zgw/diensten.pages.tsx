import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../services.ts';
import { Alert, ErrorSummary, H1, P } from '../../platform/views/components.tsx';
import { AppError } from '../../platform/errors.ts';
import { beheerderVan } from '../identity/medewerker.access.ts';
import type { Gemeente } from '../tenants/gemeente.service.ts';
import { apiRootOf } from './diensten.service.ts';
import { DienstFormulier, DienstTable, type DienstErrors, type DienstForm } from './diensten.view.tsx';

type Deps = Pick<Services, 'tenants' | 'diensten'>;
type Params = { Params: { gemeente: string } };
type Body = { apiRoot?: unknown; clientId?: unknown; secret?: unknown };
type Notice = { toegevoegd?: string; bijgewerkt?: string; verwijderd?: string };

const FIELDS = ['apiRoot', 'clientId', 'secret'] as const;
const text = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * The functional administrator's page of the municipality's external ZGW services (the
 * registers Loket mirrors zaakverzoeken and zaakcontactmomenten to): list, save, remove.
 */
export function dienstenPages(app: FastifyInstance, services: Deps) {
  const csrf = {
    preHandler: (req: FastifyRequest, reply: FastifyReply, done: (err?: Error) => void) =>
      app.csrfProtection(req, reply, done),
  };
  const home = (g: Gemeente) => `/backoffice/${g.code}/zgw-diensten`;

  async function overview(
    reply: FastifyReply,
    g: Gemeente,
    o: { form?: DienstForm; errors?: DienstErrors; notice?: Notice; melding?: string; status?: number },
  ) {
    const t = reply.request.t;
    const rows = await services.diensten.list(g.code);
    const roots = new Set(rows.map((r) => r.apiRoot));
    const errors = Object.entries(o.errors ?? {}).map(([field, message]) => ({ field, message }));
    // Only a root the notice can vouch for is echoed: listed after a save, gone after a remove.
    const { toegevoegd, bijgewerkt, verwijderd } = o.notice ?? {};
    const notice =
      toegevoegd !== undefined && roots.has(toegevoegd)
        ? t('zgw.diensten.toegevoegd', { apiRoot: toegevoegd })
        : bijgewerkt !== undefined && roots.has(bijgewerkt)
          ? t('zgw.diensten.bijgewerkt', { apiRoot: bijgewerkt })
          : verwijderd !== undefined && apiRootOf(verwijderd) === verwijderd && !roots.has(verwijderd)
            ? t('zgw.diensten.verwijderd', { apiRoot: verwijderd })
            : undefined;
    const title = t('zgw.diensten.title');
    const fout = errors.length > 0 || o.melding !== undefined;
    return reply.page(
      fout ? `${t('zgw.clients.fout')}: ${title}` : title,
      (ctx) => (
        <>
          <H1>{title}</H1>
          {notice && <Alert kind="ok">{notice}</Alert>}
          {o.melding && <Alert kind="error">{o.melding}</Alert>}
          <ErrorSummary ctx={ctx} errors={errors} />
          <P>{t('zgw.diensten.intro', { gemeente: g.naam })}</P>
          {rows.length === 0 ? (
            <P>{t('zgw.diensten.empty')}</P>
          ) : (
            <DienstTable ctx={ctx} rows={rows} action={`${home(g)}/verwijderen`} />
          )}
          <DienstFormulier ctx={ctx} action={home(g)} form={o.form} errors={o.errors} />
        </>
      ),
      { status: o.status ?? (errors.length > 0 ? 400 : 200) },
    );
  }

  app.get<Params & { Querystring: Notice }>('/backoffice/:gemeente/zgw-diensten', async (req, reply) => {
    const who = await beheerderVan(req, reply, services.tenants);
    if (!who) return reply;
    const { toegevoegd, bijgewerkt, verwijderd } = req.query;
    return overview(reply, who.g, {
      notice: { toegevoegd: text(toegevoegd), bijgewerkt: text(bijgewerkt), verwijderd: text(verwijderd) },
    });
  });

  app.post<Params & { Body: Body }>('/backoffice/:gemeente/zgw-diensten', csrf, async (req, reply) => {
    const who = await beheerderVan(req, reply, services.tenants);
    if (!who) return reply;
    const { g, m } = who;
    const t = req.t;
    const form = { apiRoot: text(req.body?.apiRoot).trim(), clientId: text(req.body?.clientId).trim() };
    const root = apiRootOf(form.apiRoot);
    const bestond =
      root !== undefined && (await services.diensten.list(g.code)).some((d) => d.apiRoot === root);
    let saved: { apiRoot: string; clientId: string };
    try {
      saved = await services.diensten.save({ gemeenteCode: g.code, ...form, secret: text(req.body?.secret) });
    } catch (err) {
      // The service holds the rules; its invalidParams become the errors next to the fields.
      if (!(err instanceof AppError) || err.code !== 'invalid') throw err;
      const errors: DienstErrors = {};
      for (const p of err.invalidParams) {
        const field = FIELDS.find((f) => f === p.name);
        if (!field) throw err;
        errors[field] = t(`zgw.diensten.error.${field}`);
      }
      return overview(reply, g, { form, errors });
    }
    req.log.info(
      { apiRoot: saved.apiRoot, clientId: saved.clientId, medewerker: m.id },
      bestond ? 'zgw dienst credentials replaced' : 'zgw dienst added',
    );
    const q = bestond ? 'bijgewerkt' : 'toegevoegd';
    return reply.redirect(`${home(g)}?${q}=${encodeURIComponent(saved.apiRoot)}`, 303);
  });

  app.post<Params & { Body: Body }>(
    '/backoffice/:gemeente/zgw-diensten/verwijderen',
    csrf,
    async (req, reply) => {
      const who = await beheerderVan(req, reply, services.tenants);
      if (!who) return reply;
      const { g, m } = who;
      const raw = text(req.body?.apiRoot).trim();
      // Scoped to the municipality in SQL: another one's root is as unknown as a made-up one.
      if (!(await services.diensten.remove(g.code, raw))) {
        return overview(reply, g, {
          melding: req.t('zgw.diensten.onbekend', { apiRoot: raw.slice(0, 300) }),
          status: 404,
        });
      }
      const apiRoot = apiRootOf(raw)!;
      req.log.info({ apiRoot, medewerker: m.id }, 'zgw dienst removed');
      return reply.redirect(`${home(g)}?verwijderd=${encodeURIComponent(apiRoot)}`, 303);
    },
  );
}
