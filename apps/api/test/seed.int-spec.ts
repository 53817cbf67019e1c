import { DEMO_ACCOUNTS, DEMO_PASSWORD, seed } from '../src/seed/seed';
import { TestApp } from './support/test-app';

// First start: the bootstrap admin and the demo data appear on an empty database, and never again.
describe('first-start seeding', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.create({
      demoData: true,
      bootstrapAdmin: { email: 'Root@Hospital.Example', password: 'a long bootstrap passphrase' },
    });
  });
  afterAll(() => t.close());

  it('creates the bootstrap admin, one demo account per role and the demo cases, once', async () => {
    const result = await seed(t.app, t.config);
    expect(result.bootstrapAdmin).toBe('root@hospital.example');
    expect(result.demoAccounts.map((a) => a.email)).toEqual(DEMO_ACCOUNTS.map((a) => a.email));
    expect(result.demoCases).toBeGreaterThanOrEqual(10);

    const root = await t.request('POST', '/api/auth/login', {
      body: { email: 'root@hospital.example', password: 'a long bootstrap passphrase' },
    });
    expect(root.status).toBe(200);
    expect(root.body.user.role).toBe('admin');

    const oncologist = await t.login('oncologist@demo.consilium.test', DEMO_PASSWORD);
    const cases = await t.request('GET', '/api/cases?limit=100', { token: oncologist });
    expect(cases.status).toBe(200);
    expect(cases.body.items).toHaveLength(result.demoCases);
    const states = new Set(cases.body.items.map((c: { status: string }) => c.status));
    expect(states.size).toBeGreaterThanOrEqual(3);
    // A newcomer can build an agenda at once: accepted cases are left off the demo meetings.
    expect(
      cases.body.items.filter((c: { status: string }) => c.status === 'accepted').length,
    ).toBeGreaterThanOrEqual(3);
    // And can hold a board: one is in progress and quorate.
    const meetings = await t.request('GET', '/api/meetings?limit=10', { token: oncologist });
    expect(meetings.body.items.map((m: { status: string }) => m.status).sort()).toEqual([
      'in_progress',
      'planned',
    ]);

    // A second start finds users and creates nothing.
    const again = await seed(t.app, t.config);
    expect(again).toMatchObject({ bootstrapAdmin: null, demoAccounts: [], demoCases: 0 });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM app_user`);
    expect(n).toBe(DEMO_ACCOUNTS.length + 1);
  });
});
