import compress from '@fastify/compress';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import Router, { type HTTPMethod } from 'find-my-way';
import helmet from 'helmet';

import type { RuntimeConfig } from '../config/config.module';

/** The methods a concrete path answers to, for a 405's `Allow` (empty: no such path at all). */
export type AllowedMethods = (path: string) => string[];

const METHODS: HTTPMethod[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/**
 * Keeps a copy of the route table, fed by Fastify's `onRoute` hook, so that a request for a path
 * that exists under another method is answered 405 with `Allow` instead of 404. Must be called
 * before any route is registered.
 */
export function trackRoutes(fastify: FastifyInstance): AllowedMethods {
  const router = Router({ ignoreTrailingSlash: fastify.initialConfig.ignoreTrailingSlash });
  fastify.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (METHODS.includes(method as HTTPMethod)) {
        router.on(method as HTTPMethod, route.url, () => undefined);
      }
    }
  });
  return (path) => METHODS.filter((m) => router.find(m, path.split('?')[0]) !== null);
}

/**
 * Security headers, compression, caching and CORS for every response:
 * - helmet's headers (nosniff, frame-ancestors, referrer policy, a CSP for the HTML pages), with
 *   HSTS only on requests that came over TLS (directly, or as a trusted proxy reports it);
 * - `Cache-Control: no-store` unless a route chose otherwise: responses carry patient data, and a
 *   shared or browser cache must not keep them;
 * - gzip for bodies over 1 KiB when the client asks for it;
 * - CORS closed unless CORS_ORIGINS lists origins (bearer tokens, so no credentials mode).
 */
export async function registerHttpHardening(
  app: NestFastifyApplication,
  config: RuntimeConfig,
): Promise<void> {
  // helmet's middleware, built once (@fastify/helmet rebuilt it, its directives parsed, on every
  // request), run on each request's raw response before the route.
  const securityHeaders = helmet({
    hsts: false,
    contentSecurityPolicy: {
      directives: {
        'frame-ancestors': ["'self'"],
        'form-action': ["'self'"],
        // Off: on a plain-HTTP deployment (the demo at http://localhost:3000) it would send the
        // browser to https for every asset. TLS deployments get HSTS instead.
        'upgrade-insecure-requests': null,
      },
    },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined));
    });
  await app.register(compress, { global: true, threshold: 1024, encodings: ['gzip', 'deflate'] });
  if (config.corsOrigins.length > 0) {
    app.enableCors({ origin: config.corsOrigins, credentials: false, maxAge: 600 });
  }
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply) => {
      if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
      if (request.protocol === 'https') {
        reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
      }
    });
}
