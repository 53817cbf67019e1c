import { HttpStatus, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import { InjectConfig, type RuntimeConfig } from '../config/config.module';
import { User } from '../modules/users/user.entity';
import type { AuthenticatedUser } from './authenticated-user';
import { LoginFailure } from './login-failure.entity';
import { dummyPasswordHash, verifyPassword } from './password';

export interface JwtPayload {
  sub: string;
}

const INVALID_CREDENTIALS = 'invalid email or password';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    @InjectConfig() private readonly config: RuntimeConfig,
  ) {}

  /** Checks a login; the same 401 for an unknown email, a wrong password and an inactive account. */
  async validateLogin(ctx: RequestContext, rawEmail: string, password: string): Promise<AuthenticatedUser> {
    const email = rawEmail.trim().toLowerCase();
    await this.assertNotThrottled(ctx, email);

    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = :email', { email })
      .getOne();
    // Verify against a dummy hash for an unknown email so that timing does not reveal accounts.
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!user || !ok || !user.active) {
      await this.dataSource.transaction(async (em) => {
        await em.insert(LoginFailure, { email, ip: ctx.ip });
        await this.audit.record(
          ctx,
          {
            action: 'auth.login',
            entityType: 'user',
            entityId: user?.id ?? null,
            outcome: 'failure',
            details: { reason: !user ? 'unknown_email' : !ok ? 'wrong_password' : 'inactive' },
          },
          em,
        );
      });
      throw new UnauthorizedException(INVALID_CREDENTIALS);
    }

    const authenticated = toAuthenticatedUser(user);
    await this.dataSource.transaction(async (em) => {
      // A success clears the account's counter; the address's counter only expires.
      await em.delete(LoginFailure, { email });
      await this.audit.record(
        { ...ctx, user: authenticated },
        { action: 'auth.login', entityType: 'user', entityId: user.id },
        em,
      );
    });
    return authenticated;
  }

  issueToken(user: AuthenticatedUser): { accessToken: string; expiresIn: number } {
    const payload: JwtPayload = { sub: user.id };
    return { accessToken: this.jwt.sign(payload), expiresIn: this.config.jwtTtlSeconds };
  }

  /** The caller behind a verified token, or null if the account is gone or inactive. */
  async findActiveUser(id: string): Promise<AuthenticatedUser | null> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id, active: true });
    return user ? toAuthenticatedUser(user) : null;
  }

  private async assertNotThrottled(ctx: RequestContext, email: string): Promise<void> {
    const { perAccount, perIp, windowMinutes } = this.config.loginLimits;
    const [{ byAccount, byIp }] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS "byAccount",
              count(*) FILTER (WHERE ip = $2)::int AS "byIp"
         FROM login_failure
        WHERE (email = $1 OR ip = $2) AND failed_at > clock_timestamp() - make_interval(mins => $3)`,
      [email, ctx.ip, windowMinutes],
    );
    if (byAccount >= perAccount || byIp >= perIp) {
      await this.audit.record(ctx, {
        action: 'auth.login',
        entityType: 'user',
        outcome: 'denied',
        details: { reason: byAccount >= perAccount ? 'account_throttled' : 'address_throttled' },
      });
      throw new DomainError(
        HttpStatus.TOO_MANY_REQUESTS,
        'TOO_MANY_LOGIN_ATTEMPTS',
        `too many failed logins; try again in ${windowMinutes} minutes`,
        undefined,
        { 'retry-after': String(windowMinutes * 60) },
      );
    }
  }
}

export function toAuthenticatedUser(user: User): AuthenticatedUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    discipline: user.discipline,
    specialistId: user.specialistId,
  };
}
