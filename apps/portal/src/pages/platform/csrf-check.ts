import type { FastifyInstance } from 'fastify';
import { DomainError, ErrorCode, routedChannel } from '@app/platform';
import { checkMultipartCsrf } from './page-multipart';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const CSRF_ERROR_CODES = new Set(['FST_CSRF_MISSING_SECRET', 'FST_CSRF_INVALID_TOKEN']);

/**
 * The errors @fastify/csrf-protection raises for a missing secret or a wrong token. Nest
 * hands them to filters wrapped in an HttpException whose `cause` is the original.
 */
export function isCsrfError(error: unknown): boolean {
  const e = error as { code?: unknown; cause?: { code?: unknown } } | undefined;
  return CSRF_ERROR_CODES.has(e?.code as string) || CSRF_ERROR_CODES.has(e?.cause?.code as string);
}

/**
 * Every state-changing page request must carry the form's `_csrf` token: checked here, in
 * one place, for all pages present and future (deny by default). It runs as a preHandler
 * because the token is in the parsed form body. The API is exempt: it takes bearer
 * tokens, which a cross-site form cannot send. "Page" means a route registered as a page
 * (`routedChannel`), however the URL was spelled.
 */
export function registerCsrfCheck(fastify: FastifyInstance): void {
  fastify.addHook('preHandler', (request, reply, done) => {
    if (SAFE_METHODS.has(request.method) || routedChannel(request) !== 'page') return done();
    if (request.isMultipart()) {
      checkMultipartCsrf(fastify, request, reply).then(() => done(), done);
      return;
    }
    // Page forms are urlencoded (or multipart, above). A JSON body is no form: the pages
    // would read numbers, arrays or null where a form only has text.
    if (request.body !== undefined && !isUrlencoded(request.headers['content-type'])) {
      return done(
        new DomainError(ErrorCode.UNSUPPORTED_MEDIA_TYPE, 'Page forms are sent as form data'),
      );
    }
    fastify.csrfProtection(request, reply, done);
  });
}

function isUrlencoded(contentType: string | undefined): boolean {
  return (contentType ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded');
}
