import type { InvalidParam } from '../../platform/errors.ts';
import type { BrondatumArchiefprocedure } from './catalog.schema.ts';
import { sameResource, type SelectielijstResultaat } from './selectielijst.ts';

/**
 * The run-time rules of a resultaattype against its Selectielijst result (ztc-002 to ztc-008):
 * pure, so each rule reads as the standard words it.
 */

const B = 'brondatumArchiefprocedure';
type Afleidingswijze = BrondatumArchiefprocedure['afleidingswijze'];

/** ztc-002: the selectielijstklasse must be a result of the zaaktype's procestype. */
export function checkProcestype(
  resultaat: SelectielijstResultaat,
  procestype: string | null,
): InvalidParam[] {
  if (procestype && sameResource(resultaat.procesType, procestype)) return [];
  return [
    {
      name: 'selectielijstklasse',
      code: 'procestype-mismatch',
      reason: procestype
        ? 'De selectielijstklasse hoort niet bij het selectielijstProcestype van het zaaktype.'
        : 'Het zaaktype heeft geen selectielijstProcestype.',
    },
  ];
}

/** ztc-003: the afleidingswijze a procestermijn of the Selectielijst forces, if any. */
export function forcedAfleidingswijze(procestermijn: string): Afleidingswijze | undefined {
  if (procestermijn === 'nihil') return 'afgehandeld';
  if (
    procestermijn === 'ingeschatte_bestaansduur_procesobject' ||
    procestermijn === 'bestaansduur_procesobject'
  )
    return 'termijn';
  return undefined;
}

const filled = (v: string | boolean | null | undefined) =>
  v !== undefined && v !== null && v !== '' && v !== false;

/** Which fields each afleidingswijze requires (ztc-004, ztc-006 to ztc-008). */
const REQUIRED: Record<'datumkenmerk' | 'objecttype' | 'registratie' | 'procestermijn', Afleidingswijze[]> = {
  datumkenmerk: ['eigenschap', 'zaakobject', 'ander_datumkenmerk'],
  objecttype: ['zaakobject', 'ander_datumkenmerk'],
  registratie: ['ander_datumkenmerk'],
  procestermijn: ['termijn'],
};

/** ztc-003 to ztc-008: the brondatumArchiefprocedure against its afleidingswijze and the Selectielijst. */
export function checkBrondatum(b: BrondatumArchiefprocedure, procestermijn: string): InvalidParam[] {
  const params: InvalidParam[] = [];
  const forced = forcedAfleidingswijze(procestermijn);
  if (forced && b.afleidingswijze !== forced) {
    params.push({
      name: `${B}.afleidingswijze`,
      code: 'invalid-afleidingswijze-for-procestermijn',
      reason: `Bij procestermijn '${procestermijn}' van de selectielijstklasse moet de afleidingswijze '${forced}' zijn.`,
    });
  }
  for (const [field, wijzen] of Object.entries(REQUIRED) as [keyof typeof REQUIRED, Afleidingswijze[]][]) {
    const needed = wijzen.includes(b.afleidingswijze);
    if (needed && !filled(b[field]))
      params.push({
        name: `${B}.${field}`,
        code: 'required',
        reason: `Verplicht bij afleidingswijze ${b.afleidingswijze}.`,
      });
    if (!needed && filled(b[field]))
      params.push({
        name: `${B}.${field}`,
        code: 'must-be-empty',
        reason: `Leeg bij afleidingswijze ${b.afleidingswijze}.`,
      });
  }
  // ztc-005
  if ((b.afleidingswijze === 'afgehandeld' || b.afleidingswijze === 'termijn') && filled(b.einddatumBekend)) {
    params.push({
      name: `${B}.einddatumBekend`,
      code: 'must-be-empty',
      reason: `Leeg bij afleidingswijze ${b.afleidingswijze}.`,
    });
  }
  return params;
}

/** Without a brondatumArchiefprocedure: the one the Selectielijst forces, else 'afgehandeld'. */
export const defaultBrondatum = (procestermijn: string): BrondatumArchiefprocedure => ({
  afleidingswijze: forcedAfleidingswijze(procestermijn) ?? 'afgehandeld',
});

/**
 * ztc-002: archiefnominatie and archiefactietermijn, when not given, from the result's
 * waardering and bewaartermijn.
 */
export function archiefDefaults(
  given: { archiefnominatie?: string | undefined; archiefactietermijn?: string | null | undefined },
  resultaat: SelectielijstResultaat,
) {
  const archiefnominatie = given.archiefnominatie ? given.archiefnominatie : resultaat.waardering;
  return {
    archiefnominatie,
    archiefactietermijn:
      given.archiefactietermijn === undefined ? resultaat.bewaartermijn : given.archiefactietermijn,
  };
}

/** The stored form: empty fields left out. */
export function toBrondatum(b: BrondatumArchiefprocedure): BrondatumArchiefprocedure {
  return {
    afleidingswijze: b.afleidingswijze,
    ...(filled(b.datumkenmerk) ? { datumkenmerk: b.datumkenmerk } : {}),
    ...(b.einddatumBekend ? { einddatumBekend: true } : {}),
    ...(filled(b.objecttype) ? { objecttype: b.objecttype } : {}),
    ...(filled(b.registratie) ? { registratie: b.registratie } : {}),
    procestermijn: b.procestermijn ?? null,
  };
}
