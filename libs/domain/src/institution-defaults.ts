import { DEFAULT_FOLLOW_UP_OVERDUE_DAYS } from './follow-up';
import type { LetterLanguage } from './letter';
import { DEFAULT_IMAGING_WINDOW_DAYS } from './readiness';
import type { Discipline } from './roles';

/**
 * Every institution setting, in the order the admin console shows them: what the API audits on a
 * change and what the console compares, stated once.
 */
export const INSTITUTION_FIELDS = [
  'timeZone',
  'imagingWindowDays',
  'quorumDisciplines',
  'followUpOverdueDays',
  'letterLanguage',
  'deputySigning',
  'mrnSystem',
] as const;
export type InstitutionField = (typeof INSTITUTION_FIELDS)[number];

/**
 * The institution settings a new installation starts with, and what "reset to default" restores
 * (docs/design.md#institution-settings). The first migration wrote the same values as column defaults.
 */
export const INSTITUTION_DEFAULTS: Readonly<Record<InstitutionField, unknown>> & {
  readonly imagingWindowDays: number;
  readonly timeZone: string;
  readonly quorumDisciplines: readonly Discipline[];
  readonly followUpOverdueDays: number;
  readonly letterLanguage: LetterLanguage;
  readonly deputySigning: boolean;
  readonly mrnSystem: string;
} = {
  imagingWindowDays: DEFAULT_IMAGING_WINDOW_DAYS,
  timeZone: 'Europe/Amsterdam',
  // The liver-metastasis board: the disciplines whose opinion a resection / ablation decision needs.
  quorumDisciplines: ['medical_oncology', 'surgery', 'interventional_radiology', 'radiology'],
  followUpOverdueDays: DEFAULT_FOLLOW_UP_OVERDUE_DAYS,
  letterLanguage: 'en',
  // Only the chair signs unless the institution names deputies.
  deputySigning: false,
  // A placeholder: each hospital sets the URI of its own MRNs (an OID or a URL) before exchanging FHIR.
  mrnSystem: 'urn:consilium:mrn',
};
