import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  validateSync,
  ValidationError,
} from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' || value === true ? true : value === 'false' || value === false ? false : value;
const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;

// The process environment, validated once at start. Every variable is documented in .env.example.
export class EnvironmentVariables {
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT?: number;

  @IsOptional()
  @IsString()
  HOST?: string;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, {
    message: 'MIGRATION_DATABASE_URL must be a postgres:// or postgresql:// URL',
  })
  MIGRATION_DATABASE_URL?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(600000)
  DATABASE_CONNECT_TIMEOUT_MS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(3600000)
  DATABASE_STATEMENT_TIMEOUT_MS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(3600000)
  DATABASE_LOCK_TIMEOUT_MS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(3600000)
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS?: number;

  @IsOptional()
  @IsString()
  EMBEDDED_PG_DIR?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  EMBEDDED_PG_PORT?: number;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(86400)
  JWT_TTL_SECONDS?: number;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'DEMO_DATA must be true or false' })
  DEMO_DATA?: boolean;

  @IsOptional()
  @IsEmail({}, { message: 'ADMIN_EMAIL must be an email address' })
  ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @MinLength(12, { message: 'ADMIN_PASSWORD must be at least 12 characters' })
  @MaxLength(256)
  ADMIN_PASSWORD?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  INSTITUTION_NAME?: string;

  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'PUBLIC_BASE_URL must be an http(s) URL, e.g. https://consilium.hospital.example' },
  )
  PUBLIC_BASE_URL?: string;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL?: string;

  // Validated by parseTrustProxy: false, a hop count, or a list of proxy addresses/CIDRs.
  @IsOptional()
  @IsString()
  TRUST_PROXY?: string;

  @IsOptional()
  @IsString()
  CORS_ORIGINS?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_ADDRESS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1440)
  LOGIN_FAILURE_WINDOW_MINUTES?: number;
}

/** What Fastify is told to trust for X-Forwarded-For: nothing, the nearest N hops, or these proxies. */
export type TrustProxy = false | number | string[];

export interface DatabaseTimeouts {
  /** Giving up on opening a connection (pool `connectionTimeoutMillis`). */
  connectMs: number;
  /** Server-side `statement_timeout`; the client also gives up a little later if the server hangs. */
  statementMs: number;
  lockMs: number;
  idleInTransactionMs: number;
}

