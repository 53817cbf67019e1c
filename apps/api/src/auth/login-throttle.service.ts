import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { InjectConfig, type RuntimeConfig } from '../config/config.module';

/** How a login attempt may go on, decided before the password is checked. */
export type ThrottleVerdict =
  { kind: 'proceed'; attemptId: string; delayMs: number } | { kind: 'refused'; retryAfterSeconds: number };

export interface LoginLockAddress {
  address: string;
  failures: number;
  /** Set while this address is refused for the account: when the oldest counted failure expires. */
  lockedUntil: Date | null;
}

// Growing delays once an address is at its failure limit: 250 ms, 500 ms, 1 s, … up to 5 s.
const SLOWDOWN_BASE_MS = 250;
const SLOWDOWN_MAX_MS = 5000;

/** How long an attempt from an address with this many recent failures waits before it is checked. */
export function slowdownMs(addressFailures: number, perAddress: number): number {
  const over = addressFailures - perAddress;
  return over < 0 ? 0 : Math.min(SLOWDOWN_MAX_MS, SLOWDOWN_BASE_MS * 2 ** Math.min(over, 10));
}

/**
 * Failed-login throttling, in the database so that every instance sees the same counts.
 *
 * A correct password is never refused because of failures someone else caused elsewhere: the hard
 * limit is per (account, address) pair, so guessing a surgeon's password from one address does not
 * lock the surgeon out from theirs. The per-address limit (one address trying many accounts) only
 * slows that address down; it never refuses a correct password. Each attempt is counted as a
 * failure from the moment it starts and forgotten if it succeeds, so a burst of parallel guesses
 * cannot all slip in under the limit.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: RuntimeConfig,
  ) {}

  async begin(email: string, address: string): Promise<ThrottleVerdict> {
    const { perAccountAndAddress, perAddress, windowMinutes } = this.config.loginLimits;
    // The counts come from the statement's snapshot, which does not include this attempt's row.
    const [row] = (await this.dataSource.query(
      `WITH attempt AS (INSERT INTO login_failure (email, ip) VALUES ($1, $2) RETURNING id)
       SELECT (SELECT id FROM attempt) AS "attemptId",
              count(*) FILTER (WHERE email = $1)::int AS "pairFailures",
              count(*)::int AS "addressFailures",
              min(failed_at) FILTER (WHERE email = $1) AS "oldestPairFailure"
         FROM login_failure
        WHERE ip = $2 AND failed_at > clock_timestamp() - make_interval(mins => $3)`,
      [email, address, windowMinutes],
    )) as {
      attemptId: string;
      pairFailures: number;
      addressFailures: number;
      oldestPairFailure: Date | null;
    }[];

    if (row.pairFailures >= perAccountAndAddress) {
      await this.forget(row.attemptId);
      const expires = (row.oldestPairFailure?.getTime() ?? Date.now()) + windowMinutes * 60_000;
      return { kind: 'refused', retryAfterSeconds: Math.max(1, Math.ceil((expires - Date.now()) / 1000)) };
    }
    return {
      kind: 'proceed',
      attemptId: row.attemptId,
      delayMs: slowdownMs(row.addressFailures, perAddress),
    };
  }

  /** Waits out the slow-down the address has earned. */
  async slowDown(verdict: Extract<ThrottleVerdict, { kind: 'proceed' }>): Promise<void> {
    if (verdict.delayMs > 0) await sleep(verdict.delayMs);
  }

  /** The attempt succeeded: it and the pair's earlier failures are forgotten. */
  async succeeded(email: string, address: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_failure WHERE email = $1 AND ip = $2`, [email, address]);
  }

  /** The attempt failed: its row stays as the failure; failures past every window are purged. */
  async failed(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM login_failure WHERE failed_at < clock_timestamp() - make_interval(mins => $1)`,
      [this.config.loginLimits.windowMinutes],
    );
  }

  private async forget(attemptId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_failure WHERE id = $1`, [attemptId]);
  }

  /** The account's recent failures by address, and which addresses are refused, for an admin. */
  async lockState(email: string): Promise<LoginLockAddress[]> {
    const { perAccountAndAddress, windowMinutes } = this.config.loginLimits;
    const rows = (await this.dataSource.query(
      `SELECT ip AS address, count(*)::int AS failures, min(failed_at) AS oldest
         FROM login_failure
        WHERE email = $1 AND failed_at > clock_timestamp() - make_interval(mins => $2)
        GROUP BY ip
        ORDER BY count(*) DESC, ip
        LIMIT 100`,
      [email, windowMinutes],
    )) as { address: string; failures: number; oldest: Date }[];
    return rows.map((r) => ({
      address: r.address,
      failures: r.failures,
      lockedUntil:
        r.failures >= perAccountAndAddress ? new Date(r.oldest.getTime() + windowMinutes * 60_000) : null,
    }));
  }

  /** Clears every failure counted against the account; returns how many were cleared. */
  async clear(email: string): Promise<number> {
    const [, affected] = (await this.dataSource.query(`DELETE FROM login_failure WHERE email = $1`, [
      email,
    ])) as [unknown, number];
    return affected;
  }
}
