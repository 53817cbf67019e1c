import { describe, expect, it } from 'vitest';

import { ADMIN, CLINICIAN } from '../../test/fixtures';
import { navItemsFor } from './navigation';

describe('navigation by permission', () => {
  it('gives an admin no clinical menu', () => {
    expect(navItemsFor(ADMIN.permissions).map((i) => i.to)).toEqual(['/', '/admin/users']);
  });

  it('gives a clinician the clinical pages and no administration', () => {
    expect(navItemsFor(CLINICIAN.permissions).map((i) => i.to)).toEqual([
      '/',
      '/patients',
      '/cases',
      '/meetings',
    ]);
  });
});
