import 'reflect-metadata';

import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import pino, { type Logger } from 'pino';
import { DataSource } from 'typeorm';

import type { Discipline, Role } from '@consilium/domain';
import { createApp } from '@api/app';
import { loadConfig } from '@api/config/app-config';
import type { RuntimeConfig } from '@api/config/config.module';
import { UsersService } from '@api/modules/users/users.service';

import { OpenApiContract, type OpenApiDocument } from './openapi-contract';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface TestResponse<T = any> {
  status: number;
  body: T;
  /** The body's bytes, for a binary answer such as a PDF. */
  raw: Buffer;
  headers: Record<string, string | string[] | number | undefined>;
}

export interface RequestOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** The client address the app sees (default 127.0.0.1). */
  ip?: string;
}

function urlFor(base: string, database: string): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** A statement as the server's superuser, on the `postgres` database (creating and dropping databases). */
export function adminQuery<T = any>(sql: string, params: unknown[] = []): Promise<T[]> {
  return query<T>(process.env.CONSILIUM_TEST_SERVER_URL as string, sql, params);
}

/**
 * A booted app on its own fresh, migrated database. One per test file: Passport keeps strategies in a
 * process-wide registry, so a second app in the same file would take over the first one's.
 */
export class TestApp {
  private constructor(
    readonly app: NestFastifyApplication,
    readonly config: RuntimeConfig,
    /** This file's database (a copy of the migrated template). */
    readonly database: string,
    /** The schema owner's URL on that database (the app itself runs as the runtime login). */
    readonly ownerUrl: string,
    /** The document this app serves at /api/docs-json, which every response is checked against. */
    private readonly contract: OpenApiContract,
  ) {}

  /** `connectThrough` rewrites the app's database URL, e.g. to go through a `TcpProxy`. */
  static async create(
    overrides: Partial<RuntimeConfig> = {},
    logger?: Logger,
    { connectThrough = (url: string) => url }: { connectThrough?: (url: string) => string } = {},
  ): Promise<TestApp> {
    const database = `consilium_test_${randomBytes(6).toString('hex')}`;
    const ownerUrl = urlFor(process.env.CONSILIUM_TEST_OWNER_URL as string, database);
    const owner = decodeURIComponent(new URL(ownerUrl).username);
    await adminQuery(
      `CREATE DATABASE "${database}" TEMPLATE "${process.env.CONSILIUM_TEST_TEMPLATE}" OWNER "${owner}"`,
    );
    const config: RuntimeConfig = {
      ...loadConfig({}),
      // The runtime login, as in production: a missing grant fails the test that needs it.
      databaseUrl: connectThrough(urlFor(process.env.CONSILIUM_TEST_RUNTIME_URL as string, database)),
      jwtSecret: randomBytes(32).toString('hex'),
      demoData: false,
      databasePoolSize: 5,
      ...overrides,
    };
    const app = await createApp(config, logger ?? pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }));
    const document = (await app.inject({ method: 'GET', url: '/api/docs-json' })).json<OpenApiDocument>();
    return new TestApp(app, config, database, ownerUrl, new OpenApiContract(document));
  }

  /**
   * A second instance of the API on this one's database, with the same secret: as behind a load
   * balancer. (Passport's registry then holds the second's strategies for both; they read the same
   * database with the same secret, so both still authenticate alike.) Close it before this one.
   */
  async secondInstance(): Promise<TestApp> {
    const app = await createApp(this.config, pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }));
    const second = new TestApp(app, this.config, this.database, this.ownerUrl, this.contract);
    second.ownsDatabase = false;
    return second;
  }

  private ownsDatabase = true;

  async close(): Promise<void> {
    await this.app.close();
    if (this.ownsDatabase) await adminQuery(`DROP DATABASE IF EXISTS "${this.database}" WITH (FORCE)`);
  }

  /**
   * A statement as the schema owner, which the runtime role may not run: to show that the triggers
   * hold even for the owner. Setup that the app's role can do goes through `dataSource`.
   */
  ownerQuery<T = any>(sql: string, params: unknown[] = []): Promise<T[]> {
    return query<T>(this.ownerUrl, sql, params);
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  async request<T = any>(
    method: string,
    url: string,
    options: RequestOptions = {},
  ): Promise<TestResponse<T>> {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const response = await this.app.inject({
      method: method as 'GET',
      url,
      headers,
      remoteAddress: options.ip ?? '127.0.0.1',
      ...(options.body !== undefined ? { payload: options.body as object } : {}),
    });
    const contentType = (response.headers['content-type'] ?? '').toString();
    let body: unknown = response.body;
    // application/json, and the JSON media types of other standards (application/fhir+json).
    if (/application\/([\w.-]+\+)?json/.test(contentType)) body = response.json();
    const problems = this.contract.check({
      method,
      url,
      status: response.statusCode,
      contentType,
      body,
      rawBody: response.body,
    });
    if (problems.length > 0)
      throw new Error(
        `${method} ${url} answered ${response.statusCode}, not as documented:\n${problems.join('\n')}`,
      );
    return { status: response.statusCode, body: body as T, raw: response.rawPayload, headers: response.headers };
  }

  /** Creates a user directly through the service (no HTTP, no actor). */
  async createUser(
    role: Role,
    options: { discipline?: Discipline; email?: string; displayName?: string; password?: string } = {},
  ): Promise<{ id: string; email: string; specialistId: string | null }> {
    const email = options.email ?? `${role}-${randomBytes(4).toString('hex')}@test.consilium`;
    const user = await this.app.get(UsersService).create(null, {
      email,
      displayName: options.displayName ?? `Test ${role}`,
      role,
      discipline: role === 'clinician' ? (options.discipline ?? 'medical_oncology') : undefined,
      password: options.password ?? TEST_PASSWORD,
    });
    return { id: user.id, email: user.email, specialistId: user.specialistId };
  }

  async login(email: string, password = TEST_PASSWORD): Promise<string> {
    const response = await this.request('POST', '/api/auth/login', { body: { email, password } });
    if (response.status !== 200)
      throw new Error(`login failed for ${email}: ${JSON.stringify(response.body)}`);
    return response.body.accessToken;
  }

  /** A new user of that role (and discipline) and their token. */
  async userWithToken(role: Role, discipline?: Discipline) {
    const user = await this.createUser(role, { discipline });
    return { ...user, token: await this.login(user.email) };
  }
}
