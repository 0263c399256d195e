import { createHash } from 'node:crypto';
import type { Db } from '../../platform/db/types.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { isUuid } from '../../platform/ids.ts';
import type { EventsService, ZgwBericht } from '../events/events.service.ts';
import { requireScope, hasScope, type ZgwClient } from './zgw-auth.ts';
import * as repo from './notificaties.repository.ts';
import {
  filtersBekend,
  kenmerkenConsistent,
  parseAbonnement,
  parseBericht,
  parseKanaal,
  type AbonnementApiInput,
} from './notificaties.rules.ts';
import { abonnementView, kanaalView } from './notificaties.view.ts';

const DOCS = 'https://vng-realisatie.github.io/gemma-zaken/standaard';

/** The kanalen the ZGW components publish on, with the kenmerken their specifications name. */
export const STANDAARD_KANALEN = [
  { naam: 'zaken', filters: ['bronorganisatie', 'zaaktype', 'vertrouwelijkheidaanduiding'], doc: 'zaken' },
  {
    naam: 'documenten',
    filters: ['bronorganisatie', 'informatieobjecttype', 'vertrouwelijkheidaanduiding'],
    doc: 'documenten',
  },
  { naam: 'besluiten', filters: ['verantwoordelijke_organisatie', 'besluittype'], doc: 'besluiten' },
  { naam: 'autorisaties', filters: [], doc: 'autorisaties' },
  { naam: 'zaaktypen', filters: ['catalogus'], doc: 'catalogi' },
  { naam: 'informatieobjecttypen', filters: ['catalogus'], doc: 'catalogi' },
  { naam: 'besluittypen', filters: ['catalogus'], doc: 'catalogi' },
] as const;

