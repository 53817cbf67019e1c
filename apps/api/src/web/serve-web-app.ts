import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';

type StaticOptions = Parameters<NestFastifyApplication['useStaticAssets']>[0];

// Vite names every file under assets/ by its content hash: a changed file is a new URL.
const IMMUTABLE = 'public, max-age=31536000, immutable';
// index.html and the other unhashed files: always revalidated, so a deployment shows at once.
const REVALIDATE = 'no-cache';

/** The built web app (`dist/apps/web`), found from the workspace root above this file (src or dist). */
export function defaultWebRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return path.join(dir, 'dist', 'apps', 'web');
}

/**
 * A path the browser's router owns: not the API's, not a built file's. Client routes have no file
 * extension, so a missing `/assets/x.js` or `/robots.txt` stays a 404 instead of becoming a page.
 */
export function isClientRoute(url: string): boolean {
  const pathname = url.split('?')[0];
  if (pathname === '/api' || pathname.startsWith('/api/') || pathname.startsWith('/assets/')) return false;
  return !path.posix.basename(pathname).includes('.');
}

const NOT_BUILT =
  "Consilium's web app has not been built, so there is nothing to show here.\n" +
  'Run `npm start` (it builds the API and the web app), or `npm run dev` for the development server.\n' +
  'The API is at /api (documentation at /api/docs).\n';

/**
 * Serves the web app at `/` beside the API under `/api`: the built files with their caching, and
 * `index.html` for every client route, so that a reload or a shared link on `/cases` works. The
 * fallback answers only requests no route matched (Fastify's 404 path), so it never shadows an API
 * route nor turns an unknown `/api/...` into HTML: those keep the API's JSON 404 (or 405).
 */
export function serveWebApp(
  app: NestFastifyApplication,
  logger: Logger,
  root: string = defaultWebRoot(),
): void {
  const fastify = app.getHttpAdapter().getInstance();
  const indexFile = path.join(root, 'index.html');
  const built = existsSync(indexFile);
  // Read once, like the list of built files below: the page and its assets come from one build.
  const html = built ? readFileSync(indexFile, 'utf8') : '';

  // Nest's option type still describes @fastify/static 7's raw response; version 10 passes the reply.
  const setHeaders = (reply: FastifyReply, file: string) => {
    const relative = path.relative(root, file).split(path.sep).join('/');
    reply.header('cache-control', relative.startsWith('assets/') ? IMMUTABLE : REVALIDATE);
  };
  if (built) {
    app.useStaticAssets({
      root,
      prefix: '/',
      // One route per built file, read at start-up: no wildcard route that would answer for /api.
      wildcard: false,
      index: false,
      cacheControl: false,
      setHeaders: setHeaders as unknown as StaticOptions['setHeaders'],
    });
  } else {
    logger.warn(
      { context: 'WebApp' },
      `web app not built (${indexFile} is missing): / explains how to build it`,
    );
  }

  // Registered after helmet's hook, so the page carries the same security headers as the API.
  fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (
      !request.is404 ||
      (request.method !== 'GET' && request.method !== 'HEAD') ||
      !isClientRoute(request.url)
    ) {
      return;
    }
    if (!built) {
      return reply
        .code(404)
        .header('cache-control', REVALIDATE)
        .type('text/plain; charset=utf-8')
        .send(NOT_BUILT);
    }
    return reply.code(200).header('cache-control', REVALIDATE).type('text/html; charset=utf-8').send(html);
  });
}
