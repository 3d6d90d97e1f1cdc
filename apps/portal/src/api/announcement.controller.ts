import { Controller, Get, Header, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import {
  AnnouncementPreviewService,
  AnnouncementProgressService,
  AnnouncementService,
  PublicResultsService,
} from '@app/results';
import { DomainError, ErrorCode } from '@app/platform';

/** The announcement of a contest's results, for organizers, and the public results. */
@ApiTags('announcement')
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
    summary:
      "What announcing now would send: the count per outcome and each group's mail for a real recipient in vi and en, or the code it would be refused with",
  })
  preview(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.previews.preview(id);
  }

  @Roles(Role.organizer)
  @Post('announce')
  @ApiOperation({
    summary:
      'Announce (version 1) or correct (a later version mailing only changed outcomes); 409 ANNOUNCEMENT_ROUND_UNDECIDED, ANNOUNCEMENT_AWARDS_PENDING, ANNOUNCEMENT_NOT_JUDGING, ANNOUNCEMENT_UNCHANGED, ANNOUNCEMENT_CONCURRENT',
  })
  announce(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() principal: Principal) {
    return this.announcements.announce(principal.userId, id);
  }

  @Roles(Role.organizer)
  @Get('announcement/progress')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: "The latest version's mails: queued, sent, failed; 404 before any" })
  async progress(@Param('id', new ParseUUIDPipe()) id: string) {
    const progress = await this.progressOf.progress(id);
    if (!progress) throw new DomainError(ErrorCode.NOT_FOUND, 'Nothing announced yet');
    return progress;
  }

  @Roles(Role.organizer)
  @Post('announcement/retry')
  @HttpCode(200)
  @ApiOperation({ summary: "Send the latest version's failed mails again" })
  retry(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() principal: Principal) {
    return this.progressOf.retryFailed(principal.userId, id);
  }

  /** By id (or slug); 404 until the results are announced. */
  @Public()
  @Get('results')
  @ApiOperation({ summary: 'The public results once announced (by id or slug); 404 before' })
  publicResults(@Param('id') idOrSlug: string) {
    return this.results.results(idOrSlug);
  }
}
