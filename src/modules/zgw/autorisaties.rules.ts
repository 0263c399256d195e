import { invalid, type InvalidParam } from '../../platform/errors.ts';
import { VERTROUWELIJKHEID, type Vertrouwelijkheid } from '../catalog/catalog.schema.ts';
import { AC_COMPONENTEN, type AcComponent } from './autorisaties.view.ts';
import type { NewAutorisatie } from './autorisaties.repository.ts';

/** An Applicatie as a client gives it; on a partial update only what it sends. */
export interface ApplicatieInput {
  clientIds?: string[];
  label?: string;
  heeftAlleAutorisaties?: boolean;
  alleenIsGereedVoorPublicatie?: boolean;
  autorisaties?: NewAutorisatie[];
}

/** The whole Applicatie after a change, as ac-001 and ac-002 judge it. */
export interface ApplicatieState {
  clientIds: string[];
  label: string;
  heeftAlleAutorisaties: boolean;
  alleenIsGereedVoorPublicatie: boolean;
  autorisaties: NewAutorisatie[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isUrl = (v: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(v).protocol);
  } catch {
    return false;
  }
};

const isComponent = (v: unknown): v is AcComponent =>
  typeof v === 'string' && Object.hasOwn(AC_COMPONENTEN, v);
const isVertrouwelijkheid = (v: unknown): v is Vertrouwelijkheid =>
  typeof v === 'string' && (VERTROUWELIJKHEID as readonly string[]).includes(v);

/** The scope prefix whose presence makes a type and maximum confidentiality mandatory (ac-003). */
const TYPED: Partial<
  Record<
    AcComponent,
    { prefix: string; field: 'zaaktype' | 'informatieobjecttype' | 'besluittype'; max: boolean }
  >
> = {
  zrc: { prefix: 'zaken.', field: 'zaaktype', max: true },
  drc: { prefix: 'documenten.', field: 'informatieobjecttype', max: true },
  brc: { prefix: 'besluiten.', field: 'besluittype', max: false },
};

function parseAutorisatie(v: unknown, at: string, problems: InvalidParam[]): NewAutorisatie | undefined {
  if (!isRecord(v)) {
    problems.push({ name: at, code: 'invalid', reason: 'Een object met component en scopes.' });
    return undefined;
  }
  const before = problems.length;
  if (!isComponent(v.component))
    problems.push({
      name: `${at}.component`,
      code: 'invalid_choice',
      reason: `Een van: ${Object.keys(AC_COMPONENTEN).join(', ')}.`,
    });
  const scopes = v.scopes;
  if (!Array.isArray(scopes) || scopes.some((s) => typeof s !== 'string' || s.length < 1 || s.length > 100))
    problems.push({
      name: `${at}.scopes`,
      code: 'invalid',
      reason: 'Een lijst van scopes (1 tot 100 tekens).',
    });
  const url = (field: 'zaaktype' | 'informatieobjecttype' | 'besluittype'): string | null => {
    const u = v[field];
    if (u === undefined || u === null || u === '') return null;
    if (typeof u !== 'string' || u.length > 1000 || !isUrl(u)) {
      problems.push({ name: `${at}.${field}`, code: 'invalid', reason: 'Een URL (hoogstens 1000 tekens).' });
      return null;
    }
    return u;
  };
  const zaaktype = url('zaaktype');
  const informatieobjecttype = url('informatieobjecttype');
  const besluittype = url('besluittype');
  const maxRaw = v.maxVertrouwelijkheidaanduiding;
  let max: Vertrouwelijkheid | null = null;
  if (maxRaw !== undefined && maxRaw !== null && maxRaw !== '') {
    if (isVertrouwelijkheid(maxRaw)) max = maxRaw;
    else
      problems.push({
        name: `${at}.maxVertrouwelijkheidaanduiding`,
        code: 'invalid_choice',
        reason: `Een van: ${VERTROUWELIJKHEID.join(', ')}.`,
      });
  }
  if (problems.length > before || !isComponent(v.component)) return undefined;
  const component = v.component;
  const g: NewAutorisatie = {
    component,
    scopes: [...new Set(scopes as string[])],
    // Only the fields of the component's own schema are kept.
    zaaktype: component === 'zrc' ? zaaktype : null,
    informatieobjecttype: component === 'drc' ? informatieobjecttype : null,
    besluittype: component === 'brc' ? besluittype : null,
    maxVertrouwelijkheidaanduiding: component === 'zrc' || component === 'drc' ? max : null,
  };
  // ac-003: scopes on zaken, documenten or besluiten need the type (and the maximum).
  const typed = TYPED[component];
  if (typed && g.scopes.some((s) => s.startsWith(typed.prefix))) {
    if (g[typed.field] === null)
      problems.push({
        name: `${at}.${typed.field}`,
        code: 'required',
        reason: `Verplicht bij scopes op ${typed.prefix.slice(0, -1)} (ac-003).`,
      });
    if (typed.max && g.maxVertrouwelijkheidaanduiding === null)
      problems.push({
        name: `${at}.maxVertrouwelijkheidaanduiding`,
        code: 'required',
        reason: `Verplicht bij scopes op ${typed.prefix.slice(0, -1)} (ac-003).`,
      });
  }
  return g;
}

