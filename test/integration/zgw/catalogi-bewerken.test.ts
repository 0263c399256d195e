import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../helpers/app.ts';
import type { zgwClient } from '../../helpers/zgw.ts';
import {
  conceptZaaktype,
  json,
  resultaattypeBody,
  selectielijstStandIn,
  ztcClient,
} from './catalogi.fixtures.ts';

type Client = Awaited<ReturnType<typeof zgwClient>>;
type Obj = Record<string, unknown>;
interface Page {
  count: number;
  results: Obj[];
}

let t: TestApp;
let sl: Awaited<ReturnType<typeof selectielijstStandIn>>;
let c: Client;
beforeAll(async () => {
  sl = await selectielijstStandIn();
  t = await testApp({ env: { LOKET_SELECTIELIJST_URL: sl.root } });
  c = await ztcClient(t, '0599', ['catalogi.lezen', 'catalogi.schrijven']);
});
afterAll(async () => {
  await t?.close();
  await sl?.close();
});

const req = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: Obj) =>
  c.request('catalogi', method, path, body);

describe('Catalogi API: every operation of every resource, by the document', () => {
  it('lists, reads, replaces, changes and removes the types of a concept zaaktype', async () => {
    const { catalogus, zaaktype } = await conceptZaaktype(c, sl.root, { identificatie: 'BEWERKEN' });
    const z = String(zaaktype.url);
    json(
      await req('POST', '/informatieobjecttypen', {
        catalogus: catalogus.url,
        omschrijving: 'Foto',
        vertrouwelijkheidaanduiding: 'openbaar',
        beginGeldigheid: '2026-01-01',
        informatieobjectcategorie: 'foto',
      }),
      200,
    );
    const created: Record<string, Obj> = {
      statustypen: json(
        await req('POST', '/statustypen', { zaaktype: z, omschrijving: 'Gemeld', volgnummer: 1 }),
        201,
      ),
      roltypen: json(
        await req('POST', '/roltypen', {
          zaaktype: z,
          omschrijving: 'Melder',
          omschrijvingGeneriek: 'initiator',
        }),
        201,
      ),
      eigenschappen: json(
        await req('POST', '/eigenschappen', {
          zaaktype: z,
          naam: 'locatie',
          definitie: 'Waar het is.',
          specificatie: { formaat: 'tekst', lengte: '100', kardinaliteit: '1', waardenverzameling: [] },
        }),
        201,
      ),
      resultaattypen: json(await req('POST', '/resultaattypen', resultaattypeBody(z, sl.root)), 201),
      'zaaktype-informatieobjecttypen': json(
        await req('POST', '/zaaktype-informatieobjecttypen', {
          zaaktype: z,
          informatieobjecttype: 'Foto',
          volgnummer: 1,
          richting: 'inkomend',
        }),
        201,
      ),
      zaakobjecttypen: json(
        await req('POST', '/zaakobjecttypen', {
          zaaktype: z,
          catalogus: catalogus.url,
          anderObjecttype: false,
          objecttype: 'https://objecttypen.example.nl/api/v2/objecttypes/3',
          relatieOmschrijving: 'Lantaarnpaal',
        }),
        201,
      ),
    };
    for (const [path, obj] of Object.entries(created)) {
      // Zaakobjecttypen have no status filter; the others show those of concepts only when asked.
      const status = path === 'zaakobjecttypen' ? '' : '&status=concept';
      const list = json<Page>(await req('GET', `/${path}?zaaktype=${z}${status}`), 200);
      expect(list.results.map((r) => r.url)).toEqual([obj.url]);
      if (status) expect(json<Page>(await req('GET', `/${path}?zaaktype=${z}`), 200).count).toBe(0);
      const url = String(obj.url);
      const read = json(await req('GET', url), 200);
      json(await req('PUT', url, read), 200);
      json(await req('PATCH', url, {}), 200);
    }
    const filters = [
      `/roltypen?zaaktypeIdentificatie=BEWERKEN&omschrijvingGeneriek=initiator&status=alles`,
      `/resultaattypen?zaaktype_identificatie=BEWERKEN&status=alles&datum_geldigheid=2026-06-01`,
      `/zaaktype-informatieobjecttypen?zaaktype=${z}&informatieobjecttype=Foto&richting=inkomend&status=concept`,
      `/zaakobjecttypen?catalogus=${String(catalogus.url)}&anderObjecttype=false&relatieOmschrijving=Lantaarnpaal&datumBeginGeldigheid=2026-01-01`,
    ];
    for (const f of filters) expect(json<Page>(await req('GET', f), 200).count, f).toBe(1);
    expect(
      json<Page>(
        await req('GET', `/roltypen?zaaktype=${z}&omschrijvingGeneriek=behandelaar&status=alles`),
        200,
      ).count,
    ).toBe(0);

    for (const [path, obj] of Object.entries(created)) {
      expect((await req('DELETE', String(obj.url))).statusCode, path).toBe(204);
      expect((await req('GET', String(obj.url))).statusCode, path).toBe(404);
    }
  });

  it('replaces and changes catalogi, informatieobjecttypen and besluittypen, and removes concepts', async () => {
    const { catalogus, zaaktype } = await conceptZaaktype(c, sl.root);
    const cat = json(
      await req('PATCH', String(catalogus.url), { naam: 'Openbare ruimte', versie: '2' }),
      200,
    );
    expect(cat).toMatchObject({ naam: 'Openbare ruimte', versie: '2' });
    json(
      await req('PUT', String(catalogus.url), { ...cat, contactpersoonBeheerTelefoonnummer: '14 020' }),
      200,
    );

    const iot = json(
      await req('POST', '/informatieobjecttypen', {
        catalogus: catalogus.url,
        omschrijving: 'Melding',
        vertrouwelijkheidaanduiding: 'intern',
        beginGeldigheid: '2026-01-01',
        informatieobjectcategorie: 'melding',
      }),
      200,
    );
    expect(json(await req('PATCH', String(iot.url), { trefwoord: ['melding'] }), 200).trefwoord).toEqual([
      'melding',
    ]);
    json(await req('PUT', String(iot.url), iot), 200);
    const bt = json(
      await req('POST', '/besluittypen', {
        catalogus: catalogus.url,
        omschrijving: 'Gedoogbesluit',
        publicatieIndicatie: false,
        informatieobjecttypen: [iot.url],
        beginGeldigheid: '2026-01-01',
      }),
      201,
    );
    expect(bt.informatieobjecttypeOmschrijvingen).toEqual(['Melding']);
    json(await req('PATCH', String(bt.url), { toelichting: 'Tijdelijk' }), 200);
    json(await req('PUT', String(bt.url), { ...bt, informatieobjecttypen: ['Melding'] }), 200);
    const zt = json(await req('PATCH', String(zaaktype.url), { besluittypen: ['Gedoogbesluit'] }), 200);
    expect(zt.besluittypeOmschrijving).toEqual(['Gedoogbesluit']);
    expect(
      json<Page>(await req('GET', `/besluittypen?zaaktypen=${String(zaaktype.url)}&status=alles`), 200).count,
    ).toBe(1);
    expect(
      json<Page>(
        await req('GET', `/besluittypen?informatieobjecttypen=${String(iot.url)}&status=concept`),
        200,
      ).count,
    ).toBe(1);

    for (const url of [bt.url, iot.url, zaaktype.url]) {
      expect(json(await req('DELETE', String(url)), 200)).toEqual({});
      expect((await req('GET', String(url))).statusCode).toBe(404);
    }
  });
});
