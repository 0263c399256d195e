import { zakenApiContext, type ZakenApiDeps } from './zaken-api.context.ts';
import { zakenApiService } from './zaken-api.service.ts';
import { zaakStatusService } from './zaak-status.service.ts';
import { zaakOnderdelenService } from './zaak-onderdelen.service.ts';
import { zaakRollenService } from './zaak-rollen.service.ts';
import { zaakRelatiesService } from './zaak-relaties.service.ts';
import { zaakContactenService } from './zaak-contacten.service.ts';

/** The Zaken API's services, wired once from the composition root. */
export function zakenApi(deps: ZakenApiDeps) {
  const ctx = zakenApiContext(deps);
  return {
    ctx,
    zaken: zakenApiService(ctx),
    statussen: zaakStatusService(ctx),
    onderdelen: zaakOnderdelenService(ctx),
    rollen: zaakRollenService(ctx),
    relaties: zaakRelatiesService(ctx),
    contacten: zaakContactenService(ctx),
  };
}

export type ZakenApi = ReturnType<typeof zakenApi>;
