import type { CaseState, MeetingState } from '@consilium/domain';

import { Permission } from '../auth/permissions';

// Admins read the audit log and hold no clinical permission (ADR 0003), so what the log says about
// clinical entities is limited to ids, field names and workflow states (ADR 0009).

/** Entities whose audit entries never carry a clinical value or free text. */
export const CLINICAL_ENTITY_TYPES = [
  'patient',
  'board_case',
  'meeting',
  'proposal',
  'recommendation',
  'follow_up',
  'recommendation_signature',
  // The board's aggregate figures: no id, named only by failed attempts on them.
  'metrics',
] as const;
export type ClinicalEntityType = (typeof CLINICAL_ENTITY_TYPES)[number];

/**
 * What an audit entry of a clinical entity may say. A value of a clinical fact, a reason, a comment
 * or a note has no key here, so writing one inline is a type error.
 */
export type ClinicalAuditDetails = {
  [id: `${string}Id`]: string | null;
  [ids: `${string}Ids`]: readonly string[];
  /** The fields a create set, or the free-text fields an action was given: names only. */
  fields?: readonly string[];
  /** The fields an update changed: names only. */
  changedFields?: readonly string[];
  /** A workflow transition of the entity. */
  from?: CaseState | MeetingState | null;
  to?: CaseState | MeetingState;
  /** The transition of a case that a meeting's agenda change caused. */
  caseState?: { from: CaseState | null; to: CaseState };
  previousState?: CaseState;
  /** Agenda logistics. */
  position?: number;
  plannedMinutes?: number | null;
  previousPlannedMinutes?: number | null;
  /** Attendance is a fact about staff, and quorum at any moment is rebuilt from it. */
  present?: boolean;
  /** Positions of proposed steps that carry an override justification (the text stays out). */
  overriddenSteps?: readonly number[];
  ruleSetVersion?: string;
  /** The ids a list read returned. */
  listed?: readonly string[];
  /** A FHIR import: whether it registered the patient, and how many elements it could not read. */
  patientCreated?: boolean;
  unmappedCount?: number;
  /** A failed attempt: the stable error code, and the permission the route requires. */
  code?: string;
  permission?: string;
};

export type AuditDetails<T extends string> = T extends ClinicalEntityType
  ? ClinicalAuditDetails
  : Record<string, unknown>;

/**
 * Which permissions guard patient data: a refused or missed attempt on a route that requires one is
 * audited (ADR 0009). A Record, so that a new permission does not compile until it is classified.
 */
const GUARDS_PATIENT_DATA: Record<Permission, boolean> = {
  [Permission.UsersManage]: false,
  [Permission.SpecialistsManage]: false,
  [Permission.SettingsManage]: false,
  [Permission.AuditRead]: false,
  [Permission.ClinicalRead]: true,
  [Permission.PatientsWrite]: true,
  [Permission.CasesWrite]: true,
  [Permission.CasesTriage]: true,
  [Permission.FollowUpRecord]: true,
  [Permission.MeetingsManage]: true,
  [Permission.AttendanceOwn]: true,
  [Permission.DiscussionWrite]: true,
  [Permission.PlansPropose]: true,
  [Permission.PlansVote]: true,
  [Permission.PlansAdopt]: true,
  [Permission.LettersSign]: true,
};

export function guardsPatientData(
  permission: Permission | 'authenticated' | undefined,
): permission is Permission {
  return permission !== undefined && permission !== 'authenticated' && GUARDS_PATIENT_DATA[permission];
}
