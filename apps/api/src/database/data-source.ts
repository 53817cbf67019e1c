import type { Logger } from 'pino';
import type { DataSourceOptions } from 'typeorm';

// The migrations sit outside apps/api/src, so outside the @api/* alias.
// eslint-disable-next-line no-restricted-imports
import { MIGRATIONS } from '../../../../migrations';
import { AuditLog } from '../audit/audit-log.entity';
import { LoginFailure } from '../auth/login-failure.entity';
import type { DatabaseTimeouts } from '../config/app-config';
import { BoardCase } from '../modules/cases/board-case.entity';
import { CaseEvent } from '../modules/cases/case-event.entity';
import { AgendaItem } from '../modules/meetings/agenda-item.entity';
import { Attendance } from '../modules/meetings/attendance.entity';
import { CalendarFeed } from '../modules/meetings/calendar-feed.entity';
import { DiscussionNote } from '../modules/meetings/discussion-note.entity';
import { Meeting } from '../modules/meetings/meeting.entity';
import { Patient } from '../modules/patients/patient.entity';
import { PlanBuilderSettings } from '../modules/plan-options/plan-builder-settings.entity';
import { Proposal } from '../modules/proposals/proposal.entity';
import { Vote } from '../modules/proposals/vote.entity';
import { FollowUp } from '../modules/recommendations/follow-up.entity';
import { Recommendation } from '../modules/recommendations/recommendation.entity';
import { RecommendationSignature } from '../modules/recommendations/signature.entity';
import { SupportiveCare } from '../modules/recommendations/supportive-care.entity';
import { InstitutionSettings } from '../modules/settings/institution-settings.entity';
import { Specialist } from '../modules/specialists/specialist.entity';
import { User } from '../modules/users/user.entity';
import { SafeTypeOrmLogger } from './typeorm-logger';

// Explicit lists: a glob would silently miss a file after a build-layout change. Every table's
// entity is here, by feature; test/migrations.int-spec.ts checks them against the schema.
export const ENTITIES = [
  AuditLog,
  LoginFailure,
  Specialist,
  User,
  InstitutionSettings,
  Patient,
  BoardCase,
  CaseEvent,
  Meeting,
  AgendaItem,
  Attendance,
  DiscussionNote,
  CalendarFeed,
  PlanBuilderSettings,
  Proposal,
  Vote,
  Recommendation,
  SupportiveCare,
  RecommendationSignature,
  FollowUp,
];
export { MIGRATIONS };

/**
 * Fail fast instead of hanging: a request waits at most this long for a connection, a statement or a
 * lock, and a transaction left idle is ended by the server. The client-side `query_timeout` covers a
 * server that stops answering altogether (the server-side timeouts need a server that still runs).
 */
function timeoutOptions(t: DatabaseTimeouts) {
  return {
    connectionTimeoutMillis: t.connectMs,
    statement_timeout: t.statementMs,
    lock_timeout: t.lockMs,
    idle_in_transaction_session_timeout: t.idleInTransactionMs,
    query_timeout: t.statementMs + 2000,
  };
}

/** The one DataSource options object, used by the app, the migration CLI and the tests. */
export function dataSourceOptions(
  url: string,
  poolSize = 10,
  logger?: Logger,
  timeouts?: DatabaseTimeouts,
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // Only through the safe logger: TypeORM's default one prints query parameters (patient data).
    logging: logger ? ['error', 'migration', 'warn'] : false,
    ...(logger ? { logger: new SafeTypeOrmLogger(logger), maxQueryExecutionTime: 1000 } : {}),
    extra: {
      max: poolSize,
      application_name: 'consilium-api',
      ...(timeouts ? timeoutOptions(timeouts) : {}),
    },
  };
}

/**
 * For the migrations, on the owner's URL: the same options without the statement timeout (a
 * migration may rewrite a large table), whatever the role's or the server's default.
 */
export function migrationDataSourceOptions(
  url: string,
  logger?: Logger,
  connectTimeoutMs?: number,
): DataSourceOptions {
  const options = dataSourceOptions(url, 2, logger);
  return {
    ...options,
    extra: {
      ...options.extra,
      ...(connectTimeoutMs ? { connectionTimeoutMillis: connectTimeoutMs } : {}),
      options: '-c statement_timeout=0',
    },
  };
}
