import 'reflect-metadata';

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { DataSource } from 'typeorm';

import { createApp } from '../src/app';
import { loadConfig } from '../src/config/app-config';
import type { RuntimeConfig } from '../src/config/config.module';
import { dataSourceOptions } from '../src/database/data-source';
import { prepareDatabase } from '../src/database/database-roles';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { UsersService } from '../src/modules/users/users.service';
import { loadPatientsAndCases } from './bench-data';

// List latency as data grows: `npm run bench` (optionally BENCH_PATIENTS=200000). Loads N patients with
// two cases each into a throw-away embedded PostgreSQL, then times the list endpoints on the first
// page and deep in the keyset, against the targets below. Run on an otherwise idle machine.

const PATIENTS = Number(process.env.BENCH_PATIENTS ?? 100_000);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 30);
// p95 targets in milliseconds, through the whole HTTP stack (Fastify inject), on 2 cores.
const TARGET_P95_MS = 60;

function out(line: string) {
  process.stdout.write(`${line}\n`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main() {
  const embedded = await startEmbeddedPostgres({
    dir: path.join(mkdtempSync(path.join(tmpdir(), 'consilium-bench-')), 'postgres'),
    port: 0,
    database: 'consilium',
    ephemeral: true,
  });
  const config: RuntimeConfig = {
    ...loadConfig({}),
    databaseUrl: embedded.url,
    jwtSecret: 'bench-secret-bench-secret-bench-secret',
    demoData: false,
  };
  // As `npm start`: migrated by the owner, the app on the runtime role. The bulk load runs as the
  // owner, which may ANALYZE (the app's role may not).
  await prepareDatabase({
    runtimeUrl: embedded.url,
    ownerUrl: embedded.ownerUrl,
    logger: pino({ level: 'silent' }),
  });
  const owner = new DataSource(dataSourceOptions(embedded.ownerUrl, 1));
  await owner.initialize();
  const app = await createApp(config, pino({ level: 'silent' }));
  try {
    const users = app.get(UsersService);
    const password = 'bench password 123';
    const clinician = await users.create(null, {
      email: 'bench@bench.test',
      displayName: 'Bench',
      role: 'clinician',
      discipline: 'medical_oncology',
      password,
    });
    const started = performance.now();
    await loadPatientsAndCases(owner, PATIENTS, clinician.id, clinician.specialistId as string);
    await owner.query('ANALYZE');
    out(
      `loaded ${PATIENTS} patients and ${PATIENTS * 2} cases in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'bench@bench.test', password },
    });
    const headers = { authorization: `Bearer ${login.json().accessToken}` };
    const get = async (url: string) => {
      const response = await app.inject({ method: 'GET', url, headers });
      if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
      return response.json() as { items: unknown[]; nextCursor: string | null };
    };

    // A cursor 50 pages deep, to show that depth does not cost.
    let deep: string | null = null;
    for (let i = 0; i < 50; i++)
      deep = (await get(`/api/cases?limit=100${deep ? `&cursor=${deep}` : ''}`)).nextCursor;

    const scenarios: [string, string][] = [
      ['cases, first page', '/api/cases?limit=50'],
      ['cases, page 51', `/api/cases?limit=50&cursor=${deep}`],
      ['cases by status', '/api/cases?status=accepted&limit=50'],
      ['cases by patient name', '/api/cases?q=visser%2012&limit=50'],
      ['patients by MRN prefix', '/api/patients?q=B0004&limit=50'],
      ['patients by name part', '/api/patients?q=greta&limit=50'],
      ['patients, first page', '/api/patients?limit=50'],
    ];
    out(
      `\n${'scenario'.padEnd(26)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)}  target p95 ${TARGET_P95_MS} ms`,
    );
    let failures = 0;
    for (const [name, url] of scenarios) {
      await get(url); // warm-up
      const times: number[] = [];
      for (let i = 0; i < REPEAT; i++) {
        const t0 = performance.now();
        await get(url);
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      const p95 = percentile(times, 95);
      if (p95 > TARGET_P95_MS) failures++;
      out(
        `${name.padEnd(26)} ${percentile(times, 50).toFixed(1).padStart(8)} ${p95.toFixed(1).padStart(8)}  ${p95 > TARGET_P95_MS ? 'OVER' : 'ok'}`,
      );
    }
    process.exitCode = failures > 0 ? 1 : 0;
  } finally {
    await app.close();
    await owner.destroy();
    await embedded.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
