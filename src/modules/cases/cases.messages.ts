/** Texts about cases shared by the portal and the back office, in Dutch and English. */
export const nl = {
  'zaak.nummer': 'Zaaknummer',
};

export const en: Record<keyof typeof nl, string> = {
  'zaak.nummer': 'Case number',
};
