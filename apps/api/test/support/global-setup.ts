import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source';
import { ensureDatabase, startEmbeddedPostgres } from '../../src/database/embedded-postgres';

// The database server for the integration tests: TEST_DATABASE_URL if set (any PostgreSQL the tests
// may create databases on), else a throw-away embedded PostgreSQL, exactly as `npm start` uses.
export default async function globalSetup() {
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres({
      dir: path.join(mkdtempSync(path.join(tmpdir(), 'consilium-test-')), 'postgres'),
      port: 0,
      database: 'postgres',
      ephemeral: true,
    });
    (globalThis as { __EMBEDDED_PG__?: unknown }).__EMBEDDED_PG__ = embedded;
    serverUrl = embedded.url;
  }
  const template = `consilium_template_${process.pid}`;
  const templateUrl = new URL(serverUrl);
  templateUrl.pathname = `/${template}`;
  await ensureDatabase(templateUrl.toString(), template);
  const dataSource = new DataSource({ ...dataSourceOptions(templateUrl.toString(), 2), logging: false });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();

  process.env.CONSILIUM_TEST_SERVER_URL = serverUrl;
  process.env.CONSILIUM_TEST_TEMPLATE = template;
}
