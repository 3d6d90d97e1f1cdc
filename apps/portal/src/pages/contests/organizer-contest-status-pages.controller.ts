import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { ContestService, ContestStatus, ContestStatusService } from '@app/contests';
import type { ContestAdminResponse } from '@app/contests';
import { DomainError, ErrorCode } from '@app/platform';
import { transitionChoice } from './contest-status-view';
import type { TransitionChoice } from './contest-status-view';
import { organizerFailureOf } from './organizer-errors';
import { FORM_LEVEL, type FormBody, type OrganizerFormErrors } from './organizer-form-input';
import { contestHeader, idOf } from './organizer-view';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';
import { attempt } from '../platform/page-form';

/** A status in a page address; anything else is a page that does not exist. */
function statusOf(raw: string): ContestStatus {
  if (!(Object.values(ContestStatus) as string[]).includes(raw))
    throw new DomainError(ErrorCode.NOT_FOUND, 'Not found');
  return raw as ContestStatus;
}

/**
 * A contest's status changes, each on its own confirmation page: GET states what the
 * change will do (the same consequences the API gives), POST with `confirm` performs it.
 * A change not allowed now (announced, a skipped step) shows the refusal on the page.
 */
@ApiExcludeController()
@Roles(Role.organizer)
@Controller('organizer/contests/:id/status/:to')
export class OrganizerContestStatusPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly contests: ContestService,
    private readonly statuses: ContestStatusService,
  ) {}

  @Get()
  async confirmation(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id') id: string,
    @Param('to') to: string,
  ) {
    const contest = await this.contests.getForOrganizers(idOf(id));
    return this.render(request, reply, contest, statusOf(to));
  }

  @Post()
  async change(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id') id: string,
    @Param('to') to: string,
    @Body() body: FormBody,
  ) {
    const contest = await this.contests.getForOrganizers(idOf(id));
    const target = statusOf(to);
    // Without the confirm button's value nothing changes: the page asks again.
    if (body.confirm !== 'yes')
      return this.render(request, reply, contest, target, {
        [FORM_LEVEL]: { key: 'statusChange.confirmMissing' },
      });
    const principal = request.principal as Principal;
    const failure = await attempt(
      () => this.statuses.change(contest.id, target, principal.userId),
      organizerFailureOf,
    );
    if (failure)
      return this.render(request, reply, contest, target, failure.errors, failure.status);
    return reply.redirect(`/organizer/contests/${contest.id}?moved=1`, 303);
  }

  private async render(
    request: PageRequest,
    reply: FastifyReply,
    contest: ContestAdminResponse,
    to: ContestStatus,
    errors: OrganizerFormErrors = {},
    status = 200,
  ) {
    const locale = this.pages.localeOf(request);
    const t = (key: string, vars?: Record<string, unknown>) =>
      this.pages.translate(locale, key, vars);
    let choice: TransitionChoice | null = null;
    // A change not possible now: the page says why and offers no button.
    const refusal = await attempt(async () => {
      choice = transitionChoice(await this.statuses.previewOne(contest.id, to), locale, t);
    }, organizerFailureOf);
    return this.pages.render(
      request,
      reply,
      'organizer/contest-status',
      {
        header: contestHeader(contest, locale, 'settings'),
        from: contest.status,
        to,
        choice,
        errors: refusal ? { ...refusal.errors, ...errors } : errors,
      },
      refusal ? refusal.status : status,
    );
  }
}
