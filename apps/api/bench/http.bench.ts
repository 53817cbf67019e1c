import 'reflect-metadata';

import { type ChildProcess, spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { createServer } from 'node:net';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { DataSource } from 'typeorm';

import { loadConfig } from '../src/config/app-config';
import { dataSourceOptions } from '../src/database/data-source';
import { loadMeetings, loadPatientsAndCases, startBenchDatabase } from './bench-data';

// Throughput against raw baselines, in the same run (docs/adr/0016, 0020): `npm run bench:http`.
// Loads BENCH_PATIENTS patients (two cases each) and 200 closed boards into a throw-away embedded
// PostgreSQL, starts the app (audit log on, logging at info) and two raw Fastify + pg servers
// (bench/baseline.ts): "min", one SELECT per route, and "equiv", exactly the app's statements. Loads
// each route on the three alternately with autocannon at 50 connections, BENCH_ROUNDS rounds of
// BENCH_SECONDS seconds. Prints req/s per server, the ratios and p99, then the write throughput;
// exits non-zero when a goal is missed. Run on an otherwise idle machine.

const PATIENTS = Number(process.env.BENCH_PATIENTS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** Seconds of load on each server and route before the rounds, not measured (the JIT warms up). */
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const CONNECTIONS = 50;
const PASSWORD = 'bench password 123';
const JWT_SECRET = 'bench-secret-bench-secret-bench-secret';

// The goals of issue #15, as ratios measured in this run.
const GOAL_RATIO_TO_MIN = 0.5;
const GOAL_RATIO_TO_EQUIV = 0.9;
const GOAL_P99_MS = 50;

const out = (line: string) => process.stdout.write(`${line}\n`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

interface Measure {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

/** Loads `url`, or each of `paths` (on `url`) in turn when given. */
async function load(
  url: string,
  token: string,
  options: Partial<autocannon.Options> = {},
  paths?: readonly string[],
): Promise<Measure> {
  let next = 0;
  const result = await autocannon({
    url,
    ...(paths
      ? {
          requests: [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }],
        }
      : {}),
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...options,
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** Prints the goals missed (or that none was); the exit code. */
function report(missed: readonly string[]): number {
  out(
    missed.length === 0 ? '\nEvery goal met.' : `\nGoals missed:\n${missed.map((m) => `- ${m}`).join('\n')}`,
  );
  return missed.length === 0 ? 0 : 1;
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

/**
 * Starts `node <script>` with `env`, serving on `port`; resolves once it answers /api/health. Its
 * output goes to /dev/null: a pipe that the load generator drains between requests would fill and
 * stall the server's synchronous log writes.
 */
async function startProcess(
  script: string,
  env: Record<string, string>,
  port: number,
): Promise<{ url: string; child: ChildProcess }> {
  const sink = openSync(
    process.env.BENCH_LOG ? `${process.env.BENCH_LOG}.${path.basename(script)}.log` : '/dev/null',
    'w',
  );
  // BENCH_PROFILE=<dir>: a CPU profile of each server, written when it stops.
  const profile = process.env.BENCH_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
    : [];
  const child = spawn(process.execPath, [...profile, script], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', sink, sink],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, child };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${script} did not start in time`);
}

async function main() {
  const embedded = await startBenchDatabase();
  const owner = new DataSource(dataSourceOptions(embedded.ownerUrl, 1));
  await owner.initialize();
  const dist = path.resolve(__dirname, '..');
  const shared = {
    DATABASE_URL: embedded.url,
    JWT_SECRET,
    DATABASE_POOL_SIZE: String(loadConfig({}).databasePoolSize),
  };
  // As in production: its own process, every request logged at info (to a pipe that is drained).
  const { url: appUrl, child: app } = await startProcess(
    path.join(dist, 'src/main.js'),
    {
      ...shared,
      MIGRATION_DATABASE_URL: embedded.ownerUrl,
      LOG_LEVEL: 'info',
      DEMO_DATA: 'false',
      ADMIN_EMAIL: 'admin@bench.test',
      ADMIN_PASSWORD: PASSWORD,
    },
    await freePort(),
  );
  const { url: baselineUrl, child: baseline } = await startProcess(
    path.join(dist, 'bench/baseline.js'),
    shared,
    await freePort(),
  );
  const { url: equivUrl, child: equiv } = await startProcess(
    path.join(dist, 'bench/baseline.js'),
    { ...shared, BASELINE_KIND: 'equiv' },
    await freePort(),
  );
  const call = async <T>(method: string, url: string, body: unknown, token?: string): Promise<T> => {
    const response = await fetch(`${appUrl}${url}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  try {
    const admin = (
      await call<{ accessToken: string }>('POST', '/api/auth/login', {
        email: 'admin@bench.test',
        password: PASSWORD,
      })
    ).accessToken;
    const disciplines = ['medical_oncology', 'surgery', 'interventional_radiology', 'radiology'] as const;
    const members: { id: string; specialistId: string }[] = [];
    for (const [i, discipline] of disciplines.entries()) {
      members.push(
        await call(
          'POST',
          '/api/users',
          {
            email: `bench${i}@bench.test`,
            displayName: `Bench ${discipline}`,
            role: 'clinician',
            discipline,
            password: PASSWORD,
          },
          admin,
        ),
      );
    }
    const started = performance.now();
    await loadPatientsAndCases(owner, PATIENTS, members[0].id, members[0].specialistId);
    await loadMeetings(
      owner,
      200,
      members[0].id,
      members.map((m) => m.specialistId),
    );
    await owner.query('ANALYZE');
    if (process.env.BENCH_ASYNC_COMMIT) {
      const su = new DataSource(dataSourceOptions(embedded.adminUrl, 1));
      await su.initialize();
      await su.query(`ALTER SYSTEM SET synchronous_commit = off`);
      await su.query(`SELECT pg_reload_conf()`);
      await su.destroy();
    }
    out(
      `loaded ${PATIENTS} patients, ${PATIENTS * 2} cases and 200 boards in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    if (process.env.BENCH_LOG) out(`database: ${embedded.adminUrl}`);
    const token = (
      await call<{ accessToken: string }>('POST', '/api/auth/login', {
        email: 'bench0@bench.test',
        password: PASSWORD,
      })
    ).accessToken;
    // A different case on each request, as in a day's work (and no request shares another's read).
    const caseIds = (
      await owner.query<{ id: string }[]>(`SELECT id FROM board_case ORDER BY random() LIMIT 1000`)
    ).map((row) => row.id);
    const meetingIds = (await owner.query<{ id: string }[]>(`SELECT id FROM meeting ORDER BY random()`)).map(
      (row) => row.id,
    );

    // BENCH_HOLD=1: keep the servers and the database up for a look by hand; stop when interrupted.
    if (process.env.BENCH_HOLD) {
      out(`app ${appUrl}\nbaseline ${baselineUrl}\nequiv ${equivUrl}\ndatabase ${embedded.adminUrl}\ntoken ${token}`);
      out(`case ${caseIds[0]}\nmeeting ${meetingIds[0]}`);
      await new Promise((resolve) => process.once('SIGINT', resolve));
      // Stopped by hand: no measuring after it (the servers may have had the signal too).
      return;
    }

    // BENCH_ROUTES=<part>,<part>: only the routes whose name holds one of them (while profiling one).
    const only = process.env.BENCH_ROUTES?.split(',').filter(Boolean);
    const routes = (
      [
        {
          name: 'GET /api/cases/:id',
          path: '/api/cases/:id',
          paths: caseIds.map((id) => `/api/cases/${id}`),
          goals: true,
        },
        { name: 'GET /api/cases?limit=20', path: '/api/cases?limit=20', goals: true },
        {
          name: 'GET /api/meetings/:id',
          path: '/api/meetings/:id',
          paths: meetingIds.map((id) => `/api/meetings/${id}`),
          goals: true,
        },
        { name: 'GET /api/health', path: '/api/health', goals: false },
      ] satisfies { name: string; path: string; paths?: string[]; goals: boolean }[]
    ).filter((route) => !only || only.some((part) => route.name.includes(part)));
    type Measures = { app: Measure[]; min: Measure[]; equiv: Measure[] };
    const measures = new Map<string, Measures>(routes.map((r) => [r.name, { app: [], min: [], equiv: [] }]));
    for (const route of routes) {
      const paths = 'paths' in route ? route.paths : undefined;
      for (const url of route.goals ? [appUrl, baselineUrl, equivUrl] : [appUrl, baselineUrl]) {
        if (WARMUP_SECONDS > 0) await load(`${url}${route.path}`, token, { duration: WARMUP_SECONDS }, paths);
      }
    }
    for (let round = 1; round <= ROUNDS; round++) {
      for (const route of routes) {
        const m = measures.get(route.name) as Measures;
        const paths = 'paths' in route ? route.paths : undefined;
        m.app.push(await load(`${appUrl}${route.path}`, token, {}, paths));
        m.min.push(await load(`${baselineUrl}${route.path}`, token, {}, paths));
        // The equiv baseline answers the audited reads, not the health check.
        if (route.goals) m.equiv.push(await load(`${equivUrl}${route.path}`, token, {}, paths));
      }
      out(`round ${round} of ${ROUNDS} done`);
    }

    out(
      `\n${'endpoint'.padEnd(24)} ${'app req/s'.padStart(10)} ${'min'.padStart(7)} ${'app/min'.padStart(8)} ${'equiv'.padStart(7)} ${'app/equiv'.padStart(9)} ${'p99 app/min/equiv ms'.padStart(21)}  goal`,
    );
    const missed: string[] = [];
    const spreads: string[] = [];
    const summary = (runs: Measure[]) =>
      runs.length === 0
        ? null
        : {
            rps: median(runs.map((x) => x.rps)),
            p99: median(runs.map((x) => x.p99)),
            errors: runs.reduce((n, x) => n + x.errors, 0),
          };
    for (const route of routes) {
      const m = measures.get(route.name) as Measures;
      const app = summary(m.app) as NonNullable<ReturnType<typeof summary>>;
      const min = summary(m.min) as NonNullable<ReturnType<typeof summary>>;
      const eq = summary(m.equiv);
      // Each round loads the servers one after the other: the ratio of a round compares like with
      // like, so the ratio reported is the median of the rounds' ratios, with their range.
      const paired = (other: Measure[]) => m.app.map((a, i) => a.rps / other[i].rps);
      const ratios = paired(m.min);
      const ratio = median(ratios);
      const ratioEquiv = eq ? median(paired(m.equiv)) : null;
      spreads.push(
        `${route.name}: app/min ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)} over ${ratios.length} rounds`,
      );
      const problems = [
        ...(app.errors > 0 ? [`${app.errors} errors`] : []),
        ...(route.goals && ratio < GOAL_RATIO_TO_MIN ? [`app/min < ${GOAL_RATIO_TO_MIN}`] : []),
        ...(route.goals && ratioEquiv !== null && ratioEquiv < GOAL_RATIO_TO_EQUIV
          ? [`app/equiv < ${GOAL_RATIO_TO_EQUIV}`]
          : []),
        ...(route.goals && app.p99 > GOAL_P99_MS ? [`p99 > ${GOAL_P99_MS} ms`] : []),
      ];
      missed.push(...problems.map((p) => `${route.name}: ${p}`));
      out(
        `${route.name.padEnd(24)} ${app.rps.toFixed(0).padStart(10)} ${min.rps.toFixed(0).padStart(7)} ${ratio.toFixed(2).padStart(8)} ${(eq ? eq.rps.toFixed(0) : '—').padStart(7)} ${(ratioEquiv === null ? '—' : ratioEquiv.toFixed(2)).padStart(9)} ${`${app.p99} / ${min.p99} / ${eq ? eq.p99 : '—'}`.padStart(21)}  ${problems.length > 0 ? problems.join(', ') : route.goals ? 'met' : '—'}`,
      );
    }

    out(`\n${spreads.join('\n')}`);

    // Writes: a new patient per request (unique MRNs), at the same concurrency. BENCH_WRITES=0
    // leaves them out (while profiling a read).
    if (process.env.BENCH_WRITES === '0') {
      process.exitCode = report(missed);
      return;
    }
    let n = 0;
    const writes = await load(`${appUrl}/api/patients`, token, {
      method: 'POST',
      requests: [
        {
          method: 'POST',
          setupRequest: (request) => ({
            ...request,
            body: JSON.stringify({
              mrn: `W${String(++n).padStart(9, '0')}`,
              fullName: `Write Bench ${n}`,
              birthDate: '1960-01-01',
              sex: 'female',
            }),
          }),
        },
      ],
    });
    out(
      `\nPOST /api/patients: ${writes.rps.toFixed(0)} req/s, p50/p99 ${writes.p50} / ${writes.p99} ms, ${writes.errors} errors`,
    );
    if (writes.errors > 0) missed.push(`POST /api/patients: ${writes.errors} errors`);

    process.exitCode = report(missed);
  } finally {
    for (const child of [equiv, baseline, app]) {
      // A Ctrl-C in the terminal reaches the servers too: one that has exited is not waited for.
      if (child.exitCode !== null || child.signalCode !== null) continue;
      child.kill('SIGINT');
      await new Promise((r) => child.once('exit', r));
    }
    await owner.destroy();
    await embedded.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
