import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Services } from '../../services.ts';
import { errorPage } from '../../platform/http/error-pages.tsx';
import { A, Alert, Csrf, ErrorSummary, H1, H2, P, SubmitButton } from '../../platform/views/components.tsx';
import type { Aanvraag } from '../cases/aanvraag.ts';
import { adresRegel, type Adres } from '../registries/addresses.service.ts';
import type { Bewoning } from '../registries/occupancy.ts';
import { AuditTrail, BewoningSignaal, Termijn } from './dossier.view.tsx';
import { ZaakActies, type ActieState } from './zaak-acties.view.tsx';
import {
  AanvraagGegevens,
  Berichten,
  Betrokkenen,
  Documenten,
  Kerngegevens,
  Statussen,
  type ZaakDossier,
} from './zaak.view.tsx';
import {
  behandelaarOf,
  isCoordinator,
  isUuid,
  logActor,
  zaakPath,
  type Behandelaar,
  type ZaakParams,
} from './zaken.access.ts';

/** Confirmations after an action, by the `gedaan` query parameter the redirect carries. */
export const GEDAAN = [
  'toegewezen',
  'informatie',
  'antwoord',
  'verlengd',
  'goedgekeurd',
  'afgewezen',
] as const;
export type Gedaan = (typeof GEDAAN)[number];
const isGedaan = (v: unknown): v is Gedaan => GEDAAN.includes(v as Gedaan);

/** The occupancy signal of the new address, for a product that asks for it, while the case is open. */
async function bewoningVan(
  services: Services,
  d: ZaakDossier,
): Promise<{ adres: string; b: Bewoning } | undefined> {
  const product = d.zt.zaaktype.product;
  const veld = product?.velden.find((v) => v.type === 'adres');
  if (!product?.signalen.includes('bewoning') || !veld || d.zaak.einddatum) return undefined;
  const adres = (d.zaak.aanvraag as unknown as Aanvraag).waarden[veld.naam] as Adres | undefined;
  if (!adres) return undefined;
  const verhuizers = 1 + d.rollen.filter((r) => r.omschrijvingGeneriek === 'belanghebbende').length;
  return { adres: adresRegel(adres), b: await services.addresses.bewoning(adres, verhuizers) };
}

/**
 * The case page, also shown again with the errors of an action (status 400/409). The read is
 * logged in the processing log by the view service.
 */
export async function toonZaak(
  reply: FastifyReply,
  services: Services,
  who: Behandelaar,
  zaakId: string,
  opts: { status?: number; state?: ActieState; gedaan?: unknown } = {},
) {
  const { m, g } = who;
  const t = reply.request.t;
  const d = isUuid(zaakId)
    ? await services.zaakView.voorMedewerker(g.code, zaakId, logActor(who))
    : undefined;
  if (!d) return errorPage(reply, 404);
  const open = d.zaak.einddatum === null;
  const medewerkers =
    open && isCoordinator(m)
      ? (await services.identity.medewerkersVan(g.code)).filter((x) => x.rollen.includes('behandelaar'))
      : [];
  const bewoning = await bewoningVan(services, d);
  const state = opts.state ?? { errors: {}, values: {} };
  const errors = Object.entries(state.errors).map(([field, message]) => ({ field, message }));
  const basis = zaakPath(g, d.zaak.id);
  const titel = t('bo.zaak.title', { nummer: d.zaak.identificatie });
  return reply.page(
    errors.length > 0 ? `${t('bo.zaak.fout')}: ${titel}` : titel,
    (ctx) => (
      <>
        <H1>{titel}</H1>
        {isGedaan(opts.gedaan) && <Alert kind="ok">{t(`bo.zaak.gedaan.${opts.gedaan}`)}</Alert>}
        <ErrorSummary ctx={ctx} errors={errors} />
        <P>
          <A href={`/backoffice/${g.code}/zaken`}>{t('bo.zaak.terug')}</A>
        </P>
        <Kerngegevens ctx={ctx} d={d} />
        {bewoning && <BewoningSignaal ctx={ctx} adres={bewoning.adres} b={bewoning.b} />}
        <ZaakActies ctx={ctx} d={d} basis={basis} m={m} medewerkers={medewerkers} state={state} />
        <AanvraagGegevens ctx={ctx} d={d} />
        <Betrokkenen ctx={ctx} d={d} />
        <Documenten ctx={ctx} d={d} basis={basis} />
        <Berichten ctx={ctx} d={d} />
        <Termijn ctx={ctx} d={d} />
        <Statussen ctx={ctx} d={d} />
        <AuditTrail ctx={ctx} d={d} />
      </>
    ),
    { status: opts.status ?? 200 },
  );
}

