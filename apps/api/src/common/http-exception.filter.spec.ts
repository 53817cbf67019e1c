import {
  type ArgumentsHost,
  BadRequestException,
  Logger,
  NotFoundException,
  UnauthorizedException,
} from '@nestjs/common';

import { conflict } from './errors';
import { HttpExceptionFilter } from './http-exception.filter';

function run(exception: unknown) {
  const reply = { statusCode: 0, body: undefined as unknown, headers: {} as Record<string, string> };
  const fastifyReply = {
    status(code: number) {
      reply.statusCode = code;
      return this;
    },
    header(k: string, v: string) {
      reply.headers[k] = v;
      return this;
    },
    send(body: unknown) {
      reply.body = body;
    },
  };
  const host = {
    switchToHttp: () => ({
      getResponse: () => fastifyReply,
      getRequest: () => ({ method: 'GET', id: 'req-1', routeOptions: { url: '/api/x' } }),
    }),
  } as unknown as ArgumentsHost;
  new HttpExceptionFilter().catch(exception, host);
  return reply;
}

describe('HttpExceptionFilter', () => {
  // The 500 case logs its stack on purpose; keep the test output clean.
  beforeAll(() => Logger.overrideLogger(false));
  afterAll(() => Logger.overrideLogger(new Logger()));

  it('hides the internals of an unexpected error behind a plain 500', () => {
    const reply = run(new Error('relation "secret_table" does not exist at /srv/app.js:12'));
    expect(reply.statusCode).toBe(500);
    expect(reply.body).toEqual({
      statusCode: 500,
      error: 'INTERNAL_ERROR',
      message: 'Internal server error',
    });
  });

  it('maps domain errors to their status and stable code', () => {
    const reply = run(
      conflict('ILLEGAL_TRANSITION', 'cannot accept a case in state draft', { state: 'draft' }),
    );
    expect(reply.body).toEqual({
      statusCode: 409,
      error: 'ILLEGAL_TRANSITION',
      message: 'cannot accept a case in state draft',
      details: { state: 'draft' },
    });
  });

  it("normalises Nest's built-in exceptions to the same shape", () => {
    expect(run(new NotFoundException('Cannot GET /api/x')).body).toEqual({
      statusCode: 404,
      error: 'NOT_FOUND',
      message: 'Cannot GET /api/x',
    });
    expect(run(new BadRequestException(['a is bad', 'b is bad'])).body).toEqual({
      statusCode: 400,
      error: 'BAD_REQUEST',
      message: 'a is bad; b is bad',
    });
  });

  it('answers 503 with Retry-After and no internals when the database cannot be reached', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.1.2.3:5432'), { code: 'ECONNREFUSED' });
    const timedOut = new Error('timeout exceeded when trying to connect');
    const statementTimeout = Object.assign(new Error('canceling statement due to statement timeout'), {
      driverError: { code: '57014' },
    });
    for (const error of [refused, timedOut, statementTimeout]) {
      const reply = run(error);
      expect(reply.statusCode).toBe(503);
      expect(reply.headers['retry-after']).toBe('5');
      expect(reply.body).toEqual({
        statusCode: 503,
        error: 'SERVICE_UNAVAILABLE',
        message: 'the service is temporarily unavailable; retry shortly',
      });
    }
  });

  it("maps PostgreSQL's refusal of a stored text value to 400, never 500", () => {
    for (const code of ['22021', '22P02', '22P05']) {
      const reply = run(Object.assign(new Error('invalid byte sequence'), { driverError: { code } }));
      expect(reply.statusCode).toBe(400);
      expect((reply.body as { error: string }).error).toBe('INVALID_TEXT');
    }
  });

  it('names the Bearer scheme on every 401', () => {
    expect(run(new UnauthorizedException('token expired')).headers['www-authenticate']).toBe(
      'Bearer realm="consilium"',
    );
  });
});
