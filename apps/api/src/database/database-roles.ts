import { Client, escapeIdentifier } from 'pg';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';

import { migrationDataSourceOptions } from './data-source';
import { DatabaseSetupError } from './setup-error';

// docs/adr/0008: the migrations run as the schema owner; the app connects as a login that owns
// nothing and holds, through membership in RUNTIME_GROUP_ROLE, only the privileges the migrations
// grant it. Roles belong to the whole server, so the group role has one fixed name: databases
// cloned from one migrated template (the tests) all grant to the same role.
export const RUNTIME_GROUP_ROLE = 'consilium_runtime';

/**
 * The evidence tables, and the only columns the app may UPDATE in each (a superseded vote, an
 * adopted proposal; their triggers allow each change once). Nothing else in them may be updated,
 * deleted or truncated by the app's role, and it may not own them (an owner can disable triggers).
 */
export const EVIDENCE_TABLES: Readonly<Record<string, readonly string[]>> = {
  audit_log: [],
  case_event: [],
  discussion_note: [],
  proposal: ['status'],
  vote: ['superseded_at'],
  recommendation: [],
  follow_up: [],
};

// Any constant shared by every instance: pg_advisory_lock keys are per database.
const MIGRATION_LOCK_KEY = 7_364_201_008;

/** A URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    u.password = '';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}

async function connect(url: string, label: string, connectTimeoutMs: number): Promise<Client> {
  const client = new Client({
    connectionString: url,
    connectionTimeoutMillis: connectTimeoutMs,
    application_name: 'consilium-api',
  });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new DatabaseSetupError(
      `cannot connect with ${label} (${redactUrl(url)}): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return client;
}

async function withClient<T>(
  url: string,
  label: string,
  connectTimeoutMs: number,
  fn: (client: Client) => Promise<T>,
): Promise<T> {
  const client = await connect(url, label, connectTimeoutMs);
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Applies the pending migrations on `url` (the owner's). Instances starting together take turns on
 * an advisory lock, so that each migration runs once.
 */
export async function runMigrations(
  url: string,
  logger?: Logger,
  connectTimeoutMs = 10_000,
  label = 'MIGRATION_DATABASE_URL',
): Promise<string[]> {
  return withClient(url, label, connectTimeoutMs, async (lock) => {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const dataSource = new DataSource(migrationDataSourceOptions(url, logger, connectTimeoutMs));
    try {
      await dataSource.initialize();
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } catch (error) {
      // A migration that knows what to do about its failure says so in the hint (SeparateRuntimeRole).
      const hint = (error as { driverError?: { hint?: string } }).driverError?.hint;
      if (hint && error instanceof Error)
        throw new DatabaseSetupError(`a migration failed: ${error.message}. ${hint}`);
      throw error;
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    }
  });
}

/**
 * Makes `login` a member of RUNTIME_GROUP_ROLE, on the owner's connection. Nothing to do when it is
 * one already (a DBA or the embedded set-up granted it); otherwise the owner must be allowed to grant
 * it (PostgreSQL 16+: it created the group role through the migration, with CREATEROLE).
 */
export async function ensureRuntimeMembership(owner: Client, login: string): Promise<boolean> {
  const [{ usable, member }] = (
    await owner.query<{ usable: boolean; member: boolean }>(
      `SELECT pg_has_role($1, $2, 'USAGE') AS usable, pg_has_role($1, $2, 'MEMBER') AS member`,
      [login, RUNTIME_GROUP_ROLE],
    )
  ).rows;
  if (usable) return false;
  if (member) {
    throw new DatabaseSetupError(
      `the app's role "${login}" is a member of ${RUNTIME_GROUP_ROLE} but does not inherit its privileges ` +
        `(NOINHERIT); as a DBA: ALTER ROLE ${escapeIdentifier(login)} INHERIT;`,
    );
  }
  try {
    await owner.query(`GRANT ${RUNTIME_GROUP_ROLE} TO ${escapeIdentifier(login)}`);
    return true;
  } catch (error) {
    throw new DatabaseSetupError(
      `the app's role "${login}" is not a member of ${RUNTIME_GROUP_ROLE}, and the migration role may not ` +
        `make it one (${error instanceof Error ? error.message : String(error)}). As a DBA: ` +
        `GRANT ${RUNTIME_GROUP_ROLE} TO ${escapeIdentifier(login)};`,
    );
  }
}

/**
 * What lets the connected role rewrite evidence: being (or able to become) a superuser or the
 * tables' owner, or holding UPDATE beyond the allowed columns, DELETE, TRUNCATE or TRIGGER on an
 * evidence table. Empty when the role is what docs/adr/0008 asks for.
 */
