import type { Afhandelaar, Antwoord } from '../events/events.service.ts';
import { SPIEGELS, spiegelNaam, verwijderOpdracht, type SpiegelSoort } from './zaak-spiegels.ts';
import * as repo from './zaak-contacten.repository.ts';

/**
 * The URL of the relation the register made: its `url` (or Location), and only one in the
 * collection that was posted to, since Loket will later DELETE it with its credentials there.
 */
export function spiegelUrlUit(antwoord: Antwoord, collectie: string): string | undefined {
  const body = antwoord.body as { url?: unknown } | undefined;
  const url = typeof body?.url === 'string' ? body.url : antwoord.location;
  return url && url.startsWith(`${collectie}/`) && !url.includes('?') ? url : undefined;
}

/**
 * zrc-024/zrc-025: the register made the mirror of a link. Its URL is kept on the link, so that
 * removing the link removes the mirror. When the link is gone meanwhile (removed while the
 * mirror was on its way), or has a mirror already (this opdracht was delivered twice), the
 * register's new relation is removed again. Safe to run twice.
 */
function bewaar(soort: SpiegelSoort): Afhandelaar {
  return async (tx, { gemeenteCode, url, ref, antwoord }) => {
    const spiegel = spiegelUrlUit(antwoord, url);
    if (!spiegel || ref.id === undefined) return [];
    const bewaard = await repo.bewaarSpiegel(tx, SPIEGELS[soort].tabel, ref.id, spiegel);
    return bewaard === spiegel ? [] : [verwijderOpdracht(soort, gemeenteCode, spiegel)];
  };
}

/** The handlers of the answers to the mirrors' opdrachten, by opdracht name. */
export const spiegelAfhandelaars: Record<string, Afhandelaar> = Object.fromEntries(
  (Object.keys(SPIEGELS) as SpiegelSoort[]).map((soort) => [spiegelNaam(soort, 'aanmaken'), bewaar(soort)]),
);
