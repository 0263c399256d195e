import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp({ today: () => new Date('2026-11-23T12:00:00+01:00') });
});
afterAll(async () => t?.close());

const actor = {
  applicatieId: 'test',
  applicatieWeergave: 'test',
  gebruikersId: 'test',
  gebruikersWeergave: 'Test',
};

async function submit(gemeenteCode: string, i: number) {
  const gemeente = (await t.services.tenants.byCode(gemeenteCode))!;
  const zaaktype = (await t.services.catalog.product(gemeenteCode, 'verhuizing-doorgeven'))!;
  return t.services.zaken.submit({
    gemeente,
    zaaktype,
    kanaal: 'telefoon',
    correspondentie: 'portaal',
    aanvraag: {
      aanvrager: { bsn: '999993653', naam: `Aanvrager ${i}` },
      huidigAdres: null,
      meldingsdatum: '2026-11-23',
      waarden: {},
    },
    belanghebbenden: [],
    objecten: [],
    eigenschappen: {},
    bijlagen: [],
    omschrijving: `Zaak ${i}`,
    actor,
  });
}

describe('zaak identification', () => {
  it('is unique and gapless per municipality and year, also when cases are created at the same time', async () => {
    const zaken = await Promise.all(Array.from({ length: 12 }, (_, i) => submit('0599', i)));
    const nummers = zaken.map((z) => z.identificatie).sort();
    expect(nummers).toEqual(
      Array.from({ length: 12 }, (_, i) => `ZAAK-2026-${String(i + 1).padStart(7, '0')}`),
    );
    // Another municipality counts on its own.
    expect((await submit('0363', 99)).identificatie).toBe('ZAAK-2026-0000001');
  });

  it('writes the case, its status and its audit rows in one transaction: a failure leaves nothing', async () => {
    const before = (await t.services.zaakView.werkvoorraad('0518', {})).length;
    const gemeente = (await t.services.tenants.byCode('0518'))!;
    const zaaktype = (await t.services.catalog.product('0518', 'verhuizing-doorgeven'))!;
    await expect(
      t.services.zaken.submit({
        gemeente,
        zaaktype,
        kanaal: 'balie',
        correspondentie: 'portaal',
        aanvraag: {
          aanvrager: { bsn: '999993653', naam: 'X' },
          huidigAdres: null,
          meldingsdatum: '2026-11-23',
          waarden: {},
        },
        belanghebbenden: [],
        objecten: [],
        eigenschappen: {},
        // An informatieobjecttype the zaaktype does not have: the whole submission is refused.
        bijlagen: [
          {
            informatieobjecttype: 'Bestaat niet',
            titel: 'x',
            bestandsnaam: 'x.pdf',
            formaat: 'application/pdf',
            inhoud: new Uint8Array([1]),
          },
        ],
        omschrijving: 'faalt',
        actor,
      }),
    ).rejects.toThrow(/informatieobjecttype/);
    expect((await t.services.zaakView.werkvoorraad('0518', {})).length).toBe(before);
    // The number was not used up either: the next case still gets the first number.
    expect((await submit('0518', 1)).identificatie).toBe('ZAAK-2026-0000001');
  });
});
