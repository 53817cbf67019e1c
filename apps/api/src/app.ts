import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { NestFactory, Reflector } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';

import { AppModule } from './app.module';
import { AuditService } from './audit/audit.service';
import { registerAuditHooks } from './audit/audit-hooks';
import { FailedAttempts } from './audit/failed-attempts';
import { HttpExceptionFilter } from './common/http-exception.filter';
import { registerHttpHardening, trackRoutes } from './common/http-hardening';
import { registerInputGuards } from './common/input-guards';
import { PinoNestLogger, RequestLogController } from './common/logger';
import { completeDocument, operationId } from './common/openapi';
import { createValidationPipe } from './common/validation';
import type { RuntimeConfig } from './config/config.module';
import { serveWebApp } from './web/serve-web-app';

const REQUEST_ID = /^[\w.:-]{1,64}$/;

/** Builds the configured application (used by main and by the integration tests). */
export async function createApp(config: RuntimeConfig, logger: Logger): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    // A caller's X-Request-Id is kept when it is well-formed (to follow a request across services).
    genReqId: (req: IncomingMessage) => {
      const header = req.headers['x-request-id'];
      return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
    },
    requestIdHeader: false,
    // One line per request (RequestLogController).
    logController: new RequestLogController(),
    // Fastify answers a URL it cannot decode (or an over-long parameter) before any route or hook
    // runs, in its own shape and echoing the path; answer in ours instead.
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      const status = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : 400;
      void reply
        .code(status)
        .header('x-request-id', request.id)
        .header('cache-control', 'no-store')
        .send({
          statusCode: status,
          error: status === 414 ? 'URI_TOO_LONG' : 'BAD_REQUEST',
          message: status === 414 ? 'a path parameter is too long' : 'the URL cannot be decoded',
        });
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, logger), adapter, {
    logger: new PinoNestLogger(logger),
    bufferLogs: false,
    // JSON only, parsed by registerInputGuards: Nest's parsers would also accept form bodies.
    bodyParser: false,
  });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  const fastify = app.getHttpAdapter().getInstance();
  const errors = new HttpExceptionFilter(trackRoutes(fastify));
  app.useGlobalFilters(errors);
  // First of the onSend hooks: a read whose audit entry fails is answered with the error before
  // compression or any other hook sees its body.
  registerAuditHooks(fastify, {
    reflector: app.get(Reflector),
    audit: app.get(AuditService),
    failedAttempts: app.get(FailedAttempts),
    errorResponse: (error, request) => errors.responseFor(error, request),
  });
  await registerHttpHardening(app, config);
  registerInputGuards(fastify);
  // During shutdown, answer in-flight requests with `Connection: close`: otherwise their kept-alive
  // sockets hold the server open until the keep-alive timeout.
  let closing = false;
  fastify.addHook('preClose', async () => {
    closing = true;
  });
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (closing) reply.header('connection', 'close');
  });

  const document = completeDocument(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('Consilium API')
        .setDescription(
          'Case manager for multidisciplinary tumour boards. Every route needs a bearer token unless marked public; ' +
            'errors have the shape { statusCode, error, message, details? }.',
        )
        .setVersion('0.1.0')
        .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
        .addServer('/')
        .build(),
      { operationIdFactory: operationId },
    ),
  );
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
    yamlDocumentUrl: 'api/docs-yaml',
  });
  serveWebApp(app, logger);
  await app.init();
  return app;
}
