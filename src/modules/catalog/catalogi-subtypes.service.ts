import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/types.ts';
import { notFound, type InvalidParam } from '../../platform/errors.ts';
import type { ZgwClient } from '../zgw/zgw-auth.ts';
import {
  eigenschapBody,
  resultaattypeBody,
  roltypeBody,
  statustypeBody,
  zaakobjecttypeBody,
  zaaktypeInformatieobjecttypeBody,
  type EigenschapBody,
  type ResultaattypeBody,
  type StatustypeBody,
  type ZaaktypeInformatieobjecttypeBody,
} from './catalogi-api.bodies.ts';
import type { ZaaktypeRow } from './catalogi-api.repository.ts';
import * as sub from './catalogi-subtypes.repository.ts';
import { parseBody } from './catalogi-api.validate.ts';
import {
  fieldError,
  fieldErrors,
  schemaFor,
  type Mode,
  type WriteDeps,
  type WriteSupport,
} from './catalogi-write.support.ts';
import {
  archiefDefaults,
  checkBrondatum,
  checkProcestype,
  defaultBrondatum,
  toBrondatum,
} from './resultaattype.rules.ts';

const BODIES = {
  statustype: statustypeBody,
  resultaattype: resultaattypeBody,
  roltype: roltypeBody,
  eigenschap: eigenschapBody,
  zaaktypeInformatieobjecttype: zaaktypeInformatieobjecttypeBody,
  zaakobjecttype: zaakobjecttypeBody,
};

interface Common {
  zaaktype?: string;
  catalogus?: string | null;
  beginGeldigheid?: string | null;
}

/**
 * Writing the types of a zaaktype version: only while the zaaktype is a concept (ztc-010,
 * ztc-011a; a correction with catalogi.geforceerd-schrijven), related only within its
 * zaaktype and catalogus (ztc-013), with the rules of each (ztc-002 to ztc-008, ztc-015).
 */
