import type { Readable } from 'node:stream';
import { HttpStatus } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { codeOfStatus, type ErrorResponse } from '../common/http-exception.filter';
import { requestContextOf } from '../common/request-context';
import type { AuditService } from './audit.service';
import { AUDIT_READ_KEY, type AuditReadOptions } from './audit-read';
import type { FailedAttempts } from './failed-attempts';

/** The Nest route a request reached: its handler and controller, whose metadata say what to audit. */
export interface AuditedRoute {
  handler: (...args: never[]) => unknown;
  controller: abstract new (...args: never[]) => unknown;
}

const ROUTE = Symbol('consilium:audited-route');
const SEEN = Symbol('consilium:audit-seen');

interface Marked {
  [ROUTE]?: AuditedRoute;
  /** What the body held, noted before it was serialised: the ids a list returned, an error's code. */
  [SEEN]?: { listed?: string[]; code?: string };
}

/** Called by the global guard on every request that reached a route, before it decides. */
export function markAuditedRoute(request: FastifyRequest, route: AuditedRoute): void {
  (request as Marked)[ROUTE] = route;
}

const isRefusal = (status: number) => status === HttpStatus.FORBIDDEN || status === HttpStatus.NOT_FOUND;

export interface AuditHookDependencies {
  reflector: Reflector;
  audit: AuditService;
  failedAttempts: FailedAttempts;
  /** The error response for a fault (the global error filter's). */
  errorResponse: (error: unknown, request: FastifyRequest) => ErrorResponse;
}

/**
 * The audit log's hold on each request to a route (docs/adr/0021), registered on the Fastify
 * instance before any other `onSend` hook:
 * - a successful (2xx) response of an `@AuditRead` route is sent only once its entry is committed;
 *   should the entry fail, the client gets the error instead of the data (fail closed);
 * - a 403 or 404 on a route that guards patient data, whether a guard, a pipe or the handler
 *   refused it, is recorded as a failed attempt before the error goes out.
 *
 * Hooks and not Nest interceptors: any interceptor on a route costs each of its requests an rxjs
 * pipeline and an AsyncResource, which was a tenth of a case read's CPU. `onSend` sees every
 * response (JSON, the letter's HTML and PDF); `preSerialization`, which sees a body before it is
 * serialised, notes what the entry needs of it.
 */
export function registerAuditHooks(fastify: FastifyInstance, deps: AuditHookDependencies): void {
  const reads = new WeakMap<object, AuditReadOptions | null>();
  const readOf = (route: AuditedRoute): AuditReadOptions | null => {
    let options = reads.get(route.handler);
    if (options === undefined) {
      options = deps.reflector.get<AuditReadOptions | undefined>(AUDIT_READ_KEY, route.handler) ?? null;
      reads.set(route.handler, options);
    }
    return options;
  };

  fastify.addHook('preSerialization', (request, reply, payload, done) => {
    const marked = request as Marked;
    const route = marked[ROUTE];
    if (route && payload !== null && typeof payload === 'object') {
      if (reply.statusCode < 300 && readOf(route)) {
        const items = (payload as { items?: unknown }).items;
        if (Array.isArray(items)) {
          marked[SEEN] = {
            listed: items
              .map((item: { id?: unknown } | null) => item?.id)
              .filter((id): id is string => typeof id === 'string' && id.length > 0),
          };
        }
      } else if (isRefusal(reply.statusCode)) {
        const code = (payload as { error?: unknown }).error;
        if (typeof code === 'string') marked[SEEN] = { code };
      }
    }
    done(null, payload);
  });

  fastify.addHook('onSend', async (request, reply, payload) => {
    const marked = request as Marked;
    const route = marked[ROUTE];
    if (!route) return payload;
    const status = reply.statusCode;
    if (status >= 200 && status < 300) {
      const read = readOf(route);
      if (!read) return payload;
      const listed = marked[SEEN]?.listed;
      try {
        await deps.audit.record(requestContextOf(request), {
          action: `${read.entityType}.read`,
          entityType: read.entityType,
          entityId: (request.params as Record<string, string> | undefined)?.[read.param ?? 'id'] ?? null,
          details: listed ? { listed } : null,
        });
        return payload;
      } catch (error) {
        return failClosed(request, reply, payload, deps.errorResponse(error, request));
      }
    }
    if (isRefusal(status)) {
      // `record` never throws: the error goes out as it is, recorded or not.
      await deps.failedAttempts.record(request, route, status, marked[SEEN]?.code ?? codeOfStatus(status));
    }
    return payload;
  });
}

/** Replaces a read's body, whatever its type, with the error that stopped its audit entry. */
function failClosed(
  request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
  { body, headers }: ErrorResponse,
): string {
  if (payload && typeof (payload as Readable).destroy === 'function') (payload as Readable).destroy();
  reply
    .code(body.statusCode)
    .removeHeader('content-disposition')
    .removeHeader('content-length')
    .header('content-type', 'application/json; charset=utf-8')
    .header('cache-control', 'no-store');
  if (headers) for (const [name, value] of Object.entries(headers)) reply.header(name, value);
  request.log.warn(
    { statusCode: body.statusCode },
    'read not answered: its audit entry could not be written',
  );
  return JSON.stringify(body);
}
