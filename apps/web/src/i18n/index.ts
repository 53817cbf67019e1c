import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

import adminEn from './admin.en.json';
import adminEs from './admin.es.json';
import boardCalendarEn from './board-calendar.en.json';
import boardCalendarEs from './board-calendar.es.json';
import boardsEn from './boards.en.json';
import boardsEs from './boards.es.json';
import calendarFeedsEn from './calendar-feeds.en.json';
import calendarFeedsEs from './calendar-feeds.es.json';
import caseEditorEn from './case-editor.en.json';
import caseEditorEs from './case-editor.es.json';
import caseViewEn from './case-view.en.json';
import caseViewEs from './case-view.es.json';
import baseEn from './en.json';
import baseEs from './es.json';
import followUpEn from './follow-up.en.json';
import followUpEs from './follow-up.es.json';
import intakeEn from './intake.en.json';
import intakeEs from './intake.es.json';
import letterEn from './letter.en.json';
import letterEs from './letter.es.json';
import liveConsoleEn from './live-console.en.json';
import liveConsoleEs from './live-console.es.json';
import liveDeviceEn from './live-device.en.json';
import liveDeviceEs from './live-device.es.json';
import liveDisplayEn from './live-display.en.json';
import liveDisplayEs from './live-display.es.json';
import liveProposalsEn from './live-proposals.en.json';
import liveProposalsEs from './live-proposals.es.json';
import metricsEn from './metrics.en.json';
import metricsEs from './metrics.es.json';
import patientsEn from './patients.en.json';
import patientsEs from './patients.es.json';
import planOptionsEn from './plan-options.en.json';
import planOptionsEs from './plan-options.es.json';

// One catalogue per language: the shared part (common, shell, enums…) and one file per feature, each
// under its own top-level key, so that features can grow their texts without touching each other's.
const en = {
  ...baseEn,
  patients: patientsEn,
  caseEditor: caseEditorEn,
  caseView: caseViewEn,
  planOptions: planOptionsEn,
  boards: boardsEn,
  intake: intakeEn,
  followUp: followUpEn,
  calendarFeeds: calendarFeedsEn,
  boardCalendar: boardCalendarEn,
  metrics: metricsEn,
  admin: adminEn,
  liveProposals: liveProposalsEn,
  liveDisplay: liveDisplayEn,
  liveDevice: liveDeviceEn,
  liveConsole: liveConsoleEn,
  letter: letterEn,
};
const es: typeof en = {
  ...baseEs,
  patients: patientsEs,
  caseEditor: caseEditorEs,
  caseView: caseViewEs,
  planOptions: planOptionsEs,
  boards: boardsEs,
  intake: intakeEs,
  followUp: followUpEs,
  calendarFeeds: calendarFeedsEs,
  boardCalendar: boardCalendarEs,
  metrics: metricsEs,
  admin: adminEs,
  liveProposals: liveProposalsEs,
  liveDisplay: liveDisplayEs,
  liveDevice: liveDeviceEs,
  liveConsole: liveConsoleEs,
  letter: letterEs,
};
export const CATALOGUES = { en, es };

export const LANGUAGES = ['es', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'consilium.language';

function isLanguage(value: string | null | undefined): value is Language {
  return LANGUAGES.includes(value as Language);
}

/** The language chosen in the header before, else the browser's first Spanish or English one. */
export function initialLanguage(): Language {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  for (const tag of window.navigator.languages ?? [window.navigator.language]) {
    const base = tag.slice(0, 2).toLowerCase();
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/** One i18next instance with both catalogues loaded (they are small; no request, no flash). */
export function createI18n(language: Language = initialLanguage()): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { es: { translation: es }, en: { translation: en } },
    lng: language,
    supportedLngs: [...LANGUAGES],
    fallbackLng: false,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = language;
  instance.on('languageChanged', (next) => {
    document.documentElement.lang = next;
    if (isLanguage(next)) window.localStorage.setItem(STORAGE_KEY, next);
  });
  return instance;
}

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}
