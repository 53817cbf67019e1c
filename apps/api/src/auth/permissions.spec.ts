import { hasPermission, Permission, ROLE_PERMISSIONS } from './permissions';

// docs/design.md#who-may-do-what, as a table.
describe('role permissions', () => {
  it.each([
    [Permission.UsersManage, ['admin']],
    [Permission.SpecialistsManage, ['admin']],
    [Permission.SettingsManage, ['admin']],
    [Permission.AuditRead, ['admin']],
    [Permission.ClinicalRead, ['coordinator', 'clinician']],
    [Permission.PatientsWrite, ['coordinator', 'clinician']],
    [Permission.CasesWrite, ['clinician']],
    [Permission.CasesTriage, ['coordinator']],
    [Permission.FollowUpRecord, ['coordinator']],
    [Permission.MeetingsManage, ['coordinator']],
    [Permission.AttendanceOwn, ['clinician']],
    [Permission.DiscussionWrite, ['coordinator', 'clinician']],
    [Permission.PlansPropose, ['clinician']],
    [Permission.PlansVote, ['clinician']],
    [Permission.PlansAdopt, ['coordinator', 'clinician']],
    [Permission.LettersSign, ['clinician']],
  ] as const)('%s belongs to %j', (permission, roles) => {
    const holders = (Object.keys(ROLE_PERMISSIONS) as (keyof typeof ROLE_PERMISSIONS)[]).filter((r) =>
      hasPermission(r, permission),
    );
    expect(holders).toEqual(roles);
  });

  it('keeps admins away from clinical data (least privilege)', () => {
    expect(ROLE_PERMISSIONS.admin.some((p) => p.startsWith('clinical') || p.startsWith('cases'))).toBe(false);
  });
});
