import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { forbidden } from '../../platform/errors.ts';
import type { AuditActor } from '../../platform/audit/audit.repository.ts';
import { VERTROUWELIJKHEID, type Vertrouwelijkheid } from '../catalog/catalog.schema.ts';
import { applicaties, autorisaties, type ZgwComponent } from './zgw.schema.ts';

export interface ZgwGrant {
  component: ZgwComponent;
  scopes: string[];
  zaaktype: string | null;
  informatieobjecttype: string | null;
  besluittype: string | null;
  maxVertrouwelijkheidaanduiding: Vertrouwelijkheid | null;
}

/** The caller of a ZGW API: a client of one municipality, with what its Applicaties grant. */
export interface ZgwClient {
  clientId: string;
  gemeenteCode: string;
  userId: string;
  userRepresentation: string;
  applicatie: string;
  heeftAlleAutorisaties: boolean;
  grants: ZgwGrant[];
}

/** Read on every request, so that a change of authorisations takes effect on the next one. */
export async function loadGrants(db: Db, gemeenteCode: string, clientId: string) {
  const rows = await db
    .select({ applicatie: applicaties, autorisatie: autorisaties })
    .from(applicaties)
    .leftJoin(autorisaties, eq(autorisaties.applicatieId, applicaties.id))
    .where(and(eq(applicaties.gemeenteCode, gemeenteCode), sql`${clientId} = any(${applicaties.clientIds})`))
    .prepare('zgw_grants')
    .execute();
  const first = rows[0]?.applicatie;
  return {
    applicatie: first?.label ?? clientId,
    heeftAlleAutorisaties: rows.some((r) => r.applicatie.heeftAlleAutorisaties),
    grants: rows.flatMap((r) => (r.autorisatie ? [r.autorisatie] : [])),
  };
}

const rank = (v: Vertrouwelijkheid) => VERTROUWELIJKHEID.indexOf(v);

/** May the client use this scope at all (on some type)? */
export const hasScope = (c: ZgwClient, component: ZgwComponent, scope: string) =>
  c.heeftAlleAutorisaties || c.grants.some((g) => g.component === component && g.scopes.includes(scope));

export function requireScope(c: ZgwClient, component: ZgwComponent, scope: string) {
  if (!hasScope(c, component, scope)) throw forbidden(`Scope ${scope} ontbreekt.`);
}

export type TypeField = 'zaaktype' | 'informatieobjecttype' | 'besluittype';

/**
 * Which types (by URL) with which maximum confidentiality the scope covers: 'all' for a client
 * with all authorisations; a type-less grant (e.g. for ztc) covers every type.
 */
export function typeGrants(
  c: ZgwClient,
  component: ZgwComponent,
  scope: string,
  field: TypeField,
): 'all' | { type: string; max: Vertrouwelijkheid }[] {
  if (c.heeftAlleAutorisaties) return 'all';
  const gs = c.grants.filter((g) => g.component === component && g.scopes.includes(scope));
  if (gs.some((g) => g[field] === null && g.maxVertrouwelijkheidaanduiding === null)) return 'all';
  return gs.flatMap((g) =>
    g[field] ? [{ type: g[field], max: g.maxVertrouwelijkheidaanduiding ?? 'zeer_geheim' }] : [],
  );
}

/** May the client use the scope on an object of this type and confidentiality? */
export function mayOn(
  c: ZgwClient,
  component: ZgwComponent,
  scope: string,
  field: TypeField,
  type: string,
  va: Vertrouwelijkheid,
) {
  const g = typeGrants(c, component, scope, field);
  return g === 'all' || g.some((x) => x.type === type && rank(va) <= rank(x.max));
}

/** The audit trail's who-columns for a change through the API. */
export const zgwActor = (c: ZgwClient, requestId: string): AuditActor => ({
  applicatieId: c.clientId,
  applicatieWeergave: c.applicatie,
  gebruikersId: c.userId,
  gebruikersWeergave: c.userRepresentation,
  requestId,
});
