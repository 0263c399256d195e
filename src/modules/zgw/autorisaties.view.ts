import type { applicaties, autorisaties } from './zgw.schema.ts';

export type ApplicatieRow = typeof applicaties.$inferSelect;
export type AutorisatieRow = typeof autorisaties.$inferSelect;

/** The components of the Autorisaties API 1.1 enumeration, with their display names. */
export const AC_COMPONENTEN = {
  ac: 'Autorisaties API',
  nrc: 'Notificaties API',
  zrc: 'Zaken API',
  ztc: 'Catalogi API',
  drc: 'Documenten API',
  brc: 'Besluiten API',
} as const;
export type AcComponent = keyof typeof AC_COMPONENTEN;

export const applicatieUrl = (baseUrl: string, id: string) =>
  `${baseUrl}/autorisaties/api/v1/applicaties/${id}`;

/** The type fields a component's autorisatie carries (the discriminated schemas of the spec). */
function typeFields(a: AutorisatieRow) {
  const max = a.maxVertrouwelijkheidaanduiding;
  switch (a.component) {
    case 'zrc':
      return {
        ...(a.zaaktype !== null ? { zaaktype: a.zaaktype } : {}),
        ...(max !== null ? { maxVertrouwelijkheidaanduiding: max } : {}),
      };
    case 'drc':
      return {
        ...(a.informatieobjecttype !== null ? { informatieobjecttype: a.informatieobjecttype } : {}),
        ...(max !== null ? { maxVertrouwelijkheidaanduiding: max } : {}),
      };
    case 'brc':
      return a.besluittype !== null ? { besluittype: a.besluittype } : {};
    default:
      return {};
  }
}

export const autorisatieView = (a: AutorisatieRow) => ({
  component: a.component,
  componentWeergave: AC_COMPONENTEN[a.component as AcComponent] ?? a.component,
  scopes: a.scopes,
  ...typeFields(a),
});

/** An Applicatie as the Autorisaties API shows it, its autorisaties embedded. */
export const applicatieView = (baseUrl: string, app: ApplicatieRow, grants: AutorisatieRow[]) => ({
  url: applicatieUrl(baseUrl, app.id),
  clientIds: app.clientIds,
  label: app.label,
  heeftAlleAutorisaties: app.heeftAlleAutorisaties,
  alleenIsGereedVoorPublicatie: app.alleenIsGereedVoorPublicatie,
  autorisaties: grants.map(autorisatieView),
});

export type ApplicatieView = ReturnType<typeof applicatieView>;
