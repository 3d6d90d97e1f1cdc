import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
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

const uuid = new ParseUUIDPipe();

/** Judges of a contest: organizers invite, the invited judge answers. */
@ApiTags('judging')
@Controller('api/v1')
export class JudgesController {
  constructor(
    private readonly judges: JudgeService,
    private readonly auth: AuthService,
  ) {}

  /** 409 CANNOT_JUDGE for an organizer or someone taking part in the contest. */
  @Roles(Role.organizer)
  @Post('contests/:id/judges')
  invite(
    @CurrentUser() principal: Principal,
    @Param('id', uuid) id: string,
    @Body() dto: InviteJudgeDto,
  ) {
    return this.judges.invite(principal.userId, id, dto);
  }

  @Roles(Role.organizer)
  @Get('contests/:id/judges')
  list(@Param('id', uuid) id: string) {
    return this.judges.list(id);
  }

  @Roles(Role.judge)
  @Get('judging/invitations')
  mine(@CurrentUser() principal: Principal) {
    return this.judges.invitationsOf(principal.userId);
  }

  @Roles(Role.judge)
  @Get('judging/invitations/:id')
  get(@CurrentUser() principal: Principal, @Param('id', uuid) id: string) {
    return this.judges.invitation(principal.userId, id);
  }

  @Roles(Role.judge)
  @Post('judging/invitations/:id/accept')
  @HttpCode(200)
  accept(@CurrentUser() principal: Principal, @Param('id', uuid) id: string) {
    return this.judges.answer(principal.userId, id, 'accept');
  }

  @Roles(Role.judge)
  @Post('judging/invitations/:id/decline')
  @HttpCode(200)
  decline(@CurrentUser() principal: Principal, @Param('id', uuid) id: string) {
    return this.judges.answer(principal.userId, id, 'decline');
  }

  /** An invited account's first password, with the token of the invitation mail. */
  @Public()
  @ThrottleAuth()
  @Post('judging/set-password')
  @HttpCode(204)
  async setPassword(@Body() dto: ResetPasswordDto) {
    await this.auth.setPassword(dto.token, dto.newPassword);
  }
}
