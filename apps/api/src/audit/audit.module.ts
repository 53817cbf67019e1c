import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';

import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { AuditReadInterceptor } from './audit-read.interceptor';
import { FailedAttempts, FailedAttemptsInterceptor } from './failed-attempts';

@Global()
@Module({
  controllers: [AuditController],
  providers: [
    AuditService,
    AuditReadInterceptor,
    FailedAttempts,
    { provide: APP_INTERCEPTOR, useClass: FailedAttemptsInterceptor },
  ],
  exports: [AuditService, AuditReadInterceptor, FailedAttempts],
})
export class AuditModule {}
