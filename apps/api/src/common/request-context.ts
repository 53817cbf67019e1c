import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

import type { AuthenticatedUser } from '../auth/authenticated-user';

/** Who is acting and in which request: passed from controllers to services for checks and audit. */
export interface RequestContext {
  user: AuthenticatedUser | null;
  requestId: string;
  ip: string;
}

export function requestContextOf(request: FastifyRequest): RequestContext {
  return {
    user: (request as FastifyRequest & { user?: AuthenticatedUser }).user ?? null,
    requestId: String(request.id),
    ip: request.ip,
  };
}

export const Ctx = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestContext =>
  requestContextOf(ctx.switchToHttp().getRequest<FastifyRequest>()),
);

/** The authenticated user of a route that is not public (the global guard guarantees one). */
export function actorOf(ctx: RequestContext): AuthenticatedUser {
  if (!ctx.user) throw new Error('no authenticated user on a protected route');
  return ctx.user;
}
