import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../helpers/app.ts';
import type { zgwClient } from '../../helpers/zgw.ts';
import {
  conceptZaaktype,
  json,
  problems,
  resultaattypeBody,
  selectielijstStandIn,
  SL,
  zaaktypeBody,
  ztcClient,
} from './catalogi.fixtures.ts';

type Client = Awaited<ReturnType<typeof zgwClient>>;
type Obj = Record<string, unknown>;

let t: TestApp;
let sl: Awaited<ReturnType<typeof selectielijstStandIn>>;
let c: Client;
beforeAll(async () => {
  sl = await selectielijstStandIn();
  t = await testApp({ env: { LOKET_SELECTIELIJST_URL: sl.root } });
  c = await ztcClient(t, '0518', ['catalogi.lezen', 'catalogi.schrijven']);
});
afterAll(async () => {
  await t?.close();
  await sl?.close();
});

const post = (path: string, body: Obj) => c.request('catalogi', 'POST', path, body);
const resultaat = (zaaktype: Obj, overrides: Obj = {}) =>
  post('/resultaattypen', resultaattypeBody(String(zaaktype.url), sl.root, overrides));

describe('Catalogi API: Selectielijst and archiving (ztc-001 to ztc-008)', () => {
  it('ztc-001: selectielijstProcestype must be a Procestype of the Selectielijst', async () => {
    const { catalogus } = await conceptZaaktype(c, sl.root);
    const body = (url: string) =>
      zaaktypeBody(String(catalogus.url), sl.root, { identificatie: 'X', selectielijstProcestype: url });
    expect(
      problems(await post('/zaaktypen', body(`${sl.root}/procestypen/00000000-0000-4000-8000-000000000000`))),
    ).toEqual({
      selectielijstProcestype: 'bad-url',
    });
    expect(problems(await post('/zaaktypen', body(`${sl.root}/resultaten/${SL.resultaatNihil}`)))).toEqual({
      selectielijstProcestype: 'invalid-resource',
    });
  });

  it('ztc-002: the selectielijstklasse belongs to the procestype; archiving and omschrijvingGeneriek come from the Selectielijst', async () => {
    const { zaaktype } = await conceptZaaktype(c, sl.root);
    const wrong = await resultaat(zaaktype, {
      selectielijstklasse: `${sl.root}/resultaten/${SL.resultaatBestaansduur}`,
    });
    expect(problems(wrong)).toMatchObject({ selectielijstklasse: 'procestype-mismatch' });
    expect(
      problems(await resultaat(zaaktype, { resultaattypeomschrijving: 'https://nergens.invalid/x' })),
    ).toEqual({
      resultaattypeomschrijving: 'bad-url',
    });
    const derived = json(await resultaat(zaaktype), 201);
    expect(derived).toMatchObject({
      archiefnominatie: 'vernietigen',
      archiefactietermijn: 'P5Y',
      omschrijvingGeneriek: 'Toegekend',
    });
    const given = json(
      await resultaat(zaaktype, {
        omschrijving: 'Bewaard',
        archiefnominatie: 'blijvend_bewaren',
        archiefactietermijn: null,
      }),
      201,
    );
    expect(given).toMatchObject({ archiefnominatie: 'blijvend_bewaren', archiefactietermijn: null });
  });

  it('ztc-003: procestermijn nihil asks afgehandeld, bestaansduur procesobject asks termijn', async () => {
    const nihil = (await conceptZaaktype(c, sl.root)).zaaktype;
    expect(
      problems(await resultaat(nihil, { brondatumArchiefprocedure: { afleidingswijze: 'hoofdzaak' } })),
    ).toEqual({
      'brondatumArchiefprocedure.afleidingswijze': 'invalid-afleidingswijze-for-procestermijn',
    });
    const bestaansduur = (
      await conceptZaaktype(c, sl.root, {
        selectielijstProcestype: `${sl.root}/procestypen/${SL.procestypeBestaansduur}`,
      })
    ).zaaktype;
    const klasse = `${sl.root}/resultaten/${SL.resultaatBestaansduur}`;
    expect(
      problems(
        await resultaat(bestaansduur, {
          selectielijstklasse: klasse,
          brondatumArchiefprocedure: { afleidingswijze: 'afgehandeld' },
        }),
      ),
    ).toEqual({ 'brondatumArchiefprocedure.afleidingswijze': 'invalid-afleidingswijze-for-procestermijn' });
    const ok = await resultaat(bestaansduur, {
      selectielijstklasse: klasse,
      brondatumArchiefprocedure: { afleidingswijze: 'termijn', procestermijn: 'P10Y' },
    });
    expect(json(ok, 201).brondatumArchiefprocedure).toMatchObject({
      afleidingswijze: 'termijn',
      procestermijn: 'P10Y',
    });
  });

  describe('the fields each afleidingswijze asks (ztc-004 to ztc-008), on a result without procestermijn', () => {
    let zaaktype: Obj;
    const brondatum = (b: Obj) =>
      resultaat(zaaktype, {
        selectielijstklasse: `${sl.root}/resultaten/${SL.resultaatLeeg}`,
        brondatumArchiefprocedure: b,
      });
    beforeAll(async () => {
      zaaktype = (
        await conceptZaaktype(c, sl.root, {
          selectielijstProcestype: `${sl.root}/procestypen/${SL.procestypeLeeg}`,
        })
      ).zaaktype;
    });

    it('ztc-004: datumkenmerk with eigenschap, zaakobject or ander_datumkenmerk, and only then', async () => {
      expect(problems(await brondatum({ afleidingswijze: 'eigenschap' }))).toEqual({
        'brondatumArchiefprocedure.datumkenmerk': 'required',
      });
      expect(problems(await brondatum({ afleidingswijze: 'hoofdzaak', datumkenmerk: 'x' }))).toEqual({
        'brondatumArchiefprocedure.datumkenmerk': 'must-be-empty',
      });
      json(await brondatum({ afleidingswijze: 'eigenschap', datumkenmerk: 'verhuisdatum' }), 201);
    });

    it('ztc-005: no einddatumBekend with afgehandeld or termijn', async () => {
      expect(problems(await brondatum({ afleidingswijze: 'afgehandeld', einddatumBekend: true }))).toEqual({
        'brondatumArchiefprocedure.einddatumBekend': 'must-be-empty',
      });
      json(await brondatum({ afleidingswijze: 'ingangsdatum_besluit', einddatumBekend: true }), 201);
    });

    it('ztc-006: objecttype with zaakobject or ander_datumkenmerk, and only then', async () => {
      expect(problems(await brondatum({ afleidingswijze: 'zaakobject', datumkenmerk: 'einddatum' }))).toEqual(
        {
          'brondatumArchiefprocedure.objecttype': 'required',
        },
      );
      expect(
        problems(await brondatum({ afleidingswijze: 'eigenschap', datumkenmerk: 'd', objecttype: 'pand' })),
      ).toEqual({
        'brondatumArchiefprocedure.objecttype': 'must-be-empty',
      });
      json(
        await brondatum({ afleidingswijze: 'zaakobject', datumkenmerk: 'einddatum', objecttype: 'pand' }),
        201,
      );
    });

    it('ztc-007: registratie with ander_datumkenmerk, and only then', async () => {
      expect(
        problems(
          await brondatum({ afleidingswijze: 'ander_datumkenmerk', datumkenmerk: 'd', objecttype: 'pand' }),
        ),
      ).toEqual({
        'brondatumArchiefprocedure.registratie': 'required',
      });
      expect(problems(await brondatum({ afleidingswijze: 'hoofdzaak', registratie: 'BAG' }))).toEqual({
        'brondatumArchiefprocedure.registratie': 'must-be-empty',
      });
      json(
        await brondatum({
          afleidingswijze: 'ander_datumkenmerk',
          datumkenmerk: 'd',
          objecttype: 'pand',
          registratie: 'BAG',
        }),
        201,
      );
    });

    it('ztc-008: procestermijn with termijn, and only then', async () => {
      expect(problems(await brondatum({ afleidingswijze: 'termijn' }))).toEqual({
        'brondatumArchiefprocedure.procestermijn': 'required',
      });
      expect(problems(await brondatum({ afleidingswijze: 'hoofdzaak', procestermijn: 'P1Y' }))).toEqual({
        'brondatumArchiefprocedure.procestermijn': 'must-be-empty',
      });
      json(await brondatum({ afleidingswijze: 'termijn', procestermijn: 'P1Y' }), 201);
    });
  });
});

describe('Catalogi API: eigenschappen (ztc-015)', () => {
  it('ztc-015: a datum has lengte 8 (YYYYMMDD), a datum_tijd lengte 14', async () => {
    const { zaaktype } = await conceptZaaktype(c, sl.root);
    const eigenschap = (formaat: string, lengte: string) =>
      post('/eigenschappen', {
        zaaktype: zaaktype.url,
        naam: formaat,
        definitie: 'Een datum.',
        specificatie: { formaat, lengte, kardinaliteit: '1' },
      });
    expect(problems(await eigenschap('datum', '10'))).toEqual({ 'specificatie.lengte': 'invalid' });
    expect(problems(await eigenschap('datum_tijd', '8'))).toEqual({ 'specificatie.lengte': 'invalid' });
    json(await eigenschap('datum', '8'), 201);
    json(await eigenschap('datum_tijd', '14'), 201);
  });
});
