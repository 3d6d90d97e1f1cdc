import { Controller, Get, Header, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import {
  AnnouncementPreviewService,
  AnnouncementProgressService,
  AnnouncementService,
  PublicResultsService,
} from '@app/results';
import { DomainError, ErrorCode } from '@app/platform';
import { ApiErrors } from './api-errors';
import { ApiTag } from './api-tags';
import {
  AnnouncementPreviewResponse,
  PublicResultsResponse,
} from './responses/announcement-response.dto';
import {
  AnnouncementProgressResponse,
  AnnouncementResultResponse,
  RetriedResponse,
} from './responses/results-response.dto';

/** The announcement of a contest's results, for organizers, and the public results. */
@ApiTags(ApiTag.announcement)
@Controller('api/v1/contests/:id')
export class AnnouncementController {
  constructor(
    private readonly announcements: AnnouncementService,
    private readonly previews: AnnouncementPreviewService,
    private readonly progressOf: AnnouncementProgressService,
    private readonly results: PublicResultsService,
  ) {}

  @Roles(Role.organizer)
  @Get('announcement')
  @ApiOperation({
    summary: 'Preview the announcement',
    description:
      "Organizers. What announcing now would send: the count of entries and recipients per outcome and each group's mail rendered for a real recipient in vi and en, and the `blocker` (the coded refusal) if it cannot go now.",
  })
  @ApiOkResponse({ type: AnnouncementPreviewResponse })
  preview(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.previews.preview(id);
  }

  @Roles(Role.organizer)
  @Post('announce')
  @ApiErrors(
    ErrorCode.ANNOUNCEMENT_ROUND_UNDECIDED,
    ErrorCode.ANNOUNCEMENT_AWARDS_PENDING,
    ErrorCode.ANNOUNCEMENT_NOT_JUDGING,
    ErrorCode.ANNOUNCEMENT_UNCHANGED,
    ErrorCode.ANNOUNCEMENT_CONCURRENT,
  )
  @ApiOperation({
    summary: 'Announce or correct the results',
    description:
      'Organizers. -> 201 `{version, changedEntries, mails}`: version 1 mails every participant and moves the contest to `announced`; a later version (a correction) mails only the teams whose outcome changed. 409 ANNOUNCEMENT_ROUND_UNDECIDED, ANNOUNCEMENT_AWARDS_PENDING, ANNOUNCEMENT_NOT_JUDGING, ANNOUNCEMENT_UNCHANGED, ANNOUNCEMENT_CONCURRENT.',
  })
  @ApiCreatedResponse({ type: AnnouncementResultResponse })
  announce(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() principal: Principal) {
    return this.announcements.announce(principal.userId, id);
  }

  @Roles(Role.organizer)
  @Get('announcement/progress')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: "The announcement's mail progress",
    description:
      "Organizers. The latest version's mails `{total, queued, sent, failed, done}` (`no-store`); 404 NOT_FOUND before any announcement.",
  })
  @ApiOkResponse({ type: AnnouncementProgressResponse })
  async progress(@Param('id', new ParseUUIDPipe()) id: string) {
    const progress = await this.progressOf.progress(id);
    if (!progress) throw new DomainError(ErrorCode.NOT_FOUND, 'Nothing announced yet');
    return progress;
  }

  @Roles(Role.organizer)
  @Post('announcement/retry')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Send failed announcement mails again',
    description: "Organizers. The latest version's failed mails queued again -> `{retried}`.",
  })
  @ApiOkResponse({ type: RetriedResponse })
  retry(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() principal: Principal) {
    return this.progressOf.retryFailed(principal.userId, id);
  }

  /** By id (or slug); 404 until the results are announced. */
  @Public()
  @Get('results')
  @ApiOperation({
    summary: 'The public results',
    description:
      'Anyone. By contest id or slug, once announced (404 NOT_FOUND before): prizes with the winning ideas, finalists per category, the judges who agreed to be named, the dates and each correction.',
  })
  @ApiOkResponse({ type: PublicResultsResponse })
  publicResults(@Param('id') idOrSlug: string) {
    return this.results.results(idOrSlug);
  }
}
