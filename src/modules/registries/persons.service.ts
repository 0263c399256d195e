import fs from 'node:fs/promises';
import type { Db } from '../../platform/db/types.ts';
import { unavailable } from '../../platform/errors.ts';
import type { BrpAdapter, BrpRequestContext, Found } from './brp.adapter.ts';
import { parseTestset } from './brp/lo-gba.ts';
import type { PersonenQuery } from './brp/personen-request.ts';
import { decodePersoonslijst, withLeeftijd, type Persoon } from './brp/persoon.ts';
import { selectFields } from './brp/fields.ts';
import type { Actor, ProcessingLogService } from './processing-log.service.ts';
import * as repo from './persons.repository.ts';
import * as move from './move.ts';

const MAX_RESULTS = 200;

const lower = (s: string | undefined) => (s ?? '').toLowerCase();
/** Haal Centraal matching: case-insensitive and whole, unless `*` widens it. */
const matches = (pattern: string | undefined, value: string | undefined): boolean => {
  if (pattern === undefined) return true;
  const re = new RegExp(
    `^${pattern
      .toLowerCase()
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')}$`,
  );
  return re.test(lower(value));
};

/** The rules a search applies beyond the SQL candidates (Haal Centraal's optional criteria). */
function fits(q: PersonenQuery, p: Persoon): boolean {
  const overleden = p.overlijden !== undefined;
  if ('inclusiefOverledenPersonen' in q && !q.inclusiefOverledenPersonen && overleden) return false;
  const adres = p.verblijfplaats?.type === 'Adres' ? p.verblijfplaats.verblijfadres : undefined;
  switch (q.type) {
    case 'ZoekMetGeslachtsnaamEnGeboortedatum':
    case 'ZoekMetNaamEnGemeenteVanInschrijving':
      return (
        matches(q.voornamen, p.naam?.voornamen) &&
        (q.voorvoegsel === undefined || lower(q.voorvoegsel) === lower(p.naam?.voorvoegsel)) &&
        (q.geslacht === undefined || q.geslacht === p.geslacht?.code)
      );
    case 'ZoekMetPostcodeEnHuisnummer':
      return (
        (q.huisletter === undefined || lower(q.huisletter) === lower(adres?.huisletter)) &&
        (q.huisnummertoevoeging === undefined ||
          lower(q.huisnummertoevoeging) === lower(adres?.huisnummertoevoeging)) &&
        (q.geboortedatum === undefined ||
          (p.geboorte?.datum?.type === 'Datum' && p.geboorte.datum.datum === q.geboortedatum)) &&
        matches(q.geslachtsnaam, p.naam?.geslachtsnaam)
      );
    case 'ZoekMetStraatHuisnummerEnGemeenteVanInschrijving':
      return (
        (matches(q.straat, adres?.officieleStraatnaam) || matches(q.straat, adres?.korteStraatnaam)) &&
        (q.huisletter === undefined || lower(q.huisletter) === lower(adres?.huisletter)) &&
        (q.huisnummertoevoeging === undefined ||
          lower(q.huisnummertoevoeging) === lower(adres?.huisnummertoevoeging))
      );
    default:
      return true;
  }
}

/** The local persons registry of this installation, behind the same interface as a real endpoint. */
export function localBrpAdapter(db: Db, today: () => Date = () => new Date()): BrpAdapter {
  return {
    kind: 'local',
    async personen(query, context) {
      const rows = await repo.findCandidates(db, context.gemeenteCode, query, MAX_RESULTS + 1);
      if (rows.length > MAX_RESULTS) throw unavailable('Too many persons match; narrow the search.');
      const order = query.type === 'RaadpleegMetBurgerservicenummer' ? query.burgerservicenummer : [];
      return rows
        .filter((r) => fits(query, r.persoon))
        .sort((a, b) => order.indexOf(a.bsn) - order.indexOf(b.bsn))
        .map((r): Found => ({
          bsn: r.bsn,
          persoon: selectFields(withLeeftijd(r.persoon, today()), query.fields),
        }));
    },
  };
}

export interface ImportReport {
  imported: number;
  skipped: { reason: string; count: number }[];
}

