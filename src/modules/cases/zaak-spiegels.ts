import type { Db } from '../../platform/db/types.ts';
import { invalid } from '../../platform/errors.ts';
import type { Opdracht } from '../events/events.service.ts';
import { zaakcontactmomenten, zaakverzoeken } from './zaken-api.schema.ts';
import * as repo from './zaak-contacten.repository.ts';
import type { ZakenApiUrls } from './zaken-api.urls.ts';

/**
 * The relations of a zaak that the other register keeps too: a zaakverzoek as an objectverzoek
 * in the Verzoeken API (zrc-024), a zaakcontactmoment as an objectcontactmoment in the
 * Contactmomenten API (zrc-025).
 */
export const SPIEGELS = {
  verzoek: { regel: 'zrc-024', collectie: 'objectverzoeken', tabel: zaakverzoeken },
  contactmoment: { regel: 'zrc-025', collectie: 'objectcontactmomenten', tabel: zaakcontactmomenten },
} as const;
export type SpiegelSoort = keyof typeof SPIEGELS;
const SOORTEN = Object.keys(SPIEGELS) as SpiegelSoort[];

/** The name of the opdracht (and of the handler of its answer). */
export const spiegelNaam = (soort: SpiegelSoort, actie: 'aanmaken' | 'verwijderen') =>
  `${SPIEGELS[soort].regel}.${SPIEGELS[soort].collectie}.${actie}`;

/** The collection in the register where the mirrors of the API root's resources are made. */
export const spiegelCollectie = (soort: SpiegelSoort, apiRoot: string) =>
  `${apiRoot}${SPIEGELS[soort].collectie}`;

export const verwijderOpdracht = (
  soort: SpiegelSoort,
  gemeenteCode: string,
  spiegelUrl: string,
): Opdracht => ({
  naam: spiegelNaam(soort, 'verwijderen'),
  gemeenteCode,
  methode: 'DELETE',
  url: spiegelUrl,
});

export interface SpiegelDeps {
  outbox: { opdracht(tx: Db, o: Opdracht): Promise<string> };
  /** The services of other registers the municipality registered (`npx loket zgw-dienst add`). */
  diensten: { dienstVoor(gemeenteCode: string, url: string): Promise<{ apiRoot: string } | undefined> };
  urls: ZakenApiUrls;
}

/** Mirroring the links of zaken in the other registers, through the outbox. */
export function zaakSpiegels(deps: SpiegelDeps) {
  return {
    /**
     * The API root of the register a resource belongs to. Without a registered service the
     * relation could never be mirrored, so it is refused: 400 'unknown-service' on the field.
     */
    async apiRoot(gemeenteCode: string, soort: SpiegelSoort, url: string): Promise<string> {
      const d = await deps.diensten.dienstVoor(gemeenteCode, url);
      if (!d) {
        const reason =
          'Voor deze URL is geen dienst geregistreerd: de relatie kan niet in dat register worden vastgelegd.';
        throw invalid(reason, [{ name: soort, code: 'unknown-service', reason }]);
      }
      return d.apiRoot;
    },

    /** In the transaction of a new link: its mirror is made in the register after the commit. */
    aangemaakt(tx: Db, soort: SpiegelSoort, apiRoot: string, link: repo.Link) {
      return deps.outbox.opdracht(tx, {
        naam: spiegelNaam(soort, 'aanmaken'),
        gemeenteCode: link.gemeenteCode,
        methode: 'POST',
        url: spiegelCollectie(soort, apiRoot),
        body: { [soort]: link.url, object: deps.urls.url('zaak', link.zaakId), objectType: 'zaak' },
        ref: { id: link.id },
      });
    },

    /**
     * In the transaction that removed a link: its mirror goes too. A mirror still on its way is
     * removed by the handler of its answer, which finds the link gone.
     */
    async verwijderd(
      tx: Db,
      soort: SpiegelSoort,
      gemeenteCode: string,
      spiegelUrl: string | null | undefined,
    ) {
      if (spiegelUrl) await deps.outbox.opdracht(tx, verwijderOpdracht(soort, gemeenteCode, spiegelUrl));
    },

    /** zrc-023: a destroyed zaak's links go, and with them their mirrors. */
    async zaakVernietigd(tx: Db, zaak: { id: string; gemeenteCode: string }) {
      for (const soort of SOORTEN) {
        for (const url of await repo.deleteLinksVanZaak(tx, SPIEGELS[soort].tabel, zaak.id))
          await deps.outbox.opdracht(tx, verwijderOpdracht(soort, zaak.gemeenteCode, url));
      }
    },
  };
}
