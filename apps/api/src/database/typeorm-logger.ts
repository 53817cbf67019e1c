import type { Logger as PinoLogger } from 'pino';
import type { Logger as TypeOrmLogger, QueryRunner } from 'typeorm';

interface DriverError {
  code?: string;
  constraint?: string;
  table?: string;
  message?: string;
}

/**
 * TypeORM's own loggers print query parameters, which hold patient identifiers and password hashes.
 * This one logs failed queries by their SQL text and PostgreSQL error code only.
 */
export class SafeTypeOrmLogger implements TypeOrmLogger {
  constructor(private readonly logger: PinoLogger) {}

  logQuery(): void {
    // Successful queries are not logged (volume, and nothing to act on).
  }

  logQueryError(error: string | Error, query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    const e = (
      typeof error === 'object' ? ((error as { driverError?: DriverError }).driverError ?? error) : {}
    ) as DriverError;
    // Constraint violations are expected outcomes (mapped to 409 and friends): debug, not error.
    const level = e.code && /^23/.test(e.code) ? 'debug' : 'warn';
    this.logger[level](
      {
        context: 'Database',
        code: e.code,
        constraint: e.constraint,
        table: e.table,
        query: query.slice(0, 500),
      },
      'query failed',
    );
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ context: 'Database', ms: time, query: query.slice(0, 500) }, 'slow query');
  }

  logSchemaBuild(message: string): void {
    this.logger.debug({ context: 'Database' }, message);
  }

  logMigration(message: string): void {
    this.logger.info({ context: 'Migrations' }, message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    this.logger[level === 'log' ? 'info' : level]({ context: 'Database' }, String(message));
  }
}
