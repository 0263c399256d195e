import type { Db } from '../../platform/db/types.ts';
import type { Outbox } from '../documents/documenten-access.ts';
import { documentenApi } from '../documents/documenten-api.service.ts';
import { drcBrcUrls } from '../documents/zgw-urls.ts';
import { besluitenService, type BrcDeps } from './besluiten.service.ts';
import { besluitinformatieobjectenService } from './besluitinformatieobjecten.service.ts';

/** The Besluiten API's services, wired from what they use. */
export function besluitenApi(deps: {
  db: Db;
  outbox: Outbox;
  fetch: typeof fetch;
  baseUrl: string;
  now?: () => Date;
}) {
  const d: BrcDeps = {
    db: deps.db,
    outbox: deps.outbox,
    fetch: deps.fetch,
    urls: drcBrcUrls(deps.baseUrl),
    now: deps.now ?? (() => new Date()),
  };
  return {
    urls: d.urls,
    besluiten: besluitenService(d),
    besluitinformatieobjecten: besluitinformatieobjectenService(d),
  };
}

export type BesluitenApi = ReturnType<typeof besluitenApi>;

/** The Documenten and Besluiten APIs together: one entry in the composition root. */
export const documentenBesluitenApis = (deps: Parameters<typeof besluitenApi>[0]) => ({
  documenten: documentenApi(deps),
  besluiten: besluitenApi(deps),
});
