import { describe, expect, it } from 'vitest';
import { en, nl } from '../../../src/platform/i18n/messages.ts';
import { formatDate, translator } from '../../../src/platform/i18n/i18n.ts';

describe('texts', () => {
  it('has every Dutch text in English too, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(params(en[key]), key).toEqual(params(nl[key]));
    }
  });

  it('fills placeholders and formats dates per language', () => {
    expect(translator('en')('bo.intro', { gemeente: 'Utrecht' })).toBe('Work queue of Utrecht.');
    expect(formatDate('1985-12-01', 'nl')).toBe('1 december 1985');
    expect(formatDate('1985-12-01', 'en')).toBe('1 December 1985');
  });
});
