import { HttpStatus, Injectable, Logger, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';

import { PERMISSION_DENIED } from '../auth/auth.errors';
import { PERMISSION_KEY } from '../auth/decorators';
import type { Permission } from '../auth/permissions';
import { requestContextOf } from '../common/request-context';
import { AuditService } from './audit.service';
import type { AuditedRoute } from './audit-hooks';
import type { AuditOutcome } from './audit-log.entity';
import { AUDIT_READ_KEY, type AuditReadOptions } from './audit-read';
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

/** 403 is a denial, 404 a failure; any other status is not a failed attempt on patient data. */
function outcomeOf(status: number): AuditOutcome | null {
  if (status === HttpStatus.FORBIDDEN) return 'denied';
  if (status === HttpStatus.NOT_FOUND) return 'failure';
  return null;
}

/**
 * Audits refused (403) and missed (404) attempts on patient data, as HIPAA audit controls expect,
 * whether a guard, a pipe or a handler refused them. Called by the audit hooks (audit-hooks.ts) with
 * the response's status and error code. The entry records the code and the ids in the path, never
 * the request body.
 */
@Injectable()
export class FailedAttempts {
  private readonly logger = new Logger('Audit');

  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  /** Never throws: the response goes out with its own error, whatever happens here. */
  async record(request: FastifyRequest, route: AuditedRoute, status: number, code: string): Promise<void> {
    try {
      const outcome = outcomeOf(status);
      if (!outcome) return;
      const target = attemptTargetOf(this.reflector, route.handler, route.controller, request.method);
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
        outcome,
        details: {
          ...otherIds,
          code,
          ...(code === PERMISSION_DENIED ? { permission: target.permission } : {}),
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
