import { JsonWebTokenError, JwtService, TokenExpiredError } from '@nestjs/jwt';

import { TokenVerifier } from './token-verifier';

const SECRET = 'token-verifier-spec-secret-token-verifier';
const T0 = Date.UTC(2026, 11, 1, 9, 0, 0);

describe('TokenVerifier', () => {
  const jwt = new JwtService({ secret: SECRET });
  let now: number;
  let checks: number;
  const verifierWith = (maxAgeSeconds: number, capacity?: number) =>
    new TokenVerifier(
      (token) => {
        checks += 1;
        return jwt.verify(token, {
          algorithms: ['HS256'],
          maxAge: maxAgeSeconds,
          clockTimestamp: now / 1000,
        });
      },
      maxAgeSeconds,
      capacity,
      () => now,
    );
  const tokenFor = (sub: string, expiresInSeconds: number, issuedAt = now) =>
    jwt.sign({ sub, ver: 0, iat: Math.floor(issuedAt / 1000) }, { expiresIn: expiresInSeconds });

  beforeEach(() => {
    now = T0;
    checks = 0;
  });

  it('checks a token once, then answers its claims from memory, frozen', () => {
    const verifier = verifierWith(3600);
    const token = tokenFor('u-1', 3600);
    const first = verifier.verify(token);
    const second = verifier.verify(token);
    expect(first).toMatchObject({ sub: 'u-1', ver: 0 });
    expect(second).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(checks).toBe(1);
  });

  it('refuses a remembered token from the second it expires, as jsonwebtoken does', () => {
    const verifier = verifierWith(3600);
    const token = tokenFor('u-1', 60);
    verifier.verify(token);
    now = T0 + 59_999;
    expect(verifier.verify(token)).toMatchObject({ sub: 'u-1' });
    now = T0 + 60_000;
    expect(() => verifier.verify(token)).toThrow(TokenExpiredError);
    // Forgotten once expired: asked again, jsonwebtoken itself refuses it.
    expect(() => verifier.verify(token)).toThrow(TokenExpiredError);
    expect(checks).toBe(2);
  });

  it('refuses a remembered token past the maximum age even when its own exp is later', () => {
    const verifier = verifierWith(600);
    const token = tokenFor('u-1', 86_400);
    verifier.verify(token);
    now = T0 + 600_000;
    expect(() => verifier.verify(token)).toThrow(TokenExpiredError);
  });

  it('never remembers a token it refused', () => {
    const verifier = verifierWith(3600);
    const forged = `${tokenFor('u-1', 3600).slice(0, -2)}xx`;
    expect(() => verifier.verify(forged)).toThrow(JsonWebTokenError);
    expect(() => verifier.verify(forged)).toThrow(JsonWebTokenError);
    expect(checks).toBe(2);
    const unsigned = new JwtService({ secret: 'another-secret-another-secret-another' }).sign({
      sub: 'u-1',
      ver: 0,
    });
    expect(() => verifier.verify(unsigned)).toThrow(JsonWebTokenError);
  });

  it('refuses a token without exp (jsonwebtoken would accept it)', () => {
    const verifier = verifierWith(3600);
    const noExpiry = jwt.sign({ sub: 'u-1', ver: 0 });
    expect(() => verifier.verify(noExpiry)).toThrow(JsonWebTokenError);
  });

  it('forgets the oldest token when full, and checks it again when it comes back', () => {
    const verifier = verifierWith(3600, 2);
    const [a, b, c] = ['u-a', 'u-b', 'u-c'].map((sub) => tokenFor(sub, 3600));
    verifier.verify(a);
    verifier.verify(b);
    verifier.verify(c);
    expect(checks).toBe(3);
    verifier.verify(c);
    verifier.verify(b);
    expect(checks).toBe(3);
    verifier.verify(a);
    expect(checks).toBe(4);
  });
});
