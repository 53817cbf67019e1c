import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { BatchLoader } from '../common/batcher';
import type { RequestContext } from '../common/request-context';
import { isUuid } from '../common/uuid-param';
import { InjectConfig, type RuntimeConfig } from '../config/config.module';
import { preparedQuery } from '../database/prepared';
import { User } from '../modules/users/user.entity';
import { tooManyLoginAttempts } from './auth.errors';
import type { AuthenticatedUser } from './authenticated-user';
import { LoginThrottleService } from './login-throttle.service';
import { dummyPasswordHash, verifyPassword } from './password';

/** The active accounts of `$1::uuid[]`, as the guard needs them; on every request (prepared). */
export const ACTIVE_USERS_SQL = `SELECT id, email, display_name AS "displayName", role, discipline,
       specialist_id AS "specialistId", token_version AS "tokenVersion"
  FROM app_user WHERE id = ANY($1::uuid[]) AND active`;

export interface JwtPayload {
  sub: string;
  /** The account's token version when the token was issued. */
  ver: number;
  iat?: number;
  exp?: number;
}

const INVALID_CREDENTIALS = 'invalid email or password';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    private readonly throttle: LoginThrottleService,
    @InjectConfig() private readonly config: RuntimeConfig,
  ) {}

  /** Checks a login; the same 401 for an unknown email, a wrong password and an inactive account. */
  async validateLogin(ctx: RequestContext, rawEmail: string, password: string): Promise<AuthenticatedUser> {
    const email = rawEmail.trim().toLowerCase();
    const verdict = await this.throttle.begin(email, ctx.ip);
    if (verdict.kind === 'refused') {
      await this.audit.record(ctx, {
        action: 'auth.login',
        entityType: 'user',
        outcome: 'denied',
        details: { reason: 'throttled' },
      });
      throw tooManyLoginAttempts(verdict.retryAfterSeconds);
    }
    await this.throttle.slowDown(verdict);

    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = :email', { email })
      .getOne();
    // Verify against a dummy hash for an unknown email so that timing does not reveal accounts.
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!user || !ok || !user.active) {
      await this.throttle.failed();
      await this.audit.record(ctx, {
        action: 'auth.login',
        entityType: 'user',
        entityId: user?.id ?? null,
        outcome: 'failure',
        details: { reason: !user ? 'unknown_email' : !ok ? 'wrong_password' : 'inactive' },
      });
      throw new UnauthorizedException(INVALID_CREDENTIALS);
    }

    const authenticated = toAuthenticatedUser(user);
    await this.throttle.succeeded(email, ctx.ip);
    await this.audit.record(
      { ...ctx, user: authenticated },
      { action: 'auth.login', entityType: 'user', entityId: user.id },
    );
    return authenticated;
  }

  issueToken(user: AuthenticatedUser): { accessToken: string; expiresIn: number } {
    const payload: JwtPayload = { sub: user.id, ver: user.tokenVersion };
    return { accessToken: this.jwt.sign(payload), expiresIn: this.config.jwtTtlSeconds };
  }

  /**
   * The caller behind a verified token, or null if the account is gone or inactive. Read on every
   * request, so that a deactivation, a role change or a password change takes effect at once; the
   * reads of concurrent requests go together (common/batcher.ts), each in a query that began after
   * its request arrived.
   */
  async findActiveUser(id: string): Promise<AuthenticatedUser | null> {
    const user = await this.activeUsers.load(id);
    // A copy each: concurrent requests of one account share the batch's answer.
    return user ? { ...user } : null;
  }

  // Fixed SQL, prepared (database/prepared.ts): this runs for every request.
  private readonly activeUsers = new BatchLoader<string, AuthenticatedUser>(async (ids) => {
    const users = await preparedQuery<AuthenticatedUser>(this.dataSource, ACTIVE_USERS_SQL, [
      ids.filter(isUuid),
    ]);
    return new Map(users.map((user) => [user.id, user]));
  });
}

export function toAuthenticatedUser(user: User): AuthenticatedUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    discipline: user.discipline,
    specialistId: user.specialistId,
    tokenVersion: user.tokenVersion,
  };
}
