/** Texts of event delivery and the demo partners, in Dutch and English. */
export const nl = {
  'events.title': 'Afleveringen',
};

export const en: Record<keyof typeof nl, string> = {
  'events.title': 'Deliveries',
};
