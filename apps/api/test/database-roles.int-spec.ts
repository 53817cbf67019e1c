import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import pino from 'pino';

import {
  ensureRuntimeMembership,
  EVIDENCE_TABLES,
  prepareDatabase,
  RUNTIME_GROUP_ROLE,
} from '../src/database/database-roles';
import { DatabaseSetupError } from '../src/database/setup-error';
import { adminQuery, TestApp } from './support/test-app';

// docs/adr/0008: the app's connection cannot rewrite the evidence, neither directly (no UPDATE,
// DELETE or TRUNCATE) nor by switching the triggers off (only the owner may). That normal flows work
// on these grants is shown by every other integration test, which all run as the runtime login.
describe('database roles', () => {
  let t: TestApp;
  const silent = pino({ level: 'silent' });

  beforeAll(async () => {
    t = await TestApp.create();
  });
  afterAll(() => t.close());

  // On the app's own pool: the runtime login.
  const asApp = (sql: string) => t.dataSource.query(sql);
  const refused = (pattern: RegExp) => ({
    driverError: expect.objectContaining({ code: '42501', message: expect.stringMatching(pattern) }),
  });

  it('runs the app as a login that is no superuser, owns nothing and is a member of consilium_runtime', async () => {
    const [role] = await asApp(`
      SELECT current_user AS login, r.rolsuper AS superuser, r.rolcreaterole AS createrole,
             pg_has_role(current_user, '${RUNTIME_GROUP_ROLE}', 'USAGE') AS runtime,
             (SELECT count(*)::int FROM pg_class c
               WHERE c.relnamespace = 'public'::regnamespace AND pg_has_role(current_user, c.relowner, 'MEMBER'))
               AS owned
        FROM pg_roles r WHERE r.rolname = current_user`);
    expect(role).toEqual({
      login: expect.any(String),
      superuser: false,
      createrole: false,
      runtime: true,
      owned: 0,
    });
    expect(role.login).toBe(decodeURIComponent(new URL(t.config.databaseUrl).username));
    expect(role.login).not.toBe(decodeURIComponent(new URL(t.ownerUrl).username));
  });

  describe.each(Object.entries(EVIDENCE_TABLES))('%s', (table, updatable) => {
    it('refuses to switch its triggers off, drop them or take the table over', async () => {
      const [{ trigger }] = await asApp(
        `SELECT tgname AS trigger FROM pg_trigger WHERE tgrelid = '${table}'::regclass AND NOT tgisinternal LIMIT 1`,
      );
      for (const sql of [
        `ALTER TABLE ${table} DISABLE TRIGGER ALL`,
        `ALTER TABLE ${table} DISABLE TRIGGER ${trigger}`,
        `DROP TRIGGER ${trigger} ON ${table}`,
        `ALTER TABLE ${table} OWNER TO current_user`,
      ]) {
        await expect(asApp(sql)).rejects.toMatchObject(refused(/must be owner/));
      }
    });

    it(`refuses UPDATE of every column${updatable.length ? ` but ${updatable.join(', ')}` : ''}`, async () => {
      const columns: { name: string }[] = await asApp(
        `SELECT attname AS name FROM pg_attribute
          WHERE attrelid = '${table}'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
      );
      expect(columns.length).toBeGreaterThan(3);
      for (const { name } of columns.filter((c) => !updatable.includes(c.name))) {
        // WHERE false: refused for want of the privilege, before any row (or trigger) is reached.
        await expect(asApp(`UPDATE ${table} SET ${name} = DEFAULT WHERE false`)).rejects.toMatchObject(
          refused(/permission denied/),
        );
      }
    });

    it('refuses DELETE and TRUNCATE', async () => {
      await expect(asApp(`DELETE FROM ${table} WHERE false`)).rejects.toMatchObject(
        refused(/permission denied/),
      );
      await expect(asApp(`TRUNCATE ${table}`)).rejects.toMatchObject(refused(/permission denied/));
    });
  });

  it('refuses the other ways around the triggers: replication mode and the owner role', async () => {
    // session_replication_role = replica skips every ordinary trigger; only a superuser may set it.
    await expect(asApp(`SET session_replication_role = replica`)).rejects.toMatchObject(
      refused(/permission denied/),
    );
    const owner = decodeURIComponent(new URL(t.ownerUrl).username);
    await expect(asApp(`SET ROLE "${owner}"`)).rejects.toMatchObject(refused(/permission denied/));
  });

  it("grants every table explicitly, and nothing on schema_migration or beyond the app's needs", async () => {
    const tables: { name: string; select: boolean; other: boolean }[] = await asApp(`
      SELECT c.relname AS name, has_table_privilege(c.oid, 'SELECT') AS select,
             has_table_privilege(c.oid, 'TRUNCATE, REFERENCES, TRIGGER') AS other
        FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') ORDER BY 1`);
    // A new table whose migration forgot its GRANT shows up here by name.
    expect(tables.filter((r) => r.name !== 'schema_migration' && !r.select).map((r) => r.name)).toEqual([]);
    expect(tables.filter((r) => r.other).map((r) => r.name)).toEqual([]);
    expect(tables.find((r) => r.name === 'schema_migration')).toMatchObject({ select: false });
    expect(Object.keys(EVIDENCE_TABLES).every((e) => tables.some((r) => r.name === e))).toBe(true);
  });

  it('refuses to start when DATABASE_URL logs in as the owner (two URLs, one role)', async () => {
    const ownerAgain = `${t.ownerUrl}?application_name=consilium-test`;
    const start = prepareDatabase({ runtimeUrl: ownerAgain, ownerUrl: t.ownerUrl, logger: silent });
    await expect(start).rejects.toThrow(DatabaseSetupError);
    await expect(start).rejects.toThrow(/could rewrite the evidence:\n {2}- it owns .* tables/);
  });

  describe("the runtime login's membership", () => {
    const suffix = randomBytes(4).toString('hex');
    const login = (user: string) => ({ user, password: randomBytes(12).toString('hex') });
    const app = login(`consilium_test_newapp_${suffix}`);
    const grantor = login(`consilium_test_grantor_${suffix}`);
    const urlOf = (l: { user: string; password: string }) => {
      const url = new URL(t.ownerUrl);
      url.username = l.user;
      url.password = l.password;
      return url.toString();
    };
    const asOwner = async <T>(url: string, fn: (c: Client) => Promise<T>) => {
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        return await fn(client);
      } finally {
        await client.end();
      }
    };

    beforeAll(async () => {
      for (const l of [app, grantor])
        await adminQuery(`CREATE ROLE "${l.user}" LOGIN PASSWORD '${l.password}'`);
    });
    afterAll(async () => {
      // The member first: PostgreSQL 16+ ties a membership to the role that granted it.
      for (const l of [app, grantor]) await adminQuery(`DROP ROLE IF EXISTS "${l.user}"`);
    });

    it('says which GRANT a DBA must run when the owner may not grant it', async () => {
      await expect(asOwner(t.ownerUrl, (c) => ensureRuntimeMembership(c, app.user))).rejects.toThrow(
        new RegExp(`GRANT ${RUNTIME_GROUP_ROLE} TO "${app.user}";`),
      );
    });

    it('grants it when the owner may, and then starts', async () => {
      await adminQuery(`GRANT ${RUNTIME_GROUP_ROLE} TO "${grantor.user}" WITH ADMIN OPTION`);
      await asOwner(urlOf(grantor), (c) => ensureRuntimeMembership(c, app.user));
      const [{ member }] = await adminQuery(`SELECT pg_has_role($1, $2, 'USAGE') AS member`, [
        app.user,
        RUNTIME_GROUP_ROLE,
      ]);
      expect(member).toBe(true);
      // The app's check passes for the new login (the owner is this database's).
      await prepareDatabase({ runtimeUrl: urlOf(app), ownerUrl: t.ownerUrl, logger: silent });
    });
  });
});
