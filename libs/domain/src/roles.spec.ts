import { DISCIPLINES, ROLES } from './roles';

describe('roles and disciplines', () => {
  it('lists the ten disciplines of docs/design.md#who-uses-it', () => {
    expect(DISCIPLINES).toHaveLength(10);
  });

  it('uses each code once, in the snake_case the API and the database store', () => {
    for (const codes of [ROLES, DISCIPLINES]) {
      expect(new Set(codes).size).toBe(codes.length);
      for (const code of codes) expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
    }
  });
});
