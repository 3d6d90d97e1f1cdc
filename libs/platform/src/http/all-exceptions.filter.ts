import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { isDatabaseUnavailable } from '../errors/db-errors';
import { DomainError, FieldError, RateLimitedError } from '../errors/domain-error';
import { ERROR_STATUS, ErrorCode } from '../errors/error-code';

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: FieldError[];
  errorId?: string;
}

/** Maps any thrown value to the API's error shape `{statusCode, code, message, details}`. */
export function toErrorBody(exception: unknown): ErrorBody {
  if (exception instanceof DomainError) {
    const body: ErrorBody = {
      statusCode: ERROR_STATUS[exception.code],
      code: exception.code,
      message: exception.message,
    };
    if (exception.details) body.details = exception.details;
    return body;
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    // A 429 raised as a plain HttpException by any layer answers in the coded shape.
    if (status === 429) {
      return {
        statusCode: 429,
        code: ErrorCode.TOO_MANY_REQUESTS,
        message: 'Too many requests, try again later',
      };
    }
    if (status === 400 && /JSON/.test(exception.message)) {
      return {
        statusCode: 400,
        code: ErrorCode.MALFORMED_JSON,
        message: 'The request body is not valid JSON',
      };
    }
    return { statusCode: status, code: codeForStatus(status), message: exception.message };
  }
  const fastifyError = exception as { statusCode?: number; code?: string; message?: string };
  if (
    typeof fastifyError?.statusCode === 'number' &&
    fastifyError.statusCode >= 400 &&
    fastifyError.statusCode < 500
  ) {
    return fromFastifyError(fastifyError.statusCode, fastifyError.code, fastifyError.message);
  }
  if (isDatabaseUnavailable(exception)) {
    return {
      statusCode: 503,
      code: ErrorCode.SERVICE_UNAVAILABLE,
      message: 'The service is temporarily unavailable',
    };
  }
  return {
    statusCode: 500,
    code: ErrorCode.INTERNAL_ERROR,
    message: 'Internal error',
    errorId: randomUUID(),
  };
}

function fromFastifyError(status: number, code: string | undefined, message = ''): ErrorBody {
  if (
    code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
    code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
    (status === 400 && /JSON/.test(message))
  ) {
    return {
      statusCode: 400,
      code: ErrorCode.MALFORMED_JSON,
      message: 'The request body is not valid JSON',
    };
  }
  if (status === 413)
    return {
      statusCode: 413,
      code: ErrorCode.PAYLOAD_TOO_LARGE,
      message: 'The request body is too large',
    };
  if (status === 415)
    return {
      statusCode: 415,
      code: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
      message: 'Unsupported content type',
    };
  return { statusCode: status, code: codeForStatus(status), message: message || 'Bad request' };
}

function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 400:
      return ErrorCode.VALIDATION_FAILED;
    case 401:
      return ErrorCode.UNAUTHENTICATED;
    case 403:
      return ErrorCode.FORBIDDEN;
    case 404:
      return ErrorCode.NOT_FOUND;
    case 409:
      return ErrorCode.CONFLICT;
    case 413:
      return ErrorCode.PAYLOAD_TOO_LARGE;
    case 415:
      return ErrorCode.UNSUPPORTED_MEDIA_TYPE;
    case 429:
      return ErrorCode.TOO_MANY_REQUESTS;
    case 503:
      return ErrorCode.SERVICE_UNAVAILABLE;
    default:
      return status >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.VALIDATION_FAILED;
  }
}

/**
 * What the log says about a request that ended in a 500: the method, the route pattern
 * that matched (`/api/v1/entries/:id`, so no ids or query strings, which may carry
 * personal data or tokens) and the error id the client was given.
 */
export function unhandledErrorContext(
  request: { method?: string; url?: string; routeOptions?: { url?: string } } | undefined,
  errorId: string | undefined,
): { method?: string; route: string; errorId?: string } {
  return {
    method: request?.method,
    route: request?.routeOptions?.url ?? '(no route matched)',
    errorId,
  };
}

/**
 * The one global exception filter of the JSON API. A 500 gets an error id that is logged
 * with the request, and nothing of the internal error goes to the client.
 * Page routes (HTML) may register their own filter to render an error page instead.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<{
      status(code: number): { send(body: unknown): void };
      sent?: boolean;
      header(k: string, v: string): void;
    }>();
    const body = toErrorBody(exception);
    const request = host.switchToHttp().getRequest<Parameters<typeof unhandledErrorContext>[0]>();
    if (body.statusCode === 503) {
      // A database outage or a full pool queue is an expected, designed refusal: during one,
      // every request takes this path, so it is a one-line warning, not an error with a stack.
      this.logger.warn(
        { reason: unavailableReason(exception), ...unhandledErrorContext(request, undefined) },
        'Service unavailable',
      );
    } else if (body.statusCode >= 500) {
      this.logger.error(
        { err: exception, ...unhandledErrorContext(request, body.errorId) },
        'Unhandled error',
      );
    }
    if (body.statusCode === 503) reply.header('Retry-After', '5');
    setRetryAfter(reply, exception);
    reply.status(body.statusCode).send(body);
  }
}

/** A short, code-like reason for an expected 503 (never the message of a driver error). */
function unavailableReason(exception: unknown): string {
  const e = exception as { code?: string; driverError?: { code?: string } };
  const code = e?.driverError?.code ?? e?.code;
  if (code) return code;
  // mysql2's full wait queue is a plain Error without a code (see isDatabaseUnavailable).
  return isDatabaseUnavailable(exception) ? 'POOL_QUEUE_FULL' : 'SERVICE_UNAVAILABLE';
}

/** Tells a rate-limited caller when to try again (pages and API alike). */
export function setRetryAfter(
  reply: { header(k: string, v: string): unknown },
  exception: unknown,
): void {
  if (exception instanceof RateLimitedError)
    reply.header('Retry-After', String(Math.max(1, exception.retryAfterSeconds)));
}
