import { createHash, randomBytes } from 'node:crypto';
import { constants as fsConstants, promises as fs } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import * as path from 'node:path';
import { Client, escapeIdentifier, escapeLiteral } from 'pg';

import { RUNTIME_GROUP_ROLE } from './database-roles';
import { type ResolveBinariesOptions, resolvePostgresBinaries } from './postgres-binaries';
import { initialiseCluster, postgresSystemUser, startCluster } from './postgres-cluster';
import { DatabaseSetupError } from './setup-error';

export interface EmbeddedPostgresHandle {
  /** The app's URL: the runtime login, a member of consilium_runtime that owns nothing. */
  url: string;
  /** The schema owner's URL, for the migrations. */
  ownerUrl: string;
  /** The cluster superuser's URL on the `postgres` database (creating databases and roles). */
  adminUrl: string;
  /** The folder actually used (see resolveClusterDir). */
  dir: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder that holds the cluster (`data/`) and its local credentials. */
  dir: string;
  /** 0 picks a free port; 5432 is never picked because a system PostgreSQL usually owns it. */
  port: number;
  /** Created if missing, owned by the owner role. */
  database: string;
  /** Remove the folder on stop (tests). */
  ephemeral?: boolean;
  onLog?: (message: string) => void;
  /** Where the binaries come from (tests); see resolvePostgresBinaries. */
  binaries?: Pick<ResolveBinariesOptions, 'packageDir' | 'cacheRoot'>;
}

export interface Login {
  user: string;
  password: string;
}

interface Credentials extends Login {
  // `user`/`password` are the cluster's superuser (the only entry before docs/adr/0008).
  owner?: Login;
  runtime?: Login;
}

export const EMBEDDED_OWNER_ROLE = 'consilium_owner';
export const EMBEDDED_RUNTIME_LOGIN = 'consilium_app';

/** A free TCP port on the loopback interface, other than 5432. */
export async function findFreePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.unref();
      server.on('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    if (port !== 5432 && port !== 0) return port;
  }
}

// PostgreSQL refuses to run as root, so as root the cluster runs as a `postgres` system user
// (created if missing). That user must be able to reach the data folder: a clone inside a
// private home folder (mode 700) is not reachable, so then the cluster lives under the temp folder.
async function reachableByOthers(dir: string): Promise<boolean> {
  let current = path.resolve(dir);
  for (;;) {
    const parent = path.dirname(current);
    try {
      const stat = await fs.stat(current);
      if (!(stat.mode & fsConstants.S_IXOTH)) return false;
    } catch {
      // Not created yet: its parents decide.
    }
    if (parent === current) return true;
    current = parent;
  }
}

/** The key of the temp folder that stands in for `dir` when the postgres user cannot reach it. */
export function fallbackKey(dir: string): string {
  return createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 24);
}

async function resolveClusterDir(dir: string, log: (m: string) => void): Promise<string> {
  const isRoot = userInfo().uid === 0;
  if (!isRoot || (await reachableByOthers(path.dirname(path.resolve(dir))))) return path.resolve(dir);
  // Named by a hash of the whole path: two clones in private folders each get their own cluster.
  const fallback = path.join(tmpdir(), `consilium-${fallbackKey(dir)}`);
  // The temp folder is shared: a folder of that name made by someone else could hand them the
  // credentials or the data.
  const stat = await fs.lstat(fallback).catch(() => null);
  if (stat && (stat.uid !== 0 || !stat.isDirectory())) {
    throw new DatabaseSetupError(
      `${fallback} (the embedded database's folder for ${dir}) exists but is not a folder owned by root; ` +
        'remove it, or set EMBEDDED_PG_DIR to a folder the postgres user can reach.',
    );
  }
  log(`embedded PostgreSQL: ${dir} is not reachable by the postgres user; using ${fallback}`);
  return fallback;
}

const newLogin = (user: string): Login => ({ user, password: randomBytes(18).toString('base64url') });

async function readOrCreateCredentials(file: string): Promise<Required<Credentials>> {
  let stored: Credentials | null = null;
  try {
    stored = JSON.parse(await fs.readFile(file, 'utf8')) as Credentials;
  } catch {
    // A new cluster.
  }
  const credentials: Required<Credentials> = {
    ...(stored ?? newLogin('postgres')),
    owner: stored?.owner ?? newLogin(EMBEDDED_OWNER_ROLE),
    runtime: stored?.runtime ?? newLogin(EMBEDDED_RUNTIME_LOGIN),
  };
  if (!stored?.owner || !stored.runtime) {
    await fs.writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  }
  return credentials;
}

