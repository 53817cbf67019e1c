import { createHash } from 'node:crypto';
import type { Pool, PoolClient, QueryResultRow } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';

// Fixed statements on the hot read paths run as named prepared statements (docs/adr/0020): each
// connection parses and plans one once, then only binds and executes it. On the case list that
// halved PostgreSQL's CPU per request, which on a small machine is the app's throughput. Only for
// statements whose text is fixed in the code (the values are parameters): a text built from input
// would grow the per-connection statement cache without bound, and a search's LIKE pattern is
// better planned for its value.

/**
 * How many texts are prepared at most. Each connection keeps its prepared statements until it
 * closes; past this bound (a text built from values by mistake) a statement runs unprepared.
 */
export const MAX_PREPARED_STATEMENTS = 500;

const names = new Map<string, string>();

/**
 * A statement's name: the same text always gets the same name (pg refuses one name for two texts);
 * undefined once the bound is reached.
 */
function nameOf(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_PREPARED_STATEMENTS) {
    name = `consilium_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Runs a fixed statement as a named prepared statement: in the manager's transaction when it has
 * one, else on a pooled connection. Errors are node-postgres's own (common/database-errors.ts reads
 * both these and TypeORM's).
 */
export async function preparedQuery<T extends QueryResultRow>(
  on: DataSource | EntityManager,
  text: string,
  values: readonly unknown[],
): Promise<T[]> {
  const name = nameOf(text);
  const config = name === undefined ? { text, values: [...values] } : { name, text, values: [...values] };
  const runner = on instanceof DataSource ? undefined : on.queryRunner;
  if (runner && !runner.isReleased) {
    const client = (await runner.connect()) as PoolClient;
    return (await client.query<T>(config)).rows;
  }
  const dataSource = on instanceof DataSource ? on : on.connection;
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  return (await pool.query<T>(config)).rows;
}
