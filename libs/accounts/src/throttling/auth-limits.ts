import type { AppConfig } from '@app/platform';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export interface RateRule {
  limit: number;
  windowMs: number;
}

/** The counters of the sign-in and password routes; see `AuthRateLimiter` for the keys. */
export type AuthCounter =
  | 'clientAddress'
  | 'accountClientMinute'
  | 'accountClientHour'
  | 'accountHour'
  | 'credentialMinute';

/**
 * Every limit of the sign-in and password routes, in one table. The design goal: nobody
 * who merely knows an e-mail address can lock its owner out.
 *
 * - `clientAddress`: every auth request from one client address, all routes together.
 *   Only a flood guard, so it is high: a school lab or dormitory shares one address.
 * - `accountClientMinute`, `accountClientHour`: attempts on one account (sign-in, forgotten
 *   password, registration) from one client address. Failures from elsewhere do not count,
 *   so the owner's own attempts still go through.
 * - `accountHour`: the per-account backstop against guessing spread over many addresses.
 *   It is larger than what one address may try in an hour (checked by AppConfig), so one
 *   address alone can never reach it; an attempt refused by a smaller counter does not
 *   count towards it.
 * - `credentialMinute`: uses of one mailed link, refreshes of one session, password
 *   changes of one account. Keyed by what the caller holds, never by address.
 */
export function authLimits(config: AppConfig): Record<AuthCounter, RateRule> {
  return {
    clientAddress: { limit: config.AUTH_IP_RATE_LIMIT_PER_MINUTE, windowMs: MINUTE },
    accountClientMinute: { limit: config.AUTH_RATE_LIMIT_PER_MINUTE, windowMs: MINUTE },
    accountClientHour: { limit: config.AUTH_RATE_LIMIT_PER_HOUR, windowMs: HOUR },
    accountHour: { limit: config.AUTH_ACCOUNT_RATE_LIMIT_PER_HOUR, windowMs: HOUR },
    credentialMinute: { limit: config.AUTH_RATE_LIMIT_PER_MINUTE, windowMs: MINUTE },
  };
}
