import { type CaseFacts, isColorectal, type LiverLesion } from './case-facts';
import { isoDateToDayNumber } from './iso-date';

export const READINESS_ITEMS = [
  'primary_tumour',
  'liver_lesions',
  'ecog',
  'liver_function',
  'imaging',
  'biomarkers',
  'question',
] as const;
export type ReadinessItemId = (typeof READINESS_ITEMS)[number];

export interface ReadinessItem {
  item: ReadinessItemId;
  ok: boolean;
  message: string;
}

export interface Readiness {
  ready: boolean;
  items: ReadinessItem[];
}

export interface ReadinessOptions {
  // The caller's calendar date (YYYY-MM-DD) in the institution's time zone.
  today: string;
  imagingWindowDays: number;
}

export const DEFAULT_IMAGING_WINDOW_DAYS = 42;

// The checklist of docs/design.md#readiness-checklist: the gate for `submit`, shown on every case.
export function evaluateReadiness(facts: CaseFacts, options: ReadinessOptions): Readiness {
  const todayDay = isoDateToDayNumber(options.today);
  if (todayDay === null) throw new RangeError(`today must be a date (YYYY-MM-DD), got ${options.today}`);
  if (!Number.isInteger(options.imagingWindowDays) || options.imagingWindowDays < 0) {
    throw new RangeError(`imagingWindowDays must be a whole number >= 0, got ${options.imagingWindowDays}`);
  }
  const items: ReadinessItem[] = [
    primaryTumour(facts),
    liverLesions(facts.lesions),
    ecog(facts),
    liverFunction(facts),
    imaging(facts.latestImagingDate, todayDay, options.imagingWindowDays),
    biomarkers(facts),
    question(facts),
  ];
  return { ready: items.every((item) => item.ok), items };
}

function isBlank(value: string | null): boolean {
  return value === null || value.trim() === '';
}

function missing(item: ReadinessItemId, what: string[]): ReadinessItem {
  return { item, ok: false, message: `missing: ${what.join(', ')}` };
}

function primaryTumour(facts: CaseFacts): ReadinessItem {
  const absent = [
    ...(facts.primarySite === null ? ['primary site'] : []),
    ...(isBlank(facts.histology) ? ['histology'] : []),
  ];
  if (absent.length > 0) return missing('primary_tumour', absent);
  return { item: 'primary_tumour', ok: true, message: `${facts.primarySite}, ${facts.histology?.trim()}` };
}

function lesionProblem(lesion: LiverLesion): string | null {
  const problems = [
    ...(Number.isInteger(lesion.segment) && lesion.segment >= 1 && lesion.segment <= 8
      ? []
      : [`segment ${lesion.segment} is not a Couinaud segment (1–8)`]),
    ...(Number.isFinite(lesion.diameterMm) && lesion.diameterMm > 0
      ? []
      : [`size ${lesion.diameterMm} mm is not a positive size`]),
  ];
  return problems.length > 0 ? problems.join(' and ') : null;
}

// Every recorded lesion must be valid, not just one: the board plans on all of them.
function liverLesions(lesions: readonly LiverLesion[]): ReadinessItem {
  if (lesions.length === 0) {
    return missing('liver_lesions', ['liver lesion with size (mm) and Couinaud segment']);
  }
  const problems = lesions.flatMap((lesion, index) => {
    const problem = lesionProblem(lesion);
    return problem === null ? [] : [`lesion ${index + 1}: ${problem}`];
  });
  if (problems.length > 0) return { item: 'liver_lesions', ok: false, message: problems.join('; ') };
  const count = lesions.length === 1 ? '1 lesion' : `${lesions.length} lesions`;
  return { item: 'liver_lesions', ok: true, message: `${count} recorded` };
}

function ecog(facts: CaseFacts): ReadinessItem {
  if (facts.ecog === null) return missing('ecog', ['ECOG performance status']);
  return { item: 'ecog', ok: true, message: `ECOG ${facts.ecog}` };
}

function liverFunction(facts: CaseFacts): ReadinessItem {
  if (facts.childPugh !== null) {
    return { item: 'liver_function', ok: true, message: `Child–Pugh ${facts.childPugh}` };
  }
  const { bilirubinMgDl, albuminGDl } = facts;
  if (bilirubinMgDl !== null && albuminGDl !== null) {
    return {
      item: 'liver_function',
      ok: true,
      message: `bilirubin ${bilirubinMgDl} mg/dL, albumin ${albuminGDl} g/dL`,
    };
  }
  if (bilirubinMgDl === null && albuminGDl === null) {
    return missing('liver_function', ['bilirubin and albumin, or Child–Pugh class']);
  }
  const absent = bilirubinMgDl === null ? 'bilirubin' : 'albumin';
  return missing('liver_function', [`${absent} (or Child–Pugh class)`]);
}

function imaging(date: string | null, todayDay: number, windowDays: number): ReadinessItem {
  if (date === null) return missing('imaging', ['date of the latest cross-sectional imaging']);
  const day = isoDateToDayNumber(date);
  if (day === null) {
    return { item: 'imaging', ok: false, message: `latest imaging date ${date} is not a valid date` };
  }
  const age = todayDay - day;
  if (age < 0) {
    return { item: 'imaging', ok: false, message: `latest imaging date ${date} is in the future` };
  }
  const days = age === 1 ? '1 day' : `${age} days`;
  if (age > windowDays) {
    return {
      item: 'imaging',
      ok: false,
      message: `latest imaging is ${days} old, older than the ${windowDays}-day window`,
    };
  }
  return { item: 'imaging', ok: true, message: `latest imaging is ${days} old (window ${windowDays} days)` };
}

function biomarkers(facts: CaseFacts): ReadinessItem {
  if (facts.primarySite === null) {
    return missing('biomarkers', ['primary site (decides whether RAS, BRAF and MSI are required)']);
  }
  if (!isColorectal(facts.primarySite)) {
    return { item: 'biomarkers', ok: true, message: `not required for ${facts.primarySite} primary` };
  }
  const absent = [
    ...(facts.ras === null ? ['RAS'] : []),
    ...(facts.brafV600e === null ? ['BRAF'] : []),
    ...(facts.msi === null ? ['MSI'] : []),
  ];
  if (absent.length > 0) return missing('biomarkers', absent);
  return {
    item: 'biomarkers',
    ok: true,
    message: `RAS ${facts.ras}, BRAF ${facts.brafV600e}, MSI ${facts.msi}`,
  };
}

function question(facts: CaseFacts): ReadinessItem {
  if (isBlank(facts.questionForBoard)) return missing('question', ['question for the board']);
  return { item: 'question', ok: true, message: 'question for the board recorded' };
}
