const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (s: string) => UUID.test(s);

/**
 * The absolute URLs of the resources the Documenten and Besluiten APIs serve and refer to, and
 * the way back: the id in one of Loket's own URLs.
 */
export function drcBrcUrls(baseUrl: string) {
  const drc = `${baseUrl}/documenten/api/v1`;
  const brc = `${baseUrl}/besluiten/api/v1`;
  const ztc = `${baseUrl}/catalogi/api/v1`;
  const zrc = `${baseUrl}/zaken/api/v1`;
  const collections = {
    enkelvoudiginformatieobject: `${drc}/enkelvoudiginformatieobjecten`,
    bestandsdeel: `${drc}/bestandsdelen`,
    gebruiksrechten: `${drc}/gebruiksrechten`,
    verzending: `${drc}/verzendingen`,
    objectinformatieobject: `${drc}/objectinformatieobjecten`,
    besluit: `${brc}/besluiten`,
    besluitinformatieobject: `${brc}/besluitinformatieobjecten`,
    informatieobjecttype: `${ztc}/informatieobjecttypen`,
    besluittype: `${ztc}/besluittypen`,
    zaaktype: `${ztc}/zaaktypen`,
    zaak: `${zrc}/zaken`,
    rol: `${zrc}/rollen`,
  } as const;
  type Collection = keyof typeof collections;
  const url = (c: Collection, id: string) => `${collections[c]}/${id}`;
  return {
    baseUrl,
    url,
    download: (id: string, versie: number) =>
      `${url('enkelvoudiginformatieobject', id)}/download?versie=${versie}`,
    audittrail: (hoofd: 'enkelvoudiginformatieobject' | 'besluit', id: string, auditId: string) =>
      `${url(hoofd, id)}/audittrail/${auditId}`,
    /** Loket's own URL? (then it is resolved in the database, never fetched) */
    isOwn: (u: string) => u.startsWith(`${baseUrl}/`),
    /** The id in one of Loket's own URLs of that collection; undefined for anything else. */
    idOf(c: Collection, u: string): string | undefined {
      const prefix = `${collections[c]}/`;
      if (!u.startsWith(prefix)) return undefined;
      const id = u.slice(prefix.length).replace(/\/$/, '');
      return UUID.test(id) ? id.toLowerCase() : undefined;
    },
  };
}

export type DrcBrcUrls = ReturnType<typeof drcBrcUrls>;

/**
 * Fetches a resource of another register: followed through redirects, it must end in a 200
 * with a JSON object, else undefined (the caller answers 400 'bad-url').
 */
export async function fetchResource(
  fetchFn: typeof fetch,
  url: string,
  timeoutMs = 10_000,
): Promise<Record<string, unknown> | undefined> {
  try {
    const res = await fetchFn(url, {
      headers: { accept: 'application/json', 'accept-crs': 'EPSG:4326' },
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
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
