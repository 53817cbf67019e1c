import { describe, expect, it } from 'vitest';

import { ADMIN, CLINICIAN, COORDINATOR } from '../../test/fixtures';
import { navItemsFor } from './navigation';

describe('navigation by permission', () => {
  it('gives an admin the administration and no clinical menu', () => {
    expect(navItemsFor(ADMIN.permissions).map((i) => i.to)).toEqual([
      '/',
      '/admin/users',
      '/admin/specialists',
      '/admin/settings',
      '/admin/audit',
    ]);
  });

  it('gives a clinician the clinical pages and no administration', () => {
    expect(navItemsFor(CLINICIAN.permissions).map((i) => i.to)).toEqual([
      '/',
      '/patients',
      '/cases',
      '/meetings',
      '/metrics',
      '/calendar-feeds',
    ]);
  });

  it('gives a coordinator the desk: intake, boards, follow-up, metrics and calendar links', () => {
    expect(navItemsFor(COORDINATOR.permissions).map((i) => i.to)).toEqual([
      '/',
      '/patients',
      '/cases',
      '/intake',
      '/meetings',
      '/follow-up',
      '/metrics',
      '/calendar-feeds',
    ]);
  });
});
