import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, MIGRATIONS } from '../src/database/data-source';

// Every migration applies to an empty database, reverts completely with its `down`, and applies again.
describe('migrations', () => {
  const name = `consilium_migrations_${randomBytes(4).toString('hex')}`;
  const server = new URL(process.env.CONSILIUM_TEST_SERVER_URL as string);
  let dataSource: DataSource;

  async function admin(sql: string) {
    const url = new URL(server);
    url.pathname = '/postgres';
    const client = new Client({ connectionString: url.toString() });
    await client.connect();
    await client.query(sql);
    await client.end();
  }

  beforeAll(async () => {
    await admin(`CREATE DATABASE "${name}"`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    dataSource = new DataSource({ ...dataSourceOptions(url.toString(), 2), logging: false });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await admin(`DROP DATABASE "${name}" WITH (FORCE)`);
  });

  const tables = async () =>
    (
      await dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migration' ORDER BY 1`,
      )
    ).map((r: { table_name: string }) => r.table_name);

  it('applies, reverts and re-applies every migration', async () => {
    expect(await dataSource.runMigrations({ transaction: 'each' })).toHaveLength(MIGRATIONS.length);
    const applied = await tables();
    expect(applied).toEqual(expect.arrayContaining(['app_user', 'audit_log', 'login_failure', 'specialist']));

    for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual([]);

    await dataSource.runMigrations({ transaction: 'each' });
    expect(await tables()).toEqual(applied);
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
