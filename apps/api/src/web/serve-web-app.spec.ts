import 'reflect-metadata';

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import pino from 'pino';

import { HttpExceptionFilter } from '../common/http-exception.filter';
import { registerHttpHardening, trackRoutes } from '../common/http-hardening';
import type { RuntimeConfig } from '../config/config.module';
import { defaultWebRoot, isClientRoute, serveWebApp } from './serve-web-app';

@Controller('ping')
class PingController {
  @Get()
  ping() {
    return { pong: true };
  }
}

@Module({ controllers: [PingController] })
class PingModule {}

// The same layering as createApp (prefix, error filter, hardening), without a database.
async function boot(root: string): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(PingModule, new FastifyAdapter(), {
    logger: false,
  });
  app.setGlobalPrefix('api');
  app.useGlobalFilters(new HttpExceptionFilter(trackRoutes(app.getHttpAdapter().getInstance())));
  await registerHttpHardening(app, { corsOrigins: [] } as unknown as RuntimeConfig);
  serveWebApp(app, pino({ level: 'silent' }), root);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

describe('serving the web app', () => {
  let scratch: string;

  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'consilium-web-'));
    mkdirSync(path.join(scratch, 'built', 'assets'), { recursive: true });
    writeFileSync(path.join(scratch, 'built', 'index.html'), '<!doctype html><title>Consilium</title>');
    writeFileSync(path.join(scratch, 'built', 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(path.join(scratch, 'built', 'favicon.svg'), '<svg/>');
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  describe('when built', () => {
    let app: NestFastifyApplication;
    beforeAll(async () => {
      app = await boot(path.join(scratch, 'built'));
    });
    afterAll(() => app.close());

    it.each(['/', '/sign-in', '/cases/3f1c2a9e-0000-4000-8000-000000000000?tab=plan'])(
      'answers the client route %s with index.html, revalidated, under the CSP',
      async (url) => {
        const response = await app.inject({ method: 'GET', url });
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(response.headers['cache-control']).toBe('no-cache');
        expect(response.headers['content-security-policy']).toContain("script-src 'self'");
        expect(response.body).toContain('<title>Consilium</title>');
      },
    );

    it('serves hashed assets as immutable and other files revalidated', async () => {
      const asset = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
      expect(asset.statusCode).toBe(200);
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const icon = await app.inject({ method: 'GET', url: '/favicon.svg' });
      expect(icon.statusCode).toBe(200);
      expect(icon.headers['cache-control']).toBe('no-cache');
    });

    it('leaves a missing asset or file a 404, never the page', async () => {
      for (const url of ['/assets/missing.js', '/assets/deep/missing', '/robots.txt']) {
        const response = await app.inject({ method: 'GET', url });
        expect(response.statusCode).toBe(404);
        expect(response.body).not.toContain('<title>');
      }
    });

    it('keeps the API its own: routes, JSON 404s and no-store', async () => {
      const ping = await app.inject({ method: 'GET', url: '/api/ping' });
      expect(ping.json()).toEqual({ pong: true });
      expect(ping.headers['cache-control']).toBe('no-store');
      for (const url of ['/api/nope', '/api', '/api/']) {
        const missing = await app.inject({ method: 'GET', url });
        expect(missing.statusCode).toBe(404);
        expect(missing.json()).toMatchObject({ statusCode: 404, error: 'NOT_FOUND' });
      }
      const posted = await app.inject({ method: 'POST', url: '/api/ping', payload: {} });
      expect(posted.statusCode).toBe(405);
    });

    it('does not answer other methods on client routes with the page', async () => {
      const response = await app.inject({ method: 'POST', url: '/cases', payload: {} });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ error: 'NOT_FOUND' });
    });
  });

  describe('when not built', () => {
    let app: NestFastifyApplication;
    beforeAll(async () => {
      app = await boot(path.join(scratch, 'nothing-here'));
    });
    afterAll(() => app.close());

    it('says so in plain text at / and client routes, and the API still answers', async () => {
      for (const url of ['/', '/cases']) {
        const response = await app.inject({ method: 'GET', url });
        expect(response.statusCode).toBe(404);
        expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
        expect(response.body).toContain('has not been built');
        expect(response.body).toContain('npm start');
      }
      expect((await app.inject({ method: 'GET', url: '/api/ping' })).json()).toEqual({ pong: true });
      expect((await app.inject({ method: 'GET', url: '/api/nope' })).json()).toMatchObject({
        error: 'NOT_FOUND',
      });
    });
  });

  it('tells client routes from API paths and files', () => {
    expect(isClientRoute('/')).toBe(true);
    expect(isClientRoute('/meetings/abc?x=1.2')).toBe(true);
    expect(isClientRoute('/api')).toBe(false);
    expect(isClientRoute('/api/cases')).toBe(false);
    expect(isClientRoute('/assets/x')).toBe(false);
    expect(isClientRoute('/favicon.ico')).toBe(false);
    // A client route that merely begins with "api" is still the app's.
    expect(isClientRoute('/apiary')).toBe(true);
  });

  it('finds dist/apps/web at the workspace root, from the sources and from the build', () => {
    const workspace = path.resolve(__dirname, '../../../..');
    expect(defaultWebRoot(__dirname)).toBe(path.join(workspace, 'dist', 'apps', 'web'));
    expect(defaultWebRoot(path.join(workspace, 'dist', 'apps', 'api', 'src', 'web'))).toBe(
      path.join(workspace, 'dist', 'apps', 'web'),
    );
  });
});
