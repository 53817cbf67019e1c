import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

import type { AppConfig } from '../config/app-config';
import type { RuntimeConfig } from '../config/config.module';
import { type EmbeddedPostgresHandle, startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseServer {
  /** The app's settings; `databaseUrl` is the runtime role's, the owner's URL is not in here. */
  config: RuntimeConfig;
  /** The schema owner's URL, for the migrations; null: only DATABASE_URL is set (the fallback). */
  migrationUrl: string | null;
  /** Set when this process started its own embedded PostgreSQL. */
  embedded: EmbeddedPostgresHandle | null;
}

/**
 * With DATABASE_URL: that server, nothing started. Without: a real embedded PostgreSQL with its data
 * in EMBEDDED_PG_DIR, so that `npm start` works on a machine with nothing else installed.
 */
export async function resolveDatabaseServer(
  config: AppConfig,
  log: (m: string) => void,
): Promise<DatabaseServer> {
  if (config.databaseUrl) {
    if (!config.jwtSecret) throw new Error('JWT_SECRET is required with DATABASE_URL');
    return {
      // The app never needs the owner's credentials: they stay out of its configuration.
      config: {
        ...config,
        databaseUrl: config.databaseUrl,
        migrationDatabaseUrl: null,
        jwtSecret: config.jwtSecret,
      },
      migrationUrl: config.migrationDatabaseUrl,
      embedded: null,
    };
  }
  const embedded = await startEmbeddedPostgres({
    dir: config.embeddedPgDir,
    port: config.embeddedPgPort,
    database: 'consilium',
    onLog: (m) => {
      // PostgreSQL's own chatter goes to debug; problems surface as errors from start().
      if (/FATAL|PANIC|ERROR|embedded PostgreSQL/.test(m)) log(m);
    },
  });
  const jwtSecret = config.jwtSecret ?? (await localJwtSecret(embedded.dir));
  return {
    config: { ...config, databaseUrl: embedded.url, migrationDatabaseUrl: null, jwtSecret },
    migrationUrl: embedded.ownerUrl,
    embedded,
  };
}

// Development convenience only: a secret generated once and kept beside the embedded database, so
// that tokens survive a restart. A deployment with DATABASE_URL must set JWT_SECRET.
async function localJwtSecret(dir: string): Promise<string> {
  const file = path.join(dir, 'jwt-secret');
  try {
    return (await fs.readFile(file, 'utf8')).trim();
  } catch {
    const secret = randomBytes(48).toString('base64url');
    await fs.writeFile(file, secret, { mode: 0o600 });
    return secret;
  }
}
