import { Body, Controller, Get, Header, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { ContestService } from '@app/contests';
import { DomainError, ERROR_STATUS, ErrorCode } from '@app/platform';
import {
  AnnouncementPreviewService,
  AnnouncementProgressService,
  AnnouncementService,
} from '@app/results';
import type { FormBody } from '../contests/organizer-form-input';
import { contestHeader } from '../contests/organizer-view';
import { PageIdPipe } from '../platform/page-id.pipe';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';

/** Refusals the page says in words (announcementPage.errors); others go to the error page. */
const SAID = new Set<string>([
  ErrorCode.ANNOUNCEMENT_ROUND_UNDECIDED,
  ErrorCode.ANNOUNCEMENT_AWARDS_PENDING,
  ErrorCode.ANNOUNCEMENT_NOT_JUDGING,
  ErrorCode.ANNOUNCEMENT_UNCHANGED,
  ErrorCode.ANNOUNCEMENT_CONCURRENT,
]);

/**
 * The organizers' announcement page: the count per outcome and each group's mail before
 * sending, the one announce button (behind a confirmation box: it mails every participant),
 * and the sending progress, which announcement-progress.js keeps current from progress.json.
 */
@ApiExcludeController()
@Roles(Role.organizer)
@Controller('organizer/contests/:id/announcement')
export class AnnouncementPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly contests: ContestService,
    private readonly announcements: AnnouncementService,
    private readonly previews: AnnouncementPreviewService,
    private readonly progress: AnnouncementProgressService,
  ) {}

  @Get()
  show(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
  ) {
    return this.render(request, reply, id);
  }

  /** What the progress bar reads while mails go out (the page's session, no bearer token). */
  @Get('progress.json')
  @Header('Cache-Control', 'no-store')
  async progressJson(@Param('id', PageIdPipe) id: string) {
    return (
      (await this.progress.progress(id)) ?? { done: true, total: 0, sent: 0, failed: 0, queued: 0 }
    );
  }

  @Post()
  async announce(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @CurrentUser() principal: Principal,
    @Param('id', PageIdPipe) id: string,
    @Body() body: FormBody,
  ) {
    if (body.confirm !== 'yes') return this.render(request, reply, id, 'CONFIRM_REQUIRED');
    try {
      const done = await this.announcements.announce(principal.userId, id);
      return reply.redirect(
        `/organizer/contests/${id}/announcement?announced=${done.version}&mails=${done.mails}`,
        303,
      );
    } catch (error) {
      if (error instanceof DomainError && SAID.has(error.code))
        return this.render(request, reply, id, error.code);
      throw error;
    }
  }

  @Post('retry')
  async retry(
    @Res() reply: FastifyReply,
    @CurrentUser() principal: Principal,
    @Param('id', PageIdPipe) id: string,
  ) {
    const { retried } = await this.progress.retryFailed(principal.userId, id);
    return reply.redirect(`/organizer/contests/${id}/announcement?retried=${retried}`, 303);
  }

  private async render(request: PageRequest, reply: FastifyReply, id: string, problem?: string) {
    const [contest, preview, progress] = await Promise.all([
      this.contests.getForOrganizers(id),
      this.previews.preview(id),
      this.progress.progress(id),
    ]);
    const locale = this.pages.localeOf(request);
    const query = (request.query as Record<string, string> | undefined) ?? {};
    const count = (value: unknown) => (/^\d{1,7}$/.test(String(value)) ? Number(value) : null);
    return this.pages.render(
      request,
      reply,
      'results/announcement',
      {
        header: contestHeader(contest, locale, 'announcement'),
        preview,
        progress,
        problem: problem
          ? problem === 'CONFIRM_REQUIRED'
            ? 'announcementPage.confirmRequired'
            : `announcementPage.errors.${problem}`
          : undefined,
        announced:
          !problem && count(query.announced) !== null
            ? { version: count(query.announced), mails: count(query.mails) ?? 0 }
            : null,
        retried: !problem ? count(query.retried) : null,
        publicPath: `/results/${encodeURIComponent(contest.slug)}`,
      },
      problem === 'CONFIRM_REQUIRED' ? 400 : problem ? ERROR_STATUS[problem as ErrorCode] : 200,
    );
  }
}
