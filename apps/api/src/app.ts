import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import { HttpExceptionFilter } from './common/http-exception.filter';
import { registerInputGuards } from './common/input-guards';
import { PinoNestLogger } from './common/logger';
import { createValidationPipe } from './common/validation';
import type { RuntimeConfig } from './config/config.module';

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
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, logger), adapter, {
    logger: new PinoNestLogger(logger),
    bufferLogs: false,
    // JSON only, parsed by registerInputGuards: Nest's parsers would also accept form bodies.
    bodyParser: false,
  });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpExceptionFilter());
  const fastify = app.getHttpAdapter().getInstance();
  registerInputGuards(fastify);
  // During shutdown, answer in-flight requests with `Connection: close`: otherwise their kept-alive
  // sockets hold the server open until the keep-alive timeout.
  let closing = false;
  fastify.addHook('preClose', async () => {
    closing = true;
  });
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    if (closing) reply.header('connection', 'close');
  });

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Consilium API')
      .setDescription(
        'Case manager for multidisciplinary tumour boards. Every route needs a bearer token unless marked public; ' +
          'errors have the shape { statusCode, error, message, details? }.',
      )
      .setVersion('0.1.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
    yamlDocumentUrl: 'api/docs-yaml',
  });
  await app.init();
  return app;
}
