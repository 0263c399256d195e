import { and, eq, sql, type SQL } from 'drizzle-orm';
import { notFound } from '../../platform/errors.ts';
import { isUuid } from '../../platform/ids.ts';
import * as catalogus from './zaken-api.catalogus.repository.ts';
import * as delen from './zaak-onderdelen.repository.ts';
import * as opslag from './zaak-onderdelen-opslag.repository.ts';
import { rollen } from './cases.schema.ts';
import { parseBody, RolBody } from './zaken-api.input.ts';
import { badUrl, fout, type Aanroep, type ZakenApiContext } from './zaken-api.context.ts';
import { rolJson } from './zaken-api.view.ts';
import { onderdeelContext } from './zaak-onderdeel.context.ts';

/** How a betrokkene is called in the back office: from its identification, or the name given. */
function naamVan(type: string, id: Record<string, unknown>, afwijkend: string): string {
  const s = (k: string) => (typeof id[k] === 'string' ? id[k] : '');
  const naam =
    type === 'natuurlijk_persoon'
      ? [s('voornamen') || s('voorletters'), s('voorvoegselGeslachtsnaam'), s('geslachtsnaam')]
          .filter(Boolean)
          .join(' ')
      : type === 'niet_natuurlijk_persoon'
        ? s('statutaireNaam')
        : type === 'vestiging'
          ? Array.isArray(id.handelsnaam)
            ? String(id.handelsnaam[0] ?? '')
            : ''
          : type === 'medewerker'
            ? [s('voorletters'), s('voorvoegselAchternaam'), s('achternaam')].filter(Boolean).join(' ')
            : s('naam');
  return afwijkend || naam;
}

const ROL_IDENT: Record<string, [string, string]> = {
  betrokkeneIdentificatie__natuurlijkPersoon__inpBsn: ['natuurlijk_persoon', 'inpBsn'],
  betrokkeneIdentificatie__natuurlijkPersoon__anpIdentificatie: ['natuurlijk_persoon', 'anpIdentificatie'],
  betrokkeneIdentificatie__natuurlijkPersoon__inpA_nummer: ['natuurlijk_persoon', 'inpA_nummer'],
  betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId: ['niet_natuurlijk_persoon', 'innNnpId'],
  betrokkeneIdentificatie__nietNatuurlijkPersoon__annIdentificatie: [
    'niet_natuurlijk_persoon',
    'annIdentificatie',
  ],
  betrokkeneIdentificatie__vestiging__vestigingsNummer: ['vestiging', 'vestigingsNummer'],
  betrokkeneIdentificatie__organisatorischeEenheid__identificatie: [
    'organisatorische_eenheid',
    'identificatie',
  ],
  betrokkeneIdentificatie__medewerker__identificatie: ['medewerker', 'identificatie'],
};
export const ROL_FILTERS = [
  'zaak',
  'betrokkene',
  'betrokkeneType',
  'roltype',
  'omschrijving',
  'omschrijvingGeneriek',
  ...Object.keys(ROL_IDENT),
];

