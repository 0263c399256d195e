import { writeAudit } from '../../platform/audit/audit.repository.ts';
import { dutchDate } from '../../platform/dates.ts';
import type { Db } from '../../platform/db/types.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { drcChange, type Outbox, type ZgwCall } from '../documents/documenten-access.ts';
import * as io from '../documents/informatieobjecten.repository.ts';
import { auditView } from '../documents/informatieobjecten.view.ts';
import { embedder, expandFields } from '../documents/zgw-expand.ts';
import { fieldError, isRsin, parseBody } from '../documents/zgw-input.ts';
import { isUuid, type DrcBrcUrls } from '../documents/zgw-urls.ts';
import { mayOn, requireScope } from '../zgw/zgw-auth.ts';
import { besluitAccess, brcChange, mayOnBesluit, requireOnBesluit } from './besluiten-access.ts';
import { assertBesluittypeOfZaak, resolveBesluittype, resolveZaak } from './besluiten-refs.ts';
import * as repo from './besluiten.repository.ts';
import { BesluitRequest, besluitView, PatchedBesluitRequest } from './besluiten.view.ts';

export interface BrcDeps {
  db: Db;
  outbox: Outbox;
  fetch: typeof fetch;
  urls: DrcBrcUrls;
  now: () => Date;
}

export const PAGE_SIZE = 100;

