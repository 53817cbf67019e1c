import { createSecretKey } from 'node:crypto';
import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { ExtractJwt, Strategy as JwtStrategyBase } from 'passport-jwt';
import { Strategy as LocalStrategyBase } from 'passport-local';

import { requestContextOf } from '../common/request-context';
import { InjectConfig, type RuntimeConfig } from '../config/config.module';
import { AuthService, JwtPayload } from './auth.service';
import type { AuthenticatedUser } from './authenticated-user';

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

@Injectable()
export class JwtStrategy extends PassportStrategy(JwtStrategyBase, 'jwt') {
  constructor(
    private readonly auth: AuthService,
    @InjectConfig() config: RuntimeConfig,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject: given a string or Buffer, jsonwebtoken first tries (and fails) to parse it as a
      // public key on every request, which costs more than the rest of the verification.
      // jsonwebtoken accepts a KeyObject; passport-jwt's types only lag behind.
      secretOrKey: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')) as unknown as Buffer,
      // Pinned: a token signed with any other algorithm (or `none`) is refused.
      algorithms: ['HS256'],
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      ignoreExpiration: false,
      // No token lives longer than the configured lifetime, whatever its own `exp` says.
      jsonWebTokenOptions: { maxAge: config.jwtTtlSeconds },
    });
  }

  // Runs on every request: the account is re-read, so deactivation takes effect at once.
  async validate(payload: JwtPayload): Promise<AuthenticatedUser> {
    // jsonwebtoken accepts a token without `exp`; ours always carry one, so its absence is forgery.
    if (
      typeof payload.exp !== 'number' ||
      typeof payload.iat !== 'number' ||
      typeof payload.ver !== 'number'
    ) {
      throw new UnauthorizedException('invalid token');
    }
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