/** Rollen (zrc-019): who is involved, as the back office and the portal see them too. */
export function zaakRollenService(ctx: ZakenApiContext) {
  const { db, urls } = ctx;
  const o = onderdeelContext(ctx);
  return {
    async create(a: Aanroep, body: unknown) {
      const input = parseBody(RolBody, body);
      const zaak = await o.zaakVoorWijziging(a, input.zaak, ['zaken.bijwerken']);
      const rt = await catalogus.roltype(
        db,
        zaak.gemeenteCode,
        ctx.eigenId('roltype', input.roltype, 'roltype'),
      );
      if (!rt) throw badUrl('roltype');
      // zrc-019: the roltype must be one of the zaaktype's.
      if (rt.zaaktypeId !== zaak.zaaktypeId)
        throw fout('roltype', 'zaaktype-mismatch', 'Het roltype hoort niet bij het zaaktype van de zaak.');
      const ident = input.betrokkeneIdentificatie ?? {};
      if (!input.betrokkene && Object.keys(ident).length === 0)
        throw fout('nonFieldErrors', 'invalid-betrokkene', 'Geef betrokkene of betrokkeneIdentificatie.');
      const inpBsn = typeof ident.inpBsn === 'string' && /^\d{9}$/.test(ident.inpBsn) ? ident.inpBsn : null;
      const medewerker =
        typeof ident.identificatie === 'string' && isUuid(ident.identificatie) ? ident.identificatie : null;
      return db.transaction(async (tx) => {
        const row = await opslag.insertRol(tx, {
          zaakId: zaak.id,
          gemeenteCode: zaak.gemeenteCode,
          roltypeId: rt.id,
          omschrijvingGeneriek: rt.omschrijvingGeneriek,
          betrokkeneType: input.betrokkeneType,
          bsn: input.betrokkeneType === 'natuurlijk_persoon' ? inpBsn : null,
          medewerkerId: input.betrokkeneType === 'medewerker' ? medewerker : null,
          naam: naamVan(input.betrokkeneType, ident, input.afwijkendeNaamBetrokkene ?? ''),
          betrokkeneIdentificatie: ident,
          roltoelichting: input.roltoelichting ?? '',
          betrokkene: input.betrokkene || null,
          afwijkendeNaamBetrokkene: input.afwijkendeNaamBetrokkene ?? '',
          indicatieMachtiging: input.indicatieMachtiging ?? '',
          contactpersoonRol: input.contactpersoonRol ?? null,
        });
        const json = rolJson({ ...row, omschrijving: rt.omschrijving, statussen: [] }, urls);
        await o.wijziging(tx, a, zaak, 'rol', row.id, `${rt.omschrijving}: ${row.naam}`, 'create', {
          nieuw: json,
        });
        return json;
      });
    },

    async list(a: Aanroep, q: Record<string, string | undefined>, offset: number, size: number) {
      const where: (SQL | undefined)[] = [
        q.zaak !== undefined ? o.idFilter('zaak', q.zaak, delen.ids.rolVanZaak) : undefined,
        q.roltype !== undefined
          ? o.idFilter('roltype', q.roltype, (x) => eq(rollen.roltypeId, x[0]!))
          : undefined,
        q.betrokkene !== undefined ? eq(rollen.betrokkene, q.betrokkene) : undefined,
        q.betrokkeneType !== undefined
          ? eq(rollen.betrokkeneType, q.betrokkeneType as 'medewerker')
          : undefined,
        q.omschrijvingGeneriek !== undefined
          ? eq(rollen.omschrijvingGeneriek, q.omschrijvingGeneriek)
          : undefined,
        q.omschrijving !== undefined
          ? sql`exists (select 1 from roltypen rt where rt.id = ${rollen.roltypeId} and rt.omschrijving = ${q.omschrijving})`
          : undefined,
        ...Object.entries(ROL_IDENT).map(([k, [type, field]]) =>
          q[k] === undefined
            ? undefined
            : and(
                eq(rollen.betrokkeneType, type as 'medewerker'),
                sql`${rollen.betrokkeneIdentificatie} ->> ${field} = ${q[k]}`,
              ),
        ),
      ];
      const s = { zaak: o.lezen(a), where };
      const [count, rows] = await Promise.all([
        delen.rollenCount(db, s),
        delen.rollenSelect(db, { ...s, offset, limit: size }),
      ]);
      return { count, results: rows.map((r) => rolJson(r, urls)) };
    },

    async read(a: Aanroep, id: string) {
      const { onderdeelId } = await o.onderdeel(a, 'rollen', id);
      const [row] = await delen.rollenSelect(db, { zaak: o.lezen(a), where: [delen.ids.rol([onderdeelId])] });
      if (!row) throw notFound('Rol niet gevonden.');
      return rolJson(row, urls);
    },

    async destroy(a: Aanroep, id: string) {
      const { onderdeelId, zaak } = await o.onderdeel(a, 'rollen', id, ['zaken.bijwerken']);
      await db.transaction(async (tx) => {
        await opslag.deleteRol(tx, onderdeelId);
        await o.wijziging(tx, a, zaak, 'rol', onderdeelId, 'Rol', 'destroy', {});
      });
    },
  };
}
