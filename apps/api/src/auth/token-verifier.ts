import { JsonWebTokenError, TokenExpiredError } from '@nestjs/jwt';

/** The claims every token of ours carries; `verify` refuses a token that lacks one. */
export interface VerifiedClaims {
  readonly sub: unknown;
  readonly ver: unknown;
  readonly iat: number;
  readonly exp: number;
  readonly [claim: string]: unknown;
}

/** How many verified tokens are remembered; the oldest is forgotten first. */
export const REMEMBERED_TOKENS = 10_000;

/**
 * Verifies bearer tokens, remembering each token it verified until the token expires (docs/adr/0021).
 * A browser sends the same token with every request of a session; verifying it again each time (HMAC,
 * two base64 and JSON decodings, the claim checks) was a twentieth of a case read's CPU. A remembered
 * token is the exact string that passed every check; what can change since (its expiry, or its
 * maximum age) is checked again on each use, and whether the account behind it may still act is the
 * account re-read's to say, on every request as before.
 */
export class TokenVerifier {
  private readonly remembered = new Map<string, { claims: VerifiedClaims; expiresAt: number }>();

  /**
   * @param check verifies signature, algorithm, issuer, audience, expiry and maximum age (it throws
   *   jsonwebtoken's errors), answering the token's claims
   * @param maxAgeSeconds no token is accepted longer than this after it was issued
   */
  constructor(
    private readonly check: (token: string) => Record<string, unknown>,
    private readonly maxAgeSeconds: number,
    private readonly capacity = REMEMBERED_TOKENS,
    private readonly now: () => number = Date.now,
  ) {}

  /** The claims of a valid token; throws jsonwebtoken's error for any other. */
  verify(token: string): VerifiedClaims {
    // Whole seconds, as jsonwebtoken counts them: the same instant is valid for both.
    const now = Math.floor(this.now() / 1000);
    const known = this.remembered.get(token);
    if (known) {
      if (now < known.expiresAt) return known.claims;
      this.remembered.delete(token);
      throw new TokenExpiredError('jwt expired', new Date(known.expiresAt * 1000));
    }
    const claims = this.check(token);
    // jsonwebtoken accepts a token without `exp`; ours always carry it and `iat`.
    if (typeof claims.exp !== 'number' || typeof claims.iat !== 'number') {
      throw new JsonWebTokenError('jwt lacks exp or iat');
    }
    if (this.remembered.size >= this.capacity) {
      this.remembered.delete(this.remembered.keys().next().value as string);
    }
    const verified = Object.freeze({ ...claims }) as VerifiedClaims;
    this.remembered.set(token, {
      claims: verified,
      expiresAt: Math.min(verified.exp, verified.iat + this.maxAgeSeconds),
    });
    return verified;
  }
}
