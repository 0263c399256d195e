import type { ZgwOutbox } from '../events/events.rules.ts';
import type { Db } from '../../platform/db/types.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { isUuid } from '../../platform/ids.ts';
import { requireScope, type ZgwClient } from './zgw-auth.ts';
import * as repo from './autorisaties.repository.ts';
import {
  checkAutorisatiesSpecificatie,
  checkClientIdsUniek,
  parseApplicatie,
  type ApplicatieState,
} from './autorisaties.rules.ts';
import { applicatieUrl, applicatieView, type ApplicatieView } from './autorisaties.view.ts';
import type { ApplicatieMet } from './autorisaties.repository.ts';

export const AC_PAGE_SIZE = 100;

type Actie = 'create' | 'update' | 'partial_update' | 'destroy';

const stateOf = (a: ApplicatieMet): ApplicatieState => ({
  clientIds: a.applicatie.clientIds,
  label: a.applicatie.label,
  heeftAlleAutorisaties: a.applicatie.heeftAlleAutorisaties,
  alleenIsGereedVoorPublicatie: a.applicatie.alleenIsGereedVoorPublicatie,
  autorisaties: a.autorisaties.map(({ id: _id, applicatieId: _a, ...g }) => g),
});

/**
 * The Autorisaties API: a municipality's Applicaties and their autorisaties. A change takes
 * effect on the next request (`gewijzigd`, and PostgreSQL's notification). Each change publishes
 * the ZGW notificatie on kanaal `autorisaties`, in the transaction of the change.
 */
export function autorisatiesService(deps: {
  db: Db;
  events: ZgwOutbox;
  baseUrl: string;
  /** Told after each committed change (the clients kept by ZgwService.authenticate). */
  gewijzigd: () => void;
}) {
  const { db, baseUrl } = deps;
  const view = (a: ApplicatieMet) => applicatieView(baseUrl, a.applicatie, a.autorisaties);

  const notify = (tx: Db, gemeenteCode: string, id: string, actie: Actie) =>
    deps.events.zgw(tx, {
      gemeenteCode,
      kanaal: 'autorisaties',
      hoofdObject: applicatieUrl(baseUrl, id),
      resource: 'applicatie',
      resourceUrl: applicatieUrl(baseUrl, id),
      actie,
      kenmerken: {},
    });

  async function get(c: ZgwClient, id: string): Promise<ApplicatieMet> {
    const a = isUuid(id) ? await repo.applicatieById(db, c.gemeenteCode, id) : undefined;
    if (!a) throw notFound('Applicatie niet gevonden.');
    return a;
  }

  /** Writes the new state under the municipality's lock, after ac-001 and ac-002. */
  async function save(c: ZgwClient, state: ApplicatieState, existing: string | undefined, actie: Actie) {
    checkAutorisatiesSpecificatie(state);
    const id = await db.transaction(async (tx) => {
      await repo.lockApplicaties(tx, c.gemeenteCode);
      checkClientIdsUniek(
        state.clientIds,
        await repo.holdersOf(tx, c.gemeenteCode, state.clientIds, existing),
      );
      const fields = {
        clientIds: state.clientIds,
        label: state.label,
        heeftAlleAutorisaties: state.heeftAlleAutorisaties,
        alleenIsGereedVoorPublicatie: state.alleenIsGereedVoorPublicatie,
      };
      let saved = existing;
      if (saved === undefined) {
        saved = await repo.insertApplicatie(
          tx,
          { gemeenteCode: c.gemeenteCode, ...fields },
          state.autorisaties,
        );
      } else {
        await repo.updateApplicatie(tx, c.gemeenteCode, saved, fields);
        await repo.replaceAutorisaties(tx, saved, state.autorisaties);
      }
      await notify(tx, c.gemeenteCode, saved, actie);
      return saved;
    });
    deps.gewijzigd();
    return view(await get(c, id));
  }

  return {
    async list(c: ZgwClient, q: { clientIds?: string | undefined; page: number }) {
      requireScope(c, 'ac', 'autorisaties.lezen');
      const clientIds = q.clientIds
        ?.split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
      const r = await repo.listApplicaties(
        db,
        c.gemeenteCode,
        // An empty filter value filters nothing, as in the reference implementation.
        clientIds && clientIds.length > 0 ? { clientIds } : {},
        AC_PAGE_SIZE,
        (q.page - 1) * AC_PAGE_SIZE,
      );
      return { count: r.count, results: r.results.map(view) };
    },

    async read(c: ZgwClient, id: string): Promise<ApplicatieView> {
      requireScope(c, 'ac', 'autorisaties.lezen');
      return view(await get(c, id));
    },

    /** The applicatie a client id belongs to, in the municipality of the caller. */
    async consumer(c: ZgwClient, clientId: string | undefined): Promise<ApplicatieView[]> {
      requireScope(c, 'ac', 'autorisaties.lezen');
      if (clientId === undefined || clientId === '')
        throw invalid('clientId ontbreekt.', [
          { name: 'clientId', code: 'required', reason: 'Dit veld is vereist.' },
        ]);
      const a = await repo.applicatieByClientId(db, c.gemeenteCode, clientId);
      if (!a) throw notFound('Geen applicatie met dit client id.');
      return [view(a)];
    },

    async create(c: ZgwClient, body: unknown): Promise<ApplicatieView> {
      requireScope(c, 'ac', 'autorisaties.bijwerken');
      const input = parseApplicatie(body, false);
      return save(
        c,
        {
          clientIds: input.clientIds ?? [],
          label: input.label ?? '',
          heeftAlleAutorisaties: input.heeftAlleAutorisaties ?? false,
          alleenIsGereedVoorPublicatie: input.alleenIsGereedVoorPublicatie ?? false,
          autorisaties: input.autorisaties ?? [],
        },
        undefined,
        'create',
      );
    },

    /** PUT replaces the whole applicatie; PATCH changes what it sends (given autorisaties replace the set). */
    async update(c: ZgwClient, id: string, body: unknown, partial: boolean): Promise<ApplicatieView> {
      requireScope(c, 'ac', 'autorisaties.bijwerken');
      const current = stateOf(await get(c, id));
      const input = parseApplicatie(body, partial);
      const base: ApplicatieState = partial
        ? current
        : { ...current, heeftAlleAutorisaties: false, alleenIsGereedVoorPublicatie: false, autorisaties: [] };
      return save(c, { ...base, ...input }, id, partial ? 'partial_update' : 'update');
    },

    async destroy(c: ZgwClient, id: string): Promise<void> {
      requireScope(c, 'ac', 'autorisaties.bijwerken');
      if (!isUuid(id)) throw notFound('Applicatie niet gevonden.');
      const deleted = await db.transaction(async (tx) => {
        if (!(await repo.deleteApplicatie(tx, c.gemeenteCode, id))) return false;
        await notify(tx, c.gemeenteCode, id, 'destroy');
        return true;
      });
      if (!deleted) throw notFound('Applicatie niet gevonden.');
      deps.gewijzigd();
    },

    /** For the administrator's page: the municipality's clients (no secrets) and applicaties. */
    async overzicht(gemeenteCode: string) {
      const [clients, apps] = await Promise.all([
        repo.clientsOf(db, gemeenteCode),
        repo.allApplicaties(db, gemeenteCode),
      ]);
      return { clients, applicaties: apps };
    },
  };
}

export type AutorisatiesService = ReturnType<typeof autorisatiesService>;
