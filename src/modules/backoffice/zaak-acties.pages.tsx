import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../services.ts';
import { AppError, conflict, forbidden, invalid, notFound } from '../../platform/errors.ts';
import { errorPage } from '../../platform/http/error-pages.tsx';
import type { MessageKey } from '../../platform/i18n/messages.ts';
import type { Aanvraag } from '../cases/aanvraag.ts';
import { toonZaak, type Gedaan } from './zaak.pages.tsx';
import {
  auditActor,
  behandelaarOf,
  isCoordinator,
  isUuid,
  logActor,
  zaakPath,
  type Behandelaar,
  type ZaakParams,
} from './zaken.access.ts';

interface Body {
  medewerker?: string;
  vraag?: string;
  antwoord?: string;
  reden?: string;
  verlenging?: string;
}

type Req = FastifyRequest<ZaakParams & { Body: Body | undefined }>;

/** The form field an action's errors belong to; 'acties' (the heading) when there is none. */
type Veld = 'medewerker' | 'vraag' | 'antwoord' | 'reden' | 'verlenging' | 'acties';

const FOUT: Record<Exclude<Veld, 'acties'>, MessageKey> = {
  medewerker: 'bo.zaak.error.medewerker',
  vraag: 'bo.zaak.error.vraag',
  antwoord: 'bo.zaak.error.antwoord',
  reden: 'bo.zaak.error.reden',
  verlenging: 'bo.zaak.error.verlenging',
};

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * Runs one action on a case: the service does the work in one transaction, or changes nothing
 * and throws. A refusal shows the case page again with the error next to its field (400 for
 * bad input, 409 when the case does not allow it now); another municipality's case is a 404.
 */
function actie(
  app: FastifyInstance,
  services: Services,
  path: string,
  gedaan: Gedaan,
  veld: Veld,
  run: (who: Behandelaar, zaakId: string, body: Body, req: Req) => Promise<void>,
) {
  app.post<ZaakParams & { Body: Body | undefined }>(
    `/backoffice/:gemeente/zaken/:id/${path}`,
    { preHandler: (req, reply, done) => app.csrfProtection(req, reply, done) },
    async (req, reply: FastifyReply) => {
      const who = await behandelaarOf(req, reply, services);
      if (!who) return reply;
      const zaakId = req.params.id;
      const body = req.body ?? {};
      if (!isUuid(zaakId)) return errorPage(reply, 404);
      try {
        await run(who, zaakId, body, req);
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        if (err.code === 'not-found') return errorPage(reply, 404);
        if (err.code === 'forbidden') return errorPage(reply, 403);
        if (err.code !== 'invalid' && err.code !== 'conflict') throw err;
        const t = req.t;
        const own =
          veld !== 'acties' && err.code === 'invalid' && err.invalidParams.some((p) => p.name === veld);
        // Otherwise the case does not allow it now (its form may be gone): the error goes with the actions.
        const errors = own
          ? { [veld]: t(FOUT[veld]) }
          : { acties: t('bo.zaak.error.conflict', { reden: err.message }) };
        const values = veld === 'acties' ? {} : { [veld]: text(body[veld]) };
        return toonZaak(reply, services, who, zaakId, { status: err.status, state: { errors, values } });
      }
      return reply.redirect(`${zaakPath(who.g, zaakId)}?gedaan=${gedaan}`, 303);
    },
  );
}

export function zaakActiePages(app: FastifyInstance, services: Services) {
  /** To oneself, or (coordinator only) to another handler of the municipality. */
  actie(app, services, 'toewijzen', 'toegewezen', 'medewerker', async ({ m, g }, zaakId, body, req) => {
    let aan = { id: m.id, naam: m.naam };
    if (body.medewerker !== undefined && body.medewerker !== m.id) {
      if (!isCoordinator(m)) throw forbidden();
      const gekozen = isUuid(body.medewerker)
        ? (await services.identity.medewerkersVan(g.code)).find(
            (x) => x.id === body.medewerker && x.rollen.includes('behandelaar'),
          )
        : undefined;
      if (!gekozen)
        throw invalid('Kies een medewerker.', [{ name: 'medewerker', code: 'required', reason: '' }]);
      aan = { id: gekozen.id, naam: gekozen.naam };
    }
    await services.zaken.assign(g.code, zaakId, aan, auditActor(req, m));
  });

  /** Awb 4:5: the term stands still until the applicant answers. */
  actie(app, services, 'informatie', 'informatie', 'vraag', ({ m, g }, zaakId, body, req) =>
    services.zaken.requestInformation(g.code, zaakId, text(body.vraag), auditActor(req, m)),
  );

  /** An answer that came by post, at the counter or by phone, recorded for the applicant. */
  actie(app, services, 'antwoord', 'antwoord', 'antwoord', async (who, zaakId, body, req) => {
    const tekst = text(body.antwoord).trim();
    if (tekst.length < 2)
      throw invalid('Schrijf het antwoord.', [{ name: 'antwoord', code: 'required', reason: '' }]);
    const d = await services.zaakView.voorMedewerker(who.g.code, zaakId, logActor(who));
    if (!d) throw notFound();
    if (!d.openVerzoek) throw conflict('Er staat geen verzoek om informatie open.');
    const aanvrager = (d.zaak.aanvraag as unknown as Aanvraag).aanvrager;
    await services.zaken.answer({
      gemeenteCode: who.g.code,
      zaakId,
      verzoekId: d.openVerzoek.id,
      tekst,
      bijlagen: [],
      van: aanvrager,
      actor: auditActor(req, who.m),
    });
  });

  actie(app, services, 'verlengen', 'verlengd', 'verlenging', ({ m, g }, zaakId, body, req) =>
    services.zaken.extend(g.code, zaakId, text(body.verlenging), auditActor(req, m)),
  );

  actie(app, services, 'goedkeuren', 'goedgekeurd', 'acties', ({ m, g }, zaakId, _body, req) =>
    services.zaken.approve(g.code, zaakId, auditActor(req, m)),
  );

  actie(app, services, 'afwijzen', 'afgewezen', 'reden', ({ m, g }, zaakId, body, req) =>
    services.zaken.reject(g.code, zaakId, text(body.reden), auditActor(req, m)),
  );
}
