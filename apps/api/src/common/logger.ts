import type { LoggerService } from '@nestjs/common';
import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import pino, { type DestinationStream, type Logger } from 'pino';

// Path segments that are credentials (the calendar feed token) are masked.
export function redactPath(path: string | undefined): string | undefined {
  return path?.replace(/^(\/api\/calendar\/feeds\/)[^/]+/, '$1[redacted]');
}

// Structured JSON logs. Request logs carry the request id, method, route path (never the query
// string, which may hold a patient's name or MRN), status and time; bodies are never logged.
// Written to standard output asynchronously: a line is handed to a write already in flight, or
// starts one, so the request thread never waits for the terminal, pipe or file (a synchronous
// write per line cost a fifth of a trivial request). pino flushes what is left when the process
// exits, a crash included; only a SIGKILL can lose the last lines.
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'consilium-api' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', '*.password'], remove: true },
      serializers: {
        req: (req: { id?: string; method?: string; url?: string }) => ({
          id: req.id,
          method: req.method,
          path: redactPath(req.url?.split('?')[0]),
        }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
    },
    destination ?? pino.destination({ dest: 1, sync: false }),
  );
}

/**
 * Fastify's request log lines, one per request at info: "request completed" (or "request errored")
 * with the request (id, method, path), the status and the time taken. Fastify's "incoming request"
 * line is written at debug only: at info it doubled the cost of logging for no fact the completed
 * line lacks (a request that hangs ends in a timeout, which is logged).
 */
export class RequestLogController extends LogController {
  override incomingRequest(request: FastifyRequest): void {
    if (this.isLogDisabled(request)) return;
    request.log.debug({ req: request }, 'incoming request');
  }

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (this.isLogDisabled(request)) return;
    if (error) {
      reply.log.error(
        { req: request, res: reply, err: error, responseTime: reply.elapsedTime },
        'request errored',
      );
    } else {
      reply.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
    }
  }
}

/** Nest's logger interface over the same pino instance, so framework messages are JSON too. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string) {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, stackOrContext?: string, context?: string) {
    this.logger.error({ context: context ?? stackOrContext }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}
