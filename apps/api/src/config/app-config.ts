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
  ValidationError,
  validateSync,
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
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE?: number;

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

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'TRUST_PROXY must be true or false' })
  TRUST_PROXY?: boolean;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_ACCOUNT?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_IP?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1440)
  LOGIN_FAILURE_WINDOW_MINUTES?: number;
}

export interface AppConfig {
  port: number;
  host: string;
  /** Unset: the embedded PostgreSQL is started. */
  databaseUrl: string | null;
  databasePoolSize: number;
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
  trustProxy: boolean;
  loginLimits: { perAccount: number; perIp: number; windowMinutes: number };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
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
  if (problems.length > 0) throw new ConfigError(problems);

  const embedded = !vars.DATABASE_URL;
  return {
    port: vars.PORT ?? 3000,
    host: vars.HOST ?? '127.0.0.1',
    databaseUrl: vars.DATABASE_URL ?? null,
    databasePoolSize: vars.DATABASE_POOL_SIZE ?? 10,
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
    trustProxy: vars.TRUST_PROXY ?? false,
    loginLimits: {
      perAccount: vars.LOGIN_MAX_FAILURES_PER_ACCOUNT ?? 5,
      perIp: vars.LOGIN_MAX_FAILURES_PER_IP ?? 20,
      windowMinutes: vars.LOGIN_FAILURE_WINDOW_MINUTES ?? 15,
    },
  };
}
