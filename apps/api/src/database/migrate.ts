import 'reflect-metadata';
import 'dotenv/config';

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { DataSource } from 'typeorm';

import { createLogger } from '../common/logger';
import { loadConfig } from '../config/app-config';
import { migrationDataSourceOptions } from './data-source';
import { runMigrations } from './database-roles';
import { resolveDatabaseServer } from './database-server';

// The migration CLI: `npm run migration:run | migration:revert | migration:show`, and
// `npm run migration:generate -- <PascalVerbNoun>`. It connects as the schema owner
// (MIGRATION_DATABASE_URL) with the app's DataSource options, and like the app it starts the
// embedded PostgreSQL when DATABASE_URL is unset.

const MIGRATIONS_DIR = path.resolve(__dirname, '../../../../../migrations');

function out(line: string) {
  process.stdout.write(`${line}\n`);
}

async function generate(dataSource: DataSource, name: string) {
  if (!/^[A-Z][A-Za-z0-9]+$/.test(name))
    throw new Error('name the migration in PascalCase, e.g. AddCaseTable');
  const sql = await dataSource.driver.createSchemaBuilder().log();
  if (sql.upQueries.length === 0) {
    out('The entities match the schema: nothing to generate.');
    return;
  }
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const q = (s: string) => '`' + s.replace(/`/g, '\\`') + '`';
  const up = sql.upQueries.map((u) => `    await q.query(${q(u.query)});`).join('\n');
  const down = [...sql.downQueries]
    .reverse()
    .map((d) => `    await q.query(${q(d.query)});`)
    .join('\n');
  const file = path.join(MIGRATIONS_DIR, `${timestamp}-${name}.ts`);
  await fs.writeFile(
    file,
    `import { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities: name every constraint and index by hand before committing.
export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(q: QueryRunner): Promise<void> {
${up}
  }

  async down(q: QueryRunner): Promise<void> {
${down}
  }
}
`,
  );
  out(`Wrote ${path.relative(process.cwd(), file)}; add ${className} to migrations/index.ts.`);
}

async function main() {
  const [command, name] = process.argv.slice(2);
  const config = loadConfig();
  const server = await resolveDatabaseServer(config, (m) => process.stderr.write(`${m}\n`));
  const logger = createLogger(config.logLevel);
  let url = server.migrationUrl;
  if (!url) {
    process.stderr.write(
      'MIGRATION_DATABASE_URL is unset: migrating as the DATABASE_URL role, which then owns the schema (docs/adr/0008).\n',
    );
    url = server.config.databaseUrl;
  }
  if (command === 'run') {
    try {
      const applied = await runMigrations(url, logger, config.databaseTimeouts.connectMs);
      out(applied.length ? applied.map((m) => `applied ${m}`).join('\n') : 'No pending migrations.');
    } finally {
      await server.embedded?.stop();
    }
    return;
  }
  const dataSource = new DataSource(
    migrationDataSourceOptions(url, logger, config.databaseTimeouts.connectMs),
  );
  try {
    await dataSource.initialize();
    switch (command) {
      case 'revert':
        await dataSource.undoLastMigration({ transaction: 'each' });
        out('Reverted the last migration.');
        break;
      case 'show':
        out(
          (await dataSource.showMigrations()) ? 'There are pending migrations.' : 'The schema is up to date.',
        );
        break;
      case 'generate':
        await generate(dataSource, name ?? '');
        break;
      default:
        throw new Error('usage: migrate run|revert|show|generate <Name>');
    }
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await server.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
