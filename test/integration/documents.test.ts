import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/platform/db/types.ts';
import { AppError } from '../../src/platform/errors.ts';
import { auditOf, type AuditActor } from '../../src/platform/audit/audit.repository.ts';
import { upsert as upsertGemeente } from '../../src/modules/tenants/gemeente.repository.ts';
import { catalogi, informatieobjecttypen, zaaktypen } from '../../src/modules/catalog/catalog.schema.ts';
import { berichten, zaken } from '../../src/modules/cases/cases.schema.ts';
import { informatieobjecten } from '../../src/modules/documents/documents.schema.ts';
import {
  documentsService,
  type DocumentsService,
  type StoreDocument,
} from '../../src/modules/documents/documents.service.ts';
import { freshDatabase, type TestDatabase } from '../helpers/db.ts';

const actor: AuditActor = {
  applicatieId: 'loket-backoffice',
  applicatieWeergave: 'Loket back office',
  gebruikersId: 'mdw-1',
  gebruikersWeergave: 'A. de Vries',
};
const adres = {
  naam: 'Zoë Brontë',
  straat: 'Coolsingel',
  huisnummer: 40,
  postcode: '3011 AD',
  woonplaats: 'Rotterdam',
};
/** Every byte value, so that no driver can get away with treating bytea as text. */
const ALL_BYTES = Uint8Array.from({ length: 512 }, (_, i) => i % 256);

interface Fixture {
  gemeenteCode: string;
  typeId: string;
  zaakId: string;
  zaakIdentificatie: string;
}

let tdb: TestDatabase;
let db: Db;
let docs: DocumentsService;
let rotterdam: Fixture;
let amsterdam: Fixture;
let tweedeZaakId: string;

/** A municipality with a catalogue, one document type, one zaaktype and zaken of it. */
async function municipality(
  code: string,
  naam: string,
  zaken_ = 1,
): Promise<Fixture & { zaakIds: string[] }> {
  await upsertGemeente(db, {
    code,
    naam,
    oin: `0000000${code}000000000`,
    slug: naam.toLowerCase(),
    theme: {},
  });
  const [catalogus] = await db
    .insert(catalogi)
    .values({
      gemeenteCode: code,
      domein: 'LOKET',
      rsin: '002220647',
      naam: 'Loket',
      contactpersoonBeheerNaam: 'Beheer',
    })
    .returning();
  const catalogusId = catalogus!.id;
  const [type] = await db
    .insert(informatieobjecttypen)
    .values({
      catalogusId,
      gemeenteCode: code,
      omschrijving: 'Bijlage',
      informatieobjectcategorie: 'bijlage',
      beginGeldigheid: '2026-01-01',
    })
    .returning();
  const [zaaktype] = await db
    .insert(zaaktypen)
    .values({
      catalogusId,
      gemeenteCode: code,
      identificatie: 'VERHUIZING',
      omschrijving: 'Verhuizing',
      doel: 'Adres bijhouden',
      aanleiding: 'Verhuizing',
      indicatieInternOfExtern: 'extern',
      handelingInitiator: 'melden',
      onderwerp: 'Verhuizing',
      handelingBehandelaar: 'registreren',
      doorlooptijd: 'P5D',
      opschortingEnAanhoudingMogelijk: false,
      verlengingMogelijk: false,
      referentieproces: { naam: 'Verhuizing' },
      verantwoordelijke: 'Burgerzaken',
      versiedatum: '2026-01-01',
      beginGeldigheid: '2026-01-01',
    })
    .returning();
  const zaakIds: string[] = [];
  for (let i = 1; i <= zaken_; i++) {
    const [zaak] = await db
      .insert(zaken)
      .values({
        gemeenteCode: code,
        identificatie: `ZAAK-2026-${code}-${i}`,
        bronorganisatie: '002220647',
        verantwoordelijkeOrganisatie: '002220647',
        zaaktypeId: zaaktype!.id,
        registratiedatum: '2026-11-01',
        startdatum: '2026-11-01',
        communicatiekanaal: 'portaal',
        correspondentie: 'post',
        vertrouwelijkheidaanduiding: 'zaakvertrouwelijk',
      })
      .returning();
    zaakIds.push(zaak!.id);
  }
  return {
    gemeenteCode: code,
    typeId: type!.id,
    zaakId: zaakIds[0]!,
    zaakIdentificatie: `ZAAK-2026-${code}-1`,
    zaakIds,
  };
}

const doc = (f: Fixture, over: Partial<StoreDocument> = {}): StoreDocument => ({
  gemeenteCode: f.gemeenteCode,
  bronorganisatie: `bron-${f.gemeenteCode}`,
  zaakId: f.zaakId,
  informatieobjecttypeId: f.typeId,
  titel: 'Kopie huurcontract',
  bestandsnaam: 'huurcontract.pdf',
  formaat: 'application/pdf',
  inhoud: ALL_BYTES,
  auteur: 'Zoë Brontë',
  vertrouwelijkheidaanduiding: 'zaakvertrouwelijk',
  ...over,
});

