import type { Logger } from 'pino';
import type { DataSourceOptions } from 'typeorm';
// Relative on purpose: Jest's global setup loads this file without the path aliases.
import { MIGRATIONS } from '../../../../migrations';
import { AuditLog } from '../audit/audit-log.entity';
import { LoginFailure } from '../auth/login-failure.entity';
import { BoardCase } from '../modules/cases/board-case.entity';
import { CaseEvent } from '../modules/cases/case-event.entity';
import { MEETING_ENTITIES } from '../modules/meetings/meeting-entities';
import { Patient } from '../modules/patients/patient.entity';
import { PLAN_ENTITIES } from '../modules/plans/plan-entities';
import { InstitutionSettings } from '../modules/settings/institution-settings.entity';
import { Specialist } from '../modules/specialists/specialist.entity';
import { User } from '../modules/users/user.entity';
import { SafeTypeOrmLogger } from './typeorm-logger';

// Explicit lists: a glob would silently miss a file after a build-layout change.
export const ENTITIES = [
  AuditLog,
  LoginFailure,
  Specialist,
  User,
  InstitutionSettings,
  Patient,
  BoardCase,
  CaseEvent,
  ...MEETING_ENTITIES,
  ...PLAN_ENTITIES,
];
export { MIGRATIONS };

/** The one DataSource options object, used by the app, the migration CLI and the tests. */
export function dataSourceOptions(url: string, poolSize = 10, logger?: Logger): DataSourceOptions {
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
    extra: { max: poolSize, application_name: 'consilium-api' },
  };
}
