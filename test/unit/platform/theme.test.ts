import { describe, expect, it } from 'vitest';
import { themeCss, validateGemeente } from '../../../src/modules/tenants/gemeente.service.ts';
import { isValidBsn } from '../../../src/modules/identity/dev-idp/accounts.ts';
import { niveauFromAcr } from '../../../src/modules/identity/principal.ts';

describe('municipal themes', () => {
  it('scopes tokens to the municipality and drops values that could escape the declaration', () => {
    const css = themeCss('0599', {
      'utrecht-link-color': '#005a23',
      'evil-token': 'red;} body{display:none',
    });
    expect(css).toBe('.loket-theme--0599 {\n  --utrecht-link-color: #005a23;\n}\n');
  });

  it('refuses a municipality with a bad code, OIN or token', () => {
    expect(() =>
      validateGemeente({ code: '599', naam: 'R', oin: '1', slug: 'R!', theme: { x: '}' } }),
    ).toThrow(/Invalid municipality/);
  });
});

describe('identity rules', () => {
  it('checks the BSN eleven test', () => {
    expect(isValidBsn('999993653')).toBe(true);
    expect(isValidBsn('999993654')).toBe(false);
    expect(isValidBsn('12345678')).toBe(false);
  });

  it('maps acr values to levels of assurance', () => {
    expect(niveauFromAcr('http://eidas.europa.eu/LoA/substantial')).toBe('substantieel');
    expect(niveauFromAcr('http://eidas.europa.eu/LoA/high')).toBe('hoog');
    expect(niveauFromAcr(undefined)).toBe('laag');
  });
});
