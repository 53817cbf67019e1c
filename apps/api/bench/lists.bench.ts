import 'reflect-metadata';

import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { DataSource } from 'typeorm';

import { createApp } from '../src/app';
import { loadConfig } from '../src/config/app-config';
import type { RuntimeConfig } from '../src/config/config.module';
import { dataSourceOptions } from '../src/database/data-source';
import { UsersService } from '../src/modules/users/users.service';
import { loadPatientsAndCases, startBenchDatabase } from './bench-data';

// List latency as data grows: `npm run bench` (optionally BENCH_PATIENTS=200000). Loads N patients with
// two cases each into a throw-away embedded PostgreSQL, then times the list endpoints on the first
// page and deep in the keyset, against the targets below. BENCH_SCALE=1 instead times them at 10k
// cases, grows the table to 1M and times them again: a list or search must not cost more than
// MAX_GROWTH times as much (issue #15). Run on an otherwise idle machine.

const PATIENTS = Number(process.env.BENCH_PATIENTS ?? 100_000);
const SCALE = process.env.BENCH_SCALE === '1';
const SMALL_PATIENTS = 5_000; // 10k cases
const LARGE_PATIENTS = 500_000; // 1M cases
const MAX_GROWTH = 1.5;
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
  const embedded = await startBenchDatabase();
  const config: RuntimeConfig = {
    ...loadConfig({}),
    databaseUrl: embedded.url,
    jwtSecret: 'bench-secret-bench-secret-bench-secret',
    demoData: false,
  };
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
    const load = async (patients: number, after = 0) => {
      const started = performance.now();
      await loadPatientsAndCases(owner, patients, clinician.id, clinician.specialistId as string, after);
      await owner.query('ANALYZE');
      out(
        `loaded ${patients} patients and ${patients * 2} cases in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    };

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

    /** p50 and p95 of each scenario, in milliseconds. */
    const measure = async () => {
      // A cursor 50 pages deep, to show that depth does not cost.
      let deep: string | null = null;
      for (let i = 0; i < 50; i++)
        deep = (await get(`/api/cases?limit=100${deep ? `&cursor=${deep}` : ''}`)).nextCursor;
      const scenarios: [string, string][] = [
        ['cases, first page', '/api/cases?limit=50'],
        ['cases, page 51', `/api/cases?limit=50&cursor=${deep}`],
        ['cases by status', '/api/cases?status=accepted&limit=50'],
        ['cases by patient name', '/api/cases?q=visser%2012&limit=50'],
        // Patients B00004000–B00004999: the same thousand at every size.
        ['patients by MRN prefix', '/api/patients?q=B000004&limit=50'],
        ['patients by name part', '/api/patients?q=greta&limit=50'],
        ['patients, first page', '/api/patients?limit=50'],
      ];
      const results = new Map<string, { p50: number; p95: number }>();
      for (const [name, url] of scenarios) {
        await get(url); // warm-up
        const times: number[] = [];
        for (let i = 0; i < REPEAT; i++) {
          const t0 = performance.now();
          await get(url);
          times.push(performance.now() - t0);
        }
        times.sort((a, b) => a - b);
        results.set(name, { p50: percentile(times, 50), p95: percentile(times, 95) });
      }
      return results;
    };

    let failures = 0;
    if (SCALE) {
      await load(SMALL_PATIENTS);
      const small = await measure();
      await load(LARGE_PATIENTS - SMALL_PATIENTS, SMALL_PATIENTS);
      const large = await measure();
      out(
        `\n${'scenario'.padEnd(26)} ${'10k p50 ms'.padStart(11)} ${'1M p50 ms'.padStart(10)} ${'1M/10k'.padStart(7)}  goal ≤ ${MAX_GROWTH}`,
      );
      for (const [name, at1M] of large) {
        const at10k = small.get(name) as { p50: number };
        const growth = at1M.p50 / at10k.p50;
        if (growth > MAX_GROWTH) failures++;
        out(
          `${name.padEnd(26)} ${at10k.p50.toFixed(1).padStart(11)} ${at1M.p50.toFixed(1).padStart(10)} ${growth.toFixed(2).padStart(7)}  ${growth > MAX_GROWTH ? 'OVER' : 'ok'}`,
        );
      }
    } else {
      await load(PATIENTS);
      out(
        `\n${'scenario'.padEnd(26)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)}  target p95 ${TARGET_P95_MS} ms`,
      );
      for (const [name, { p50, p95 }] of await measure()) {
        if (p95 > TARGET_P95_MS) failures++;
        out(
          `${name.padEnd(26)} ${p50.toFixed(1).padStart(8)} ${p95.toFixed(1).padStart(8)}  ${p95 > TARGET_P95_MS ? 'OVER' : 'ok'}`,
        );
      }
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