function urlOf(login: Login, port: number, database: string): string {
  return `postgresql://${encodeURIComponent(login.user)}:${encodeURIComponent(login.password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgresHandle> {
  const log = options.onLog ?? (() => undefined);
  const baseDir = await resolveClusterDir(options.dir, log);
  const dataDir = path.join(baseDir, 'data');
  await fs.mkdir(baseDir, { recursive: true });
  // The base folder holds the credentials file, readable by the app only; the cluster's own folder
  // belongs to the user PostgreSQL runs as.
  await fs.chmod(baseDir, 0o711);
  const initialised = await fs
    .access(path.join(dataDir, 'PG_VERSION'))
    .then(() => true)
    .catch(() => false);
  if (!initialised) await fs.rm(path.join(baseDir, 'credentials.json'), { force: true });
  const credentials = await readOrCreateCredentials(path.join(baseDir, 'credentials.json'));
  const port = options.port || (await findFreePort());

  const runAs = userInfo().uid === 0 ? await postgresSystemUser() : null;
  const binaries = await resolvePostgresBinaries({ ...options.binaries, runAs, log });
  // A half-made folder (an interrupted first start) is not removed: initdb refuses it, and says so.
  if (!initialised) await initialiseCluster({ binaries, dataDir, runAs, superuser: credentials });
  const cluster = await startCluster({
    binaries,
    dataDir,
    port,
    runAs,
    // Loopback only: the cluster is for this process alone.
    flags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'lc_messages=C'],
    onLog: log,
  });

  const adminUrl = urlOf(credentials, port, 'postgres');
  try {
    await ensureRoles(adminUrl, credentials.owner, credentials.runtime);
    await ensureDatabase(adminUrl, options.database, credentials.owner.user);
  } catch (error) {
    await cluster.stop();
    if ((error as { code?: string }).code === '28P01') {
      throw new DatabaseSetupError(
        `the embedded database in ${dataDir} does not accept the superuser's password in ` +
          `${path.join(baseDir, 'credentials.json')}; restore that file, or remove ${baseDir} to start afresh.`,
      );
    }
    throw error;
  }

  let stopped = false;
  return {
    url: urlOf(credentials.runtime, port, options.database),
    ownerUrl: urlOf(credentials.owner, port, options.database),
    adminUrl,
    dir: baseDir,
    async stop() {
      if (stopped) return;
      stopped = true;
      await cluster.stop();
      if (options.ephemeral) await fs.rm(baseDir, { recursive: true, force: true });
    },
  };
}

async function withAdmin<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * As the cluster's superuser: the owner login, the runtime login, the NOLOGIN group role that the
 * migrations grant to, and the runtime login's membership (docs/adr/0008). Idempotent; the
 * passwords follow `owner` and `runtime`. Returns whether the group role was created.
 */
export async function ensureRoles(adminUrl: string, owner: Login, runtime: Login): Promise<boolean> {
  return withAdmin(adminUrl, async (client) => {
    for (const login of [owner, runtime]) {
      const exists = (await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [login.user])).rowCount;
      await client.query(
        `${exists ? 'ALTER' : 'CREATE'} ROLE ${escapeIdentifier(login.user)} ` +
          `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS INHERIT PASSWORD ${escapeLiteral(login.password)}`,
      );
    }
    let created = false;
    try {
      if (!(await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [RUNTIME_GROUP_ROLE])).rowCount) {
        await client.query(`CREATE ROLE ${RUNTIME_GROUP_ROLE} NOLOGIN`);
        created = true;
      }
    } catch (error) {
      // Created at the same moment by another run on a shared server.
      if ((error as { code?: string }).code !== '42710' && (error as { code?: string }).code !== '23505')
        throw error;
    }
    const [{ member }] = (
      await client.query<{ member: boolean }>(`SELECT pg_has_role($1, $2, 'MEMBER') AS member`, [
        runtime.user,
        RUNTIME_GROUP_ROLE,
      ])
    ).rows;
    if (!member) await client.query(`GRANT ${RUNTIME_GROUP_ROLE} TO ${escapeIdentifier(runtime.user)}`);
    return created;
  });
}

/**
 * Creates `database` on the server of `url` if it does not exist yet, owned by `owner` when given. A
 * database made before docs/adr/0008 (owned, with its tables, by the superuser) is handed over.
 */
export async function ensureDatabase(url: string, database: string, owner?: string): Promise<void> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  await withAdmin(admin.toString(), async (client) => {
    const { rows } = await client.query<{ owner: string }>(
      'SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = $1',
      [database],
    );
    if (rows.length === 0) {
      const ownerClause = owner ? ` OWNER ${escapeIdentifier(owner)}` : '';
      await client.query(`CREATE DATABASE ${escapeIdentifier(database)}${ownerClause}`);
    } else if (owner && rows[0].owner !== owner) {
      await client.query(`ALTER DATABASE ${escapeIdentifier(database)} OWNER TO ${escapeIdentifier(owner)}`);
    }
  });
  if (owner) {
    // Also after an interrupted hand-over: nothing to do once the superuser owns nothing there.
    admin.pathname = `/${encodeURIComponent(database)}`;
    await withAdmin(admin.toString(), (client) => handOverObjects(client, owner));
  }
}

// The schema's tables, sequences and functions that the superuser (the connected role) owns become
// `owner`'s. Not REASSIGN OWNED: the superuser also owns the system catalogs. Identity sequences and
// indexes follow their tables; pg_trgm's objects stay the extension's.
async function handOverObjects(client: Client, owner: string): Promise<void> {
  const { rows } = await client.query<{ sql: string }>(
    `SELECT format('ALTER %s %s OWNER TO %I',
                   CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW'
                                  WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END,
                   c.oid::regclass, $1::text) AS sql
       FROM pg_class c
      WHERE c.relnamespace = 'public'::regnamespace AND c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
        AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                           AND d.objid = c.oid AND d.deptype IN ('a', 'i', 'e'))
     UNION ALL
     SELECT format('ALTER FUNCTION %s OWNER TO %I', p.oid::regprocedure, $1::text)
       FROM pg_proc p
      WHERE p.pronamespace = 'public'::regnamespace AND p.proowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                           AND d.objid = p.oid AND d.deptype = 'e')`,
    [owner],
  );
  if (rows.length === 0) return;
  await client.query('BEGIN');
  try {
    for (const { sql } of rows) await client.query(sql);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
