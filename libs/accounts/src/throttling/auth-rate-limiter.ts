import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, createRedis, RateLimitedError } from '@app/platform';
import { normaliseEmail } from '../users/email-address';
import { authLimits, AuthCounter, RateRule } from './auth-limits';
import { MemoryRateLimitStore, type RateLimitStore } from './rate-limit-store';
import { RedisRateLimitStore } from './redis-rate-limit-store';

export const RATE_LIMIT_STORE = Symbol('RATE_LIMIT_STORE');

/** Redis counters shared by every portal instance, or this process's memory without Redis. */
export function createRateLimitStore(config: AppConfig): RateLimitStore {
  const url = config.REDIS_URL;
  return url
    ? new RedisRateLimitStore(() => createRedis(url, 'producer'), config.QUEUE_PREFIX)
    : new MemoryRateLimitStore();
}

type Check = [counter: AuthCounter, ...keyParts: string[]];

/**
 * Counts attempts on the sign-in and password paths, keyed by what is being attempted (an
 * account from a client address, a mailed link, a session), with the limits of
 * `authLimits`. The services call it before any password is hashed, so the API and the
 * pages share every counter. Counters are checked in order and counting stops at the
 * first refusal: an attempt one counter refuses does not use up the next (the per-account
 * backstop above all). Keys are hashed: no e-mail address or token is stored in Redis.
 */
@Injectable()
export class AuthRateLimiter {
  private readonly rules: Record<AuthCounter, RateRule>;

  constructor(
    @Inject(RATE_LIMIT_STORE) private readonly store: RateLimitStore,
    config: AppConfig,
  ) {
    this.rules = authLimits(config);
  }

  /** Any request to a sign-in or password route, from one client address (a flood guard). */
  clientAddress(client: string): Promise<void> {
    return this.count('auth', [['clientAddress', client]]);
  }

  signIn(email: string, client: string): Promise<void> {
    return this.count('sign-in', accountChecks(email, client, true));
  }

  /** The backstop too: many addresses asking for reset links amount to mail bombing. */
  forgotPassword(email: string, client: string): Promise<void> {
    return this.count('forgot-password', accountChecks(email, client, true));
  }

  register(email: string, client: string): Promise<void> {
    return this.count('register', accountChecks(email, client, false));
  }

  /** A mailed link (reset, set-password, verification), by the token it carries. */
  linkUse(token: string): Promise<void> {
    return this.count('link', [['credentialMinute', sha256(token)]]);
  }

  /** Refreshes of one session (refresh-token family), wherever they come from. */
  refresh(sessionId: string): Promise<void> {
    return this.count('refresh', [['credentialMinute', sessionId]]);
  }

  passwordChange(userId: string): Promise<void> {
    return this.count('password-change', [['credentialMinute', userId]]);
  }

  private async count(purpose: string, checks: Check[]): Promise<void> {
    for (const [counter, ...parts] of checks) {
      const rule = this.rules[counter];
      const key = sha256([purpose, counter, ...parts].join('\n'));
      const record = await this.store.increment(
        key,
        rule.windowMs,
        rule.limit,
        rule.windowMs,
        counter,
      );
      if (record.isBlocked) throw new RateLimitedError(record.timeToBlockExpire);
    }
  }
}

function accountChecks(email: string, client: string, backstop: boolean): Check[] {
  const account = normaliseEmail(email);
  const checks: Check[] = [
    ['accountClientMinute', account, client],
    ['accountClientHour', account, client],
  ];
  if (backstop) checks.push(['accountHour', account]);
  return checks;
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
