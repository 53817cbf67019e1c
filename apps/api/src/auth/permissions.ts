import type { Role } from '@consilium/domain';

// Flat permissions, derived from role (docs/design.md#who-may-do-what). Object-level rules (is this
// clinician present at that meeting? is this the chair?) narrow them further: the services ask
// libs/domain/src/meeting-actions.ts for the meeting-time ones.
export enum Permission {
  UsersManage = 'users.manage',
  SpecialistsManage = 'specialists.manage',
  SettingsManage = 'settings.manage',
  AuditRead = 'audit.read',
  ClinicalRead = 'clinical.read',
  PatientsWrite = 'patients.write',
  CasesWrite = 'cases.write',
  CasesTriage = 'cases.triage',
  FollowUpRecord = 'followup.record',
  MeetingsManage = 'meetings.manage',
  AttendanceOwn = 'attendance.own',
  DiscussionWrite = 'discussion.write',
  PlansPropose = 'plans.propose',
  PlansVote = 'plans.vote',
  PlansAdopt = 'plans.adopt',
  LettersSign = 'letters.sign',
}

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  // Admins run the system but do not read clinical data (least privilege).
  admin: [
    Permission.UsersManage,
    Permission.SpecialistsManage,
    Permission.SettingsManage,
    Permission.AuditRead,
  ],
  coordinator: [
    Permission.ClinicalRead,
    Permission.PatientsWrite,
    Permission.CasesTriage,
    Permission.FollowUpRecord,
    Permission.MeetingsManage,
    Permission.DiscussionWrite,
    Permission.PlansAdopt,
  ],
  clinician: [
    Permission.ClinicalRead,
    Permission.PatientsWrite,
    Permission.CasesWrite,
    Permission.AttendanceOwn,
    // The next three hold only while present at the meeting (libs/domain/src/meeting-actions.ts);
    // adopting only for the meeting's chair.
    Permission.DiscussionWrite,
    Permission.PlansPropose,
    Permission.PlansVote,
    Permission.PlansAdopt,
    // Only the chair (or a present deputy, where allowed): libs/domain/src/letter.ts.
    Permission.LettersSign,
  ],
};

export function permissionsOf(role: Role): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
