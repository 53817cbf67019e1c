import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from './errors';

interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: unknown;
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

/** One error shape for every response: `{ statusCode, error, message, details? }`. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost) {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const { body, headers } = this.toBody(exception, request);
    if (headers) for (const [k, v] of Object.entries(headers)) reply.header(k, v);
    reply.status(body.statusCode).send(body);
  }

  private toBody(
    exception: unknown,
    request: FastifyRequest,
  ): { body: ErrorBody; headers?: Record<string, string> } {
    if (exception instanceof DomainError) {
      const body: ErrorBody = {
        statusCode: exception.status,
        error: exception.code,
        message: exception.message,
      };
      if (exception.details !== undefined) body.details = exception.details;
      return { body, headers: exception.headers };
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
      return { body: { statusCode: status, error: CODES[status] ?? 'ERROR', message } };
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
