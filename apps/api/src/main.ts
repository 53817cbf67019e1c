import 'reflect-metadata';
import 'dotenv/config';

import { createApp } from './app';
import { createLogger } from './common/logger';
import { ConfigError, loadConfig } from './config/app-config';
import { prepareDatabase } from './database/database-roles';
import { resolveDatabaseServer } from './database/database-server';
import { DatabaseSetupError } from './database/setup-error';
import { DEMO_PASSWORD, seed, type SeedResult } from './seed/seed';

function banner(url: string, seeded: SeedResult): string {
  const lines = [``, `Consilium API listening on ${url}/api  (docs: ${url}/api/docs)`];
  if (seeded.bootstrapAdmin) lines.push(`Bootstrap admin created: ${seeded.bootstrapAdmin}`);
  if (seeded.demoAccounts.length > 0) {
    lines.push(`Demo accounts (password for all: ${DEMO_PASSWORD}):`);
    for (const a of seeded.demoAccounts) {
      lines.push(`  ${a.email.padEnd(36)} ${a.role}${a.discipline ? ` (${a.discipline})` : ''}`);
    }
  }
  if (seeded.demoCases > 0) lines.push(`Demo data: ${seeded.demoCases} liver-metastasis cases`);
  return lines.join('\n') + '\n\n';
}

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const server = await resolveDatabaseServer(config, (m) => logger.warn({ context: 'EmbeddedPostgres' }, m));
  if (server.embedded) logger.info({ context: 'Database' }, 'embedded PostgreSQL started');

  let app;
  try {
    // The schema is the owner's business: migrated before the app (the runtime role) connects.
    await prepareDatabase({
      runtimeUrl: server.config.databaseUrl,
      ownerUrl: server.migrationUrl,
      logger,
      connectTimeoutMs: config.databaseTimeouts.connectMs,
    });
    app = await createApp(server.config, logger);
  } catch (error) {
    await server.embedded?.stop();
    throw error;
  }

  // Shutdown order: stop accepting and finish in-flight requests, close the pool, then the cluster.
  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ context: 'Shutdown', signal }, 'shutting down');
    try {
      await app.close();
      await server.embedded?.stop();
      logger.info({ context: 'Shutdown' }, 'stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ context: 'Shutdown', err: error }, 'unclean shutdown');
      process.exit(1);
    }
  };
  // SIGHUP too: the embedded cluster runs in its own process group and would outlive a closed terminal.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.on(signal, () => void shutdown(signal));

  let seeded;
  try {
    seeded = await seed(app, server.config);
    await app.listen({ port: server.config.port, host: server.config.host });
  } catch (error) {
    await app.close().catch(() => undefined);
    await server.embedded?.stop();
    throw error;
  }
  const shownHost = server.config.host === '0.0.0.0' ? 'localhost' : server.config.host;
  process.stdout.write(banner(`http://${shownHost}:${server.config.port}`, seeded));
}

main().catch((error: unknown) => {
  // A set-up problem says what to do; a stack trace would only bury that.
  const text =
    error instanceof DatabaseSetupError
      ? error.message
      : error instanceof Error
        ? (error.stack ?? error.message)
        : String(error);
  process.stderr.write(`Consilium failed to start: ${text}\n`);
  process.exit(1);
});
