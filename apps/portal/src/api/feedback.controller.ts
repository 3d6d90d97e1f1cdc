import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { FeedbackReleaseService, SetFeedbackReleaseDto } from '@app/results';

/** Judges' comments and scores released to teams, per round: the setting and the team's view. */
@ApiTags('feedback')
@Controller('api/v1')
export class FeedbackController {
  constructor(private readonly feedback: FeedbackReleaseService) {}

  @Roles(Role.organizer)
  @Get('contests/:id/feedback-releases')
  @ApiOperation({ summary: 'Every round of the contest with its release setting (off by default)' })
  settings(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.feedback.settings(id);
  }

  @Roles(Role.organizer)
  @Put('contests/:id/rounds/:roundId/feedback-release')
  @ApiOperation({ summary: "Release (or withhold) a round's judges' comments and scores to teams" })
  setRelease(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('roundId', new ParseUUIDPipe()) roundId: string,
    @Body() dto: SetFeedbackReleaseDto,
    @CurrentUser() principal: Principal,
  ) {
    return this.feedback.setRelease(principal.userId, id, roundId, dto.released);
  }

  @Roles(Role.applicant)
  @Get('entries/:id/rounds/:roundId/feedback')
  @ApiOperation({
    summary:
      "The judges' comments and scores of a decided round, anonymised (Giám khảo 1, 2 ...), for the entry's team; 403 FEEDBACK_NOT_RELEASED while not released",
  })
  forTeam(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('roundId', new ParseUUIDPipe()) roundId: string,
    @CurrentUser() principal: Principal,
  ) {
    return this.feedback.forTeam(principal.userId, id, roundId);
  }
}
