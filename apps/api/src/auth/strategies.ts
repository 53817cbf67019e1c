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
      secretOrKey: config.jwtSecret,
      // Pinned: a token signed with any other algorithm (or `none`) is refused.
      algorithms: ['HS256'],
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  // Runs on every request: the account is re-read, so deactivation takes effect at once.
  async validate(payload: JwtPayload): Promise<AuthenticatedUser> {
    const user =
      typeof payload.sub === 'string' && UUID.test(payload.sub)
        ? await this.auth.findActiveUser(payload.sub)
        : null;
    if (!user) throw new UnauthorizedException('the account behind this token is inactive or gone');
    return user;
  }
}
