import { useTranslation } from 'react-i18next';

import { addDays, dateAtUtcMidnight } from './calendar-days';

function capitalise(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/**
 * The calendar's words, through Intl in the reader's language. Calendar days are formatted on the
 * UTC calendar (they are days, not moments); a board's time in its own (the institution's) zone.
 */
export function useCalendarFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  const day = (options: Intl.DateTimeFormatOptions) => (date: string) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(dateAtUtcMidnight(date));
  return {
    weekdayShort: day({ weekday: 'short' }),
    weekdayLong: (date: string) => capitalise(day({ weekday: 'long' })(date), locale),
    /** "Tuesday, December 1, 2026" / "martes, 1 de diciembre de 2026". */
    fullDate: day({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
    /** "December 2026" / "Diciembre de 2026". */
    month: (date: string) => capitalise(day({ month: 'long', year: 'numeric' })(date), locale),
    /** "Nov 30 – Dec 6, 2026" for a week starting on `from` (`to` exclusive). */
    range: (from: string, to: string) =>
      new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }).formatRange(dateAtUtcMidnight(from), dateAtUtcMidnight(addDays(to, -1))),
    time: (instant: string, timeZone: string) =>
      new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(new Date(instant)),
  };
}
