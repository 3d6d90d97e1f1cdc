import { Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Role, Roles } from '@app/accounts';
import { ContestService } from '@app/contests';
import {
  HallScreensService,
  LiveFinalService,
  PeoplesChoiceService,
  PitchOrderService,
} from '@app/festival';
import { DomainError, ErrorCode } from '@app/platform';
import { contestHeader } from '../../contests/organizer-view';
import { PageIdPipe } from '../../platform/page-id.pipe';
import { PageRenderer, type PageRequest } from '../../platform/page-renderer.service';

/** The refusals the live page explains in words (livePage.errors.<CODE>); others are errors. */
const SHOWN_CODES = new Set<string>([
  ErrorCode.LIVE_FINAL_IN_PROGRESS,
  ErrorCode.NOTHING_TO_REVEAL,
  ErrorCode.VOTING_CLOSED,
  ErrorCode.NOT_FOUND,
  ErrorCode.CONFLICT,
]);

/**
 * The organizers' remote control of the live final, phone first: draw the pitch order,
 * open and close each pitch, reveal the prizes one by one, run the people's choice vote.
 * Each button posts a form; the hall screens follow by themselves.
 */
@ApiExcludeController()
@Roles(Role.organizer)
@Controller('organizer/contests/:id/festival/live')
export class OrganizerLivePagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly contests: ContestService,
    private readonly order: PitchOrderService,
    private readonly live: LiveFinalService,
    private readonly halls: HallScreensService,
    private readonly votes: PeoplesChoiceService,
  ) {}

  @Get()
  async show(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Query('error') error?: string,
  ) {
    const contest = await this.contests.getForOrganizers(id);
    const [order, hall] = await Promise.all([
      this.order.view(id, 'organizers'),
      this.halls.state(id, 'organizers'),
    ]);
    const locale = this.pages.localeOf(request);
    return this.pages.render(request, reply, 'festival/organizer-live', {
      header: contestHeader(contest, locale, 'festival'),
      order,
      hall,
      en: locale === 'en',
      hallUrl: `/contests/${encodeURIComponent(contest.slug)}/festival/hall`,
      error: error && SHOWN_CODES.has(error) ? `livePage.errors.${error}` : undefined,
    });
  }

  @Post('draw/:categoryId')
  draw(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Param('categoryId', PageIdPipe) categoryId: string,
  ) {
    return this.act(reply, id, () => this.order.draw(id, categoryId, request.principal!.userId));
  }

  @Post('pitches/:pitchId/open')
  open(
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Param('pitchId', PageIdPipe) pitchId: string,
  ) {
    return this.act(reply, id, () => this.live.open(id, pitchId));
  }

  @Post('pitches/:pitchId/close')
  close(
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Param('pitchId', PageIdPipe) pitchId: string,
  ) {
    return this.act(reply, id, () => this.live.close(id, pitchId));
  }

  @Post('reveal')
  reveal(@Res() reply: FastifyReply, @Param('id', PageIdPipe) id: string) {
    return this.act(reply, id, () => this.live.revealNext(id));
  }

  @Post('votes/:step')
  voting(
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Param('step') step: string,
  ) {
    const steps: Record<string, () => Promise<unknown>> = {
      open: () => this.votes.open(id),
      close: () => this.votes.close(id),
      reveal: () => this.votes.reveal(id),
    };
    const run = steps[step];
    if (!run) throw new DomainError(ErrorCode.NOT_FOUND, 'No such step of the vote');
    return this.act(reply, id, run);
  }

  /** Runs a step and comes back to the page, with the refusal's code when it was refused. */
  private async act(reply: FastifyReply, id: string, step: () => Promise<unknown>) {
    const back = `/organizer/contests/${id}/festival/live`;
    try {
      await step();
    } catch (error) {
      if (error instanceof DomainError && SHOWN_CODES.has(error.code))
        return reply.redirect(`${back}?error=${error.code}`, 303);
      throw error;
    }
    return reply.redirect(back, 303);
  }
}
