import { zaakContext, type ZaakDeps } from './zaak-context.ts';
import { submitCommand } from './zaak-submit.ts';
import { handlingCommands } from './zaak-handling.ts';
import { decisionCommands } from './zaak-decision.ts';

export type { Bijlage, DocumentStore, Effect, SubmitInput } from './zaak.types.ts';
export { rsinOf } from './zaak.types.ts';

/** The commands on cases that the portal, the back office and the APIs share. */
export function zaakCommands(deps: ZaakDeps) {
  const c = zaakContext(deps);
  return { ...submitCommand(c), ...handlingCommands(c), ...decisionCommands(c) };
}

export type ZaakCommands = ReturnType<typeof zaakCommands>;
