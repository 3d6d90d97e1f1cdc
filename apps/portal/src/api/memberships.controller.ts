import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public, Role, Roles, ThrottleAuth } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { MembershipService, MembershipTokenDto } from '@app/entries';
import { ErrorCode } from '@app/platform';
import { ApiErrors } from './api-errors';
import { ApiTag } from './api-tags';
import {
  MemberInvitationResponseDto,
  MembershipAnswerResponseDto,
  MembershipInvitationResponseDto,
} from './responses/membership-response.dto';

const uuid = new ParseUUIDPipe();

/**
 * Team members answer the mailed link: public, the link's secret is the proof (sent in the
 * body, so it stays out of access logs). The leader can have a link sent again.
 */
@ApiTags(ApiTag.memberships)
@Controller('api/v1')
export class MembershipsController {
  constructor(private readonly memberships: MembershipService) {}

  @Public()
  @ThrottleAuth()
  @Post('memberships/preview')
  @HttpCode(200)
  @ApiOkResponse({ type: MembershipInvitationResponseDto })
  @ApiErrors(ErrorCode.INVALID_TOKEN)
  @ApiOperation({
    summary: 'What a membership link is about',
    description:
      'Anyone with the mailed link; throttled. `{token}` (in the body, so it stays out of access logs) -> the entry, contest and leader the link is about. 400 INVALID_TOKEN.',
  })
  preview(@Body() dto: MembershipTokenDto) {
    return this.memberships.preview(dto.token);
  }

  /** 409 ALREADY_IN_ANOTHER_ENTRY or JUDGE_OF_CONTEST; 400 INVALID_TOKEN once used. */
  @Public()
  @ThrottleAuth()
  @Post('memberships/confirm')
  @HttpCode(200)
  @ApiErrors(
    ErrorCode.ALREADY_IN_ANOTHER_ENTRY,
    ErrorCode.JUDGE_OF_CONTEST,
    ErrorCode.INVALID_TOKEN,
  )
  @ApiOperation({
    summary: "Confirm one's place in a team",
    description:
      'Anyone with the mailed link; throttled. The listed member confirms their place, once per link. 409 ALREADY_IN_ANOTHER_ENTRY, 409 JUDGE_OF_CONTEST, 400 INVALID_TOKEN once used.',
  })
  @ApiOkResponse({ type: MembershipAnswerResponseDto })
  confirm(@Body() dto: MembershipTokenDto) {
    return this.memberships.confirm(dto.token);
  }

  @Public()
  @ThrottleAuth()
  @Post('memberships/decline')
  @HttpCode(200)
  @ApiErrors(ErrorCode.INVALID_TOKEN)
  @ApiOperation({
    summary: "Decline one's place in a team",
    description:
      'Anyone with the mailed link; throttled. The listed member declines, once per link. 400 INVALID_TOKEN once used.',
  })
  @ApiOkResponse({ type: MembershipAnswerResponseDto })
  decline(@Body() dto: MembershipTokenDto) {
    return this.memberships.decline(dto.token);
  }

  /** 429 TOO_MANY_REQUESTS (with `retryAt`) within the cool-down of the last mail. */
  @Roles(Role.applicant)
  @Post('entries/:id/members/:memberId/invitation')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: MemberInvitationResponseDto })
  @ApiErrors(
    ErrorCode.TOO_MANY_REQUESTS,
    ErrorCode.INVALID_STATUS_TRANSITION,
    ErrorCode.ENTRY_LOCKED,
    ErrorCode.CONTEST_NOT_OPEN,
    ErrorCode.DEADLINE_PASSED,
  )
  @ApiOperation({
    summary: 'Send a member a new link',
    description:
      'The owning team\'s leader. Mails a member who has not confirmed a new link (the old one stops working) -> 202 `{memberId, confirmation: "pending", invitedAt}`. 429 TOO_MANY_REQUESTS with `retryAt` within 15 minutes of the last mail to that address about the entry. 409 INVALID_STATUS_TRANSITION for a member who has already confirmed.',
  })
  resend(
    @CurrentUser() principal: Principal,
    @Param('id', uuid) id: string,
    @Param('memberId', uuid) memberId: string,
  ) {
    return this.memberships.resend(principal, id, memberId);
  }
}
