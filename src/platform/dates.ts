const dutchDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in the Netherlands at a moment (terms run by Dutch days, not UTC ones). */
export const dutchDate = (d: Date): string => dutchDay.format(d);
