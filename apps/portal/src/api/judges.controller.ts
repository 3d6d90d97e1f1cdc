import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  AuthService,
  CurrentUser,
  Public,
  ResetPasswordDto,
  Role,
  Roles,
  ThrottleAuth,
} from '@app/accounts';
import type { Principal } from '@app/accounts';
import { InviteJudgeDto, JudgeService } from '@app/judging';
import { ErrorCode } from '@app/platform';
import { ApiErrors } from './api-errors';
import { ApiTag } from './api-tags';
import {
  ContestJudgeResponseDto,
  JudgeInvitationResponseDto,
} from './responses/judges-response.dto';

const uuid = new ParseUUIDPipe();

/** Judges of a contest: organizers invite, the invited judge answers. */
@ApiTags(ApiTag.judges)
@Controller('api/v1')
export class JudgesController {
  constructor(
    private readonly judges: JudgeService,
    private readonly auth: AuthService,
  ) {}

  /** 409 CANNOT_JUDGE for an organizer or someone taking part in the contest. */
  @Roles(Role.organizer)
  @Post('contests/:id/judges')
  @ApiErrors(ErrorCode.CANNOT_JUDGE)
  @ApiOperation({
    summary: 'Invite a judge',
    description:
      'Organizers. Invites a person by e-mail (an existing account, or a new one with a set-password link) with the categories and fields they judge; the invitation is mailed. 201. 409 CANNOT_JUDGE for an organizer or someone taking part in the contest.',
  })
  @ApiCreatedResponse({ type: ContestJudgeResponseDto })
  invite(
    @CurrentUser() principal: Principal,
    @Param('id', uuid) id: string,
    @Body() dto: InviteJudgeDto,
  ) {
    return this.judges.invite(principal.userId, id, dto);
  }

  @Roles(Role.organizer)
  @Get('contests/:id/judges')
  @ApiOperation({
    summary: "A contest's judges",
    description: 'Organizers. The invited judges with their answer, categories, fields and load.',
  })
  @ApiOkResponse({ type: [ContestJudgeResponseDto] })
  list(@Param('id', uuid) id: string) {
    return this.judges.list(id);
  }

  @Roles(Role.judge)
  @Get('judging/invitations')
  @ApiOperation({
    summary: 'Own invitations',
    description: "Judges. The caller's invitations to judge, with their contests and answers.",
  })
  @ApiOkResponse({ type: [JudgeInvitationResponseDto] })
  mine(@CurrentUser() principal: Principal) {
    return this.judges.invitationsOf(principal.userId);
  }

  @Roles(Role.judge)
  @Get('judging/invitations/:id')
  @ApiOperation({
    summary: 'One own invitation',
    description: "Judges. 404 NOT_FOUND for another judge's invitation.",
  })
  @ApiOkResponse({ type: JudgeInvitationResponseDto })
  get(@CurrentUser() principal: Principal, @Param('id', uuid) id: string) {
    return this.judges.invitation(principal.userId, id);
  }

  @Roles(Role.judge)
  @Post('judging/invitations/:id/accept')
  @HttpCode(200)
  @ApiErrors(ErrorCode.INVALID_STATUS_TRANSITION)
  @ApiOperation({
    summary: 'Accept an invitation',
    description:
      'Judges, for their own invitation. 409 INVALID_STATUS_TRANSITION once answered, 404 NOT_FOUND.',
  })
  @ApiOkResponse({ type: JudgeInvitationResponseDto })
  accept(@CurrentUser() principal: Principal, @Param('id', uuid) id: string) {
    return this.judges.answer(principal.userId, id, 'accept');
  }

  @Roles(Role.judge)
  @Post('judging/invitations/:id/decline')
  @HttpCode(200)
  @ApiErrors(ErrorCode.INVALID_STATUS_TRANSITION)
  @ApiOperation({
    summary: 'Decline an invitation',
    description:
      'Judges, for their own invitation. 409 INVALID_STATUS_TRANSITION once answered, 404 NOT_FOUND.',
  })
  @ApiOkResponse({ type: JudgeInvitationResponseDto })
  decline(@CurrentUser() principal: Principal, @Param('id', uuid) id: string) {
    return this.judges.answer(principal.userId, id, 'decline');
  }

  /** An invited account's first password, with the token of the invitation mail. */
  @Public()
  @ThrottleAuth()
  @Post('judging/set-password')
  @HttpCode(204)
  @ApiErrors(ErrorCode.INVALID_TOKEN, ErrorCode.TOKEN_EXPIRED, ErrorCode.WEAK_PASSWORD)
  @ApiOperation({
    summary: "Set a new judge account's password",
    description:
      "Anyone with the invitation mail's link; throttled. `{token, newPassword}`: the first password of an account created by an invitation. 204. 400 INVALID_TOKEN, 400 TOKEN_EXPIRED, 400 WEAK_PASSWORD.",
  })
  @ApiNoContentResponse()
  async setPassword(@Body() dto: ResetPasswordDto) {
    await this.auth.setPassword(dto.token, dto.newPassword);
  }
}
