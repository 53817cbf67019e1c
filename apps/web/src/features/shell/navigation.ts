import type { Permission } from '../auth/use-me';

export interface NavItem {
  to: string;
  label: 'nav.home' | 'nav.patients' | 'nav.cases' | 'nav.meetings' | 'nav.users';
  /** Shown only to users the API grants this permission (permissions come from GET /api/auth/me). */
  permission: Permission | null;
}

export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'nav.home', permission: null },
  { to: '/patients', label: 'nav.patients', permission: 'clinical.read' },
  { to: '/cases', label: 'nav.cases', permission: 'clinical.read' },
  { to: '/meetings', label: 'nav.meetings', permission: 'clinical.read' },
  { to: '/admin/users', label: 'nav.users', permission: 'users.manage' },
];

export function navItemsFor(permissions: readonly Permission[]): NavItem[] {
  return NAV_ITEMS.filter((item) => item.permission === null || permissions.includes(item.permission));
}
