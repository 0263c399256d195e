import { and, eq } from 'drizzle-orm';
import { fout, type ZakenApiContext } from './zaken-api.context.ts';
import * as catalogus from './zaken-api.catalogus.repository.ts';
import * as wijzigen from './zaak-wijzigen.repository.ts';
import * as delen from './zaak-onderdelen.repository.ts';
import { resultaten, zaken } from './cases.schema.ts';
import type { Zaak } from './cases.repository.ts';
import { archiefBijAfsluiten, asDate, type ArchiefContext } from './zaken-archief.ts';

/**
 * Closing a zaak through its eindstatus (zrc-007, zrc-021): the checks, and the archive fields
 * from the resultaattype, with only the facts its afleidingswijze needs gathered first.
 */
export async function afsluiten(ctx: ZakenApiContext, zaak: Zaak, einddatum: string) {
  const { db, urls } = ctx;
  const zaakCond = and(eq(zaken.id, zaak.id), eq(zaken.gemeenteCode, zaak.gemeenteCode))!;
  const [resultaat] = await delen.resultatenSelect(db, {
    zaak: zaakCond,
    where: [eq(resultaten.zaakId, zaak.id)],
  });
  if (!resultaat)
    throw fout('nonFieldErrors', 'resultaat-does-not-exist', 'De zaak heeft nog geen resultaat.');
  const documenten = await wijzigen.documentenVan(db, zaak.id);
  if (documenten.some((d) => d.indicatieGebruiksrecht === null))
    throw fout(
      'nonFieldErrors',
      'indicatiegebruiksrecht-unset',
      'Van alle informatieobjecten van de zaak moet indicatieGebruiksrecht gezet zijn.',
    );
  const rt = await catalogus.resultaattype(db, zaak.gemeenteCode, resultaat.resultaattypeId);
  if (!rt) return { archiefnominatie: zaak.archiefnominatie, archiefactiedatum: zaak.archiefactiedatum };

  const wijze = rt.brondatumArchiefprocedure.afleidingswijze;
  const c: ArchiefContext = {
    einddatum,
    hoofdzaakEinddatum: null,
    eigenschappen: [],
    zaakobjecten: [],
    gerelateerdeZaken: [],
    besluiten: [],
  };
  if (wijze === 'hoofdzaak' && zaak.hoofdzaakId) {
    const [h] = await wijzigen.zakenVan(db, zaak.gemeenteCode, [zaak.hoofdzaakId]);
    c.hoofdzaakEinddatum = h?.einddatum ?? null;
  }
  if (wijze === 'eigenschap')
    c.eigenschappen = await delen.eigenschappenSelect(db, {
      zaak: zaakCond,
      where: [delen.ids.eigenschapVanZaak([zaak.id])],
    });
  if (wijze === 'zaakobject') {
    const objecten = await delen.zaakobjectenSelect(db, {
      zaak: zaakCond,
      where: [delen.ids.zaakobjectVanZaak([zaak.id])],
    });
    c.zaakobjecten = await Promise.all(
      objecten.map(async (o) => ({
        objectType: o.objectType,
        gegevens: { ...(o.object ? await ctx.haal(o.object) : {}), ...o.objectIdentificatie },
      })),
    );
  }
  if (wijze === 'gerelateerde_zaak') {
    const andere = zaak.relevanteAndereZaken.map((r) => ({ url: r.url, id: urls.idOf('zaak', r.url) }));
    const lokaal = await wijzigen.zakenVan(
      db,
      zaak.gemeenteCode,
      andere.flatMap((x) => (x.id ? [x.id] : [])),
    );
    c.gerelateerdeZaken = await Promise.all(
      andere.map(async (x) =>
        x.id
          ? (lokaal.find((l) => l.id === x.id)?.einddatum ?? null)
          : asDate((await ctx.haal(x.url))?.einddatum),
      ),
    );
  }
  if (wijze === 'ingangsdatum_besluit' || wijze === 'vervaldatum_besluit')
    c.besluiten = await wijzigen.besluitenVan(db, zaak.id);
  return archiefBijAfsluiten(zaak, rt, c);
}
