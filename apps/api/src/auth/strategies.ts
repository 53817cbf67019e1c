import { createSecretKey } from 'node:crypto';
import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import passport from 'passport';
import { Strategy as LocalStrategyBase } from 'passport-local';

import { requestContextOf } from '../common/request-context';
import { InjectConfig, type RuntimeConfig } from '../config/config.module';
import { AuthService, JwtPayload } from './auth.service';
import type { AuthenticatedUser } from './authenticated-user';
import { TokenVerifier, type VerifiedClaims } from './token-verifier';

export const JWT_ISSUER = 'consilium';
export const JWT_AUDIENCE = 'consilium-api';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class LocalStrategy extends PassportStrategy(LocalStrategyBase, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(request: FastifyRequest, email: string, password: string): Promise<AuthenticatedUser> {
    return this.auth.validateLogin(requestContextOf(request), email, password);
  }
}

type Verified = (error: unknown, user?: AuthenticatedUser | false, info?: unknown) => void;

/**
 * Passport's strategy for our bearer tokens: the token from `Authorization: Bearer …`, verified by a
 * TokenVerifier, then handed to `validate`. Failures are reported as passport-jwt reported them
 * (`No auth token`, or jsonwebtoken's error), so the guard's 401 messages do not change.
 */
class BearerTokenStrategy extends passport.Strategy {
  override name = 'jwt';

  constructor(
    private readonly verifier: TokenVerifier,
    private readonly verified: (claims: VerifiedClaims, done: Verified) => void,
  ) {
    super();
  }

  override authenticate(request: { headers: { authorization?: string } }): void {
    const header = request.headers.authorization;
    const parts = typeof header === 'string' ? /^(\S+)\s+(\S+)$/.exec(header) : null;
    if (!parts || parts[1].toLowerCase() !== 'bearer') {
      this.fail(new Error('No auth token'));
      return;
    }
    let claims: VerifiedClaims;
    try {
      claims = this.verifier.verify(parts[2]);
    } catch (error) {
      this.fail(error as Error);
      return;
    }
    try {
      this.verified(claims, (error, user, info) => {
        if (error) this.error(error as Error);
        else if (!user) this.fail(info as Error);
        else this.success(user, info as object);
      });
    } catch (error) {
      this.error(error as Error);
    }
  }
}

@Injectable()
export class JwtStrategy extends PassportStrategy(BearerTokenStrategy, 'jwt') {
  constructor(
    private readonly auth: AuthService,
    jwt: JwtService,
    @InjectConfig() config: RuntimeConfig,
  ) {
    // A KeyObject: given a string or Buffer, jsonwebtoken first tries (and fails) to parse it as a
    // public key on every verification. jsonwebtoken accepts a KeyObject; the types only lag behind.
    const secret = createSecretKey(Buffer.from(config.jwtSecret, 'utf8')) as unknown as Buffer;
    super(
      new TokenVerifier(
        (token) =>
          jwt.verify<Record<string, unknown>>(token, {
            secret,
            // Pinned: a token signed with any other algorithm (or `none`) is refused.
            algorithms: ['HS256'],
            issuer: JWT_ISSUER,
            audience: JWT_AUDIENCE,
            ignoreExpiration: false,
            // No token lives longer than the configured lifetime, whatever its own `exp` says.
            maxAge: config.jwtTtlSeconds,
          }),
        config.jwtTtlSeconds,
      ),
    );
  }

  // Runs on every request: the account is re-read, so deactivation takes effect at once.
  async validate(claims: VerifiedClaims): Promise<AuthenticatedUser> {
    const payload = claims as Partial<JwtPayload>;
    if (typeof payload.ver !== 'number') throw new UnauthorizedException('invalid token');
    const user =
      typeof payload.sub === 'string' && UUID.test(payload.sub)
        ? await this.auth.findActiveUser(payload.sub)
        : null;
    if (!user) throw new UnauthorizedException('the account behind this token is inactive or gone');
    // A password change since the token was issued ends it.
    if (user.tokenVersion !== payload.ver) throw new UnauthorizedException('token revoked');
    return user;
  }
}
