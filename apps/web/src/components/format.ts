import { useTranslation } from 'react-i18next';

/**
 * Dates and times through Intl, in the reader's language. A moment is shown in the time zone it
 * belongs to (a meeting carries the institution's); `undefined` means the browser's zone. A calendar
 * date (`2026-03-29`) is a day, not a moment: it is shown as written, whatever the zone.
 */
export function useFormatters() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return {
    dateTime(value: string, timeZone?: string): string {
      return new Intl.DateTimeFormat(locale, {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone,
      }).format(new Date(value));
    },
    date(value: string, timeZone?: string): string {
      return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(new Date(value));
    },
    calendarDate(value: string): string {
      return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(`${value}T00:00:00Z`),
      );
    },
    /** "Europe/Madrid" as the reader would say it ("hora de Europa central"). */
    timeZoneName(timeZone: string, at: string): string {
      const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'long' })
        .formatToParts(new Date(at))
        .find((p) => p.type === 'timeZoneName');
      return part?.value ?? timeZone;
    },
  };
}
