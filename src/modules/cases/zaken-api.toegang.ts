import { VERTROUWELIJKHEID, type Vertrouwelijkheid } from '../catalog/catalog.schema.ts';

/**
 * What a client may see of the zaken of its municipality (zrc-006): everything, or per zaaktype
 * the confidentialities up to its maximum.
 */
export type ZaakToegang = 'all' | { zaaktypeId: string; max: Vertrouwelijkheid }[];

/**
 * One part of a list of zaken: those of one zaaktype (null: any) with one of these
 * confidentialities (null: any). A list is the union of its parts; no part, nothing.
 */
export interface Tak {
  zaaktypeId: string | null;
  vas: Vertrouwelijkheid[] | null;
}

const upTo = (max: Vertrouwelijkheid): Vertrouwelijkheid[] =>
  VERTROUWELIJKHEID.slice(0, VERTROUWELIJKHEID.indexOf(max) + 1);

const meet = (a: Vertrouwelijkheid[] | null, b: Vertrouwelijkheid[] | null) =>
  a === null ? b : b === null ? a : a.filter((v) => b.includes(v));

/** Every level is the same as no condition. */
const simplify = (vas: Vertrouwelijkheid[] | null) =>
  vas !== null && vas.length === VERTROUWELIJKHEID.length ? null : vas;

/**
 * The parts of a list for a client's access, the zaaktypen asked for (ids; undefined: any) and
 * the maximum confidentiality asked for.
 */
export function takken(
  toegang: ZaakToegang,
  zaaktypeIds: string[] | undefined,
  max: Vertrouwelijkheid | undefined,
): Tak[] {
  const asked = max ? upTo(max) : null;
  if (toegang === 'all') {
    return zaaktypeIds === undefined
      ? [{ zaaktypeId: null, vas: asked }]
      : [...new Set(zaaktypeIds)].map((zaaktypeId) => ({ zaaktypeId, vas: asked }));
  }
  const perType = new Map<string, Vertrouwelijkheid>();
  for (const g of toegang) {
    if (zaaktypeIds !== undefined && !zaaktypeIds.includes(g.zaaktypeId)) continue;
    const prev = perType.get(g.zaaktypeId);
    if (!prev || VERTROUWELIJKHEID.indexOf(g.max) > VERTROUWELIJKHEID.indexOf(prev))
      perType.set(g.zaaktypeId, g.max);
  }
  return [...perType].flatMap(([zaaktypeId, m]) => {
    const vas = simplify(meet(upTo(m), asked));
    return vas !== null && vas.length === 0 ? [] : [{ zaaktypeId, vas }];
  });
}
