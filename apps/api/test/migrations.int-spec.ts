import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

import { FACT_RANGES } from '@consilium/domain';

import { migrationDataSourceOptions, MIGRATIONS } from '../src/database/data-source';
import { RUNTIME_GROUP_ROLE } from '../src/database/database-roles';
import { adminQuery } from './support/test-app';

// Every migration applies to an empty database, reverts completely with its `down`, and applies
// again, as the owner login (as in production; docs/adr/0008).
describe('migrations', () => {
  const name = `consilium_migrations_${randomBytes(4).toString('hex')}`;
  const ownerUrl = new URL(process.env.CONSILIUM_TEST_OWNER_URL as string);
  ownerUrl.pathname = `/${name}`;
  let dataSource: DataSource;

  beforeAll(async () => {
    await adminQuery(`CREATE DATABASE "${name}" OWNER "${decodeURIComponent(ownerUrl.username)}"`);
    dataSource = new DataSource({ ...migrationDataSourceOptions(ownerUrl.toString()), logging: false });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await adminQuery(`DROP DATABASE "${name}" WITH (FORCE)`);
  });

  const tables = async () =>
    (
      await dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migration' ORDER BY 1`,
      )
    ).map((r: { table_name: string }) => r.table_name);

  // Every privilege the runtime group role holds in this database, as `table: privileges`.
  const grants = async () =>
    (
      await dataSource.query(
        `SELECT c.relname || ': ' || string_agg(DISTINCT a.privilege_type, ', ' ORDER BY a.privilege_type) AS grant
           FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a
          WHERE c.relnamespace = 'public'::regnamespace AND a.grantee = $1::regrole
          GROUP BY c.relname ORDER BY 1`,
        [RUNTIME_GROUP_ROLE],
      )
    ).map((r: { grant: string }) => r.grant);
  // Column grants live in pg_attribute, apart from the table's.
  const columnGrants = async () =>
    (
      await dataSource.query(
        `SELECT c.relname || '.' || a.attname || ': ' || x.privilege_type AS grant
           FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid CROSS JOIN LATERAL aclexplode(a.attacl) x
          WHERE c.relnamespace = 'public'::regnamespace AND x.grantee = $1::regrole ORDER BY 1`,
        [RUNTIME_GROUP_ROLE],
      )
    ).map((r: { grant: string }) => r.grant);

  it('applies, reverts and re-applies every migration', async () => {
    expect(await dataSource.runMigrations({ transaction: 'each' })).toHaveLength(MIGRATIONS.length);
    const applied = await tables();
    expect(applied).toEqual(expect.arrayContaining(['app_user', 'audit_log', 'login_failure', 'specialist']));
    const granted = await grants();
    expect(granted).toEqual(expect.arrayContaining(['audit_log: INSERT, SELECT', 'vote: INSERT, SELECT']));
    expect(await columnGrants()).toEqual(['proposal.status: UPDATE', 'vote.superseded_at: UPDATE']);

    for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual([]);

    await dataSource.runMigrations({ transaction: 'each' });
    expect(await tables()).toEqual(applied);
    expect(await grants()).toEqual(granted);
  });

  it("reverts the runtime role's grants with SeparateRuntimeRole's down, and restores them", async () => {
    const granted = await grants();
    const index = MIGRATIONS.findIndex((m) => m.name === 'SeparateRuntimeRole1764400000000');
    // Down to just before it: the later migrations first, then its own down.
    for (let i = MIGRATIONS.length - 1; i >= index; i--)
      await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await grants()).toEqual([]);
    expect(await columnGrants()).toEqual([]);
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await grants()).toEqual(granted);
  });

  it('names every constraint and index by hand (no generated names)', async () => {
    const names = (
      await dataSource.query(`
        SELECT conname AS name FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
         WHERE n.nspname = 'public' AND c.conrelid <> 'schema_migration'::regclass
        UNION ALL
        SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND tablename <> 'schema_migration'`)
    ).map((r: { name: string }) => r.name);
    expect(names.length).toBeGreaterThan(10);
    // TypeORM's generated names look like PK_3c1f..., FK_..., IDX_..., UQ_..., REL_..., CHK_...
    expect(names.filter((n: string) => /^(PK|FK|IDX|UQ|REL|CHK)_[0-9a-f]+/i.test(n))).toEqual([]);
  });

  it("holds each numeric fact to the domain's range (FACT_RANGES), as the API and the editor do", async () => {
    const columns = {
      pdl1Percent: 'pdl1_percent',
      bilirubinMgDl: 'bilirubin_mg_dl',
      albuminGDl: 'albumin_g_dl',
      inr: 'inr',
      futureLiverRemnantPercent: 'future_liver_remnant_percent',
    } as const;
    for (const [fact, column] of Object.entries(columns) as [keyof typeof columns, string][]) {
      const [row] = await dataSource.query(
        `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = $1`,
        [`board_case_${column}_check`],
      );
      // PostgreSQL prints BETWEEN as ((x >= (0)::numeric) AND (x <= 0.5)): the bounds follow >= and <=.
      const bounds = [...(row?.def as string).matchAll(/[<>]= \(?([\d.]+)/g)].map((m) => Number(m[1]));
      expect({ fact, bounds }).toEqual({ fact, bounds: [FACT_RANGES[fact].min, FACT_RANGES[fact].max] });
    }
  });

  it('matches the entities: no table or column left for migration:generate', async () => {
    // Indexes and CHECK constraints live in the migrations only (the entities do not repeat them), so
    // the schema builder's wish to drop those is expected; anything about tables or columns is drift.
    const sql = await dataSource.driver.createSchemaBuilder().log();
    const drift = sql.upQueries
      .map((q) => q.query)
      .filter((q) => !/^DROP INDEX /.test(q) && !/^ALTER TABLE "\w+" DROP CONSTRAINT "\w+_check"$/.test(q));
    expect(drift).toEqual([]);
  });
});
