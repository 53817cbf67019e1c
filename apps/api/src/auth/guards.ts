import { ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { FastifyRequest } from 'fastify';

import { markAuditedRoute } from '../audit/audit-hooks';
import { flattenValidationErrors, validationException } from '../common/validation';
import { permissionDenied, routeNotDeclared } from './auth.errors';
import type { AuthenticatedUser } from './authenticated-user';
import { PERMISSION_KEY, PUBLIC_KEY } from './decorators';
import { LoginDto } from './dto/login.dto';
import { hasPermission, Permission } from './permissions';

/**
 * The global guard. Deny by default: a route is reachable only if it is `@Public()` or declares
 * `@Authenticated(...)`; then a valid token is required, and the role must grant the permission.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    // What this request reached, for the audit hooks: its read, or its refusal, is recorded as
    // the response goes out.
    markAuditedRoute(context.switchToHttp().getRequest<FastifyRequest>(), {
      handler: context.getHandler() as (...args: never[]) => unknown,
      controller: context.getClass(),
    });
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const required = this.reflector.getAllAndOverride<Permission | 'authenticated' | undefined>(
      PERMISSION_KEY,
      targets,
    );
    if (!required) {
      throw routeNotDeclared();
    }
    await super.canActivate(context);
    const user = context.switchToHttp().getRequest<FastifyRequest & { user: AuthenticatedUser }>().user;
    if (required !== 'authenticated' && !hasPermission(user.role, required)) {
      throw permissionDenied(required);
    }
    return true;
  }

  // Only token problems are a 401, each with a fixed message. Anything else (the database cannot be
  // reached while the account is re-read, say) is passed on for the error filter to map (503, 500),
  // so a client never drops a good token because of a server-side fault.
  override handleRequest<T>(error: unknown, user: T, info: unknown): T {
    if (error) throw error;
    if (!user) throw new UnauthorizedException(tokenProblem(info));
    return user;
  }
}

function tokenProblem(info: unknown): string {
  if (!(info instanceof Error)) return 'missing bearer token';
  if (info.name === 'TokenExpiredError') return 'token expired';
  if (info.message === 'No auth token') return 'missing bearer token';
  return 'invalid token';
}

/** Login: the body is validated first (400 naming fields), then Passport's local strategy runs. */
@Injectable()
export class LoginGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const body = context.switchToHttp().getRequest<FastifyRequest>().body;
    const dto = plainToInstance(LoginDto, body ?? {});
    const errors = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0) throw validationException(flattenValidationErrors(errors));
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error) throw error;
    if (!user) throw new UnauthorizedException('invalid email or password');
    return user;
  }
}
