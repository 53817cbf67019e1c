import { Client } from 'pg';
import type { EmbeddedPostgresHandle } from '../../src/database/embedded-postgres';

export default async function globalTeardown() {
  const embedded = (globalThis as { __EMBEDDED_PG__?: EmbeddedPostgresHandle }).__EMBEDDED_PG__;
  if (embedded) {
    await embedded.stop();
    return;
  }
  // On a shared server, remove what the run created.
  const url = new URL(process.env.CONSILIUM_TEST_SERVER_URL as string);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${process.env.CONSILIUM_TEST_TEMPLATE}" WITH (FORCE)`);
  await client.end();
}
