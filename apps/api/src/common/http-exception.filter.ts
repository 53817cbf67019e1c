import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
  NotFoundException,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { databaseFaultLabel, isDatabaseUnavailable, isInvalidTextValue } from './database-errors';
import { DomainError } from './errors';
import type { AllowedMethods } from './http-hardening';

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: unknown;
}

export interface ErrorResponse {
  body: ErrorBody;
  headers?: Record<string, string>;
}

const CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE_ENTITY',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

/** The `error` code of an HTTP exception that carries none of its own (Nest's 403, 404, …). */
export const codeOfStatus = (status: number): string => CODES[status] ?? 'ERROR';

/** Seconds a client is asked to wait before retrying while the database is unavailable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** One error shape for every response: `{ statusCode, error, message, details? }`. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  /** `allowedMethods` turns "no route" into a 405 where the path exists under another method. */
  constructor(private readonly allowedMethods?: AllowedMethods) {}

  catch(exception: unknown, host: ArgumentsHost) {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const { body, headers } = this.responseFor(exception, request);
    if (headers) for (const [k, v] of Object.entries(headers)) reply.header(k, v);
    // RFC 6750: a 401 names the scheme the client should authenticate with.
    if (body.statusCode === 401) reply.header('www-authenticate', 'Bearer realm="consilium"');
    reply.status(body.statusCode).send(body);
  }

  /** The error body and headers that answer `exception` (also used where a reply is replaced). */
  responseFor(exception: unknown, request: FastifyRequest): ErrorResponse {
    if (exception instanceof DomainError) {
      const body: ErrorBody = {
        statusCode: exception.status,
        error: exception.code,
        message: exception.message,
      };
      if (exception.details !== undefined) body.details = exception.details;
      return { body, headers: exception.headers };
    }
    if (exception instanceof NotFoundException && this.allowedMethods) {
      const allowed = this.allowedMethods(request.url);
      if (allowed.length > 0 && !allowed.includes(request.method)) {
        return {
          body: {
            statusCode: HttpStatus.METHOD_NOT_ALLOWED,
            error: codeOfStatus(HttpStatus.METHOD_NOT_ALLOWED),
            message: `${request.method} is not allowed here; use ${allowed.join(', ')}`,
          },
          headers: { allow: allowed.join(', ') },
        };
      }
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      if (typeof response === 'object' && response !== null && 'error' in response && 'message' in response) {
        const r = response as Partial<ErrorBody>;
        // Our own shaped responses (validation) pass through; Nest's defaults are normalised.
        if (typeof r.error === 'string' && /^[A-Z_]+$/.test(r.error) && typeof r.message === 'string') {
          return { body: { statusCode: status, error: r.error, message: r.message, details: r.details } };
        }
      }
      const message =
        typeof response === 'string'
          ? response
          : Array.isArray((response as { message?: unknown }).message)
            ? (response as { message: string[] }).message.join('; ')
            : String((response as { message?: unknown }).message ?? exception.message);
      return { body: { statusCode: status, error: codeOfStatus(status), message } };
    }
    // Fastify's own client errors (malformed JSON, wrong content type, body too large).
    const fastifyError = exception as { statusCode?: number; code?: string; message?: string };
    if (
      typeof fastifyError?.statusCode === 'number' &&
      fastifyError.statusCode >= 400 &&
      fastifyError.statusCode < 500 &&
      typeof fastifyError.code === 'string' &&
      fastifyError.code.startsWith('FST_')
    ) {
      const status = fastifyError.statusCode;
      return {
        body: {
          statusCode: status,
          error: CODES[status] ?? 'BAD_REQUEST',
          message: fastifyError.message ?? '',
        },
      };
    }
    if (isDatabaseUnavailable(exception)) {
      // The cause is logged for operators by its code only: messages can hold addresses and values.
      this.logger.warn(
        `database unavailable on ${request.method} ${request.routeOptions?.url ?? 'unknown route'} ` +
          `(request ${request.id}): ${databaseFaultLabel(exception)}`,
      );
      return {
        body: {
          statusCode: HttpStatus.SERVICE_UNAVAILABLE,
          error: codeOfStatus(HttpStatus.SERVICE_UNAVAILABLE),
          message: 'the service is temporarily unavailable; retry shortly',
        },
        headers: { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) },
      };
    }
    if (isInvalidTextValue(exception)) {
      return {
        body: {
          statusCode: HttpStatus.BAD_REQUEST,
          error: 'INVALID_TEXT',
          message: 'a value holds characters that cannot be stored',
        },
      };
    }
    this.logger.error(
      `unhandled error on ${request.method} ${request.routeOptions?.url ?? 'unknown route'} ` +
        `(request ${request.id}): ${exception instanceof Error ? (exception.stack ?? exception.message) : String(exception)}`,
    );
    return {
      body: {
        statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
        error: 'INTERNAL_ERROR',
        message: 'Internal server error',
      },
    };
  }
}
