import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { applicaties, autorisaties, type ZgwComponent } from '../../../src/modules/zgw/zgw.schema.ts';
import type { TestApp } from '../../helpers/app.ts';
import { zgwClient } from '../../helpers/zgw.ts';

/**
 * A stand-in Selectielijst API on a local port, serving VNG's data as the built-in one does:
 * `/procestypen/{uuid}`, `/resultaten/{uuid}`, `/resultaattypeomschrijvingen/{uuid}`.
 */
export async function selectielijstStandIn() {
  const dir = new URL('../../../../shared/data/referentielijsten/', import.meta.url);
  const load = (f: string) =>
    JSON.parse(readFileSync(new URL(`${f}.json`, dir), 'utf8')) as Record<string, unknown>[];
  const data: Record<string, Record<string, unknown>[]> = {
    procestypen: load('procestypen'),
    resultaten: load('resultaten'),
    resultaattypeomschrijvingen: load('resultaattypeomschrijvingen'),
  };
  let root = '';
  const server = createServer((req, res) => {
    const m = /^\/api\/v1\/(procestypen|resultaten|resultaattypeomschrijvingen)\/([0-9a-f-]{36})$/.exec(
      req.url ?? '',
    );
    const item = m && data[m[1]!]!.find((x) => x.url === m[2]);
    if (!item) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"detail":"Niet gevonden."}');
      return;
    }
    const body = { ...item, url: `${root}/${m[1]}/${m[2]}` } as Record<string, unknown>;
    if (typeof body.procesType === 'string') body.procesType = `${root}/procestypen/${body.procesType}`;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  root = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
  return { root, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Procestypen and results of the Selectielijst 2020 the tests use. */
export const SL = {
  /** Verhuizing: results with procestermijn nihil, vernietigen after P5Y. */
  procestypeNihil: '75252f24-5840-43db-b6fc-04c9f19261b9',
  resultaatNihil: '0495bb2e-2f23-4026-a484-946ca59cf2f5',
  /** A result with procestermijn bestaansduur_procesobject (afleidingswijze termijn), P10Y. */
  procestypeBestaansduur: '046d5ff0-4c71-464b-8c29-cd88fa204524',
  resultaatBestaansduur: 'cd632fee-1f5a-4a4b-bc18-bcd5846c883a',
  /** A result without procestermijn: every afleidingswijze; blijvend bewaren. */
  procestypeLeeg: 'b594c8d1-ea6a-4bcd-a6aa-2c7a8ad3fe5b',
  resultaatLeeg: '6d37598e-30f0-4aef-930d-3e1690725d95',
  omschrijvingToegekend: 'fb65d251-1518-4185-865f-b8bdcfad07b1',
};

/** A client of a municipality with only the given scopes on one component (a type-less grant). */
export async function grantedClient(t: TestApp, gemeente: string, component: ZgwComponent, scopes: string[]) {
  const c = await zgwClient(t, { gemeente, alles: false });
  const db = t.services.database.db;
  const [app] = await db
    .insert(applicaties)
    .values({ gemeenteCode: gemeente, clientIds: [c.clientId], label: `${component} ${scopes.join(' ')}` })
    .returning();
  await db.insert(autorisaties).values({ applicatieId: app!.id, component, scopes });
  return c;
}

/** A client with only the given Catalogi API scopes. */
export const ztcClient = (t: TestApp, gemeente: string, scopes: string[]) =>
  grantedClient(t, gemeente, 'ztc', scopes);

type Client = Awaited<ReturnType<typeof zgwClient>>;

/** The JSON of a response with the status expected (the body in the message when not). */
export function json<T = Record<string, unknown>>(res: LightMyRequestResponse, status: number): T {
  expect(res.statusCode, res.body).toBe(status);
  return res.json<T>();
}

/** The invalidParams codes of a 400, by field name. */
export function problems(res: LightMyRequestResponse): Record<string, string> {
  expect(res.statusCode, res.body).toBe(400);
  const params = res.json<{ invalidParams?: { name: string; code: string }[] }>().invalidParams ?? [];
  return Object.fromEntries(params.map((p) => [p.name, p.code]));
}

let n = 0;
/** A catalogus with a concept zaaktype in it, for rule tests; overrides for the zaaktype. */
export async function conceptZaaktype(
  c: Client,
  selectielijst: string,
  overrides: Record<string, unknown> = {},
) {
  const domein = `T${(n++).toString(36).toUpperCase().padStart(4, '0')}`.slice(0, 5);
  const catalogus = json(
    await c.request('catalogi', 'POST', '/catalogussen', {
      domein,
      rsin: '002564440',
      contactpersoonBeheerNaam: 'Beheer',
    }),
    201,
  );
  const zaaktype = json(
    await c.request(
      'catalogi',
      'POST',
      '/zaaktypen',
      zaaktypeBody(String(catalogus.url), selectielijst, overrides),
    ),
    201,
  );
  return { catalogus, zaaktype };
}

export const zaaktypeBody = (
  catalogus: string,
  selectielijst: string,
  overrides: Record<string, unknown> = {},
) => ({
  identificatie: 'MELDING-OPENBARE-RUIMTE',
  omschrijving: 'Melding openbare ruimte',
  vertrouwelijkheidaanduiding: 'openbaar',
  doel: 'Meldingen over de openbare ruimte afhandelen.',
  aanleiding: 'Een melding van een inwoner.',
  indicatieInternOfExtern: 'extern',
  handelingInitiator: 'Melden',
  onderwerp: 'Openbare ruimte',
  handelingBehandelaar: 'Afhandelen',
  doorlooptijd: 'P2W',
  opschortingEnAanhoudingMogelijk: false,
  verlengingMogelijk: false,
  publicatieIndicatie: false,
  productenOfDiensten: ['https://producten.example.nl/melding'],
  selectielijstProcestype: `${selectielijst}/procestypen/${SL.procestypeNihil}`,
  referentieproces: { naam: 'Melding' },
  verantwoordelijke: 'Stadsbeheer',
  catalogus,
  besluittypen: [],
  gerelateerdeZaaktypen: [],
  beginGeldigheid: '2026-01-01',
  versiedatum: '2026-01-01',
  ...overrides,
});

export const resultaattypeBody = (
  zaaktype: string,
  selectielijst: string,
  overrides: Record<string, unknown> = {},
) => ({
  zaaktype,
  omschrijving: 'Afgehandeld',
  resultaattypeomschrijving: `${selectielijst}/resultaattypeomschrijvingen/${SL.omschrijvingToegekend}`,
  selectielijstklasse: `${selectielijst}/resultaten/${SL.resultaatNihil}`,
  brondatumArchiefprocedure: { afleidingswijze: 'afgehandeld' },
  ...overrides,
});
