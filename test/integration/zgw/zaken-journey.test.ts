import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../helpers/app.ts';
import { zgwClient } from '../../helpers/zgw.ts';
import { dutchDate } from '../../../src/platform/dates.ts';
import { checkAanvraag } from '../../../src/modules/cases/intake.ts';
import {
  ALLE_SCOPES,
  beperkteClient,
  json,
  ontvanger,
  verhuizing,
  zaakBody,
  type Client,
  type Verhuizing,
} from './zaken-helpers.ts';

type J = Record<string, unknown> & { url: string; uuid: string };
type Page = { count: number; results: J[] };

let t: TestApp;
let c: Client;
let v: Verhuizing;
beforeAll(async () => {
  t = await testApp();
  c = await zgwClient(t, { gemeente: '0599' });
  v = await verhuizing(t, '0599');
});
afterAll(async () => t?.close());

const post = async (path: string, body: unknown, client = c) => {
  const res = await client.request('zaken', 'POST', path, body);
  expect(res.statusCode, res.body).toBe(201);
  return json<J>(res);
};

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

/** A move reported in the portal by a resident of Rotterdam (as the portal's submit does it). */
async function portaalZaak(bsn = '999993653') {
  const s = t.services;
  const zt = (await s.catalog.product('0599', 'verhuizing-doorgeven'))!;
  const checked = await checkAanvraag(s.intake, {
    zt,
    aanvrager: { bsn, naam: (await s.persons.displayName(bsn)) ?? bsn },
    form: {
      meeverhuizers: [],
      'adres-postcode': '3039LN',
      'adres-huisnummer': '101',
      'adres-toevoeging': '',
      verhuisdatum: dutchDate(new Date()),
      'bewijs-soort': 'document',
    },
    uploads: { bewijs: { bestandsnaam: 'huurcontract.pdf', inhoud: PDF } },
    today: dutchDate(new Date()),
  });
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  const a = checked.value;
  return s.zaken.submit({
    gemeente: (await s.tenants.byCode(a.gemeenteCode))!,
    zaaktype: zt,
    kanaal: 'portaal',
    correspondentie: 'portaal',
    aanvraag: a.aanvraag,
    belanghebbenden: a.belanghebbenden,
    objecten: a.objecten,
    eigenschappen: a.eigenschappen,
    bijlagen: a.bijlagen,
    omschrijving: 'Verhuizing doorgeven',
    actor: {
      applicatieId: 'loket-portaal',
      applicatieWeergave: 'Loket portaal',
      gebruikersId: bsn,
      gebruikersWeergave: 'Burger',
    },
  });
}

