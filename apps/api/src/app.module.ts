import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';

import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { ConfigModule, RuntimeConfig } from './config/config.module';
import { dataSourceOptions } from './database/data-source';
import { HealthController } from './health/health.controller';
import { CasesModule } from './modules/cases/cases.module';
import { FhirModule } from './modules/fhir/fhir.module';
import { MeetingsModule } from './modules/meetings/meetings.module';
import { PatientsModule } from './modules/patients/patients.module';
import { PlanOptionsModule } from './modules/plan-options/plan-options.module';
import { ProposalsModule } from './modules/proposals/proposals.module';
import { RecommendationsModule } from './modules/recommendations/recommendations.module';
import { SettingsModule } from './modules/settings/settings.module';
import { SpecialistsModule } from './modules/specialists/specialists.module';
import { UsersModule } from './modules/users/users.module';

@Module({})
export class AppModule {
  static forRoot(config: RuntimeConfig, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.databaseUrl, config.databasePoolSize, logger, config.databaseTimeouts),
          // No migrations here: this is the runtime role, which may not change the schema. They run
          // before, as the owner (main.ts, database/database-roles.ts; docs/adr/0008).
          retryAttempts: 3,
          retryDelay: 1000,
        }),
        AuditModule,
        AuthModule,
        UsersModule,
        SpecialistsModule,
        SettingsModule,
        PatientsModule,
        CasesModule,
        MeetingsModule,
        PlanOptionsModule,
        ProposalsModule,
        RecommendationsModule,
        FhirModule,
      ],
      controllers: [HealthController],
    };
  }
}