export function personsService(deps: {
  db: Db;
  adapter: BrpAdapter;
  processingLog: ProcessingLogService;
  gemeenteCodes: () => Promise<string[]>;
  today?: () => Date;
}) {
  const { db, adapter, processingLog } = deps;
  const today = deps.today ?? (() => new Date());
  return {
    /** A Haal Centraal query on behalf of an API client; every person returned is logged. */
    async query(query: PersonenQuery, actor: Actor, context: BrpRequestContext): Promise<Partial<Persoon>[]> {
      const found = await adapter.personen(query, context);
      await processingLog.log({
        activiteit: 'brp-raadplegen-api',
        naam: `brp.personen.${query.type}`,
        actor,
        bsns: found.flatMap((f) => (f.bsn !== undefined ? [f.bsn] : [])),
        attributes: {
          doelbinding: context.doelbinding,
          verwerking: context.verwerking,
          gebruiker: context.gebruiker,
        },
      });
      return found.map((f) => f.persoon);
    },

    /** The citizen's own data (Mijn gegevens), logged as an access by the data subject. */
    async ownData(bsn: string, actor: Actor): Promise<Persoon | undefined> {
      const row = await repo.findByBsn(db, bsn);
      await processingLog.log({
        activiteit: 'brp-eigen-gegevens-inzien',
        naam: 'portal.mijn-gegevens',
        actor: { ...actor, gemeenteCode: row?.gemeenteCode },
        bsns: row ? [bsn] : [],
      });
      return row ? withLeeftijd(row.persoon, today()) : undefined;
    },

    /** An employee reads a resident of their own municipality; anyone else looks missing. */
    async resident(gemeenteCode: string, bsn: string, actor: Actor): Promise<Persoon | undefined> {
      const row = await repo.findResident(db, gemeenteCode, bsn);
      if (!row) return undefined;
      await processingLog.log({
        activiteit: 'brp-raadplegen-medewerker',
        naam: 'backoffice.persoon',
        actor: { ...actor, gemeenteCode },
        bsns: [bsn],
      });
      return withLeeftijd(row.persoon, today());
    },

    /** Municipality of registration, to pick the citizen's theme. Not a read of personal data for a purpose of its own. */
    async gemeenteOf(bsn: string): Promise<string | undefined> {
      return (await repo.findByBsn(db, bsn))?.gemeenteCode;
    },

    /** The name to greet the logged-in citizen with. */
    async displayName(bsn: string): Promise<string | undefined> {
      return (await repo.findByBsn(db, bsn))?.persoon.naam?.volledigeNaam;
    },

    /**
     * Imports the RvIG test set: each person list into the registry of the municipality where
     * the person is registered, when that municipality is on this installation.
     */
    async importTestset(path: string): Promise<ImportReport> {
      const lists = parseTestset(await fs.readFile(path, 'utf8'));
      const codes = new Set(await deps.gemeenteCodes());
      const skipped = new Map<string, number>();
      const skip = (reason: string) => skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
      const rows: repo.NewPersoonRow[] = [];
      const seen = new Set<string>();
      for (const pl of lists) {
        const d = decodePersoonslijst(pl);
        if (d.bsn === null) skip('no BSN');
        else if (seen.has(d.bsn)) skip('BSN already on an earlier person list');
        else if (d.gemeenteVanInschrijving === null) skip('no municipality of registration');
        else if (!codes.has(d.gemeenteVanInschrijving))
          skip(`municipality ${d.gemeenteVanInschrijving} not on Loket`);
        else {
          seen.add(d.bsn);
          rows.push({
            bsn: d.bsn,
            gemeenteCode: d.gemeenteVanInschrijving,
            aNummer: d.aNummer,
            geslachtsnaam: d.geslachtsnaam ?? '',
            voornamen: d.voornamen,
            geboortedatum: d.geboortedatum,
            persoon: d.persoon,
            bron: `rvig-testset:${pl.id}`,
          });
        }
      }
      await db.transaction(async (tx) => repo.upsertMany(tx, rows));
      return {
        imported: rows.length,
        skipped: [...skipped].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count),
      };
    },
    countByGemeente: () => repo.countByGemeente(db),

    /** Whether a municipality is on Loket: a move elsewhere is reported to that municipality. */
    isOpLoket: async (gemeenteCode: string) => (await deps.gemeenteCodes()).includes(gemeenteCode),

    /** Registers a move in the caller's transaction; see move.registreerVerhuizing. */
    registreerVerhuizing: (tx: Db, input: move.VerhuizingInput) => move.registreerVerhuizing(tx, input),

    /** The spouse or registered partner and the minor children the applicant may move along. */
    huisgenoten: (bsn: string) => move.huisgenoten(db, bsn, today()),

    /** Who moved out of a municipality since a date (inclusive), newest first. */
    vertrokken: (gemeenteCode: string, options: { sinds?: string } = {}) =>
      move.vertrokken(db, gemeenteCode, options),
  };
}

export type PersonsService = ReturnType<typeof personsService>;
