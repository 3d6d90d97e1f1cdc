import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { ContestService, RoundService } from '@app/contests';
import { AssignmentService, RoundIntakeService } from '@app/judging';
import type { AssignmentJobResponse } from '@app/judging';
import { DomainError } from '@app/platform';
import { assignmentMatrixView, EXPLAINED_ERRORS, jobView } from './assignment-page-view';
import { inLocale, vietnamDeadline } from '../contests/contest-view';
import { text, type FormBody } from '../contests/organizer-form-input';
import { contestHeader, idOf, queryString } from '../contests/organizer-view';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';
import { PageIdPipe } from '../platform/page-id.pipe';

/** Seconds between reloads of the page while an assignment job runs (no JavaScript needed). */
const REFRESH_SECONDS = 2;

/** A round's assignments for organizers: intake, automatic run, the matrix and manual changes. */
@ApiExcludeController()
@Roles(Role.organizer)
@Controller('organizer/rounds/:id/assignments')
export class AssignmentPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly contests: ContestService,
    private readonly rounds: RoundService,
    private readonly intake: RoundIntakeService,
    private readonly assignments: AssignmentService,
  ) {}

  @Get()
  async show(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Query() query: Record<string, unknown>,
  ) {
    const round = await this.rounds.get(id);
    const [contest, matrix, job] = await Promise.all([
      this.contests.getForOrganizers(round.contestId),
      this.assignments.matrix(round.id),
      this.jobOf(round.id, query.job),
    ]);
    const locale = this.pages.localeOf(request);
    const progress = jobView(job);
    if (progress?.running) reply.header('refresh', String(REFRESH_SECONDS));
    const error = typeof query.error === 'string' ? query.error : null;
    return this.pages.render(request, reply, 'organizer/assignments', {
      header: contestHeader(contest, locale, 'rounds'),
      round: {
        id: round.id,
        position: round.position,
        name: inLocale(round, 'name', locale),
        reviewsPerEntry: round.reviewsPerEntry,
        closes: vietnamDeadline(round.judgingClosesAt, locale),
      },
      matrix: assignmentMatrixView(matrix, Number(query.page) || 1),
      job: progress,
      notice: noticeOf(query),
      error: error
        ? (EXPLAINED_ERRORS as readonly string[]).includes(error)
          ? `assignmentPage.error_${error}`
          : 'assignmentPage.error_other'
        : null,
    });
  }

  @Post('intake')
  async enter(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
  ) {
    const roundId = id;
    return this.attempt(reply, roundId, async () => {
      const result = await this.intake.enterRound(roundId, principal.userId);
      return { intake: result.added, total: result.total };
    });
  }

  @Post('auto')
  async auto(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
  ) {
    const roundId = id;
    return this.attempt(reply, roundId, async () => {
      const result = await this.assignments.autoAssign(roundId, principal.userId);
      if (result.queued) return { job: result.jobId };
      return { assigned: result.created, unfilled: result.slots.unfilled };
    });
  }

  @Post('add')
  async add(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Body() body: FormBody,
  ) {
    const roundId = id;
    return this.attempt(reply, roundId, async () => {
      await this.assignments.add(
        roundId,
        { entryId: idOf(text(body, 'entryId')), judgeUserId: idOf(text(body, 'judgeUserId')) },
        principal.userId,
      );
      return { added: 1 };
    });
  }

  /** Gives the assignment to another judge; a scored one only with the confirmation ticked. */
  @Post(':assignmentId/move')
  async move(
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Param('assignmentId', PageIdPipe) assignmentId: string,
    @Body() body: FormBody,
  ) {
    const roundId = id;
    return this.attempt(reply, roundId, async () => {
      await this.assignments.move(
        assignmentId,
        idOf(text(body, 'judgeUserId')),
        principal.userId,
        text(body, 'confirm') === 'on',
      );
      return { moved: 1 };
    });
  }

  @Post(':assignmentId/remove')
  async remove(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Param('assignmentId', PageIdPipe) assignmentId: string,
    @Body() body: FormBody,
  ) {
    const roundId = id;
    return this.attempt(reply, roundId, async () => {
      await this.assignments.remove(assignmentId, principal.userId, text(body, 'confirm') === 'on');
      return { removed: 1 };
    });
  }

  /** Runs a change and comes back to the page (303) with its outcome, or with the error's code. */
  private async attempt(
    reply: FastifyReply,
    roundId: string,
    change: () => Promise<Record<string, string | number | undefined>>,
  ) {
    const base = `/organizer/rounds/${roundId}/assignments`;
    try {
      return reply.redirect(`${base}${queryString(await change())}`, 303);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code === 'NOT_FOUND') throw error;
      return reply.redirect(`${base}${queryString({ error: error.code })}`, 303);
    }
  }

  private async jobOf(roundId: string, raw: unknown): Promise<AssignmentJobResponse | null> {
    if (typeof raw !== 'string' || raw.length > 100) return null;
    try {
      return await this.assignments.job(roundId, raw);
    } catch {
      return null;
    }
  }
}

function noticeOf(
  query: Record<string, unknown>,
): { key: string; vars: Record<string, unknown> } | null {
  if ('intake' in query)
    return {
      key: 'assignmentPage.notice_intake',
      vars: { added: query.intake, total: query.total },
    };
  if ('assigned' in query)
    return {
      key: 'assignmentPage.notice_assigned',
      vars: { count: query.assigned, unfilled: query.unfilled },
    };
  if ('added' in query) return { key: 'assignmentPage.notice_added', vars: {} };
  if ('removed' in query) return { key: 'assignmentPage.notice_removed', vars: {} };
  if ('moved' in query) return { key: 'assignmentPage.notice_moved', vars: {} };
  return null;
}
