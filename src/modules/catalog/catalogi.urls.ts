/** The resources of the Catalogi API and the path each is served under. */
export const ZTC_RESOURCES = {
  catalogus: 'catalogussen',
  zaaktype: 'zaaktypen',
  statustype: 'statustypen',
  resultaattype: 'resultaattypen',
  roltype: 'roltypen',
  eigenschap: 'eigenschappen',
  informatieobjecttype: 'informatieobjecttypen',
  besluittype: 'besluittypen',
  zaaktypeInformatieobjecttype: 'zaaktype-informatieobjecttypen',
  zaakobjecttype: 'zaakobjecttypen',
} as const;
export type ZtcResource = keyof typeof ZTC_RESOURCES;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID.test(s);

/**
 * Absolute URLs of Catalogi API resources, and back: the uuid of a URL that names a resource of
 * ours (undefined for anything else, e.g. another host or another resource).
 */
export function ztcUrls(baseUrl: string) {
  const root = `${baseUrl}/catalogi/api/v1`;
  const url = (r: ZtcResource, id: string) => `${root}/${ZTC_RESOURCES[r]}/${id}`;
  return {
    root,
    url,
    /** Curried, for mapping lists of ids. */
    of: (r: ZtcResource) => (id: string) => url(r, id),
    id(r: ZtcResource, value: string): string | undefined {
      const prefix = `${root}/${ZTC_RESOURCES[r]}/`;
      if (!value.startsWith(prefix)) return undefined;
      const rest = value.slice(prefix.length).replace(/\/$/, '');
      return isUuid(rest) ? rest.toLowerCase() : undefined;
    },
  };
}
export type ZtcUrls = ReturnType<typeof ztcUrls>;
