import { DISCIPLINES, ROLES } from './roles';

describe('roles and disciplines', () => {
  it('lists the three roles and the ten disciplines of docs/design.md#who-uses-it', () => {
    expect(ROLES).toEqual(['admin', 'coordinator', 'clinician']);
    expect(DISCIPLINES).toHaveLength(10);
  });
});