const rejection = async (p: Promise<unknown>): Promise<AppError> => {
  const e: unknown = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
};

beforeAll(async () => {
  tdb = await freshDatabase();
  db = tdb.database.db;
  docs = documentsService({ db, today: () => new Date('2026-11-02T09:00:00Z') });
  const r = await municipality('0599', 'Rotterdam', 2);
  rotterdam = r;
  tweedeZaakId = r.zaakIds[1]!;
  amsterdam = await municipality('0363', 'Amsterdam');
});
afterAll(async () => {
  await tdb.drop();
});

describe('documents', () => {
  let first: { id: string; identificatie: string };

  it('stores a document on a zaak, numbered per bronorganisatie, with its audit rows', async () => {
    const [bericht] = await db
      .insert(berichten)
      .values({
        zaakId: rotterdam.zaakId,
        gemeenteCode: '0599',
        richting: 'van-aanvrager',
        onderwerp: 'Antwoord',
        tekst: 'Hierbij het huurcontract.',
        afzender: 'Zoë Brontë',
      })
      .returning();
    first = await db.transaction((tx) => docs.store(tx, actor, doc(rotterdam, { berichtId: bericht!.id })));
    const second = await docs.store(db, actor, doc(rotterdam, { titel: 'Ontvangstbevestiging' }));
    expect(first.identificatie).toBe('DOC-2026-0000001');
    expect(second.identificatie).toBe('DOC-2026-0000002');

    const list = await docs.listForZaak(db, '0599', rotterdam.zaakId);
    expect(list.map((d) => [d.identificatie, d.titel, d.berichtId])).toEqual([
      ['DOC-2026-0000001', 'Kopie huurcontract', bericht!.id],
      ['DOC-2026-0000002', 'Ontvangstbevestiging', null],
    ]);
    expect(list[0]).toMatchObject({
      bestandsomvang: 512,
      creatiedatum: '2026-11-02',
      formaat: 'application/pdf',
    });
    expect(list[0]).not.toHaveProperty('inhoud');

    const drc = await auditOf(db, first.id);
    expect(drc).toHaveLength(1);
    expect(drc[0]).toMatchObject({
      bron: 'DRC',
      actie: 'create',
      resource: 'enkelvoudiginformatieobject',
      resourceId: first.id,
      resourceWeergave: 'DOC-2026-0000001',
      gebruikersWeergave: 'A. de Vries',
      gemeenteCode: '0599',
    });
    expect(drc[0]!.nieuw).not.toHaveProperty('inhoud');
    const zrc = await auditOf(db, rotterdam.zaakId);
    expect(zrc.map((a) => [a.bron, a.resource, a.resourceWeergave])).toEqual([
      ['ZRC', 'zaakinformatieobject', `${rotterdam.zaakIdentificatie} - DOC-2026-0000001`],
      ['ZRC', 'zaakinformatieobject', `${rotterdam.zaakIdentificatie} - DOC-2026-0000002`],
    ]);
  });

  it('gives back the content byte for byte, as a plain Uint8Array', async () => {
    const c = await docs.content('0599', first.id);
    expect(c?.bestandsnaam).toBe('huurcontract.pdf');
    expect(c?.formaat).toBe('application/pdf');
    expect(c?.inhoud.constructor).toBe(Uint8Array);
    expect(c?.inhoud).toEqual(ALL_BYTES);
    expect((await docs.contentForZaak('0599', rotterdam.zaakId, first.id))?.inhoud).toEqual(ALL_BYTES);
  });

  it("treats another municipality's document, or one on another zaak, as missing", async () => {
    expect(await docs.content('0363', first.id)).toBeUndefined();
    expect(await docs.contentForZaak('0363', rotterdam.zaakId, first.id)).toBeUndefined();
    expect(await docs.contentForZaak('0599', tweedeZaakId, first.id)).toBeUndefined();
    expect(await docs.contentForZaak('0599', amsterdam.zaakId, first.id)).toBeUndefined();
    expect(await docs.listForZaak(db, '0363', rotterdam.zaakId)).toEqual([]);
    expect(await docs.content('0599', 'not-a-uuid')).toBeUndefined();
    expect(await docs.listForZaak(db, '0599', 'not-a-uuid')).toEqual([]);
  });

  it("refuses to store on another municipality's zaak or with its type, and writes nothing", async () => {
    const before = (await db.select().from(informatieobjecten)).length;
    expect((await rejection(docs.store(db, actor, doc(amsterdam, { zaakId: rotterdam.zaakId })))).code).toBe(
      'not-found',
    );
    expect(
      (await rejection(docs.store(db, actor, doc(rotterdam, { informatieobjecttypeId: amsterdam.typeId }))))
        .code,
    ).toBe('not-found');
    expect((await db.select().from(informatieobjecten)).length).toBe(before);
  });

  it('rolls back with the caller’s transaction', async () => {
    const failed = db.transaction(async (tx) => {
      await docs.store(tx, actor, doc(amsterdam));
      throw new Error('later step failed');
    });
    await expect(failed).rejects.toThrow('later step failed');
    expect(await docs.listForZaak(db, '0363', amsterdam.zaakId)).toEqual([]);
  });

  it('hands out unique numbers to concurrent stores, after any a client chose itself', async () => {
    const bron = 'bron-parallel';
    await db.insert(informatieobjecten).values(
      ['DOC-2026-0000040', 'DOC-2026-eigen', 'DOC-2025-0000900'].map((identificatie) => ({
        gemeenteCode: '0599',
        identificatie,
        bronorganisatie: bron,
        informatieobjecttypeId: rotterdam.typeId,
        titel: 'Van een API-client',
        bestandsnaam: 'x.pdf',
        formaat: 'application/pdf',
        bestandsomvang: 0,
        creatiedatum: '2026-01-01',
        auteur: 'client',
        vertrouwelijkheidaanduiding: 'openbaar' as const,
      })),
    );
    const stored = await Promise.all(
      Array.from({ length: 8 }, () =>
        db.transaction((tx) =>
          docs.store(tx, actor, doc(rotterdam, { bronorganisatie: bron, zaakId: tweedeZaakId })),
        ),
      ),
    );
    expect(stored.map((s) => s.identificatie).sort()).toEqual(
      Array.from({ length: 8 }, (_, i) => `DOC-2026-00000${41 + i}`),
    );
  });
});

