import { ErrorCode } from './error-code';
import type { FieldErrorCode } from './field-error-code';

/** One field's problem: `code` is for programs and pages, `messages` for a developer reading. */
export interface FieldError {
  field: string;
  code: FieldErrorCode;
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
