import { describe, expect, it } from 'vitest';
import { spiegelUrlUit } from '../../../src/modules/cases/zaak-contacten.jobs.ts';
import { spiegelCollectie, spiegelNaam } from '../../../src/modules/cases/zaak-spiegels.ts';
import { apiRootOf } from '../../../src/modules/zgw/diensten.service.ts';

const collectie = 'https://vrc.example/api/v1/objectverzoeken';
const antwoord = (body: unknown, location: string | null = null) => ({ status: 201, location, body });

describe('mirrored relations (zrc-024, zrc-025)', () => {
  it('posts to the collection of the API root, under a name per rule', () => {
    expect(spiegelCollectie('verzoek', 'https://vrc.example/api/v1/')).toBe(collectie);
    expect(spiegelCollectie('contactmoment', 'https://cmc.example/api/v1/')).toBe(
      'https://cmc.example/api/v1/objectcontactmomenten',
    );
    expect(spiegelNaam('verzoek', 'aanmaken')).toBe('zrc-024.objectverzoeken.aanmaken');
    expect(spiegelNaam('contactmoment', 'verwijderen')).toBe('zrc-025.objectcontactmomenten.verwijderen');
  });

  it('keeps only a relation URL in the collection that was posted to', () => {
    expect(spiegelUrlUit(antwoord({ url: `${collectie}/1` }), collectie)).toBe(`${collectie}/1`);
    expect(spiegelUrlUit(antwoord({}, `${collectie}/2`), collectie)).toBe(`${collectie}/2`);
    expect(spiegelUrlUit(antwoord({ url: 'https://elders.example/objectverzoeken/1' }), collectie)).toBe(
      undefined,
    );
    expect(spiegelUrlUit(antwoord({ url: `${collectie}x/1` }), collectie)).toBe(undefined);
    expect(spiegelUrlUit(antwoord({ url: `${collectie}/1?x=y` }), collectie)).toBe(undefined);
    expect(spiegelUrlUit(antwoord(undefined), collectie)).toBe(undefined);
  });
});

describe('API roots of external services', () => {
  it('end in a slash, and are http(s) without query, fragment or user info', () => {
    expect(apiRootOf('https://vrc.example/api/v1')).toBe('https://vrc.example/api/v1/');
    expect(apiRootOf('https://vrc.example/api/v1/')).toBe('https://vrc.example/api/v1/');
    expect(apiRootOf('http://127.0.0.1:8000')).toBe('http://127.0.0.1:8000/');
    for (const bad of [
      'vrc.example',
      'ftp://vrc.example/',
      'https://vrc.example/?a=1',
      'https://u:p@vrc.example/',
    ])
      expect(apiRootOf(bad), bad).toBeUndefined();
  });
});
