import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { FeedbackReleaseService, SetFeedbackReleaseDto } from '@app/results';
import { ErrorCode } from '@app/platform';
import { ApiErrors } from './api-errors';
import { ApiTag } from './api-tags';
import {
  FeedbackSettingResponseDto,
  TeamFeedbackResponseDto,
} from './responses/judges-response.dto';

/** Judges' comments and scores released to teams, per round: the setting and the team's view. */
@ApiTags(ApiTag.feedback)
@Controller('api/v1')
export class FeedbackController {
  constructor(private readonly feedback: FeedbackReleaseService) {}

  @Roles(Role.organizer)
  @Get('contests/:id/feedback-releases')
  @ApiOperation({
    summary: 'Feedback release settings',
    description:
      "Organizers. Every round of the contest with whether teams see its judges' scores and comments (off by default).",
  })
  @ApiOkResponse({ type: [FeedbackSettingResponseDto] })
  settings(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.feedback.settings(id);
  }

  @Roles(Role.organizer)
  @Put('contests/:id/rounds/:roundId/feedback-release')
  @ApiOperation({
    summary: "Release or withhold a round's feedback",
    description:
      'Organizers. `{released: boolean}` for one round of the contest; 404 for a round of another contest.',
  })
  @ApiOkResponse({ type: FeedbackSettingResponseDto })
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
  @ApiErrors(ErrorCode.FEEDBACK_NOT_RELEASED)
  @ApiOperation({
    summary: "A round's feedback for the team",
    description:
      "The entry's team. The round's submitted scores and comments, judges as numbers (Giám khảo 1, 2 ...: `reviews[].number`). 403 FEEDBACK_NOT_RELEASED while the setting is off or the round undecided; 404 for another team's entry or a round it was not in.",
  })
  @ApiOkResponse({ type: TeamFeedbackResponseDto })
  forTeam(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('roundId', new ParseUUIDPipe()) roundId: string,
    @CurrentUser() principal: Principal,
  ) {
    return this.feedback.forTeam(principal.userId, id, roundId);
  }
}