export async function runtimeRoleProblems(client: Client): Promise<string[]> {
  const problems: string[] = [];
  const [role] = (
    await client.query<{ superuser: boolean; owns: string[] }>(
      `SELECT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolsuper AND pg_has_role(current_user, r.oid, 'MEMBER'))
                AS superuser,
              ARRAY(SELECT c.relname::text FROM pg_class c
                     WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
                       AND pg_has_role(current_user, c.relowner, 'MEMBER') ORDER BY 1) AS owns`,
    )
  ).rows;
  if (role.superuser) problems.push('it is a superuser, or may become one with SET ROLE');
  if (role.owns.length > 0) {
    problems.push(`it owns (or may act as the owner of) ${role.owns.length} tables, e.g. ${role.owns[0]}`);
  }
  // Either says it all: the table-by-table list below would only repeat it.
  if (problems.length > 0) return problems;
  const tables = Object.keys(EVIDENCE_TABLES);
  const rows = (
    await client.query<{ table: string; present: boolean; forbidden: boolean; columns: string[] }>(
      `SELECT t.name AS table, c.oid IS NOT NULL AS present,
              coalesce(has_table_privilege(c.oid, 'DELETE, TRUNCATE, TRIGGER'), false) AS forbidden,
              ARRAY(SELECT a.attname::text FROM pg_attribute a
                     WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                       AND has_column_privilege(c.oid, a.attnum, 'UPDATE') ORDER BY a.attnum) AS columns
         FROM unnest($1::text[]) AS t(name)
         LEFT JOIN pg_class c ON c.relname = t.name AND c.relnamespace = 'public'::regnamespace`,
      [tables],
    )
  ).rows;
  for (const row of rows) {
    if (!row.present) {
      problems.push(`the evidence table ${row.table} is missing (are the migrations applied?)`);
      continue;
    }
    if (row.forbidden) problems.push(`it may DELETE, TRUNCATE or add triggers to ${row.table}`);
    const extra = row.columns.filter((c) => !EVIDENCE_TABLES[row.table].includes(c));
    if (extra.length > 0) problems.push(`it may UPDATE ${row.table} (${extra.join(', ')})`);
  }
  return problems;
}

export interface PrepareDatabaseOptions {
  /** The app's login (DATABASE_URL): a member of RUNTIME_GROUP_ROLE that owns nothing. */
  runtimeUrl: string;
  /** The schema owner's login (MIGRATION_DATABASE_URL); null: the one-URL fallback. */
  ownerUrl: string | null;
  logger: Logger;
  connectTimeoutMs?: number;
}

/**
 * Before the app starts: the pending migrations as the owner, the runtime login's membership, and a
 * check that the runtime login cannot rewrite evidence (refused with a DatabaseSetupError).
 */
export async function prepareDatabase(options: PrepareDatabaseOptions): Promise<void> {
  const { runtimeUrl, ownerUrl, logger } = options;
  const timeout = options.connectTimeoutMs ?? 10_000;
  const log = (applied: string[]) => {
    if (applied.length > 0)
      logger.info({ context: 'Migrations', applied }, `applied ${applied.length} migrations`);
  };
  if (!ownerUrl || ownerUrl === runtimeUrl) {
    logger.warn(
      { context: 'Database' },
      'MIGRATION_DATABASE_URL is unset: the migrations run as the DATABASE_URL role, which then owns the ' +
        'schema and can disable the triggers that keep the audit log and the board decisions append-only. ' +
        'Set MIGRATION_DATABASE_URL to the owner role and DATABASE_URL to a role that owns nothing (docs/adr/0008).',
    );
    log(await runMigrations(runtimeUrl, logger, timeout, 'DATABASE_URL'));
    return;
  }
  log(await runMigrations(ownerUrl, logger, timeout));
  await withClient(runtimeUrl, 'DATABASE_URL', timeout, async (runtime) => {
    const [{ login }] = (await runtime.query<{ login: string }>('SELECT current_user AS login')).rows;
    const refuse = async () => {
      const problems = await runtimeRoleProblems(runtime);
      if (problems.length === 0) return;
      throw new DatabaseSetupError(
        `the app's database role "${login}" (DATABASE_URL) could rewrite the evidence:\n` +
          problems.map((p) => `  - ${p}`).join('\n') +
          `\nConnect the app as a role that owns nothing and is a member of ${RUNTIME_GROUP_ROLE}, ` +
          'and run the migrations as the owner with MIGRATION_DATABASE_URL (docs/adr/0008).',
      );
    };
    // Before the membership (pointless for the owner itself), and after (the group role's own grants).
    await refuse();
    const granted = await withClient(ownerUrl, 'MIGRATION_DATABASE_URL', timeout, (owner) =>
      ensureRuntimeMembership(owner, login),
    );
    if (granted) {
      logger.info({ context: 'Database', login }, `made ${login} a member of ${RUNTIME_GROUP_ROLE}`);
      await refuse();
    }
  });
}
