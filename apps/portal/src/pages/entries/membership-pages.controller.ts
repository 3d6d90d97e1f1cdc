import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Public, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { MembershipService } from '@app/entries';
import { DomainError, ERROR_STATUS, ErrorCode, type Locale, formatMoment } from '@app/platform';
import { inLocale, vietnamDeadline } from '../contests/contest-view';
import { EntryEditPage } from './entry-edit-page';
import { entryFailureOf } from './entry-errors';
import { EntryPageData } from './entry-page-data';
import { TokenForm } from '../accounts/page-forms.dto';
import { linkToken, readForm } from '../platform/page-form';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';
import { PageIdPipe } from '../platform/page-id.pipe';

type FormBody = Record<string, unknown>;

/** Failures of an answer the result page explains; anything else goes to the error page. */
const ANSWER_FAILURES = new Set<ErrorCode>([
  ErrorCode.INVALID_TOKEN,
  ErrorCode.TOKEN_EXPIRED,
  ErrorCode.ENTRY_LOCKED,
  ErrorCode.ALREADY_IN_ANOTHER_ENTRY,
  ErrorCode.JUDGE_OF_CONTEST,
  ErrorCode.TOO_MANY_REQUESTS,
]);

/**
 * A listed team member answers the mailed link, signed in or not: the link opens a page
 * that asks (a GET never answers), and each answer is a form with the CSRF token. The
 * leader's "send again" button is here too.
 */
@ApiExcludeController()
@Controller()
export class MembershipPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly memberships: MembershipService,
    private readonly data: EntryPageData,
    private readonly editPage: EntryEditPage,
  ) {}

  @Get('membership')
  @Public()
  async show(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Query('token') token: unknown,
    @Query('answer') answer: unknown,
  ) {
    const linked = linkToken(token);
    if (!linked) return this.failed(request, reply, ErrorCode.INVALID_TOKEN);
    try {
      const invitation = await this.memberships.preview(linked);
      return this.pages.render(request, reply, 'membership/answer', {
        invitation,
        token: linked,
        declineFirst: answer === 'decline',
        contestName: inLocale(invitation.contest, 'name', this.pages.localeOf(request)),
        expires: vietnamDeadline(invitation.expiresAt, this.pages.localeOf(request)),
      });
    } catch (error) {
      return this.failedWith(request, reply, error);
    }
  }

  @Post('membership/confirm')
  @Public()
  confirm(@Req() request: PageRequest, @Res() reply: FastifyReply, @Body() body: FormBody) {
    return this.answer(request, reply, body, 'confirm');
  }

  @Post('membership/decline')
  @Public()
  decline(@Req() request: PageRequest, @Res() reply: FastifyReply, @Body() body: FormBody) {
    return this.answer(request, reply, body, 'decline');
  }

  @Post('entries/:id/members/:memberId/resend')
  @Roles(Role.applicant)
  async resend(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Param('memberId', PageIdPipe) memberId: string,
  ) {
    const loaded = await this.data.load(principal, id);
    try {
      await this.memberships.resend(principal, loaded.entry.id, memberId);
    } catch (error) {
      const team = teamMessageOf(error, this.pages.localeOf(request));
      const failure = team ? { errors: { _team: team.message }, status: team.status } : undefined;
      const shown = failure ?? entryFailureOf(error);
      if (!shown) throw error;
      return this.editPage.render(request, reply, await this.data.load(principal, id), shown);
    }
    return reply.redirect(`/entries/${loaded.entry.id}/edit?resent=1#team`, 303);
  }

  private async answer(
    request: PageRequest,
    reply: FastifyReply,
    body: FormBody,
    answer: 'confirm' | 'decline',
  ) {
    const form = readForm(TokenForm, body);
    if (!form.ok) return this.failed(request, reply, ErrorCode.INVALID_TOKEN);
    try {
      const result =
        answer === 'confirm'
          ? await this.memberships.confirm(form.value.token)
          : await this.memberships.decline(form.value.token);
      return this.pages.render(request, reply, 'membership/result', {
        result,
        contestName: inLocale(result.contest, 'name', this.pages.localeOf(request)),
      });
    } catch (error) {
      return this.failedWith(request, reply, error);
    }
  }

  private failedWith(request: PageRequest, reply: FastifyReply, error: unknown) {
    if (!(error instanceof DomainError) || !ANSWER_FAILURES.has(error.code)) throw error;
    return this.failed(request, reply, error.code);
  }

  private failed(request: PageRequest, reply: FastifyReply, code: ErrorCode) {
    return this.pages.render(
      request,
      reply,
      'membership/result',
      { failed: `membership.error_${code}` },
      ERROR_STATUS[code],
    );
  }
}

/** What the team section of the form says when a mail cannot be sent again now. */
function teamMessageOf(error: unknown, locale: Locale) {
  if (!(error instanceof DomainError)) return undefined;
  if (error.code === ErrorCode.TOO_MANY_REQUESTS) {
    const retryAt = (error.details?.[0] as { retryAt?: string } | undefined)?.retryAt;
    return {
      status: 429,
      message: {
        key: 'membership.resendTooSoon',
        vars: { time: formatMoment(retryAt, locale) ?? '' },
      },
    };
  }
  if (error.code === ErrorCode.INVALID_STATUS_TRANSITION)
    return { status: 409, message: { key: 'membership.resendConfirmed' } };
  return undefined;
}
