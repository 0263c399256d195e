import { invalid } from '../../platform/errors.ts';

/**
 * `expand`: the objects that URL fields name, under `_expand`, to at most three levels
 * (the IST grammar of the standard). A field with null expands to `{}`.
 */

const MAX_DEPTH = 3;
const isUrl = (v: unknown): v is string => typeof v === 'string' && /^https?:\/\//.test(v);

export function expandPaths(param: string | undefined): string[][] {
  if (param === undefined || param.trim() === '') return [];
  const paths = param.split(',').map((p) => p.trim().split('.'));
  if (paths.some((p) => p.length > MAX_DEPTH || p.some((s) => s === ''))) {
    throw invalid('Ongeldige expand.', [
      {
        name: 'expand',
        code: 'invalid',
        reason: `Paden van hoogstens ${MAX_DEPTH} velden, gescheiden door punten.`,
      },
    ]);
  }
  return paths;
}

export async function expand(
  obj: Record<string, unknown>,
  paths: string[][],
  resolve: (url: string) => Promise<object | undefined>,
): Promise<Record<string, unknown>> {
  if (paths.length === 0) return obj;
  const byField = new Map<string, string[][]>();
  for (const [first, ...rest] of paths) {
    const list = byField.get(first!) ?? [];
    if (rest.length > 0) list.push(rest);
    byField.set(first!, list);
  }
  const expanded: Record<string, unknown> = {};
  for (const [field, rest] of byField) {
    const value = obj[field];
    const one = async (url: string) => {
      const found = await resolve(url);
      // A copy: the same object may be expanded differently elsewhere in the response.
      return found ? expand(structuredClone(found) as Record<string, unknown>, rest, resolve) : undefined;
    };
    if (value === null) expanded[field] = {};
    else if (isUrl(value)) expanded[field] = (await one(value)) ?? {};
    else if (Array.isArray(value) && value.every(isUrl)) {
      const all = await Promise.all(value.map(one));
      expanded[field] = all.filter((x) => x !== undefined);
    } else {
      throw invalid('Ongeldige expand.', [
        { name: 'expand', code: 'invalid', reason: `Het veld ${field} kan niet worden geëxpandeerd.` },
      ]);
    }
  }
  return { ...obj, _expand: expanded };
}
