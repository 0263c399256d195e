import { describe, expect, it } from 'vitest';
import { indicatieProblem, statusProblem } from '../../../src/modules/documents/informatieobjecten.rules.ts';
import {
  blocksOf,
  decodeBase64,
  partSizes,
} from '../../../src/modules/documents/informatieobjecten.input.ts';
import { drcExpandTree } from '../../../src/modules/documents/documenten-expand.ts';
import type { ExpandTree } from '../../../src/modules/documents/zgw-expand.ts';

/** The Documenten API's rules without I/O. */
describe('drc rules', () => {
  it('drc-005: no in_bewerking or ter_vaststelling once received or sent', () => {
    const d = { ontvangstdatum: null, verzenddatum: null };
    expect(statusProblem({ ...d, status: 'in_bewerking' })).toBeUndefined();
    expect(statusProblem({ ...d, status: 'ter_vaststelling', ontvangstdatum: '2026-01-01' })?.code).toBe(
      'invalid_for_received',
    );
    expect(statusProblem({ ...d, status: 'in_bewerking', verzenddatum: '2026-01-01' })?.code).toBe(
      'invalid_for_sent',
    );
    expect(statusProblem({ ...d, status: 'definitief', ontvangstdatum: '2026-01-01' })).toBeUndefined();
  });

  it('drc-006: the indicatie is true exactly with gebruiksrechten', () => {
    expect(indicatieProblem(true, false)?.code).toBe('missing-gebruiksrechten');
    expect(indicatieProblem(false, true)?.code).toBe('existing-gebruiksrechten');
    expect(indicatieProblem(null, true)?.code).toBe('existing-gebruiksrechten');
    expect(indicatieProblem(true, true)).toBeUndefined();
    expect(indicatieProblem(false, false)).toBeUndefined();
  });

  it('cuts a file into parts and blocks of the part size', () => {
    expect(partSizes(0, 4)).toEqual([]);
    expect(partSizes(9, 4)).toEqual([4, 4, 1]);
    expect(partSizes(8, 4)).toEqual([4, 4]);
    expect(blocksOf(Uint8Array.from([1, 2, 3, 4, 5]), 2)).toEqual([
      Uint8Array.from([1, 2]),
      Uint8Array.from([3, 4]),
      Uint8Array.from([5]),
    ]);
  });

  it('reads base64 content, and refuses what is not', () => {
    expect(decodeBase64('aGFsbG8=')).toEqual(new TextEncoder().encode('hallo'));
    expect(decodeBase64('aGFs\nbG8=')).toEqual(new TextEncoder().encode('hallo'));
    expect(decodeBase64('not base64!')).toBeUndefined();
  });

  it('drc-013: an expand of an attribute the resource does not have is refused, at any step', () => {
    for (const expand of [
      'zaak',
      'informatieobjecttype.zaak',
      'informatieobjecttype.catalogus.onzin',
      'x..y',
    ])
      for (const on of ['one', 'list'] as const)
        expect(() => drcExpandTree(expand, 'enkelvoudiginformatieobject', on), `${expand} ${on}`).toThrow(
          /Onbekend/,
        );
    // drc-011: a zaak or besluit (of the Zaken or Besluiten API) is not expanded here.
    expect(() => drcExpandTree('object', 'objectinformatieobject', 'list')).toThrow(/Onbekend/);
    // An object's own properties only.
    expect(() => drcExpandTree('constructor', 'enkelvoudiginformatieobject', 'one')).toThrow(/Onbekend/);
  });

  it('drc-012: dotted paths make one tree, cut at three levels', () => {
    const plain = (tree: ExpandTree): unknown => Object.fromEntries([...tree].map(([k, v]) => [k, plain(v)]));
    expect(plain(drcExpandTree(undefined, 'gebruiksrecht', 'one'))).toEqual({});
    expect(
      plain(
        drcExpandTree(
          'informatieobject.informatieobjecttype.catalogus.zaaktypen.statustypen, informatieobject.informatieobjecttype.zaaktypen,informatieobject',
          'gebruiksrecht',
          'list',
        ),
      ),
    ).toEqual({ informatieobject: { informatieobjecttype: { catalogus: {}, zaaktypen: {} } } });
  });
});
