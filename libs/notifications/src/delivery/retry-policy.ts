/** When a mail that failed for a passing reason is tried again, and when it is given up. */
export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export type RetryDecision = { giveUp: true } | { giveUp: false; nextAttemptAt: Date };

/**
 * Exponential backoff (base, 2x base, 4x base ... capped). `failedAttempts` counts this
 * failure too: after `maxAttempts` failures the mail is given up.
 */
export function decideRetry(policy: RetryPolicy, failedAttempts: number, now: Date): RetryDecision {
  if (failedAttempts >= policy.maxAttempts) return { giveUp: true };
  const exponent = Math.max(0, failedAttempts - 1);
  const delay = Math.min(policy.baseDelayMs * 2 ** Math.min(exponent, 30), policy.maxDelayMs);
  return { giveUp: false, nextAttemptAt: new Date(now.getTime() + delay) };
}

/** Error text kept on the row: bounded, single line, without the server's multi-line banter. */
export function describeFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').trim().slice(0, 1000) || 'unknown error';
}
