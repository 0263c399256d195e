import { invalid, type InvalidParam } from '../../platform/errors.ts';
import type * as catalogus from './zaken-api.catalogus.repository.ts';
import * as wijzigen from './zaak-wijzigen.repository.ts';
import type { ZaakVelden } from './zaken-api.representatie.ts';
import type { ZakenApiContext } from './zaken-api.context.ts';
import type { ZaakInput } from './zaken-api.input.ts';
import { archiefstatusProblemen } from './zaken-archief.ts';

export type GecontroleerdZaaktype = NonNullable<Awaited<ReturnType<typeof catalogus.zaaktype>>>;

/**
 * The run-time rules on a zaak's fields (zrc-001, 002, 010, 011, 013, 014, 015, 022), for a
 * create (no `bestaand`) or an update (`input` the complete new version, `verzoek` what the
 * client sent). All problems in one 400.
 */
export async function controleerZaak(
  ctx: ZakenApiContext,
  gemeenteCode: string,
  input: ZaakInput,
  bestaand: ZaakVelden | undefined,
  verzoek: Partial<ZaakInput> = input,
): Promise<{ zaaktype: GecontroleerdZaaktype; hoofdzaakId: string | null }> {
  const { db, urls } = ctx;
  const problems: InvalidParam[] = [];
  const p = (name: string, code: string, reason: string) => problems.push({ name, code, reason });
  const badUrl = (name: string) => p(name, 'bad-url', 'De URL is ongeldig of de resource bestaat niet.');

  // zrc-001: the zaaktype must resolve to a zaaktype, one of this municipality's and published.
  const zaaktypeId = urls.idOf('zaaktype', input.zaaktype);
  const zaaktype = zaaktypeId ? await ctx.zaaktype(gemeenteCode, zaaktypeId) : undefined;
  if (!zaaktype) {
    const remote = !urls.isOwn(input.zaaktype) ? await ctx.haal(input.zaaktype) : undefined;
    if (remote) p('zaaktype', 'invalid', 'Alleen zaaktypen uit de Catalogi API van deze gemeente.');
    else badUrl('zaaktype');
  } else if (zaaktype.concept) p('zaaktype', 'not-published', 'Het zaaktype is nog een concept.');
  if (bestaand && zaaktype && zaaktype.id !== bestaand.zaaktypeId)
    p('zaaktype', 'wijzigen-niet-toegelaten', 'Het zaaktype van een zaak kan niet wijzigen.');

  // zrc-002: identificatie unique within the municipality (and so the bronorganisatie).
  if (input.identificatie && input.identificatie !== bestaand?.identificatie) {
    const [bezet, gereserveerd] = await Promise.all([
      wijzigen.identificatieBestaat(db, gemeenteCode, input.identificatie),
      wijzigen.reservering(db, gemeenteCode, input.identificatie),
    ]);
    if (bezet) p('identificatie', 'identificatie-niet-uniek', 'Deze identificatie bestaat al.');
    else if (gereserveerd && gereserveerd.bronorganisatie !== input.bronorganisatie)
      p(
        'identificatie',
        'identificatie-niet-uniek',
        'Dit zaaknummer is gereserveerd voor een andere bronorganisatie.',
      );
  }

  // zrc-014: no payment date given when there is nothing to pay; none in the future.
  if (input.betalingsindicatie === 'nvt' && verzoek.laatsteBetaaldatum)
    p('laatsteBetaaldatum', 'betaling-nvt', 'Er valt niets te betalen (betalingsindicatie "nvt").');
  if (input.laatsteBetaaldatum && Date.parse(input.laatsteBetaaldatum) > ctx.now().getTime())
    p('laatsteBetaaldatum', 'date-in-future', 'De datum ligt in de toekomst.');

  // zrc-015: the products and services must be the zaaktype's.
  const bekend = zaaktype?.productenOfDiensten ?? [];
  if (zaaktype && (input.productenOfDiensten ?? []).some((x) => !bekend.includes(x)))
    p(
      'productenOfDiensten',
      'invalid-products-services',
      'Niet alle producten of diensten horen bij het zaaktype.',
    );

  // zrc-013: a hoofdzaak is a zaak of ours that is no deelzaak itself, and not the zaak itself.
  let hoofdzaakId: string | null = null;
  if (input.hoofdzaak) {
    const id = urls.idOf('zaak', input.hoofdzaak);
    const [h] = id ? await wijzigen.zakenVan(db, gemeenteCode, [id]) : [];
    if (!h) badUrl('hoofdzaak');
    else if (bestaand && h.id === bestaand.id)
      p('hoofdzaak', 'self-forbidden', 'Een zaak kan geen deelzaak van zichzelf zijn.');
    else if (h.hoofdzaakId !== null)
      p(
        'hoofdzaak',
        'deelzaak-als-hoofdzaak',
        'De hoofdzaak is zelf een deelzaak; deelzaken van deelzaken mogen niet.',
      );
    else if (bestaand && (await wijzigen.deelzakenVan(db, bestaand.id)).length > 0)
      p('hoofdzaak', 'deelzaak-als-hoofdzaak', 'Deze zaak heeft zelf deelzaken en kan geen deelzaak worden.');
    else hoofdzaakId = h.id;
  }

  // zrc-011, zrc-010 and the selectielijstklasse: URLs that must resolve (ours in the database).
  const andere = input.relevanteAndereZaken ?? [];
  const lokaal = andere.map((r) => urls.idOf('zaak', r.url));
  const gevonden = new Set(
    (
      await wijzigen.zakenVan(
        db,
        gemeenteCode,
        lokaal.filter((x): x is string => x !== undefined),
      )
    ).map((z) => z.id),
  );
  const checks = await Promise.all([
    ...andere.map(async (r, i) => {
      const id = lokaal[i];
      const ok = id ? gevonden.has(id) : !urls.isOwn(r.url) && (await ctx.haal(r.url)) !== undefined;
      return ok ? undefined : `relevanteAndereZaken.${i}`;
    }),
    (async () =>
      input.communicatiekanaal && (await ctx.haal(input.communicatiekanaal)) === undefined
        ? 'communicatiekanaal'
        : undefined)(),
    (async () =>
      input.selectielijstklasse && (await ctx.haal(input.selectielijstklasse)) === undefined
        ? 'selectielijstklasse'
        : undefined)(),
  ]);
  checks.forEach((name) => name && badUrl(name));

  // zrc-022: leaving 'nog_te_archiveren' needs the archive fields and archived documents.
  if (input.archiefstatus && input.archiefstatus !== 'nog_te_archiveren') {
    const documenten = bestaand ? await wijzigen.documentenVan(db, bestaand.id) : [];
    problems.push(
      ...archiefstatusProblemen({
        archiefstatus: input.archiefstatus,
        archiefnominatie: input.archiefnominatie || null,
        archiefactiedatum: input.archiefactiedatum ?? null,
        documentStatussen: documenten.map((d) => d.status),
      }),
    );
  }
  if (problems.length > 0 || !zaaktype) throw invalid('Een of meer velden zijn niet correct.', problems);
  return { zaaktype, hoofdzaakId };
}
