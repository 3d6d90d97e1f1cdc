import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public, Role, Roles, ThrottleAuth } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { MembershipService, MembershipTokenDto } from '@app/entries';

const uuid = new ParseUUIDPipe();

/**
 * Team members answer the mailed link: public, the link's secret is the proof (sent in the
 * body, so it stays out of access logs). The leader can have a link sent again.
 */
@ApiTags('memberships')
@Controller('api/v1')
export class MembershipsController {
  constructor(private readonly memberships: MembershipService) {}

  @Public()
  @ThrottleAuth()
  @Post('memberships/preview')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The entry, contest and leader the link is about' })
  preview(@Body() dto: MembershipTokenDto) {
    return this.memberships.preview(dto.token);
  }

  /** 409 ALREADY_IN_ANOTHER_ENTRY or JUDGE_OF_CONTEST; 400 INVALID_TOKEN once used. */
  @Public()
  @ThrottleAuth()
  @Post('memberships/confirm')
  @HttpCode(200)
  confirm(@Body() dto: MembershipTokenDto) {
    return this.memberships.confirm(dto.token);
  }

  @Public()
  @ThrottleAuth()
  @Post('memberships/decline')
  @HttpCode(200)
  decline(@Body() dto: MembershipTokenDto) {
    return this.memberships.decline(dto.token);
  }

  /** 429 TOO_MANY_REQUESTS (with `retryAt`) within the cool-down of the last mail. */
  @Roles(Role.applicant)
  @Post('entries/:id/members/:memberId/invitation')
  @HttpCode(202)
  @ApiAcceptedResponse({ description: '{memberId, confirmation: "pending", invitedAt}' })
  resend(
    @CurrentUser() principal: Principal,
    @Param('id', uuid) id: string,
    @Param('memberId', uuid) memberId: string,
  ) {
    return this.memberships.resend(principal, id, memberId);
  }
}
