import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { testApp, type TestApp } from '../helpers/app.ts';
import { demoApiClient } from '../../src/demo/seed.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

const token = (clientId: string, secret: string) =>
  new SignJWT({ client_id: clientId, user_id: 'tester', user_representation: 'Test' })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(clientId)
    .setIssuedAt()
    .sign(new TextEncoder().encode(secret));

const rotterdam = demoApiClient('0599');

async function personen(body: unknown, auth?: string) {
  return t.app.inject({
    method: 'POST',
    url: '/haalcentraal/api/brp/personen',
    headers: {
      'content-type': 'application/json',
      'x-doelbinding': 'BRPACT-Test',
      'x-verwerking': 'Test',
      ...(auth !== undefined
        ? { authorization: auth }
        : { authorization: `Bearer ${await token(rotterdam.clientId, rotterdam.secret)}` }),
    },
    payload: JSON.stringify(body),
  });
}

describe('POST /haalcentraal/api/brp/personen', () => {
  it('returns name and birth and nothing else, and logs the read for the client', async () => {
    const res = await personen({
      type: 'RaadpleegMetBurgerservicenummer',
      burgerservicenummer: ['999993653'],
      fields: ['naam', 'geboorte'],
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ type: string; personen: Record<string, unknown>[] }>();
    expect(body.type).toBe('RaadpleegMetBurgerservicenummer');
    expect(body.personen).toHaveLength(1);
    expect(Object.keys(body.personen[0]!).sort()).toEqual(['geboorte', 'naam']);
    expect(body.personen[0]).toMatchObject({
      naam: { voornamen: 'Suzanne', geslachtsnaam: 'Moulin' },
      geboorte: { datum: { type: 'Datum', datum: '1985-12-01' } },
    });
    const log = await t.services.processingLog.entriesForBsn('999993653');
    expect(log.find((e) => e.activiteitId === 'brp-raadplegen-api')).toMatchObject({
      actorType: 'api-client',
      actorId: rotterdam.clientId,
      namensOin: '00000001001897014000',
      attributes: { doelbinding: 'BRPACT-Test', verwerking: 'Test', gebruiker: 'tester' },
    });
  });

  it('returns an empty list for an unknown BSN', async () => {
    const res = await personen({
      type: 'RaadpleegMetBurgerservicenummer',
      burgerservicenummer: ['111222333'],
      fields: ['naam'],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ type: 'RaadpleegMetBurgerservicenummer', personen: [] });
  });

  it('answers a body without fields with 400 problem+json naming the parameter', async () => {
    const res = await personen({
      type: 'RaadpleegMetBurgerservicenummer',
      burgerservicenummer: ['999993653'],
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 400, invalidParams: [{ name: 'fields', code: 'required' }] });
  });

  it('answers malformed JSON with problem+json', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/haalcentraal/api/brp/personen',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await token(rotterdam.clientId, rotterdam.secret)}`,
      },
      payload: '{"type":',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('finds persons by surname and birth date, with a wildcard', async () => {
    const res = await personen({
      type: 'ZoekMetGeslachtsnaamEnGeboortedatum',
      geslachtsnaam: 'moul*',
      geboortedatum: '1985-12-01',
      fields: ['burgerservicenummer'],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      type: 'ZoekMetGeslachtsnaamEnGeboortedatum',
      personen: [{ burgerservicenummer: '999993653' }],
    });
  });

  it('refuses a request without a token, with a token of an unknown client, or with a wrong signature', async () => {
    const body = {
      type: 'RaadpleegMetBurgerservicenummer',
      burgerservicenummer: ['999993653'],
      fields: ['naam'],
    };
    expect((await personen(body, '')).statusCode).toBe(401);
    expect((await personen(body, `Bearer ${await token('nobody', 'x'.repeat(32))}`)).statusCode).toBe(401);
    const forged = await personen(
      body,
      `Bearer ${await token(rotterdam.clientId, 'not-the-secret-at-all-000000000')}`,
    );
    expect(forged.statusCode).toBe(401);
    expect(forged.headers['content-type']).toContain('application/problem+json');
  });

  it('refuses a client without the BRP scope', async () => {
    await t.services.identity.saveApiClient({
      clientId: 'zonder-brp',
      gemeenteCode: '0599',
      secret: 's'.repeat(32),
      naam: 'x',
      scopes: [],
    });
    const res = await personen(
      { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: ['999993653'], fields: ['naam'] },
      `Bearer ${await token('zonder-brp', 's'.repeat(32))}`,
    );
    expect(res.statusCode).toBe(403);
  });

  it("reads only the registry of the client's own municipality", async () => {
    const amsterdammer = (await t.db.database.db.query.personen.findFirst({
      where: (p, { eq }) => eq(p.gemeenteCode, '0363'),
    }))!;
    const fromRotterdam = await personen({
      type: 'RaadpleegMetBurgerservicenummer',
      burgerservicenummer: [amsterdammer.bsn],
      fields: ['naam'],
    });
    expect(fromRotterdam.json()).toEqual({ type: 'RaadpleegMetBurgerservicenummer', personen: [] });
    const amsterdam = demoApiClient('0363');
    const fromAmsterdam = await personen(
      { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [amsterdammer.bsn], fields: ['naam'] },
      `Bearer ${await token(amsterdam.clientId, amsterdam.secret)}`,
    );
    expect(fromAmsterdam.json<{ personen: unknown[] }>().personen).toHaveLength(1);
  });

  it('matches names whole unless a wildcard widens them', async () => {
    const search = (voornamen: string) =>
      personen({
        type: 'ZoekMetGeslachtsnaamEnGeboortedatum',
        geslachtsnaam: 'Moulin',
        geboortedatum: '1985-12-01',
        voornamen,
        fields: ['burgerservicenummer'],
      });
    expect((await search('Su')).json<{ personen: unknown[] }>().personen).toHaveLength(0);
    expect((await search('Su*')).json<{ personen: unknown[] }>().personen).toHaveLength(1);
    expect((await search('suzanne')).json<{ personen: unknown[] }>().personen).toHaveLength(1);
  });

  it("refuses a token older than an hour and an organisation header that is not the client's", async () => {
    const old = await new SignJWT({ client_id: rotterdam.clientId })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .sign(new TextEncoder().encode(rotterdam.secret));
    const body = {
      type: 'RaadpleegMetBurgerservicenummer',
      burgerservicenummer: ['999993653'],
      fields: ['naam'],
    };
    expect((await personen(body, `Bearer ${old}`)).statusCode).toBe(401);
    const res = await t.app.inject({
      method: 'POST',
      url: '/haalcentraal/api/brp/personen',
      headers: {
        'content-type': 'application/json',
        'x-origin-oin': '00000001002564440000',
        authorization: `Bearer ${await token(rotterdam.clientId, rotterdam.secret)}`,
      },
      payload: JSON.stringify(body),
    });
    expect(res.statusCode).toBe(403);
  });
});