export interface AppConfig {
  port: number;
  host: string;
  /** Unset: the embedded PostgreSQL is started. The app's runtime role (not the schema owner). */
  databaseUrl: string | null;
  /** The schema owner's URL, for migrations; unset: DATABASE_URL (with a warning at start-up). */
  migrationDatabaseUrl: string | null;
  databasePoolSize: number;
  databaseTimeouts: DatabaseTimeouts;
  embeddedPgDir: string;
  /** 0 picks a free port (never 5432). */
  embeddedPgPort: number;
  /** Unset: generated and kept beside the embedded database (development only). */
  jwtSecret: string | null;
  jwtTtlSeconds: number;
  demoData: boolean;
  bootstrapAdmin: { email: string; password: string } | null;
  institutionName: string;
  /** Where users reach the API from outside (links handed out, e.g. calendar feeds); unset: from the request. */
  publicBaseUrl: string | null;
  logLevel: string;
  trustProxy: TrustProxy;
  /** Origins allowed to call the API from a browser on another origin; empty: CORS closed. */
  corsOrigins: string[];
  loginLimits: {
    /** Failures for one account from one address before that pair is refused for the window. */
    perAccountAndAddress: number;
    /** Failures from one address (any account) before its attempts are slowed down. */
    perAddress: number;
    windowMinutes: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const RENAMED: Record<string, string> = {
  LOGIN_MAX_FAILURES_PER_ACCOUNT: 'LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS',
  LOGIN_MAX_FAILURES_PER_IP: 'LOGIN_MAX_FAILURES_PER_ADDRESS',
};

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const IPV6 = /^[0-9a-f:]+(%\w+)?$/i;

/** A proxy address or CIDR, as Fastify's proxy-addr accepts it. */
function isProxyAddress(entry: string): boolean {
  const [address, bits, ...rest] = entry.split('/');
  if (rest.length > 0) return false;
  const v4 = IPV4.test(address);
  const v6 = !v4 && address.includes(':') && IPV6.test(address);
  if (!v4 && !v6) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (v4 ? 32 : 128);
}

/**
 * TRUST_PROXY: `false` (default), a hop count (`1` behind one load balancer), or a comma-separated
 * list of proxy addresses/CIDRs. "Trust everything" is refused: it lets any client choose the
 * address that the login limits are keyed on.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy | { problem: string } {
  if (value === undefined || value === 'false' || value === '0') return false;
  if (/^\d+$/.test(value)) return Number(value);
  if (value === 'true') {
    return {
      problem:
        'TRUST_PROXY: "true" would trust any client\'s X-Forwarded-For; give the number of proxies in front (e.g. 1) or their addresses/CIDRs',
    };
  }
  const entries = value
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const bad = entries.filter((e) => !isProxyAddress(e));
  if (entries.length === 0 || bad.length > 0) {
    return {
      problem: `TRUST_PROXY: expected false, a hop count or proxy addresses/CIDRs; not ${bad.join(', ') || value}`,
    };
  }
  return entries;
}

function parseCorsOrigins(value: string | undefined): string[] | { problem: string } {
  const origins = (value ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  const bad = origins.filter((o) => !/^https?:\/\/[^/\s]+$/.test(o));
  if (bad.length > 0) {
    return {
      problem: `CORS_ORIGINS: each entry is an origin like https://app.hospital.example; not ${bad.join(', ')}`,
    };
  }
  return origins;
}

function describe(errors: ValidationError[]): string[] {
  return errors.flatMap((e) => Object.values(e.constraints ?? {}).map((m) => `${e.property}: ${m}`));
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // Empty strings count as unset, so that a copied .env.example with blank values works.
  const raw = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const vars = plainToInstance(EnvironmentVariables, raw, { excludeExtraneousValues: false });
  const problems = describe(validateSync(vars, { skipMissingProperties: false }));

  if ((vars.ADMIN_EMAIL === undefined) !== (vars.ADMIN_PASSWORD === undefined)) {
    problems.push('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  if (vars.DATABASE_URL && !vars.JWT_SECRET) {
    problems.push('JWT_SECRET: required when DATABASE_URL is set (at least 32 random characters)');
  }
  if (vars.MIGRATION_DATABASE_URL && !vars.DATABASE_URL) {
    problems.push(
      'MIGRATION_DATABASE_URL: only with DATABASE_URL (the embedded database sets up its own roles)',
    );
  }
  for (const [old, renamed] of Object.entries(RENAMED)) {
    if (raw[old] !== undefined) problems.push(`${old}: renamed to ${renamed}`);
  }
  const trustProxy = parseTrustProxy(vars.TRUST_PROXY);
  if (typeof trustProxy === 'object' && !Array.isArray(trustProxy)) problems.push(trustProxy.problem);
  const corsOrigins = parseCorsOrigins(vars.CORS_ORIGINS);
  if (!Array.isArray(corsOrigins)) problems.push(corsOrigins.problem);
  if (problems.length > 0) throw new ConfigError(problems);

  const embedded = !vars.DATABASE_URL;
  return {
    port: vars.PORT ?? 3000,
    host: vars.HOST ?? '127.0.0.1',
    databaseUrl: vars.DATABASE_URL ?? null,
    migrationDatabaseUrl: vars.MIGRATION_DATABASE_URL ?? null,
    databasePoolSize: vars.DATABASE_POOL_SIZE ?? 10,
    databaseTimeouts: {
      connectMs: vars.DATABASE_CONNECT_TIMEOUT_MS ?? 5000,
      statementMs: vars.DATABASE_STATEMENT_TIMEOUT_MS ?? 15000,
      lockMs: vars.DATABASE_LOCK_TIMEOUT_MS ?? 5000,
      idleInTransactionMs: vars.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS ?? 60000,
    },
    embeddedPgDir: vars.EMBEDDED_PG_DIR ?? '.data/postgres',
    embeddedPgPort: vars.EMBEDDED_PG_PORT ?? 0,
    jwtSecret: vars.JWT_SECRET ?? null,
    jwtTtlSeconds: vars.JWT_TTL_SECONDS ?? 3600,
    // Demo accounts only ever appear on the embedded database unless explicitly asked for.
    demoData: vars.DEMO_DATA ?? embedded,
    bootstrapAdmin:
      vars.ADMIN_EMAIL && vars.ADMIN_PASSWORD
        ? { email: vars.ADMIN_EMAIL, password: vars.ADMIN_PASSWORD }
        : null,
    institutionName: vars.INSTITUTION_NAME ?? 'Demo University Hospital',
    publicBaseUrl: vars.PUBLIC_BASE_URL?.replace(/\/+$/, '') ?? null,
    logLevel: vars.LOG_LEVEL ?? 'info',
    trustProxy: trustProxy as TrustProxy,
    corsOrigins: corsOrigins as string[],
    loginLimits: {
      perAccountAndAddress: vars.LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS ?? 5,
      perAddress: vars.LOGIN_MAX_FAILURES_PER_ADDRESS ?? 20,
      windowMinutes: vars.LOGIN_FAILURE_WINDOW_MINUTES ?? 15,
    },
  };
}
