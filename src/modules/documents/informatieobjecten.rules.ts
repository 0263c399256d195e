import type { InvalidParam } from '../../platform/errors.ts';

/**
 * drc-005: a document received (ontvangstdatum) or sent (verzenddatum) is no longer being
 * worked on: its status may not be 'in_bewerking' or 'ter_vaststelling'.
 */
export function statusProblem(d: {
  status: string;
  ontvangstdatum: string | null;
  verzenddatum: string | null;
}): InvalidParam | undefined {
  if (d.status !== 'in_bewerking' && d.status !== 'ter_vaststelling') return undefined;
  if (d.ontvangstdatum !== null)
    return {
      name: 'status',
      code: 'invalid_for_received',
      reason: 'Een ontvangen document kan niet de status in bewerking of ter vaststelling hebben.',
    };
  if (d.verzenddatum !== null)
    return {
      name: 'status',
      code: 'invalid_for_sent',
      reason: 'Een verzonden document kan niet de status in bewerking of ter vaststelling hebben.',
    };
  return undefined;
}

/**
 * drc-006: `indicatieGebruiksrecht` is true exactly when the document has gebruiksrechten; a
 * client sets false or null only while there are none, and true only by adding them.
 */
export function indicatieProblem(
  value: boolean | null,
  heeftGebruiksrechten: boolean,
): InvalidParam | undefined {
  if (value === true && !heeftGebruiksrechten)
    return {
      name: 'indicatieGebruiksrecht',
      code: 'missing-gebruiksrechten',
      reason: 'De indicatie wordt waar door gebruiksrechten aan te maken.',
    };
  if (value !== true && heeftGebruiksrechten)
    return {
      name: 'indicatieGebruiksrecht',
      code: 'existing-gebruiksrechten',
      reason: 'Het document heeft gebruiksrechten: de indicatie blijft waar.',
    };
  return undefined;
}

/** An unguessable lock id. */
export const newLock = () => crypto.randomUUID().replace(/-/g, '');
