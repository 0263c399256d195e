import type { AbonnementRow, KanaalRow } from './notificaties.repository.ts';

const root = (baseUrl: string) => `${baseUrl}/notificaties/api/v1`;

export const kanaalUrl = (baseUrl: string, id: string) => `${root(baseUrl)}/kanaal/${id}`;
export const abonnementUrl = (baseUrl: string, id: string) => `${root(baseUrl)}/abonnement/${id}`;

/** A KANAAL as the Notificaties API shows it. */
export const kanaalView = (baseUrl: string, k: KanaalRow) => ({
  url: kanaalUrl(baseUrl, k.id),
  naam: k.naam,
  ...(k.documentatieLink !== null ? { documentatieLink: k.documentatieLink } : {}),
  filters: k.filters,
});

/** An ABONNEMENT as the Notificaties API shows it (the spec includes the auth header value). */
export const abonnementView = (baseUrl: string, a: AbonnementRow) => ({
  url: abonnementUrl(baseUrl, a.id),
  callbackUrl: a.callbackUrl,
  auth: a.auth,
  kanalen: a.kanalen.map((k) => ({ naam: k.naam, filters: k.filters ?? {} })),
});