export function catalogiSubtypeWrites(deps: WriteDeps, w: WriteSupport) {
  const { db } = deps;

  /** URLs of statustypen or eigenschappen, which must be of the same zaaktype. */
  async function ofZaaktype(
    c: ZgwClient,
    kind: 'statustype' | 'eigenschap',
    zt: ZaaktypeRow,
    url: string,
    field: string,
  ) {
    const r = await w.ref(c, kind, url, field);
    if (r.zaaktype.id !== zt.id)
      throw fieldError(field, 'relations-incorrect-zaaktype', `De ${kind} hoort bij een ander zaaktype.`);
    return r.row.id;
  }

  async function statustype(c: ZgwClient, b: StatustypeBody, zt: ZaaktypeRow, oldId?: string) {
    if (b.volgnummer !== undefined) {
      const other = await sub.statustypeWithVolgnummer(db, zt.id, b.volgnummer);
      if (other && other !== oldId)
        throw fieldError('volgnummer', 'unique', 'Het zaaktype heeft al een statustype met dit volgnummer.');
    }
    const eigenschappen =
      b.eigenschappen &&
      (await Promise.all(b.eigenschappen.map((u) => ofZaaktype(c, 'eigenschap', zt, u, 'eigenschappen'))));
    return {
      ...b,
      toelichting: b.toelichting === null ? '' : b.toelichting,
      checklistitemStatustype: b.checklistitemStatustype?.map((i) => ({
        itemnaam: i.itemnaam,
        toelichting: i.toelichting ?? null,
        vraagstelling: i.vraagstelling,
        verplicht: i.verplicht ?? false,
      })),
      eigenschappen,
    };
  }

  async function resultaattype(
    c: ZgwClient,
    b: ResultaattypeBody,
    zt: ZaaktypeRow,
    old?: sub.SubtypeRow<'resultaattype'>,
  ) {
    const klasse = b.selectielijstklasse ?? old!.selectielijstklasse;
    const omschrijving = b.resultaattypeomschrijving ?? old!.resultaattypeomschrijving;
    const resultaat = await deps.selectielijst.resultaat(klasse);
    const generiek = await deps.selectielijst.resultaattypeomschrijving(omschrijving);
    const brondatum =
      b.brondatumArchiefprocedure ??
      old?.brondatumArchiefprocedure ??
      defaultBrondatum(resultaat.procestermijn);
    const archief = archiefDefaults(
      {
        archiefnominatie: b.archiefnominatie ?? old?.archiefnominatie,
        archiefactietermijn:
          b.archiefactietermijn === undefined ? old?.archiefactietermijn : b.archiefactietermijn,
      },
      resultaat,
    );
    const params: InvalidParam[] = [
      ...checkProcestype(resultaat, zt.selectielijstProcestype),
      ...checkBrondatum(brondatum, resultaat.procestermijn),
    ];
    if (archief.archiefnominatie !== 'blijvend_bewaren' && archief.archiefnominatie !== 'vernietigen')
      params.push({
        name: 'archiefnominatie',
        code: 'required',
        reason: 'Niet af te leiden uit de selectielijstklasse.',
      });
    fieldErrors(params);
    const names = (kind: 'besluittype' | 'informatieobjecttype', v: string[] | undefined, field: string) =>
      v && w.names(c, kind, zt.catalogusId, v, field);
    return {
      ...b,
      catalogus: undefined,
      omschrijvingGeneriek: generiek,
      archiefnominatie: archief.archiefnominatie as 'blijvend_bewaren' | 'vernietigen',
      archiefactietermijn: archief.archiefactietermijn,
      brondatumArchiefprocedure: toBrondatum(brondatum),
      besluittypen: await names('besluittype', b.besluittypen, 'besluittypen'),
      informatieobjecttypen: await names(
        'informatieobjecttype',
        b.informatieobjecttypen,
        'informatieobjecttypen',
      ),
    };
  }

  async function eigenschap(c: ZgwClient, b: EigenschapBody, zt: ZaaktypeRow) {
    const s = b.specificatie;
    // ztc-015: dates as YYYYMMDD, date-times as YYYYMMDDhhmmss.
    const lengte = s?.formaat === 'datum' ? '8' : s?.formaat === 'datum_tijd' ? '14' : undefined;
    if (s && lengte && s.lengte !== lengte)
      throw fieldError('specificatie.lengte', 'invalid', `Bij formaat ${s.formaat} is de lengte ${lengte}.`);
    return {
      ...b,
      specificatie: s && { ...s, waardenverzameling: s.waardenverzameling ?? [] },
      statustypeId:
        b.statustype === undefined
          ? undefined
          : b.statustype && (await ofZaaktype(c, 'statustype', zt, b.statustype, 'statustype')),
    };
  }

  async function zaaktypeInformatieobjecttype(
    c: ZgwClient,
    b: ZaaktypeInformatieobjecttypeBody,
    zt: ZaaktypeRow,
  ) {
    const iot =
      b.informatieobjecttype &&
      (
        await w.names(
          c,
          'informatieobjecttype',
          zt.catalogusId,
          [b.informatieobjecttype],
          'informatieobjecttype',
        )
      )[0];
    return {
      ...b,
      informatieobjecttype: iot,
      statustypeId:
        b.statustype === undefined
          ? undefined
          : b.statustype && (await ofZaaktype(c, 'statustype', zt, b.statustype, 'statustype')),
    };
  }

  async function values(
    c: ZgwClient,
    kind: sub.Subtype,
    b: object,
    zt: ZaaktypeRow,
    old?: sub.WithZaaktype<sub.Subtype>,
  ) {
    switch (kind) {
      case 'statustype':
        return statustype(c, b, zt, old?.row.id);
      case 'resultaattype':
        return resultaattype(c, b, zt, old?.row as sub.SubtypeRow<'resultaattype'> | undefined);
      case 'eigenschap':
        return eigenschap(c, b, zt);
      case 'zaaktypeInformatieobjecttype':
        return zaaktypeInformatieobjecttype(c, b, zt);
      default:
        return b;
    }
  }

  return {
    async save(c: ZgwClient, requestId: string, kind: sub.Subtype, mode: Mode, body: unknown, id?: string) {
      const b: Common = parseBody(schemaFor(BODIES[kind], mode), body);
      const old = id ? await sub.findSubtype(db, kind, c.gemeenteCode, id) : undefined;
      if (id && !old) throw notFound();
      if (old) w.guardConcept(c, old.zaaktype.concept, 'schrijven', 'non-concept-zaaktype');
      const zt = b.zaaktype ? await w.ref(c, 'zaaktype', b.zaaktype, 'zaaktype') : old!.zaaktype;
      w.guardConcept(c, zt.concept, 'schrijven', 'non-concept-zaaktype');
      if (b.catalogus && deps.urls.id('catalogus', b.catalogus) !== zt.catalogusId)
        throw fieldError(
          'catalogus',
          'relations-incorrect-catalogus',
          'De catalogus is niet die van het zaaktype.',
        );
      // The validity of these types is that of their zaaktype version.
      if (b.beginGeldigheid && b.beginGeldigheid !== zt.beginGeldigheid)
        throw fieldError('beginGeldigheid', 'invalid', 'De beginGeldigheid is die van het zaaktype.');
      const v = {
        ...(await values(c, kind, b, zt, old)),
        zaaktype: undefined,
        catalogus: undefined,
        beginGeldigheid: undefined,
        eindeGeldigheid: undefined,
        beginObject: undefined,
        eindeObject: undefined,
        zaaktypeId: zt.id,
      };
      const newId = old?.row.id ?? randomUUID();
      const weergave = 'omschrijving' in v && typeof v.omschrijving === 'string' ? v.omschrijving : kind;
      await w.commit(
        c,
        requestId,
        {
          actie: mode,
          resource: kind,
          resourceId: newId,
          hoofdObjectId: zt.id,
          weergave,
          oud: old?.row ?? null,
          nieuw: b as Record<string, unknown>,
        },
        (tx: Db) =>
          old
            ? sub.updateSubtype(tx, kind, newId, v)
            : // The body passed the schema of a full object of this kind: its required fields are there.
              sub.insertSubtype(tx, kind, {
                ...v,
                id: newId,
                gemeenteCode: c.gemeenteCode,
              } as unknown as sub.SubtypeInsert<typeof kind>),
      );
      return newId;
    },

    /** ztc-010: only while the zaaktype is a concept, unless with catalogi.geforceerd-verwijderen. */
    async remove(c: ZgwClient, requestId: string, kind: sub.Subtype, id: string) {
      const old = await sub.findSubtype(db, kind, c.gemeenteCode, id);
      if (!old) throw notFound();
      w.guardConcept(c, old.zaaktype.concept, 'verwijderen', 'non-concept-zaaktype');
      const ch = {
        actie: 'destroy' as const,
        resource: kind,
        resourceId: id,
        hoofdObjectId: old.zaaktype.id,
        weergave: kind,
      };
      await w.commit(c, requestId, { ...ch, oud: old.row }, (tx) => sub.deleteSubtype(tx, kind, id));
    },
  };
}
export type CatalogiSubtypeWrites = ReturnType<typeof catalogiSubtypeWrites>;
