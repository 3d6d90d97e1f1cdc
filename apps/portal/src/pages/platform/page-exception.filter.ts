import { ArgumentsHost, Catch, ExceptionFilter, Injectable, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { SessionService, WEB_SESSION_COOKIE } from '@app/accounts';
import {
  AllExceptionsFilter,
  ErrorCode,
  replyChannel,
  setRetryAfter,
  toErrorBody,
  unhandledErrorContext,
} from '@app/platform';
import { isCsrfError } from './csrf-check';
import { PageRenderer, type PageRequest } from './page-renderer.service';

// 413 included: a page form over BODY_LIMIT_BYTES gets the same status as the API, with
// a page in the visitor's language (data-code PAYLOAD_TOO_LARGE, the API's error code).
const PAGE_STATUSES = new Set([400, 403, 404, 413, 429, 500, 503]);

/**
 * The portal's global exception filter. API requests get the JSON error shape from
 * AllExceptionsFilter; pages get an error page in the visitor's language, and a visitor
 * who is not signed in is sent to the sign-in page instead of a 401.
 */
@Catch()
@Injectable()
export class PageExceptionFilter implements ExceptionFilter {
  private readonly api = new AllExceptionsFilter();
  private readonly logger = new Logger('Pages');

  constructor(
    private readonly pages: PageRenderer,
    private readonly sessions: SessionService,
  ) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const request = host.switchToHttp().getRequest<PageRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (replyChannel(request) !== 'page' || reply.sent) return this.api.catch(exception, host);

    const body = toErrorBody(exception);
    if (body.statusCode === 401) {
      const next = request.method === 'GET' ? `?next=${encodeURIComponent(request.url)}` : '';
      await reply.redirect(`/login${next}`, 303);
      return;
    }
    const code = isCsrfError(exception) ? ErrorCode.CSRF_FAILED : body.code;
    const status = PAGE_STATUSES.has(body.statusCode)
      ? body.statusCode
      : body.statusCode >= 500
        ? 500
        : 400;
    if (body.statusCode >= 500) {
      this.logger.error(
        { err: exception, ...unhandledErrorContext(request, body.errorId) },
        'Unhandled error on a page',
      );
    }
    if (status === 503) reply.header('Retry-After', '5');
    setRetryAfter(reply, exception);
    if (status === 404 || code === ErrorCode.CSRF_FAILED) await this.recogniseVisitor(request);
    try {
      await this.pages.render(
        request,
        reply,
        'error',
        { status, code, errorId: body.errorId },
        status,
      );
    } catch (renderError) {
      // The error page itself failed: answer plainly rather than loop through the filter.
      this.logger.error({ err: renderError }, 'Error page failed to render');
      if (!reply.sent) await reply.status(status).type('text/plain; charset=utf-8').send(code);
    }
  }

  /**
   * Unknown paths and refused forms never reach the auth guard; knowing the visitor
   * keeps the header (signed-in menu, language) the same as on every other page.
   */
  private async recogniseVisitor(request: PageRequest): Promise<void> {
    const cookie = request.cookies?.[WEB_SESSION_COOKIE];
    if (request.principal || !cookie) return;
    request.principal =
      (await this.sessions.resolveWebSession(cookie).catch(() => null)) ?? undefined;
  }
}
