import {
  applyDecorators,
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  SetMetadata,
  UseInterceptors,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { from, Observable, switchMap } from 'rxjs';

import { requestContextOf } from '../common/request-context';
import { AuditService } from './audit.service';
import type { ClinicalEntityType } from './clinical';

export const AUDIT_READ_KEY = 'consilium:audit-read';

export interface AuditReadOptions {
  entityType: ClinicalEntityType;
  /** Route parameter holding the entity id; default `id`. */
  param?: string;
}

/**
 * Records a successful read of patient data in the audit log. One line per route:
 * `@AuditRead('patient')`. The response is sent only once the entry is written (fail closed).
 * A list read is recorded with the ids of the entities it returned. A refused or missed read is
 * recorded by `FailedAttemptsInterceptor`.
 */
export function AuditRead(
  entityType: ClinicalEntityType,
  options: Omit<AuditReadOptions, 'entityType'> = {},
) {
  return applyDecorators(
    SetMetadata(AUDIT_READ_KEY, { entityType, ...options }),
    UseInterceptors(AuditReadInterceptor),
  );
}

@Injectable()
export class AuditReadInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const options = this.reflector.get<AuditReadOptions>(AUDIT_READ_KEY, context.getHandler());
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    return next.handle().pipe(
      switchMap((body) =>
        from(
          (async () => {
            const params = (request.params ?? {}) as Record<string, string>;
            const id = params[options.param ?? 'id'] ?? null;
            const items = (body as { items?: { id?: string }[] } | null)?.items;
            await this.audit.record(requestContextOf(request), {
              action: `${options.entityType}.read`,
              entityType: options.entityType,
              entityId: id,
              details: Array.isArray(items)
                ? { listed: items.map((i) => i.id).filter((i): i is string => Boolean(i)) }
                : null,
            });
            return body;
          })(),
        ),
      ),
    );
  }
}
