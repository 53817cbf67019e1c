import {
  CallHandler,
  ExecutionContext,
  HttpException,
  HttpStatus,
  Injectable,
  Logger,
  NestInterceptor,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { catchError, from, Observable, switchMap, throwError } from 'rxjs';

import { PERMISSION_DENIED } from '../auth/auth.errors';
import { PERMISSION_KEY } from '../auth/decorators';
import type { Permission } from '../auth/permissions';
import { DomainError } from '../common/errors';
import { codeOfStatus } from '../common/http-exception.filter';
import { requestContextOf } from '../common/request-context';
import { AuditService } from './audit.service';
import type { AuditOutcome } from './audit-log.entity';
import { AUDIT_READ_KEY, type AuditReadOptions } from './audit-read.interceptor';
import { type ClinicalEntityType, guardsPatientData } from './clinical';

const AUDIT_ENTITY_KEY = 'consilium:audit-entity';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Names the entity that the `:id` of a controller's routes identifies, for the audit entries of
 * failed attempts on them: `@AuditEntity('board_case')` on the controller class.
 */
export const AuditEntity = (entityType: ClinicalEntityType) => SetMetadata(AUDIT_ENTITY_KEY, entityType);

export interface AttemptTarget {
  action: string;
  entityType: string;
  idParam: string;
  permission: Permission;
}

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * Where a request on patient data was going, from the route's metadata (never its URL): routes whose
 * permission guards patient data. The action is `<entity>.read` for a GET (or HEAD),
 * `<entity>.<handler>` otherwise (`board_case.return_to_draft`). Null for any other route.
 */
export function attemptTargetOf(
  reflector: Reflector,
  handler: (...args: never[]) => unknown,
  controller: abstract new (...args: never[]) => unknown,
  method: string,
): AttemptTarget | null {
  const permission = reflector.getAllAndOverride<Permission | 'authenticated' | undefined>(PERMISSION_KEY, [
    handler,
    controller,
  ]);
  if (!guardsPatientData(permission)) return null;
  const read = reflector.get<AuditReadOptions | undefined>(AUDIT_READ_KEY, handler);
  const entityType =
    read?.entityType ??
    reflector.getAllAndOverride<ClinicalEntityType | undefined>(AUDIT_ENTITY_KEY, [handler, controller]) ??
    // A clinical controller without @AuditEntity: still recorded (a test walks the routes for it).
    'unclassified';
  const verb = method === 'GET' || method === 'HEAD' ? 'read' : snakeCase(handler.name);
  return {
    action: `${entityType}.${verb}`,
    entityType,
    idParam: read?.param ?? 'id',
    permission,
  };
}

/** 403 is a denial, 404 a failure; anything else is not a failed attempt on patient data. */
function refusalOf(error: unknown): { outcome: AuditOutcome; code: string } | null {
  const status =
    error instanceof DomainError ? error.status : error instanceof HttpException ? error.getStatus() : null;
  if (status !== HttpStatus.FORBIDDEN && status !== HttpStatus.NOT_FOUND) return null;
  // The code the response carries: the domain's, or the error filter's for a plain HTTP exception.
  const code = error instanceof DomainError ? error.code : codeOfStatus(status);
  return { outcome: status === HttpStatus.FORBIDDEN ? 'denied' : 'failure', code };
}

/**
 * Audits refused (403) and missed (404) attempts on patient data, as HIPAA audit controls expect.
 * Called by the global guard for permission refusals and by the interceptor below for errors of
 * handlers. The entry records the error's code and the ids in the path, never the request body.
 */
@Injectable()
export class FailedAttempts {
  private readonly logger = new Logger('Audit');

  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  /** Never throws: the caller goes on to throw the original error, whatever happens here. */
  async record(context: ExecutionContext, error: unknown): Promise<void> {
    try {
      if (context.getType() !== 'http') return;
      const refusal = refusalOf(error);
      if (!refusal) return;
      const request = context.switchToHttp().getRequest<FastifyRequest>();
      const target = attemptTargetOf(
        this.reflector,
        context.getHandler() as (...args: never[]) => unknown,
        context.getClass(),
        request.method,
      );
      if (!target) return;
      // Guards run before pipes, so a path parameter may be anything: only UUIDs are recorded.
      const params = Object.entries((request.params ?? {}) as Record<string, unknown>).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string' && UUID.test(entry[1]),
      );
      const entityId = params.find(([name]) => name === target.idParam)?.[1] ?? null;
      const otherIds = Object.fromEntries(
        params.filter(([name]) => name !== target.idParam && name.endsWith('Id')),
      ) as Record<`${string}Id`, string>;
      // No EntityManager: the entry is written on its own, since a failed request's transaction has
      // rolled back (or never began).
      await this.audit.record(requestContextOf(request), {
        action: target.action,
        entityType: target.entityType,
        entityId,
        outcome: refusal.outcome,
        details: {
          ...otherIds,
          code: refusal.code,
          ...(refusal.code === PERMISSION_DENIED ? { permission: target.permission } : {}),
        },
      });
    } catch (auditError) {
      // The request is answered with its own error regardless; the missing entry must be noticed.
      this.logger.error(
        `could not audit a failed attempt: ${auditError instanceof Error ? auditError.message : String(auditError)}`,
      );
    }
  }
}

/** Global: records 403 and 404 errors of handlers of patient-data routes, then rethrows them as they were. */
@Injectable()
export class FailedAttemptsInterceptor implements NestInterceptor {
  constructor(private readonly failedAttempts: FailedAttempts) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) =>
        // `record` does not reject; the catch keeps the original error even if that ever changed.
        from(this.failedAttempts.record(context, error).catch(() => undefined)).pipe(
          switchMap(() => throwError(() => error)),
        ),
      ),
    );
  }
}
