import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { ContestService } from '@app/contests';
import { DomainError, ERROR_STATUS, ErrorCode } from '@app/platform';
import {
  AwardingService,
  AwardService,
  AwardWithdrawalService,
  FeedbackReleaseService,
  WithdrawAwardDto,
} from '@app/results';
import { readForm } from '../platform/page-form';
import { inLocale } from '../contests/contest-view';
import type { FormBody } from '../contests/organizer-form-input';
import { contestHeader, idOf } from '../contests/organizer-view';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';
import { PageIdPipe } from '../platform/page-id.pipe';
import { awardsPageView, feedbackRows } from './awards-page-view';

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const optionalId = (value: unknown) => (text(value) ? idOf(text(value)) : null);

const OUTCOMES = [
  'proposalConfirmed',
  'changeProposed',
  'changeConfirmed',
  'withdrawalProposed',
  'withdrawalConfirmed',
  'withdrawalCancelled',
  'feedbackReleased',
  'feedbackWithheld',
] as const;
type Outcome = (typeof OUTCOMES)[number];

/** A form the page refuses before any service call: a 400 with its own words. */
const PAGE_PROBLEMS = ['REASON_REQUIRED', 'WITHDRAWAL_REASON_REQUIRED'] as const;
type PageProblem = (typeof PAGE_PROBLEMS)[number];
const isPageProblem = (problem: string): problem is PageProblem =>
  (PAGE_PROBLEMS as readonly string[]).includes(problem);

/**
 * The organizers' awards page: the platform's proposal per prize beside the final ranking,
 * confirming it, changes with a reason and their second confirmation, withdrawing a
 * confirmed award (confirmed by a second organizer, or cancelled), and the per-round
 * release of judges' comments and scores to teams.
 */
@ApiExcludeController()
@Roles(Role.organizer)
@Controller('organizer/contests/:id/awards')
export class AwardsPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly contests: ContestService,
    private readonly awards: AwardService,
    private readonly awarding: AwardingService,
    private readonly withdrawals: AwardWithdrawalService,
    private readonly feedback: FeedbackReleaseService,
  ) {}

  @Get()
  show(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
  ) {
    return this.render(request, principal.userId, reply, id);
  }

  @Post('confirm-proposal')
  confirmProposal(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Body() body: FormBody,
  ) {
    const prizeId = optionalId(body.prizeId);
    return this.attempt(request, principal.userId, reply, id, 'proposalConfirmed', () =>
      this.awarding.confirmProposal(principal.userId, id, { prizeId }),
    );
  }

  @Post('changes')
  proposeChange(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Body() body: FormBody,
  ) {
    if (!text(body.reason))
      return this.render(request, principal.userId, reply, id, 'REASON_REQUIRED');
    return this.attempt(request, principal.userId, reply, id, 'changeProposed', () =>
      this.awarding.proposeChange(principal.userId, id, {
        prizeId: idOf(text(body.prizeId)),
        entryId: idOf(text(body.entryId)),
        reason: text(body.reason).slice(0, 2000),
        replacesAwardId: optionalId(body.replacesAwardId),
      }),
    );
  }

  @Post(':awardId/confirm')
  confirmChange(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Param('awardId', PageIdPipe) awardId: string,
  ) {
    return this.attempt(request, principal.userId, reply, id, 'changeConfirmed', () =>
      this.awarding.confirmChange(principal.userId, id, awardId),
    );
  }

  @Post(':awardId/withdrawal')
  proposeWithdrawal(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Param('awardId', PageIdPipe) awardId: string,
    @Body() body: FormBody,
  ) {
    // The API's DTO and rules: a reason of 1..2000 characters once trimmed.
    const form = readForm(WithdrawAwardDto, body);
    if (!form.ok)
      return this.render(request, principal.userId, reply, id, 'WITHDRAWAL_REASON_REQUIRED');
    return this.attempt(request, principal.userId, reply, id, 'withdrawalProposed', () =>
      this.withdrawals.propose(principal.userId, id, awardId, form.value),
    );
  }

  @Post(':awardId/withdrawal/confirm')
  confirmWithdrawal(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Param('awardId', PageIdPipe) awardId: string,
  ) {
    return this.attempt(request, principal.userId, reply, id, 'withdrawalConfirmed', () =>
      this.withdrawals.confirm(principal.userId, id, awardId),
    );
  }

  /** The page's twin of `DELETE .../withdrawal` (a form posts). */
  @Post(':awardId/withdrawal/cancel')
  cancelWithdrawal(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Param('awardId', PageIdPipe) awardId: string,
  ) {
    return this.attempt(request, principal.userId, reply, id, 'withdrawalCancelled', () =>
      this.withdrawals.cancel(principal.userId, id, awardId),
    );
  }

  @Post('feedback/:roundId')
  setFeedback(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Param('roundId', PageIdPipe) roundId: string,
    @Body() body: FormBody,
  ) {
    const released = body.released === 'true';
    return this.attempt(
      request,
      principal.userId,
      reply,
      id,
      released ? 'feedbackReleased' : 'feedbackWithheld',
      () => this.feedback.setRelease(principal.userId, id, roundId, released),
    );
  }

  /** Refusals come back on the page in words; a missing contest, prize or entry is a 404 page. */
  private async attempt(
    request: PageRequest,
    userId: string,
    reply: FastifyReply,
    contestId: string,
    outcome: Outcome,
    work: () => Promise<unknown>,
  ) {
    try {
      await work();
    } catch (error) {
      if (!(error instanceof DomainError) || error.code === ErrorCode.NOT_FOUND) throw error;
      return this.render(request, userId, reply, contestId, error.code);
    }
    return reply.redirect(`/organizer/contests/${contestId}/awards?outcome=${outcome}`, 303);
  }

  private async render(
    request: PageRequest,
    userId: string,
    reply: FastifyReply,
    contestId: string,
    problem?: ErrorCode | PageProblem,
  ) {
    const [contest, view, feedback] = await Promise.all([
      this.contests.getForOrganizers(contestId),
      this.awards.view(contestId),
      this.feedback.settings(contestId),
    ]);
    const locale = this.pages.localeOf(request);
    const categories = Object.fromEntries(
      contest.categories.map((c) => [c.id, inLocale(c, 'name', locale)]),
    );
    const query = (request.query as Record<string, unknown> | undefined) ?? {};
    const outcome =
      !problem && OUTCOMES.includes(query.outcome as Outcome) ? (query.outcome as Outcome) : null;
    return this.pages.render(
      request,
      reply,
      'results/awards',
      {
        header: contestHeader(contest, locale, 'awards'),
        view: awardsPageView(view, categories, locale, userId),
        feedback: feedbackRows(feedback, locale),
        problem: problem ? `awardsPage.errors.${problem}` : undefined,
        outcome: outcome ? `awardsPage.outcomes.${outcome}` : undefined,
      },
      !problem ? 200 : isPageProblem(problem) ? 400 : ERROR_STATUS[problem],
    );
  }
}
