import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

import { PERMISSION_KEY, PUBLIC_KEY } from '@api/auth/decorators';
import type { Permission } from '@api/auth/permissions';

export interface RouteInfo {
  method: string;
  path: string;
  isPublic: boolean;
  permission: Permission | 'authenticated' | undefined;
}

const join = (...parts: string[]) =>
  '/' +
  parts
    .flatMap((p) => p.split('/'))
    .filter(Boolean)
    .join('/');

/** Every route the app's controllers declare, read from Nest's own metadata. */
export function listRoutes(app: NestFastifyApplication): RouteInfo[] {
  const routes: RouteInfo[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      const base = Reflect.getMetadata(PATH_METADATA, controller) as string;
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        if (path === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const meta = (key: string) =>
          Reflect.getMetadata(key, handler) ?? Reflect.getMetadata(key, controller);
        routes.push({
          method,
          path: join('api', base, path),
          isPublic: meta(PUBLIC_KEY) === true,
          permission: meta(PERMISSION_KEY),
        });
      }
    }
  }
  return routes;
}

/** A concrete URL for a route pattern: path parameters become a random UUID. */
export function concretePath(path: string): string {
  return path.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');
}