describe('verzendingen', () => {
  let letter: { id: string; identificatie: string };
  let verzendingId: string;

  beforeAll(async () => {
    letter = await docs.store(
      db,
      actor,
      doc(rotterdam, { titel: 'Besluit verhuizing', bestandsnaam: 'besluit.pdf' }),
    );
  });

  it('queues a letter for posting, visible only to its municipality', async () => {
    const v = await db.transaction((tx) =>
      docs.addVerzending(tx, actor, {
        gemeenteCode: '0599',
        informatieobjectId: letter.id,
        adres,
        toelichting: 'Per post',
      }),
    );
    verzendingId = v.id;
    const open = await docs.openVerzendingen('0599');
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({
      id: v.id,
      informatieobjectId: letter.id,
      titel: 'Besluit verhuizing',
      identificatie: letter.identificatie,
      zaakId: rotterdam.zaakId,
      zaakIdentificatie: rotterdam.zaakIdentificatie,
      adres,
      toelichting: 'Per post',
    });
    expect(await docs.openVerzendingen('0363')).toEqual([]);
    const other = docs.addVerzending(db, actor, {
      gemeenteCode: '0363',
      informatieobjectId: letter.id,
      adres,
      toelichting: '',
    });
    expect((await rejection(other)).code).toBe('not-found');
  });

  it('marks it sent, on the verzending and the document, once', async () => {
    expect(await docs.markVerzonden(actor, '0363', verzendingId, '2026-11-03')).toBeUndefined();
    expect(
      await docs.markVerzonden(actor, '0599', '00000000-0000-4000-8000-000000000000', '2026-11-03'),
    ).toBeUndefined();
    expect((await rejection(docs.markVerzonden(actor, '0599', verzendingId, '2026-02-30'))).code).toBe(
      'invalid',
    );

    const sent = await docs.markVerzonden(actor, '0599', verzendingId, '2026-11-03');
    expect(sent).toMatchObject({ id: verzendingId, verzenddatum: '2026-11-03' });
    expect(await docs.openVerzendingen('0599')).toEqual([]);
    const [meta] = (await docs.listForZaak(db, '0599', rotterdam.zaakId)).filter((d) => d.id === letter.id);
    expect(meta?.verzenddatum).toBe('2026-11-03');

    const again = await docs.markVerzonden(actor, '0599', verzendingId, '2026-11-09');
    expect(again?.verzenddatum).toBe('2026-11-03');
    const audit = await auditOf(db, letter.id);
    // Rows of one transaction share their time, so compare as a set: marking twice audits once.
    expect(audit.map((a) => `${a.resource} ${a.actie}`).sort()).toEqual([
      'enkelvoudiginformatieobject create',
      'enkelvoudiginformatieobject partial_update',
      'verzending create',
      'verzending partial_update',
    ]);
    const [row] = await db.select().from(informatieobjecten).where(eq(informatieobjecten.id, letter.id));
    expect(row?.verzenddatum).toBe('2026-11-03');
  });
});