describe('Zaken API: a zaak from start to archive, one source of truth with portal and back office', () => {
  it('creates a zaak with its parts, finds it, closes it (archive dates derived), reopens it and reads its audit trail', async () => {
    const zaak = await post(
      '/zaken',
      zaakBody(v, {
        omschrijving: 'Reis door de API',
        zaakgeometrie: { type: 'Point', coordinates: [4.4777, 51.9244] },
      }),
    );
    await post('/statussen', {
      zaak: zaak.url,
      statustype: v.statustype(1),
      datumStatusGezet: '2026-03-01T09:00:00Z',
    });
    const initiator = await post('/rollen', {
      zaak: zaak.url,
      betrokkeneType: 'natuurlijk_persoon',
      roltype: v.roltype('initiator'),
      roltoelichting: 'Aanvrager',
      betrokkeneIdentificatie: {
        inpBsn: '999990706',
        geslachtsnaam: 'Vries',
        voorvoegselGeslachtsnaam: 'de',
      },
    });
    await post(`/zaken/${zaak.uuid}/zaakeigenschappen`, {
      zaak: zaak.url,
      eigenschap: v.eigenschap(0),
      waarde: '2026-03-15',
    });
    await post('/zaakobjecten', {
      zaak: zaak.url,
      objectType: 'overige',
      objectTypeOverige: 'woning',
      object: 'https://bag.example/panden/1',
    });
    const iot = v.zt.informatieobjecttypen.find((i) => i.omschrijving === 'Bewijs van bewoning')!;
    const doc = await c.request('documenten', 'POST', '/enkelvoudiginformatieobjecten', {
      bronorganisatie: v.rsin,
      creatiedatum: '2026-03-01',
      titel: 'Huurcontract',
      auteur: 'De Vries',
      taal: 'dut',
      informatieobjecttype: `${t.config.baseUrl}/catalogi/api/v1/informatieobjecttypen/${iot.id}`,
      inhoud: Buffer.from('%PDF-1.4 huur').toString('base64'),
      bestandsnaam: 'huur.pdf',
      indicatieGebruiksrecht: false,
    });
    expect(doc.statusCode, doc.body).toBe(201);
    await post('/zaakinformatieobjecten', { zaak: zaak.url, informatieobject: json<J>(doc).url });
    await post('/resultaten', { zaak: zaak.url, resultaattype: v.resultaattype(0) });

    // Search: filters, _zoek with geometry, expand.
    const byBsn = json<Page>(
      await c.request(
        'zaken',
        'GET',
        '/zaken?rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=999990706',
      ),
    );
    expect(byBsn.results.map((z) => z.uuid)).toEqual([zaak.uuid]);
    const rotterdam = {
      type: 'Polygon',
      coordinates: [
        [
          [4.3, 51.8],
          [4.7, 51.8],
          [4.7, 52.0],
          [4.3, 52.0],
          [4.3, 51.8],
        ],
      ],
    };
    const utrecht = {
      type: 'Polygon',
      coordinates: [
        [
          [5.0, 52.0],
          [5.2, 52.0],
          [5.2, 52.2],
          [5.0, 52.2],
          [5.0, 52.0],
        ],
      ],
    };
    const binnen = json<Page>(
      await c.request('zaken', 'POST', '/zaken/_zoek', { zaakgeometrie: { within: rotterdam } }),
    );
    expect(binnen.results.map((z) => z.uuid)).toEqual([zaak.uuid]);
    expect(
      json<Page>(await c.request('zaken', 'POST', '/zaken/_zoek', { zaakgeometrie: { within: utrecht } }))
        .count,
    ).toBe(0);
    const zoek = json<Page>(
      await c.request('zaken', 'POST', '/zaken/_zoek?expand=rollen,eigenschappen', { uuid__in: [zaak.uuid] }),
    );
    const expand = zoek.results[0]!._expand as { rollen: J[]; eigenschappen: J[] };
    expect(expand.rollen.map((r) => r.url)).toEqual([initiator.url]);
    expect(expand.eigenschappen.map((e) => e.naam)).toEqual(['verhuisdatum']);

    // Close: the eindstatus sets einddatum and derives the archive (afgehandeld + P5Y).
    await post('/statussen', {
      zaak: zaak.url,
      statustype: v.eindstatus,
      datumStatusGezet: '2026-03-20T15:00:00Z',
    });
    expect(json<J>(await c.request('zaken', 'GET', `/zaken/${zaak.uuid}`))).toMatchObject({
      einddatum: '2026-03-20',
      archiefnominatie: 'vernietigen',
      archiefactiedatum: '2031-03-20',
    });
    // Reopen with zaken.heropenen.
    const heropener = await beperkteClient(t, '0599', [{ zaaktype: v.url, scopes: ALLE_SCOPES }]);
    await post(
      '/statussen',
      { zaak: zaak.url, statustype: v.statustype(2), datumStatusGezet: '2026-03-21T09:00:00Z' },
      heropener,
    );
    expect(json<J>(await c.request('zaken', 'GET', `/zaken/${zaak.uuid}`))).toMatchObject({
      einddatum: null,
      archiefactiedatum: null,
    });

    const trail = json<
      { resource: string; actie: string; gebruikersWeergave: string; resourceUrl: string }[]
    >(await c.request('zaken', 'GET', `/zaken/${zaak.uuid}/audittrail`));
    expect(trail.map((a) => a.resource)).toEqual(
      expect.arrayContaining([
        'zaak',
        'status',
        'rol',
        'zaakeigenschap',
        'zaakobject',
        'zaakinformatieobject',
        'resultaat',
      ]),
    );
    expect(trail.filter((a) => a.resource === 'zaak').map((a) => a.actie)).toEqual([
      'create',
      'partial_update',
      'partial_update',
    ]);
    expect(trail[0]!.gebruikersWeergave).toBe('Test Gebruiker');
    const one = trail[0] as unknown as { uuid: string };
    expect((await c.request('zaken', 'GET', `/zaken/${zaak.uuid}/audittrail/${one.uuid}`)).statusCode).toBe(
      200,
    );
  });

  it('shows a zaak from the API in the back office, with its roles, and a portal zaak through the API with its notification', async () => {
    const sub = await ontvanger();
    try {
      await t.services.events.saveAbonnement({
        gemeenteCode: '0599',
        naam: 'ZGW-afnemer',
        callbackUrl: sub.url,
        auth: 'Token geheim',
        kanalen: [{ naam: 'zaken', filters: {} }],
      });
      const zaak = await post('/zaken', zaakBody(v, { omschrijving: 'Voor de werkvoorraad' }));
      await post('/statussen', {
        zaak: zaak.url,
        statustype: v.statustype(1),
        datumStatusGezet: new Date().toISOString(),
      });
      await post('/rollen', {
        zaak: zaak.url,
        betrokkeneType: 'natuurlijk_persoon',
        roltype: v.roltype('initiator'),
        roltoelichting: '',
        betrokkeneIdentificatie: { inpBsn: '999992247', geslachtsnaam: 'Jansen' },
      });
      const rij = (await t.services.zaakView.werkvoorraad('0599', {})).find((r) => r.zaak.id === zaak.uuid);
      expect(rij).toMatchObject({
        status: 'Ontvangen',
        initiator: 'Jansen',
        zaaktype: 'Verhuizing doorgeven',
      });
      const dossier = await t.services.zaakView.voorMedewerker('0599', zaak.uuid, {
        type: 'systeem',
        id: 'test',
      });
      expect(dossier?.rollen.map((r) => r.naam)).toEqual(['Jansen']);

      const portaal = await portaalZaak();
      const page = json<Page>(
        await c.request('zaken', 'GET', `/zaken?identificatie=${portaal.identificatie}`),
      );
      expect(page.results.map((z) => z.uuid)).toEqual([portaal.id]);
      const rollen = json<Page>(
        await c.request('zaken', 'GET', `/rollen?zaak=${encodeURIComponent(page.results[0]!.url)}`),
      );
      expect(rollen.results.map((r) => r.omschrijvingGeneriek)).toContain('initiator');
      const trail = json<{ applicatieId: string }[]>(
        await c.request('zaken', 'GET', `/zaken/${portaal.id}/audittrail`),
      );
      expect(trail[0]!.applicatieId).toBe('loket-portaal');

      while ((await t.services.events.dispatch()) > 0);
      for (;;) {
        const r = await t.services.events.deliverDue(100);
        if (r.bezorgd + r.mislukt === 0) break;
      }
      const hoofdObjecten = sub.ontvangen.map((n) => n.hoofdObject);
      expect(hoofdObjecten).toContain(zaak.url);
      expect(hoofdObjecten).toContain(`${t.config.baseUrl}/zaken/api/v1/zaken/${portaal.id}`);
      expect(sub.ontvangen.find((n) => n.resource === 'rol' && n.hoofdObject === zaak.url)).toMatchObject({
        kanaal: 'zaken',
        actie: 'create',
        hoofdObject: zaak.url,
      });
    } finally {
      await sub.close();
    }
  });

  it('counts exactly: the count follows creation, closing, reopening and deletion', async () => {
    const telling = async (q = '') => json<Page>(await c.request('zaken', 'GET', `/zaken${q}`)).count;
    const [alle, open] = [await telling(), await telling('?einddatum__isnull=true')];
    const zaak = await post('/zaken', zaakBody(v));
    expect([await telling(), await telling('?einddatum__isnull=true')]).toEqual([alle + 1, open + 1]);
    await post('/resultaten', { zaak: zaak.url, resultaattype: v.resultaattype(0) });
    await post('/statussen', {
      zaak: zaak.url,
      statustype: v.eindstatus,
      datumStatusGezet: '2026-03-20T15:00:00Z',
    });
    expect([
      await telling(),
      await telling('?einddatum__isnull=true'),
      await telling('?einddatum__isnull=false'),
    ]).toEqual([alle + 1, open, alle + 1 - open]);
    await c.request('zaken', 'PATCH', `/zaken/${zaak.uuid}`, { vertrouwelijkheidaanduiding: 'geheim' });
    expect(await telling('?maximaleVertrouwelijkheidaanduiding=confidentieel')).toBe(alle);
    expect((await c.request('zaken', 'DELETE', `/zaken/${zaak.uuid}`)).statusCode).toBe(204);
    expect(await telling()).toBe(alle);
  });
});
