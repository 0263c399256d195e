import type { ZgwOutbox } from '../events/events.rules.ts';
import type { Db } from '../../platform/db/types.ts';
import type { Zaak } from './cases.repository.ts';

/** The outbox as the cases module uses it: the ZGW notification of a change to a zaak. */
export interface ZaakEvents {
  zaak(
    tx: Db,
    zaak: Zaak,
    resource: ZaakResource,
    resourceId: string,
    actie: 'create' | 'update' | 'partial_update' | 'destroy',
  ): Promise<void>;
}

export type ZaakResource =
  'zaak' | 'status' | 'rol' | 'resultaat' | 'zaakobject' | 'zaakeigenschap' | 'zaakinformatieobject';

const PLURAL: Record<ZaakResource, string> = {
  zaak: 'zaken',
  status: 'statussen',
  rol: 'rollen',
  resultaat: 'resultaten',
  zaakobject: 'zaakobjecten',
  zaakeigenschap: 'zaakeigenschappen',
  zaakinformatieobject: 'zaakinformatieobjecten',
};

/** Absolute URLs of the Zaken and Catalogi APIs, as notifications and the ZGW faces use them. */
export const zgwUrls = (baseUrl: string) => ({
  zaak: (id: string) => `${baseUrl}/zaken/api/v1/zaken/${id}`,
  resource: (resource: ZaakResource, id: string) => `${baseUrl}/zaken/api/v1/${PLURAL[resource]}/${id}`,
  zaaktype: (id: string) => `${baseUrl}/catalogi/api/v1/zaaktypen/${id}`,
});

export function zaakEvents(outbox: ZgwOutbox, baseUrl: string): ZaakEvents {
  const urls = zgwUrls(baseUrl);
  return {
    async zaak(tx, zaak, resource, resourceId, actie) {
      await outbox.zgw(tx, {
        gemeenteCode: zaak.gemeenteCode,
        kanaal: 'zaken',
        hoofdObject: urls.zaak(zaak.id),
        resource,
        resourceUrl: urls.resource(resource, resourceId),
        actie,
        kenmerken: {
          bronorganisatie: zaak.bronorganisatie,
          zaaktype: urls.zaaktype(zaak.zaaktypeId),
          vertrouwelijkheidaanduiding: zaak.vertrouwelijkheidaanduiding,
        },
      });
    },
  };
}
