import { notFound } from '../../platform/errors.ts';
import { hasScope, requireScope } from '../zgw/zgw-auth.ts';
import { drcChange, requireOnIo, type ZgwCall } from './documenten-access.ts';
import * as content from './inhoud.repository.ts';
import { Unlock } from './informatieobjecten.input.ts';
import * as repo from './informatieobjecten.repository.ts';
import { newLock } from './informatieobjecten.rules.ts';
import type { DrcDeps } from './informatieobjecten.service.ts';
import { fieldError, parseBody } from './zgw-input.ts';
import { isUuid } from './zgw-urls.ts';

/**
 * Locking (drc-009) and large files in parts: a document announced with a bestandsomvang and
 * no inhoud is locked and gets its bestandsdelen; each part is stored as it arrives, and on
 * unlock the parts become the content, inside the database.
 */
export function bestandsdelenService(deps: DrcDeps) {
  const { db, urls } = deps;
  const change = drcChange(deps.outbox, urls);
  const lockRow = async (tx: typeof db, gemeenteCode: string, id: string) =>
    isUuid(id) ? repo.lockInformatieobject(tx, gemeenteCode, id) : undefined;

  return {
    async lock(call: ZgwCall, id: string): Promise<{ lock: string }> {
      return db.transaction(async (tx) => {
        const cur = requireOnIo(
          call,
          'documenten.lock',
          urls,
          await lockRow(tx, call.client.gemeenteCode, id),
        );
        if (cur.lock !== null)
          throw fieldError('nonFieldErrors', 'existing-lock', 'Het document is al gelockt.');
        const lock = newLock();
        const locked = await repo.updateInformatieobject(tx, id, { lock });
        await change(tx, call, locked, {
          resource: 'enkelvoudiginformatieobject',
          resourceId: id,
          actie: 'lock',
          weergave: locked.identificatie,
          notify: false,
        });
        return { lock };
      });
    },

    /**
     * Unlocks with the lock, or by force (documenten.geforceerd-unlock, without a lock). Parts
     * must all be there; a forced unlock drops an unfinished upload.
     */
    async unlock(call: ZgwCall, id: string, body: unknown): Promise<void> {
      const { lock } = parseBody(Unlock, body ?? {});
      const force = !lock && hasScope(call.client, 'drc', 'documenten.geforceerd-unlock');
      const scope = force ? 'documenten.geforceerd-unlock' : 'documenten.lock';
      requireScope(call.client, 'drc', scope);
      await db.transaction(async (tx) => {
        const cur = requireOnIo(call, scope, urls, await lockRow(tx, call.client.gemeenteCode, id));
        if (!force && (cur.lock === null || lock !== cur.lock))
          throw fieldError('nonFieldErrors', 'incorrect-lock-id', 'Onjuist lock.');
        const set: Partial<repo.NewIo> = { lock: null };
        if ((await content.partCount(tx, id)) > 0) {
          if ((await content.missingParts(tx, id)) === 0) {
            await content.mergeParts(tx, id, cur.versie);
            set.inhoudVersie = cur.versie;
          } else if (force) {
            await content.deleteParts(tx, id);
          } else {
            throw fieldError(
              'nonFieldErrors',
              'incomplete-upload',
              'Niet alle bestandsdelen zijn ontvangen.',
            );
          }
        }
        const unlocked = await repo.updateInformatieobject(tx, id, set);
        await change(tx, call, unlocked, {
          resource: 'enkelvoudiginformatieobject',
          resourceId: id,
          actie: 'unlock',
          weergave: unlocked.identificatie,
          notify: false,
          ...(set.inhoudVersie !== undefined ? { nieuw: { inhoudVersie: set.inhoudVersie } } : {}),
        });
      });
    },

    /** bestandsdeel_update: one part, with the document's lock and exactly the announced size. */
    async upload(
      call: ZgwCall,
      partId: string,
      form: { lock: string | undefined; inhoud: Uint8Array | undefined; truncated: boolean },
    ) {
      requireScope(call.client, 'drc', 'documenten.bijwerken');
      const gemeenteCode = call.client.gemeenteCode;
      return db.transaction(async (tx) => {
        const part = isUuid(partId) ? await content.findPart(tx, gemeenteCode, partId) : undefined;
        if (!part) throw notFound('Bestandsdeel niet gevonden.');
        requireOnIo(
          call,
          'documenten.bijwerken',
          urls,
          await repo.lockInformatieobject(tx, gemeenteCode, part.informatieobjectId),
        );
        if (!form.lock) throw fieldError('lock', 'required', 'Het lock ontbreekt.');
        if (part.lock === null || form.lock !== part.lock)
          throw fieldError('lock', 'incorrect-lock-id', 'Onjuist lock.');
        if (!form.inhoud) throw fieldError('inhoud', 'required', 'De inhoud ontbreekt.');
        if (form.truncated || form.inhoud.byteLength !== part.omvang)
          throw fieldError('inhoud', 'file-size', `Het bestandsdeel moet ${part.omvang} bytes zijn.`);
        await content.storePart(tx, part.id, form.inhoud);
        return {
          url: urls.url('bestandsdeel', part.id),
          lock: form.lock,
          omvang: part.omvang,
          voltooid: true,
          volgnummer: part.volgnummer,
        };
      });
    },
  };
}
