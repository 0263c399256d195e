/** Texts of the back office's case handling, in Dutch and English. */
export const nl = {
  'bo.zaken.title': 'Zaken',
};

export const en: Record<keyof typeof nl, string> = {
  'bo.zaken.title': 'Cases',
};
