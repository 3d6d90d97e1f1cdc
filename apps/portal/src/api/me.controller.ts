import { Body, Controller, Get, Header, HttpCode, Patch, Post, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  CurrentUser,
  DeleteAccountDto,
  exportFileName,
  PersonalDataExportResponse,
  PersonalDataService,
  ProfileService,
  SignedIn,
  ThrottleAuth,
  toUserResponse,
  UpdateProfileDto,
  UserResponse,
  UserService,
} from '@app/accounts';
import type { Principal } from '@app/accounts';
import { DomainError, ErrorCode } from '@app/platform';

@ApiTags('me')
@Controller('api/v1/me')
export class MeController {
  constructor(
    private readonly users: UserService,
    private readonly profile: ProfileService,
    private readonly personalData: PersonalDataService,
  ) {}

  @SignedIn()
  @Get()
  @ApiOkResponse({ type: UserResponse })
  async me(@CurrentUser() principal: Principal) {
    const user = await this.users.findById(principal.userId);
    if (!user) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in again');
    return toUserResponse(user);
  }

  /** Correcting one's own profile; fields not sent stay as they are, `null` clears an optional one. */
  @SignedIn()
  @Patch()
  @ApiOkResponse({ type: UserResponse })
  async update(@CurrentUser() principal: Principal, @Body() dto: UpdateProfileDto) {
    return toUserResponse(await this.profile.update(principal.userId, dto));
  }

  /** Everything the platform holds about the caller, as a JSON download. */
  @SignedIn()
  @Get('data')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: PersonalDataExportResponse })
  async data(@CurrentUser() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply) {
    const document = await this.personalData.export(principal.userId, {
      kind: 'self',
      userId: principal.userId,
    });
    reply.header('content-disposition', `attachment; filename="${exportFileName(document)}"`);
    return document;
  }

  /** Deletes the caller's account: personal data anonymised, drafts removed, sessions ended. */
  @SignedIn()
  @ThrottleAuth()
  @Post('delete')
  @HttpCode(204)
  @ApiNoContentResponse()
  async delete(@CurrentUser() principal: Principal, @Body() dto: DeleteAccountDto) {
    await this.personalData.eraseOwn(principal.userId, dto.password);
  }
}
