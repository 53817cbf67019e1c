import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { TestProject } from 'vitest/node';

const workspace = path.resolve(import.meta.dirname, '../../../..');
const main = path.join(workspace, 'dist/apps/api/src/main.js');
const index = path.join(workspace, 'dist/apps/web/index.html');
export const SCREENSHOTS = path.join(workspace, 'apps/web/e2e/screenshots');

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      // The banner is printed after the demo data is in: wait for it, not just for the port.
      if (response.ok && output().includes('Demo accounts')) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the API did not start in time:\n${output()}`);
}

/** Starts `node dist/apps/api/src/main.js` on a free port with a fresh embedded database. */
export default async function setup(project: TestProject) {
  for (const file of [main, index]) {
    if (!existsSync(file))
      throw new Error(`${path.relative(workspace, file)} is missing: run \`npm run build\` first`);
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  const scratch = mkdtempSync(path.join(tmpdir(), 'consilium-e2e-'));
  // As root the cluster runs as the postgres user, who must reach its data folder.
  chmodSync(scratch, 0o755);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn(process.execPath, [main], {
    cwd: workspace,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      // Empty counts as unset, and keeps a developer's .env from pointing the run elsewhere.
      DATABASE_URL: '',
      MIGRATION_DATABASE_URL: '',
      JWT_SECRET: '',
      EMBEDDED_PG_DIR: path.join(scratch, 'postgres'),
      EMBEDDED_PG_PORT: '0',
      DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // SIGTERM: the app finishes requests, closes its pool and stops the embedded cluster.
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(scratch, { recursive: true, force: true });
  };

  try {
    await waitForHealth(baseUrl, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  project.provide('baseUrl', baseUrl);
  return stop;
}
