import { Global, Module } from '@nestjs/common';

import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { FailedAttempts } from './failed-attempts';

// The reads and the failed attempts are recorded by Fastify hooks that the app registers
// (audit-hooks.ts), not by interceptors.
@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditService, FailedAttempts],
  exports: [AuditService, FailedAttempts],
})
export class AuditModule {}