/** Checks the body of a create, update (whole) or partial update; throws a 400 with every problem. */
export function parseApplicatie(body: unknown, partial: boolean): ApplicatieInput {
  if (!isRecord(body))
    throw invalid('Ongeldige applicatie.', [
      { name: 'nonFieldErrors', code: 'invalid', reason: 'Een JSON-object.' },
    ]);
  const problems: InvalidParam[] = [];
  const out: ApplicatieInput = {};
  const required = (name: string) =>
    problems.push({ name, code: 'required', reason: 'Dit veld is vereist.' });

  if (body.clientIds === undefined) {
    if (!partial) required('clientIds');
  } else if (
    !Array.isArray(body.clientIds) ||
    body.clientIds.some((c) => typeof c !== 'string' || c.length < 1 || c.length > 50)
  ) {
    problems.push({
      name: 'clientIds',
      code: 'invalid',
      reason: 'Een lijst van client ids (1 tot 50 tekens).',
    });
  } else out.clientIds = [...new Set(body.clientIds as string[])];

  if (body.label === undefined) {
    if (!partial) required('label');
  } else if (typeof body.label !== 'string' || body.label.trim().length < 1 || body.label.length > 100) {
    problems.push({ name: 'label', code: 'invalid', reason: '1 tot 100 tekens.' });
  } else out.label = body.label;

  for (const flag of ['heeftAlleAutorisaties', 'alleenIsGereedVoorPublicatie'] as const) {
    const v = body[flag];
    if (v === undefined) continue;
    if (typeof v !== 'boolean') problems.push({ name: flag, code: 'invalid', reason: 'true of false.' });
    else out[flag] = v;
  }

  if (body.autorisaties !== undefined) {
    if (!Array.isArray(body.autorisaties)) {
      problems.push({ name: 'autorisaties', code: 'invalid', reason: 'Een lijst van autorisaties.' });
    } else {
      const grants = body.autorisaties.map((a, i) => parseAutorisatie(a, `autorisaties.${i}`, problems));
      out.autorisaties = grants.filter((g): g is NewAutorisatie => g !== undefined);
    }
  }
  if (problems.length > 0) throw invalid('Ongeldige applicatie.', problems);
  return out;
}

/**
 * ac-002: all authorisations, or the listed ones, never both and never neither. Judged on the
 * state after the change, so that a partial update keeps the applicatie consistent.
 */
export function checkAutorisatiesSpecificatie(s: ApplicatieState): void {
  if (s.heeftAlleAutorisaties && s.autorisaties.length > 0)
    throw invalid('Geef heeftAlleAutorisaties of autorisaties, niet beide.', [
      {
        name: 'nonFieldErrors',
        code: 'ambiguous-authorizations-specified',
        reason: 'Met heeftAlleAutorisaties true mogen geen autorisaties opgegeven worden (ac-002).',
      },
    ]);
  if (!s.heeftAlleAutorisaties && s.autorisaties.length === 0)
    throw invalid('Geef heeftAlleAutorisaties of autorisaties.', [
      {
        name: 'nonFieldErrors',
        code: 'missing-authorizations',
        reason: 'Zonder heeftAlleAutorisaties zijn autorisaties verplicht (ac-002).',
      },
    ]);
}

/** ac-001: a client id identifies one applicatie; these are held by others already. */
export function checkClientIdsUniek(clientIds: string[], holders: { clientIds: string[] }[]): void {
  const taken = clientIds.filter((c) => holders.some((h) => h.clientIds.includes(c)));
  if (taken.length > 0)
    throw invalid('Client id al in gebruik.', [
      {
        name: 'clientIds',
        code: 'clientId-exists',
        reason: `Al gebruikt door een andere applicatie (ac-001): ${taken.join(', ')}.`,
      },
    ]);
}