/** A fixed id per standard kanaal, so that seeding again updates instead of adding. */
function standaardId(naam: string): string {
  const h = createHash('sha256').update(`loket-zgw-kanaal:${naam}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Registers the standard kanalen of every municipality. Idempotent: run at start and at seeding. */
export async function seedStandaardKanalen(db: Db): Promise<number> {
  await repo.upsertStandaardKanalen(
    db,
    STANDAARD_KANALEN.map((k) => ({
      id: standaardId(k.naam),
      gemeenteCode: null,
      naam: k.naam,
      filters: [...k.filters],
      documentatieLink: `${DOCS}/${k.doc}/`,
    })),
  );
  return STANDAARD_KANALEN.length;
}

/** A test message as the reference implementation sends it to a new subscriber. */
const TEST_BERICHT = {
  kanaal: 'test',
  hoofdObject: 'http://some.hoofdobject.nl/',
  resource: 'some_resource',
  resourceUrl: 'http://some.resource.nl/',
  actie: 'create',
  aanmaakdatum: '2019-01-01T12:00:00Z',
  kenmerken: {},
};

/**
 * The Notificaties API over the events module: kanalen, abonnementen of the caller's
 * municipality (its subscribers receive the municipality's notifications, also those of the
 * portal and back office), and publishing into the same outbox with its retries and dead-letter.
 */
export function notificatiesService(deps: {
  db: Db;
  events: Pick<EventsService, 'zgwBericht' | 'saveAbonnement' | 'endAbonnement' | 'probe'>;
  baseUrl: string;
}) {
  const { db, baseUrl } = deps;
  const mayRead = (c: ZgwClient) => {
    if (!hasScope(c, 'nrc', 'notificaties.consumeren')) requireScope(c, 'nrc', 'notificaties.publiceren');
  };

  /** The consumer must accept a notification with the header it gave (204) and refuse one without. */
  async function checkCallback(callbackUrl: string, auth: string) {
    if ((await deps.events.probe(callbackUrl, auth, TEST_BERICHT)) !== 204)
      throw invalid('De callback-URL kan geen notificaties ontvangen.', [
        {
          name: 'callbackUrl',
          code: 'invalid-callback-url',
          reason: 'Een testbericht met de auth-header kreeg geen 204.',
        },
      ]);
    const without = await deps.events.probe(callbackUrl, undefined, TEST_BERICHT);
    if (without !== 401 && without !== 403)
      throw invalid('De callback-URL is niet beveiligd.', [
        {
          name: 'callbackUrl',
          code: 'no-auth-on-callback-url',
          reason: 'Een testbericht zonder Authorization-header werd niet geweigerd (401/403).',
        },
      ]);
  }

  /** Every kanaal must exist for the municipality, and filters only on kenmerken it declares. */
  async function checkKanalen(c: ZgwClient, kanalen: NonNullable<AbonnementApiInput['kanalen']>) {
    const bekend = await repo.kanalenVan(db, c.gemeenteCode);
    const problems = kanalen.flatMap((k, i) => {
      const kanaal = bekend.find((b) => b.naam === k.naam);
      if (!kanaal)
        return [
          { name: `kanalen.${i}.naam`, code: 'kanaal_naam', reason: 'Kanaal met deze naam bestaat niet.' },
        ];
      return filtersBekend(kanaal.filters, Object.keys(k.filters))
        ? []
        : [
            {
              name: `kanalen.${i}.filters`,
              code: 'inconsistent-abonnement-filters',
              reason: `Filters kunnen op: ${kanaal.filters.join(', ')}.`,
            },
          ];
    });
    if (problems.length > 0) throw invalid('Ongeldige kanalen.', problems);
  }

  async function ownAbonnement(c: ZgwClient, id: string) {
    const a = isUuid(id) ? await repo.abonnementById(db, c.gemeenteCode, id) : undefined;
    if (!a) throw notFound('Abonnement niet gevonden.');
    return a;
  }

  async function save(c: ZgwClient, id: string | undefined, a: Required<AbonnementApiInput>) {
    await checkKanalen(c, a.kanalen);
    await checkCallback(a.callbackUrl, a.auth);
    const saved = await deps.events.saveAbonnement({
      ...(id !== undefined ? { id } : {}),
      gemeenteCode: c.gemeenteCode,
      naam: `${c.applicatie} (${new URL(a.callbackUrl).host})`,
      callbackUrl: a.callbackUrl,
      auth: a.auth,
      kanalen: a.kanalen,
    });
    return abonnementView(baseUrl, await ownAbonnement(c, saved));
  }

  return {
    async kanalen(c: ZgwClient, naam: string | undefined) {
      mayRead(c);
      return (await repo.kanalenVan(db, c.gemeenteCode, naam)).map((k) => kanaalView(baseUrl, k));
    },

    async kanaal(c: ZgwClient, id: string) {
      mayRead(c);
      const k = isUuid(id) ? await repo.kanaalById(db, c.gemeenteCode, id) : undefined;
      if (!k) throw notFound('Kanaal niet gevonden.');
      return kanaalView(baseUrl, k);
    },

    /** A kanaal of the caller's municipality; its name is unique among those it sees. */
    async createKanaal(c: ZgwClient, body: unknown) {
      requireScope(c, 'nrc', 'notificaties.publiceren');
      const k = parseKanaal(body);
      const taken = () =>
        invalid('Kanaal bestaat al.', [
          { name: 'naam', code: 'unique', reason: 'Er is al een kanaal met deze naam.' },
        ]);
      if ((await repo.kanalenVan(db, c.gemeenteCode, k.naam)).length > 0) throw taken();
      const created = await repo.insertKanaal(db, { gemeenteCode: c.gemeenteCode, ...k });
      if (!created) throw taken();
      return kanaalView(baseUrl, created);
    },

    async abonnementen(c: ZgwClient) {
      mayRead(c);
      return (await repo.abonnementenVan(db, c.gemeenteCode)).map((a) => abonnementView(baseUrl, a));
    },

    async abonnement(c: ZgwClient, id: string) {
      mayRead(c);
      return abonnementView(baseUrl, await ownAbonnement(c, id));
    },

    async createAbonnement(c: ZgwClient, body: unknown) {
      requireScope(c, 'nrc', 'notificaties.consumeren');
      return save(c, undefined, parseAbonnement(body, false) as Required<AbonnementApiInput>);
    },

    async updateAbonnement(c: ZgwClient, id: string, body: unknown, partial: boolean) {
      requireScope(c, 'nrc', 'notificaties.consumeren');
      const current = await ownAbonnement(c, id);
      const input = parseAbonnement(body, partial);
      return save(c, id, {
        callbackUrl: input.callbackUrl ?? current.callbackUrl,
        auth: input.auth ?? current.auth,
        kanalen: input.kanalen ?? current.kanalen,
      });
    },

    async deleteAbonnement(c: ZgwClient, id: string) {
      requireScope(c, 'nrc', 'notificaties.consumeren');
      if (!(await deps.events.endAbonnement(c.gemeenteCode, id))) throw notFound('Abonnement niet gevonden.');
    },

    /** Publishes a client's message to the municipality's subscribers, through the outbox. */
    async publiceer(c: ZgwClient, body: unknown): Promise<ZgwBericht> {
      requireScope(c, 'nrc', 'notificaties.publiceren');
      const bericht = parseBericht(body);
      const [kanaal] = await repo.kanalenVan(db, c.gemeenteCode, bericht.kanaal);
      if (!kanaal)
        throw invalid('Onbekend kanaal.', [
          { name: 'kanaal', code: 'message_kanaal', reason: 'Kanaal met deze naam bestaat niet.' },
        ]);
      if (!kenmerkenConsistent(kanaal.filters, Object.keys(bericht.kenmerken)))
        throw invalid('Kenmerken passen niet bij het kanaal.', [
          {
            name: 'kenmerken',
            code: 'kenmerken_inconsistent',
            reason: `Het kanaal kent: ${kanaal.filters.join(', ')}.`,
          },
        ]);
      await deps.events.zgwBericht(db, c.gemeenteCode, bericht);
      return bericht;
    },
  };
}

export type NotificatiesService = ReturnType<typeof notificatiesService>;
