import { ErrorCode } from './error-code';

export interface FieldError {
  field: string;
  messages: string[];
}

/**
 * A rule of the domain was broken. Services throw this (never HTTP exceptions) so the
 * worker and the CLI can use them too; the HTTP filter maps `code` to a status.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: FieldError[],
  ) {
    super(message ?? code);
    this.name = 'DomainError';
  }
}

/** A rate limit refused the request; the HTTP filters send `retryAfterSeconds` as Retry-After. */
export class RateLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(ErrorCode.TOO_MANY_REQUESTS, 'Too many attempts; try again later');
  }
}
