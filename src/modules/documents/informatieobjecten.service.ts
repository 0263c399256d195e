import type { Db } from '../../platform/db/types.ts';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors.ts';
import { hasScope, mayOn, requireScope } from '../zgw/zgw-auth.ts';
import { lockAndLastNumber } from './documents.repository.ts';
import { drcChange, mayOnIo, requireOnIo, type Outbox, type ZgwCall } from './documenten-access.ts';
import { resolveInformatieobjecttype, type InformatieobjecttypeRef } from './documenten-refs.ts';
import * as rechten from './gebruiksrechten.repository.ts';
import { EioCreate, EioPatch, EioPut, type EioInput } from './informatieobjecten.input.ts';
import { applyContent, contentChange } from './informatieobjecten-inhoud.ts';
import * as repo from './informatieobjecten.repository.ts';
import { indicatieProblem, newLock, statusProblem } from './informatieobjecten.rules.ts';
import { auditSnapshot, eioView } from './informatieobjecten.view.ts';
import { fieldError, isRsin, parseBody } from './zgw-input.ts';
import { isUuid, type DrcBrcUrls } from './zgw-urls.ts';

export interface DrcDeps {
  db: Db;
  outbox: Outbox;
  fetch: typeof fetch;
  urls: DrcBrcUrls;
  now: () => Date;
  /** The size of the parts a large file is uploaded in (and of the blocks content is stored in). */
  partSize: number;
}

const BIJWERKEN = 'documenten.bijwerken';
const GEFORCEERD = 'documenten.geforceerd-bijwerken';

