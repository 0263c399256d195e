/** Texts of the portal's products and Mijn zaken, in Dutch and English. */
export const nl = {
  'mijnZaken.title': 'Mijn zaken',
};

export const en: Record<keyof typeof nl, string> = {
  'mijnZaken.title': 'My cases',
};
