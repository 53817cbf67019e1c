import type { Permission } from '../auth/use-me';

export interface NavItem {
  to: string;
  label:
    | 'nav.home'
    | 'nav.patients'
    | 'nav.cases'
    | 'nav.intake'
    | 'nav.meetings'
    | 'nav.followUp'
    | 'nav.metrics'
    | 'nav.calendarFeeds'
    | 'nav.users'
    | 'nav.specialists'
    | 'nav.settings'
    | 'nav.audit';
  /** Shown only to users the API grants this permission (permissions come from GET /api/auth/me). */
  permission: Permission | null;
}

// In the order of the board's work: prepare, triage, meet, follow up, review; then administration.
export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'nav.home', permission: null },
  { to: '/patients', label: 'nav.patients', permission: 'clinical.read' },
  { to: '/cases', label: 'nav.cases', permission: 'clinical.read' },
  { to: '/intake', label: 'nav.intake', permission: 'cases.triage' },
  { to: '/meetings', label: 'nav.meetings', permission: 'clinical.read' },
  { to: '/follow-up', label: 'nav.followUp', permission: 'followup.record' },
  { to: '/metrics', label: 'nav.metrics', permission: 'clinical.read' },
  { to: '/calendar-feeds', label: 'nav.calendarFeeds', permission: 'clinical.read' },
  { to: '/admin/users', label: 'nav.users', permission: 'users.manage' },
  { to: '/admin/specialists', label: 'nav.specialists', permission: 'specialists.manage' },
  { to: '/admin/settings', label: 'nav.settings', permission: 'settings.manage' },
  { to: '/admin/audit', label: 'nav.audit', permission: 'audit.read' },
];

export function navItemsFor(permissions: readonly Permission[]): NavItem[] {
  return NAV_ITEMS.filter((item) => item.permission === null || permissions.includes(item.permission));
}
