import { describe, expect, it } from 'vitest';
import { indicatieProblem, statusProblem } from '../../../src/modules/documents/informatieobjecten.rules.ts';
import {
  blocksOf,
  decodeBase64,
  partSizes,
} from '../../../src/modules/documents/informatieobjecten.input.ts';
import { expandFields } from '../../../src/modules/documents/zgw-expand.ts';

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

  it('drc-013: an expand of an attribute the resource does not have is refused', () => {
    expect(expandFields('informatieobjecttype.catalogus', ['informatieobjecttype'], 'one')).toEqual([
      'informatieobjecttype',
    ]);
    expect(() => expandFields('zaak', ['informatieobjecttype'], 'one')).toThrow(/Onbekend/);
    expect(() => expandFields('zaak', ['informatieobjecttype'], 'list')).toThrow(/Onbekend/);
  });
});