/** Media types served as they are; anything else goes out as bytes to save. */
const MEDIA_TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png']);

/** A file name that is safe in a header on every browser: ASCII letters, digits, `._- `. */
export function safeFilename(name: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .normalize('NFKD')
    .replace(/[^\w.\- ]+/g, '_')
    .replace(/^[.\s]+/, '')
    .slice(0, 100);
  return base || 'document';
}

export function zaakPages(app: FastifyInstance, services: Services) {
  app.get<ZaakParams & { Querystring: { gedaan?: string } }>(
    '/backoffice/:gemeente/zaken/:id',
    async (req, reply) => {
      const who = await behandelaarOf(req, reply, services);
      if (!who) return reply;
      return toonZaak(reply, services, who, req.params.id, { gedaan: req.query.gedaan });
    },
  );

  /** A document of the case: only of that case and municipality, always as a download. */
  app.get<{ Params: { gemeente: string; id: string; docId: string } }>(
    '/backoffice/:gemeente/zaken/:id/documenten/:docId',
    async (req, reply) => {
      const who = await behandelaarOf(req, reply, services);
      if (!who) return reply;
      const { id, docId } = req.params;
      const doc =
        isUuid(id) && isUuid(docId)
          ? await services.documents.contentForZaak(who.g.code, id, docId)
          : undefined;
      if (!doc) return errorPage(reply, 404);
      return reply
        .type(MEDIA_TYPES.has(doc.formaat) ? doc.formaat : 'application/octet-stream')
        .header('content-disposition', `attachment; filename="${safeFilename(doc.bestandsnaam)}"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(Buffer.from(doc.inhoud));
    },
  );

  /** Approval changes the registry: a confirmation step shows what will happen first. */
  app.get<ZaakParams>('/backoffice/:gemeente/zaken/:id/goedkeuren', async (req, reply) => {
    const who = await behandelaarOf(req, reply, services);
    if (!who) return reply;
    const { g } = who;
    const t = req.t;
    const id = req.params.id;
    const d = isUuid(id) ? await services.zaakView.voorMedewerker(g.code, id, logActor(who)) : undefined;
    if (!d) return errorPage(reply, 404);
    const basis = zaakPath(g, d.zaak.id);
    if (d.zaak.einddatum) return reply.redirect(basis, 303);
    const bewoning = await bewoningVan(services, d);
    const resultaat = d.zt.zaaktype.product?.resultaten.toegekend ?? '';
    const titel = t('bo.zaak.goedkeuren.title', { nummer: d.zaak.identificatie });
    return reply.page(titel, (ctx) => (
      <>
        <H1>{titel}</H1>
        <P>{t('bo.zaak.goedkeuren.uitleg', { resultaat })}</P>
        {bewoning && <BewoningSignaal ctx={ctx} adres={bewoning.adres} b={bewoning.b} />}
        <AanvraagGegevens ctx={ctx} d={d} />
        <Betrokkenen ctx={ctx} d={d} />
        <H2 id="bevestigen">{t('bo.zaak.goedkeuren.vraag')}</H2>
        <form method="post" action={`${basis}/goedkeuren`} class="utrecht-form">
          <Csrf ctx={ctx} />
          <SubmitButton>{t('bo.zaak.goedkeuren.knop', { nummer: d.zaak.identificatie })}</SubmitButton>
        </form>
        <P>
          <A href={basis}>{t('bo.zaak.goedkeuren.annuleren')}</A>
        </P>
      </>
    ));
  });
}