export function informatieobjectenWrites(deps: DrcDeps) {
  const { db, urls } = deps;
  const change = drcChange(deps.outbox, urls);

  function checkRules(merged: {
    bronorganisatie: string;
    status: string;
    ontvangstdatum: string | null;
    verzenddatum: string | null;
  }) {
    if (!isRsin(merged.bronorganisatie))
      throw fieldError('bronorganisatie', 'invalid', 'Een RSIN van negen cijfers.');
    const problem = statusProblem(merged);
    if (problem) throw invalid(problem.reason, [problem]);
  }

  const mayCreate = (
    call: ZgwCall,
    type: InformatieobjecttypeRef,
    va: repo.IoRow['vertrouwelijkheidaanduiding'],
  ) => mayOn(call.client, 'drc', 'documenten.aanmaken', 'informatieobjecttype', type.url, va);

  return {
    /** enkelvoudiginformatieobject_create: inline content, none, or announced parts (then locked). */
    async create(call: ZgwCall, body: unknown) {
      requireScope(call.client, 'drc', 'documenten.aanmaken');
      const input = parseBody(EioCreate, body);
      const gemeenteCode = call.client.gemeenteCode;
      const type = await resolveInformatieobjecttype(deps, gemeenteCode, input.informatieobjecttype);
      // drc-007: the type's confidentiality unless the client gives one.
      const va = input.vertrouwelijkheidaanduiding || type.vertrouwelijkheidaanduiding;
      if (!mayCreate(call, type, va)) throw forbidden('Niet geautoriseerd voor dit informatieobjecttype.');
      const status = input.status ?? '';
      checkRules({
        bronorganisatie: input.bronorganisatie,
        status,
        ontvangstdatum: input.ontvangstdatum ?? null,
        verzenddatum: input.verzenddatum ?? null,
      });
      const indicatie = indicatieProblem(input.indicatieGebruiksrecht ?? null, false);
      if (input.indicatieGebruiksrecht === true && indicatie) throw invalid(indicatie.reason, [indicatie]);
      if (
        input.identificatie &&
        (await repo.identificatieInUse(db, input.bronorganisatie, input.identificatie))
      )
        throw fieldError('identificatie', 'identificatie-niet-uniek', 'Deze identificatie bestaat al.');
      const c = contentChange(input, undefined);
      const row = await db.transaction(async (tx) => {
        let identificatie = input.identificatie;
        if (!identificatie) {
          const prefix = `DOC-${input.creatiedatum.slice(0, 4)}-`;
          const last = await lockAndLastNumber(tx, input.bronorganisatie, prefix);
          identificatie = `${prefix}${String(last + 1).padStart(7, '0')}`;
        }
        const inserted = await repo.insertInformatieobject(tx, {
          gemeenteCode,
          identificatie,
          bronorganisatie: input.bronorganisatie,
          informatieobjecttypeId: type.id,
          informatieobjecttypeUrl: type.id ? null : type.url,
          titel: input.titel,
          beschrijving: input.beschrijving ?? '',
          bestandsnaam: input.bestandsnaam ?? '',
          formaat: input.formaat ?? '',
          bestandsomvang: 0,
          taal: input.taal,
          creatiedatum: input.creatiedatum,
          auteur: input.auteur,
          status,
          vertrouwelijkheidaanduiding: va,
          versie: 1,
          ontvangstdatum: input.ontvangstdatum ?? null,
          verzenddatum: input.verzenddatum ?? null,
          beginRegistratie: deps.now(),
          inhoudVersie: null,
          lock: c.kind === 'parts' ? newLock() : null,
          indicatieGebruiksrecht: input.indicatieGebruiksrecht ?? null,
          link: input.link ?? '',
          trefwoorden: input.trefwoorden ?? [],
          isGereedVoorPublicatie: input.isGereedVoorPublicatie ?? null,
          tonenAanInitiator: input.tonenAanInitiator ?? false,
          inhoudIsVervallen: input.inhoudIsVervallen ?? null,
          verschijningsvorm: input.verschijningsvorm ?? '',
          ondertekening: input.ondertekening ?? null,
          integriteit: input.integriteit ?? null,
        });
        const set = await applyContent(tx, inserted, c, 1, deps.partSize);
        const saved =
          Object.keys(set).length > 0 ? await repo.updateInformatieobject(tx, inserted.id, set) : inserted;
        await change(tx, call, saved, {
          resource: 'enkelvoudiginformatieobject',
          resourceId: saved.id,
          actie: 'create',
          weergave: saved.identificatie,
          nieuw: auditSnapshot(urls, saved),
        });
        return saved;
      });
      const parts = await repo.partsOf(db, [row.id]);
      return { ...eioView(urls, row, parts), lock: row.lock ?? '' };
    },

    /** enkelvoudiginformatieobject_(partial_)update: a new version, only with the document's lock (drc-009/010). */
    async update(call: ZgwCall, id: string, body: unknown, partial: boolean) {
      const may = (scope: string, row: Parameters<typeof mayOnIo>[3]) =>
        mayOnIo(call.client, scope, urls, row);
      if (!hasScope(call.client, 'drc', BIJWERKEN) && !hasScope(call.client, 'drc', GEFORCEERD))
        throw forbidden(`Scope ${BIJWERKEN} ontbreekt.`);
      const input: EioInput = partial ? parseBody(EioPatch, body) : parseBody(EioPut, body);
      const gemeenteCode = call.client.gemeenteCode;
      const type = input.informatieobjecttype
        ? await resolveInformatieobjecttype(deps, gemeenteCode, input.informatieobjecttype)
        : undefined;
      const { row, parts } = await db.transaction(async (tx) => {
        const cur = isUuid(id) ? await repo.lockInformatieobject(tx, gemeenteCode, id) : undefined;
        if (!cur || !(may(BIJWERKEN, cur) || may(GEFORCEERD, cur)))
          throw notFound('Informatieobject niet gevonden.');
        const forced = may(GEFORCEERD, cur);
        const scope = forced ? GEFORCEERD : BIJWERKEN;
        // drc-009/drc-010: every write needs the document's lock.
        if (input.lock === undefined) throw fieldError('lock', 'missing-lock-id', 'Het lock ontbreekt.');
        if (cur.lock === null)
          throw fieldError('nonFieldErrors', 'unlocked', 'Het document is niet gelockt.');
        if (input.lock !== cur.lock) throw fieldError('nonFieldErrors', 'incorrect-lock-id', 'Onjuist lock.');
        // An archived document is only corrected, with documenten.geforceerd-bijwerken.
        if (cur.status === 'gearchiveerd' && !forced)
          throw forbidden('Een gearchiveerd document wordt alleen geforceerd bijgewerkt.');
        const typeId = type ? type.id : cur.informatieobjecttypeId;
        const typeUrl = type ? (type.id ? null : type.url) : cur.informatieobjecttypeUrl;
        const va =
          input.vertrouwelijkheidaanduiding ||
          (type && (input.vertrouwelijkheidaanduiding === '' || !partial)
            ? type.vertrouwelijkheidaanduiding
            : cur.vertrouwelijkheidaanduiding);
        if (type && !mayOn(call.client, 'drc', scope, 'informatieobjecttype', type.url, va))
          throw forbidden('Niet geautoriseerd voor dit informatieobjecttype.');
        const pick = <K extends keyof EioInput>(k: K, fallback: NonNullable<EioInput[K]> | null) =>
          input[k] !== undefined ? input[k] : partial ? undefined : fallback;
        const set: Partial<repo.NewIo> = Object.fromEntries(
          Object.entries({
            identificatie: input.identificatie,
            bronorganisatie: input.bronorganisatie,
            creatiedatum: input.creatiedatum,
            titel: input.titel,
            auteur: input.auteur,
            taal: input.taal,
            status: pick('status', ''),
            formaat: pick('formaat', ''),
            bestandsnaam: pick('bestandsnaam', ''),
            beschrijving: pick('beschrijving', ''),
            link: pick('link', ''),
            ontvangstdatum: pick('ontvangstdatum', null),
            verzenddatum: pick('verzenddatum', null),
            verschijningsvorm: pick('verschijningsvorm', ''),
            trefwoorden: pick('trefwoorden', []),
            isGereedVoorPublicatie: pick('isGereedVoorPublicatie', null),
            tonenAanInitiator: pick('tonenAanInitiator', false),
            inhoudIsVervallen: pick('inhoudIsVervallen', null),
            ondertekening: pick('ondertekening', null),
            integriteit: pick('integriteit', null),
            indicatieGebruiksrecht: input.indicatieGebruiksrecht,
          }).filter(([, v]) => v !== undefined),
        );
        const merged = { ...cur, ...set };
        checkRules(merged);
        if (input.identificatie !== undefined && input.identificatie !== cur.identificatie)
          throw fieldError(
            'identificatie',
            'wijzigen-niet-toegestaan',
            'De identificatie kan niet wijzigen.',
          );
        if (input.bronorganisatie !== undefined && input.bronorganisatie !== cur.bronorganisatie)
          throw fieldError(
            'bronorganisatie',
            'wijzigen-niet-toegestaan',
            'De bronorganisatie kan niet wijzigen.',
          );
        if ('indicatieGebruiksrecht' in input) {
          const problem = indicatieProblem(
            input.indicatieGebruiksrecht ?? null,
            (await rechten.countFor(tx, id)) > 0,
          );
          if (problem) throw invalid(problem.reason, [problem]);
        }
        const versie = cur.versie + 1;
        const c = contentChange(input, cur);
        await repo.keepVersion(tx, cur);
        const updated = await repo.updateInformatieobject(tx, id, {
          ...set,
          informatieobjecttypeId: typeId,
          informatieobjecttypeUrl: typeUrl,
          vertrouwelijkheidaanduiding: va,
          versie,
          beginRegistratie: deps.now(),
          ...(await applyContent(tx, cur, c, versie, deps.partSize)),
        });
        await change(tx, call, updated, {
          resource: 'enkelvoudiginformatieobject',
          resourceId: id,
          actie: partial ? 'partial_update' : 'update',
          weergave: updated.identificatie,
          oud: auditSnapshot(urls, cur),
          nieuw: auditSnapshot(urls, updated),
        });
        return { row: updated, parts: await repo.partsOf(tx, [id]) };
      });
      return eioView(urls, row, parts);
    },

    /** enkelvoudiginformatieobject_destroy: only without relations (drc-008), and for good. */
    async destroy(call: ZgwCall, id: string) {
      const gemeenteCode = call.client.gemeenteCode;
      await db.transaction(async (tx) => {
        const cur = requireOnIo(
          call,
          'documenten.verwijderen',
          urls,
          isUuid(id) ? await repo.lockInformatieobject(tx, gemeenteCode, id) : undefined,
        );
        // drc-008 asks for a 400, which the operation's OpenAPI document does not have: 409.
        if ((await repo.relationCount(tx, id)) > 0)
          throw conflict(
            'Het document is nog gerelateerd aan zaken, besluiten of andere objecten (pending-relations).',
          );
        await repo.deleteInformatieobject(tx, id);
        // The audit trail goes with the document (drc-008); the notification still tells the world.
        await change(tx, call, cur, {
          resource: 'enkelvoudiginformatieobject',
          resourceId: id,
          actie: 'destroy',
          weergave: cur.identificatie,
        });
        await repo.deleteAuditTrail(tx, id);
      });
    },
  };
}
