import './register-paths';
import 'reflect-metadata';

import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import pino from 'pino';

import { prepareDatabase } from '@api/database/database-roles';
import { ensureDatabase, ensureRoles, startEmbeddedPostgres } from '@api/database/embedded-postgres';

function withDatabase(
  url: string,
  login: { user: string; password: string } | null,
  database: string,
): string {
  const u = new URL(url);
  if (login) {
    u.username = encodeURIComponent(login.user);
    u.password = encodeURIComponent(login.password);
  }
  u.pathname = `/${database}`;
  return u.toString();
}

// The database server for the integration tests: TEST_DATABASE_URL if set (a superuser's URL on any
// PostgreSQL the tests may create databases and roles on), else a throw-away embedded PostgreSQL,
// exactly as `npm start` uses. As in production, the template is migrated by an owner login and the
// app runs as a runtime login in consilium_runtime (docs/adr/0008); the logins are this run's own.
export default async function globalSetup() {
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const scratch = mkdtempSync(path.join(tmpdir(), 'consilium-test-'));
    // Reachable by the postgres user (as root), so the cluster stays inside it; removed at teardown.
    chmodSync(scratch, 0o755);
    (globalThis as { __EMBEDDED_PG_SCRATCH__?: string }).__EMBEDDED_PG_SCRATCH__ = scratch;
    const embedded = await startEmbeddedPostgres({
      dir: path.join(scratch, 'postgres'),
      port: 0,
      database: 'consilium',
      ephemeral: true,
    });
    (globalThis as { __EMBEDDED_PG__?: unknown }).__EMBEDDED_PG__ = embedded;
    serverUrl = embedded.adminUrl;
  }
  const adminUrl = withDatabase(serverUrl, null, 'postgres');
  const secret = () => randomBytes(18).toString('base64url');
  const owner = { user: `consilium_test_owner_${process.pid}`, password: secret() };
  const runtime = { user: `consilium_test_app_${process.pid}`, password: secret() };
  const createdGroupRole = await ensureRoles(adminUrl, owner, runtime);
  const template = `consilium_template_${process.pid}`;
  // Exported before anything can fail, so that the teardown removes what was made.
  process.env.CONSILIUM_TEST_SERVER_URL = adminUrl;
  process.env.CONSILIUM_TEST_TEMPLATE = template;
  process.env.CONSILIUM_TEST_OWNER_URL = withDatabase(serverUrl, owner, template);
  process.env.CONSILIUM_TEST_RUNTIME_URL = withDatabase(serverUrl, runtime, template);
  process.env.CONSILIUM_TEST_CREATED_GROUP_ROLE = createdGroupRole ? 'true' : '';

  await ensureDatabase(adminUrl, template, owner.user);
  await prepareDatabase({
    runtimeUrl: process.env.CONSILIUM_TEST_RUNTIME_URL,
    ownerUrl: process.env.CONSILIUM_TEST_OWNER_URL,
    logger: pino({ level: 'silent' }),
  });
}
