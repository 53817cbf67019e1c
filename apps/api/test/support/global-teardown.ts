import './register-paths';

import { rm } from 'node:fs/promises';
import { Client, escapeIdentifier } from 'pg';

import { RUNTIME_GROUP_ROLE } from '@api/database/database-roles';
import type { EmbeddedPostgresHandle } from '@api/database/embedded-postgres';

export default async function globalTeardown() {
  const embedded = (globalThis as { __EMBEDDED_PG__?: EmbeddedPostgresHandle }).__EMBEDDED_PG__;
  if (embedded) {
    await embedded.stop();
    const scratch = (globalThis as { __EMBEDDED_PG_SCRATCH__?: string }).__EMBEDDED_PG_SCRATCH__;
    if (scratch) await rm(scratch, { recursive: true, force: true });
    return;
  }
  // On a shared server, remove what the run created: its databases (the template, and any a failed
  // test file left), its logins, and the group role if this run made it and nothing else uses it.
  const client = new Client({ connectionString: process.env.CONSILIUM_TEST_SERVER_URL as string });
  await client.connect();
  try {
    const owner = new URL(process.env.CONSILIUM_TEST_OWNER_URL as string).username;
    const runtime = new URL(process.env.CONSILIUM_TEST_RUNTIME_URL as string).username;
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname = $1 OR datdba = (SELECT oid FROM pg_roles WHERE rolname = $2)`,
      [process.env.CONSILIUM_TEST_TEMPLATE, decodeURIComponent(owner)],
    );
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS ${escapeIdentifier(datname)} WITH (FORCE)`);
    }
    // The runtime login first: its membership was granted by the owner (PostgreSQL 16+ records that).
    for (const login of [runtime, owner]) {
      await client.query(`DROP ROLE IF EXISTS ${escapeIdentifier(decodeURIComponent(login))}`);
    }
    if (process.env.CONSILIUM_TEST_CREATED_GROUP_ROLE) {
      // Still granted to in another run's databases: then it stays.
      await client.query(`DROP ROLE IF EXISTS ${RUNTIME_GROUP_ROLE}`).catch(() => undefined);
    }
  } finally {
    await client.end();
  }
}
