import { isUuid } from '../../platform/ids.ts';

/** The collections the Zaken API serves, and the ones elsewhere it refers to, by their root. */
const COLLECTIONS = {
  zaak: ['zaken', 'zaken'],
  status: ['zaken', 'statussen'],
  rol: ['zaken', 'rollen'],
  resultaat: ['zaken', 'resultaten'],
  zaakobject: ['zaken', 'zaakobjecten'],
  zaakinformatieobject: ['zaken', 'zaakinformatieobjecten'],
  klantcontact: ['zaken', 'klantcontacten'],
  zaakcontactmoment: ['zaken', 'zaakcontactmomenten'],
  zaakverzoek: ['zaken', 'zaakverzoeken'],
  zaaknotitie: ['zaken', 'zaaknotities'],
  zaaktype: ['catalogi', 'zaaktypen'],
  statustype: ['catalogi', 'statustypen'],
  resultaattype: ['catalogi', 'resultaattypen'],
  roltype: ['catalogi', 'roltypen'],
  eigenschap: ['catalogi', 'eigenschappen'],
  informatieobjecttype: ['catalogi', 'informatieobjecttypen'],
  zaakobjecttype: ['catalogi', 'zaakobjecttypen'],
  informatieobject: ['documenten', 'enkelvoudiginformatieobjecten'],
  besluit: ['besluiten', 'besluiten'],
} as const;
export type Collection = keyof typeof COLLECTIONS;

/** Absolute URLs of the Zaken API's resources and the resources they refer to, and back. */
export function zakenApiUrls(baseUrl: string) {
  const root = (api: string) => `${baseUrl}/${api}/api/v1`;
  const prefixes = Object.fromEntries(
    Object.entries(COLLECTIONS).map(([k, [api, path]]) => [k, `${root(api)}/${path}/`]),
  ) as Record<Collection, string>;
  const url = (c: Collection, id: string) => `${prefixes[c]}${id}`;
  return {
    baseUrl,
    root: root('zaken'),
    url,
    of: (c: Collection) => (id: string) => url(c, id),
    zaakeigenschap: (zaakId: string, id: string) => `${url('zaak', zaakId)}/zaakeigenschappen/${id}`,
    zaakbesluit: (zaakId: string, id: string) => `${url('zaak', zaakId)}/besluiten/${id}`,
    audittrail: (zaakId: string, id: string) => `${url('zaak', zaakId)}/audittrail/${id}`,
    /** Loket's own URL? Then it is resolved in the database, never fetched. */
    isOwn: (u: string) => u.startsWith(`${baseUrl}/`),
    /** The id in one of Loket's own URLs of that collection; undefined for anything else. */
    idOf(c: Collection, u: string): string | undefined {
      if (!u.startsWith(prefixes[c])) return undefined;
      const id = u.slice(prefixes[c].length).replace(/\/$/, '');
      return isUuid(id) ? id.toLowerCase() : undefined;
    },
  };
}
export type ZakenApiUrls = ReturnType<typeof zakenApiUrls>;

/**
 * Fetches a resource of another register: through redirects, it must end in a 200 with a JSON
 * object, else undefined (the caller answers 400 'bad-url').
 */
export async function fetchJson(
  fetchFn: typeof fetch,
  url: string,
  headers: Record<string, string> = {},
): Promise<Record<string, unknown> | undefined> {
  try {
    const res = await fetchFn(url, {
      headers: { accept: 'application/json', 'accept-crs': 'EPSG:4326', ...headers },
      redirect: 'follow',
      signal: AbortSignal.timeout(10_000),
    });
    if (res.status !== 200) {
      await res.body?.cancel();
      return undefined;
    }
    const body: unknown = await res.json();
    return typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