export function besluitenService(deps: BrcDeps) {
  const { db, urls } = deps;
  const change = brcChange(deps.outbox, urls);
  const drc = drcChange(deps.outbox, urls);
  const view = (b: repo.BesluitRow) => besluitView(urls, b);

  /** A type or zaak query parameter as the filter takes it. */
  const refOf = (collection: 'besluittype' | 'zaak', u: string | undefined): repo.Ref | undefined => {
    if (u === undefined) return undefined;
    const id = urls.idOf(collection, u);
    return id ? { id } : { url: u };
  };

  async function readable(call: ZgwCall, id: string, scope: string, d: Db = db, forUpdate = false) {
    const row = isUuid(id) ? await repo.findBesluit(d, call.client.gemeenteCode, id, forUpdate) : undefined;
    return requireOnBesluit(call, scope, urls, row);
  }

  /** brc-006: a besluit made on one of Loket's own zaken shows in that zaak's audit trail and notifications. */
  async function zaakbesluit(tx: Db, call: ZgwCall, besluit: repo.BesluitRow, actie: 'create' | 'destroy') {
    const z = besluit.zaakId ? await repo.findZaak(tx, besluit.gemeenteCode, besluit.zaakId) : undefined;
    if (!z) return;
    const zaakUrl = urls.url('zaak', z.id);
    await writeAudit(tx, call.actor, {
      gemeenteCode: z.gemeenteCode,
      bron: 'ZRC',
      actie,
      actieWeergave: actie === 'create' ? 'Object aangemaakt' : 'Object verwijderd',
      resultaat: actie === 'create' ? 201 : 204,
      hoofdObjectId: z.id,
      resource: 'zaakbesluit',
      resourceId: besluit.id,
      resourceWeergave: `${z.identificatie} - ${besluit.identificatie}`,
      toelichting: call.toelichting,
      ...(actie === 'create'
        ? { nieuw: { zaak: zaakUrl, besluit: urls.url('besluit', besluit.id) } }
        : { oud: { zaak: zaakUrl, besluit: urls.url('besluit', besluit.id) } }),
    });
    await deps.outbox.zgw(tx, {
      gemeenteCode: z.gemeenteCode,
      kanaal: 'zaken',
      hoofdObject: zaakUrl,
      resource: 'zaakbesluit',
      resourceUrl: `${zaakUrl}/besluiten/${besluit.id}`,
      actie,
      kenmerken: {
        bronorganisatie: z.bronorganisatie,
        zaaktype: urls.url('zaaktype', z.zaaktypeId),
        vertrouwelijkheidaanduiding: z.vertrouwelijkheidaanduiding,
      },
    });
  }

  /** Embeds besluittype and zaak, fetched from their APIs on behalf of the caller. */
  async function expand(call: ZgwCall, rows: repo.BesluitRow[], fields: string[]) {
    const embed = embedder(deps.fetch, call.authorization, urls.isOwn);
    return Promise.all(
      rows.map(async (r) => {
        const v = view(r);
        if (fields.length === 0) return v;
        const _expand: Record<string, unknown> = {};
        for (const f of fields) {
          const found = await embed(f === 'zaak' ? v.zaak : v.besluittype);
          if (found) _expand[f] = found;
        }
        return { ...v, _expand };
      }),
    );
  }

  function checkDates(b: { datum: string }) {
    if (b.datum > dutchDate(deps.now()))
      throw fieldError('datum', 'future-not-allowed', 'De datum van een besluit ligt niet in de toekomst.');
  }

  return {
    async list(call: ZgwCall, q: Record<string, string | undefined>, number: number) {
      const fields = expandFields(q.expand, ['besluittype', 'zaak'], 'list');
      const access = besluitAccess(call.client, 'besluiten.lezen', urls);
      const { count, rows } = await repo.listBesluiten(
        db,
        call.client.gemeenteCode,
        {
          identificatie: q.identificatie,
          verantwoordelijkeOrganisatie: q.verantwoordelijkeOrganisatie,
          besluittype: refOf('besluittype', q.besluittype),
          zaak: refOf('zaak', q.zaak),
        },
        access,
        { number, size: PAGE_SIZE },
      );
      return { count, results: await expand(call, rows, fields) };
    },

    async get(call: ZgwCall, id: string, expandParam: string | undefined) {
      const fields = expandFields(expandParam, ['besluittype', 'zaak'], 'one');
      const [one] = await expand(call, [await readable(call, id, 'besluiten.lezen')], fields);
      if (!one) throw notFound();
      return one;
    },

    async create(call: ZgwCall, body: unknown) {
      const input = parseBody(BesluitRequest, body);
      const gemeenteCode = call.client.gemeenteCode;
      besluitAccess(call.client, 'besluiten.aanmaken', urls);
      const type = await resolveBesluittype(deps, gemeenteCode, input.besluittype);
      if (!mayOn(call.client, 'brc', 'besluiten.aanmaken', 'besluittype', type.url, 'openbaar'))
        throw forbidden('Niet geautoriseerd voor dit besluittype.');
      if (!isRsin(input.verantwoordelijkeOrganisatie))
        throw fieldError('verantwoordelijkeOrganisatie', 'invalid', 'Een RSIN van negen cijfers.');
      checkDates(input);
      const zaak = input.zaak ? await resolveZaak(deps, gemeenteCode, input.zaak) : undefined;
      if (zaak) await assertBesluittypeOfZaak(deps, zaak, type);
      const organisatie = input.verantwoordelijkeOrganisatie;
      if (input.identificatie && (await repo.identificatieInUse(db, organisatie, input.identificatie)))
        throw fieldError('identificatie', 'identificatie-niet-uniek', 'Deze identificatie bestaat al.');
      const row = await db.transaction(async (tx) => {
        let identificatie = input.identificatie;
        if (!identificatie) {
          const prefix = `BESLUIT-${input.datum.slice(0, 4)}-`;
          identificatie = `${prefix}${String((await repo.lockAndLastNumber(tx, organisatie, prefix)) + 1).padStart(10, '0')}`;
        }
        const besluit = await repo.insertBesluit(tx, {
          gemeenteCode,
          identificatie,
          verantwoordelijkeOrganisatie: organisatie,
          besluittypeId: type.id,
          besluittypeUrl: type.id ? null : type.url,
          zaakId: zaak?.kind === 'own' ? zaak.zaak.id : null,
          zaakUrl: zaak?.kind === 'remote' ? zaak.url : null,
          datum: input.datum,
          toelichting: input.toelichting ?? '',
          bestuursorgaan: input.bestuursorgaan ?? '',
          ingangsdatum: input.ingangsdatum,
          vervaldatum: input.vervaldatum ?? null,
          vervalreden: input.vervalreden || null,
          publicatiedatum: input.publicatiedatum ?? null,
          verzenddatum: input.verzenddatum ?? null,
          uiterlijkeReactiedatum: input.uiterlijkeReactiedatum ?? null,
        });
        await change(tx, call, besluit, {
          resource: 'besluit',
          resourceId: besluit.id,
          actie: 'create',
          weergave: besluit.identificatie,
          nieuw: view(besluit),
        });
        await zaakbesluit(tx, call, besluit, 'create');
        return besluit;
      });
      return view(row);
    },

    /** Besluittype (brc-001), identificatie and organisation (brc-002) and zaak (brc-006) stay as they are. */
    async update(call: ZgwCall, id: string, body: unknown, partial: boolean) {
      const input = partial ? parseBody(PatchedBesluitRequest, body) : parseBody(BesluitRequest, body);
      const row = await db.transaction(async (tx) => {
        const cur = await readable(call, id, 'besluiten.bijwerken', tx, true);
        const view0 = view(cur);
        const same = (k: 'besluittype' | 'identificatie' | 'verantwoordelijkeOrganisatie' | 'zaak') =>
          input[k] === undefined ||
          (input[k] ?? '') === (view0[k] ?? '') ||
          (k === 'identificatie' && input[k] === '');
        for (const k of ['besluittype', 'identificatie', 'verantwoordelijkeOrganisatie', 'zaak'] as const)
          if (!same(k)) throw fieldError(k, 'wijzigen-niet-toegestaan', `${k} kan niet wijzigen.`);
        const keep = <T>(v: T | undefined, current: T, empty: T): T =>
          v !== undefined ? v : partial ? current : empty;
        const next = {
          datum: input.datum ?? cur.datum,
          ingangsdatum: input.ingangsdatum ?? cur.ingangsdatum,
          toelichting: keep(input.toelichting, cur.toelichting, ''),
          bestuursorgaan: keep(input.bestuursorgaan, cur.bestuursorgaan, ''),
          vervaldatum: keep(input.vervaldatum, cur.vervaldatum, null),
          vervalreden:
            input.vervalreden !== undefined ? input.vervalreden || null : partial ? cur.vervalreden : null,
          publicatiedatum: keep(input.publicatiedatum, cur.publicatiedatum, null),
          verzenddatum: keep(input.verzenddatum, cur.verzenddatum, null),
          uiterlijkeReactiedatum: keep(input.uiterlijkeReactiedatum, cur.uiterlijkeReactiedatum, null),
        };
        checkDates(next);
        const updated = await repo.updateBesluit(tx, id, next);
        await change(tx, call, updated, {
          resource: 'besluit',
          resourceId: id,
          actie: partial ? 'partial_update' : 'update',
          weergave: updated.identificatie,
          oud: view0,
          nieuw: view(updated),
        });
        return updated;
      });
      return view(row);
    },

    /** brc-009: the besluit, its besluitinformatieobjecten (and so its objectinformatieobjecten) and its trail. */
    async destroy(call: ZgwCall, id: string) {
      await db.transaction(async (tx) => {
        const cur = await readable(call, id, 'besluiten.verwijderen', tx, true);
        await change(tx, call, cur, {
          resource: 'besluit',
          resourceId: id,
          actie: 'destroy',
          weergave: cur.identificatie,
        });
        await zaakbesluit(tx, call, cur, 'destroy');
        // The documents' side of the relations that go with it (brc-005).
        for (const bio of await repo.listBios(tx, cur.gemeenteCode, { besluitId: id }, 'all')) {
          const doc = await io.findInformatieobject(tx, cur.gemeenteCode, bio.informatieobjectId);
          if (doc)
            await drc(tx, call, doc, {
              resource: 'objectinformatieobject',
              resourceId: bio.id,
              actie: 'destroy',
              weergave: `${cur.identificatie} - ${doc.identificatie}`,
            });
        }
        await repo.deleteBesluit(tx, id);
      });
    },

    async audittrail(call: ZgwCall, id: string, auditId?: string) {
      requireScope(call.client, 'brc', 'audittrails.lezen');
      const found = isUuid(id) ? await repo.findBesluit(db, call.client.gemeenteCode, id) : undefined;
      // The list has no 404 in the spec: the trail of a besluit one cannot see (or that is gone) is empty.
      if (!found || !mayOnBesluit(call.client, 'audittrails.lezen', urls, found)) {
        if (auditId === undefined) return [];
        throw notFound();
      }
      const besluit = found;
      if (auditId !== undefined && !isUuid(auditId)) throw notFound();
      const rows = await repo.auditTrailOf(db, call.client.gemeenteCode, besluit.id, auditId);
      return rows.map((a) =>
        auditView(urls, 'besluit', a, (resource, rid) =>
          urls.url(resource === 'besluitinformatieobject' ? 'besluitinformatieobject' : 'besluit', rid),
        ),
      );
    },
  };
}
