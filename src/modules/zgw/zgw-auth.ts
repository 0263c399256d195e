import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { voorbereid } from '../../platform/db/voorbereid.ts';
import { forbidden } from '../../platform/errors.ts';
import type { AuditActor } from '../../platform/audit/audit.repository.ts';
import { VERTROUWELIJKHEID, type Vertrouwelijkheid } from '../catalog/catalog.schema.ts';
import { apiClients } from '../identity/identity.schema.ts';
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

/**
 * A client with what its Applicaties grant, in one statement; kept between requests until a
 * change (zgw-auth.cache.ts), so that a change of authorisations (or of the secret) takes effect
 * on the next request.
 */
const clientMetGrants = voorbereid((db) =>
  db
    .select({ client: apiClients, applicatie: applicaties, autorisatie: autorisaties })
    .from(apiClients)
    .leftJoin(
      applicaties,
      and(
        eq(applicaties.gemeenteCode, apiClients.gemeenteCode),
        sql`${apiClients.clientId} = any(${applicaties.clientIds})`,
      ),
    )
    .leftJoin(autorisaties, eq(autorisaties.applicatieId, applicaties.id))
    .where(eq(apiClients.clientId, sql.placeholder('clientId')))
    .prepare('zgw_client'),
);

export async function loadClientWithGrants(db: Db, clientId: string) {
  const rows = await clientMetGrants(db).execute({ clientId });
  const client = rows[0]?.client;
  if (!client) return undefined;
  const applicatie = rows[0]?.applicatie;
  return {
    client,
    with: {
      applicatie: applicatie?.label ?? clientId,
      heeftAlleAutorisaties: rows.some((r) => r.applicatie?.heeftAlleAutorisaties === true),
      grants: rows.flatMap((r) => (r.autorisatie ? [r.autorisatie] : [])),
    },
  };
}
export type ClientWithGrants = NonNullable<Awaited<ReturnType<typeof loadClientWithGrants>>>;

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
