import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { NewAuditRow } from '../../platform/audit/audit.repository.ts';
import { auditTrail } from '../../platform/audit/audit.schema.ts';
import type { Db } from '../../platform/db/types.ts';
import { plaatshouders, voorbereid, waarden } from '../../platform/db/voorbereid.ts';
import type { Vertrouwelijkheid } from '../catalog/catalog.schema.ts';
import type { ZgwMessage, ZgwOutboxDeel } from '../events/events.rules.ts';
import type { NewZaak } from './cases.repository.ts';
import { opschortingen, verlengingen, zaken } from './cases.schema.ts';
import { telDeel, telSleutel, telWaarden } from './zaak-tellingen.repository.ts';
import type { ZaakJsonRow } from './zaken-api.repository.ts';
import { representatie } from './zaken-api.representatie.ts';
import { zaakNummerReserveringen } from './zaken-api.schema.ts';
import type { ZakenApiUrls } from './zaken-api.urls.ts';

/**
 * A new zaak of the Zaken API in one statement, which PostgreSQL runs as one transaction: the
 * zaak, its count, the use of its reserved number, the suspension and extension it starts with,
 * the audit row with its representation, and the notification. One round trip instead of a
 * transaction's five. Drizzle builds it once: every column is given, the default where the body
 * leaves one out.
 */

export interface NieuweZaak {
  /**
   * The zaak's columns; a suspension or extension it starts with is in `opschortingReden` and
   * `verlenging`, as the triggers of their tables would set them.
   */
  zaak: NewZaak & {
    id: string;
    zaaktypeId: string;
    gemeenteCode: string;
    vertrouwelijkheidaanduiding: Vertrouwelijkheid;
  };
  /** The reserved number the zaak uses up (zaaknummer_reserveren), if any. */
  reservering: string | null;
  /** The date of the suspension's or extension's start. */
  vandaag: string;
  /** The audit row; its `nieuw` is the representation the statement makes. */
  audit: Omit<NewAuditRow, 'oud' | 'nieuw'>;
  notificatie: ZgwMessage;
}

const ZAAK = 'zaak_';
/** Every column a new zaak of the API can have; the ones a body leaves out get their default. */
const ZAAK_KOLOMMEN = [
  'id',
  'gemeenteCode',
  'identificatie',
  'zaaktypeId',
  'bronorganisatie',
  'verantwoordelijkeOrganisatie',
  'omschrijving',
  'toelichting',
  'registratiedatum',
  'startdatum',
  'einddatumGepland',
  'uiterlijkeEinddatumAfdoening',
  'publicatiedatum',
  'communicatiekanaal',
  'communicatiekanaalUrl',
  'correspondentie',
  'productenOfDiensten',
  'vertrouwelijkheidaanduiding',
  'betalingsindicatie',
  'laatsteBetaaldatum',
  'zaakgeometrie',
  'selectielijstklasse',
  'hoofdzaakId',
  'relevanteAndereZaken',
  'kenmerken',
  'archiefnominatie',
  'archiefstatus',
  'archiefactiedatum',
  'opdrachtgevendeOrganisatie',
  'processobjectaard',
  'startdatumBewaartermijn',
  'processobject',
  'opschortingReden',
  'verlenging',
] as const satisfies (keyof NewZaak)[];
const AUDIT = 'audit_';
const AUDIT_KOLOMMEN = [
  'gemeenteCode',
  'bron',
  'applicatieId',
  'applicatieWeergave',
  'gebruikersId',
  'gebruikersWeergave',
  'actie',
  'actieWeergave',
  'resultaat',
  'hoofdObjectId',
  'resource',
  'resourceId',
  'resourceWeergave',
  'toelichting',
  'requestId',
] as const satisfies (keyof NewAuditRow)[];

const namen = (columns: PgColumn[]) =>
  sql.join(
    columns.map((c) => sql.identifier(c.name)),
    sql`, `,
  );
const vanZ = (c: PgColumn) => sql.identifier(c.name);

export function zaakAanmaken(u: ZakenApiUrls, outbox: ZgwOutboxDeel) {
  const statement = voorbereid((db: Db) => {
    const r = representatie(u);
    const z = db.$with('z').as(
      db
        .insert(zaken)
        .values(plaatshouders(zaken, ZAAK_KOLOMMEN, ZAAK))
        // What the other parts read of it, and its representation.
        .returning({
          id: zaken.id,
          gemeenteCode: zaken.gemeenteCode,
          opschortingReden: zaken.opschortingReden,
          verlenging: zaken.verlenging,
          json: sql<string>`${r.json}`.as('json'),
        }),
    );
    const deel = (naam: string, q: SQL) => db.$with(naam, {}).as(q);
    /** A row of a zaak's history that the new zaak starts with, when its column on the zaak is set. */
    const geschiedenis = (naam: string, into: SQL, select: SQL, when: PgColumn) =>
      deel(
        naam,
        sql`insert into ${into} select ${vanZ(zaken.id)}, ${vanZ(zaken.gemeenteCode)}, ${select} from ${z} where ${vanZ(when)} is not null`,
      );
    const vandaag = sql`${sql.placeholder('vandaag')}::date`;
    const parts = [
      z,
      db.$with('telling').as(telDeel(db)),
      deel(
        'reservering',
        sql`delete from ${zaakNummerReserveringen} where ${vanZ(zaakNummerReserveringen.gemeenteCode)} = ${sql.placeholder(`${ZAAK}gemeenteCode`)} and ${vanZ(zaakNummerReserveringen.identificatie)} = ${sql.placeholder('reservering')}`,
      ),
      geschiedenis(
        'opschorting',
        sql`${opschortingen} (${namen([opschortingen.zaakId, opschortingen.gemeenteCode, opschortingen.van, opschortingen.reden])})`,
        sql`${vandaag}, ${vanZ(zaken.opschortingReden)}`,
        zaken.opschortingReden,
      ),
      geschiedenis(
        'verlenging',
        sql`${verlengingen} (${namen([verlengingen.zaakId, verlengingen.gemeenteCode, verlengingen.datum, verlengingen.duur, verlengingen.reden])})`,
        sql`${vandaag}, ${vanZ(zaken.verlenging)} ->> 'duur', ${vanZ(zaken.verlenging)} ->> 'reden'`,
        zaken.verlenging,
      ),
      db.$with('audit').as(
        db.insert(auditTrail).values({
          ...plaatshouders(auditTrail, AUDIT_KOLOMMEN, AUDIT),
          nieuw: sql`(select ${sql.identifier('json')} from ${z})::jsonb`,
        }),
      ),
      db.$with('notificatie').as(outbox.zgwDeel(db)),
    ];
    return db
      .with(...parts)
      .select({ id: z.id, json: z.json })
      .from(z)
      .prepare('zaak_aanmaken');
  });

  /** The new zaak's id and representation (JSON text). */
  return async (db: Db, n: NieuweZaak): Promise<ZaakJsonRow> => {
    const [row] = await statement(db).execute({
      ...waarden(zaken, ZAAK_KOLOMMEN, n.zaak, ZAAK),
      ...telWaarden(telSleutel({ ...n.zaak, einddatum: null })),
      ...waarden(auditTrail, AUDIT_KOLOMMEN, n.audit, AUDIT),
      ...outbox.zgwWaarden(n.notificatie),
      reservering: n.reservering,
      vandaag: n.vandaag,
    });
    return row!;
  };
}
