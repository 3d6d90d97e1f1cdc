import { Body, Controller, Get, Header, HttpCode, Patch, Post, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
import { ApiErrors } from './api-errors';
import { ApiTag } from './api-tags';

@ApiTags(ApiTag.me)
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
  @ApiOperation({
    summary: 'The current user',
    description:
      "Signed in. The caller's account: e-mail, name, role, locale, profile fields and whether the e-mail is verified. 401 UNAUTHENTICATED when the account is gone.",
  })
  async me(@CurrentUser() principal: Principal) {
    const user = await this.users.findById(principal.userId);
    if (!user) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in again');
    return toUserResponse(user);
  }

  /** Correcting one's own profile; fields not sent stay as they are, `null` clears an optional one. */
  @SignedIn()
  @Patch()
  @ApiOkResponse({ type: UserResponse })
  @ApiOperation({
    summary: "Correct one's profile",
    description:
      'Signed in. `{fullName?, phone?, organization?, title?, district?, dateOfBirth?, gender?, locale?}`: fields not sent stay as they are, `null` (or `""`) clears an optional one; the e-mail address is not changed here. 400 VALIDATION_FAILED.',
  })
  async update(@CurrentUser() principal: Principal, @Body() dto: UpdateProfileDto) {
    return toUserResponse(await this.profile.update(principal.userId, dto));
  }

  /** Everything the platform holds about the caller, as a JSON download. */
  @SignedIn()
  @Get('data')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: PersonalDataExportResponse })
  @ApiOperation({
    summary: "Export one's personal data",
    description:
      'Signed in. Everything the platform holds about the caller as a JSON download (`Content-Disposition: attachment`, `Cache-Control: no-store`).',
  })
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
  @ApiErrors(ErrorCode.INVALID_CREDENTIALS, ErrorCode.LAST_ADMIN, ErrorCode.OPEN_ASSIGNMENTS)
  @ApiOperation({
    summary: "Delete one's account",
    description:
      "Signed in; throttled. `{password, confirm: true}` erases the caller's personal data (anonymised), removes drafts and ends every session. 204. 401 INVALID_CREDENTIALS for a wrong password, 409 LAST_ADMIN for the last administrator, 409 OPEN_ASSIGNMENTS for a judge with open assignments.",
  })
  async delete(@CurrentUser() principal: Principal, @Body() dto: DeleteAccountDto) {
    await this.personalData.eraseOwn(principal.userId, dto.password);
  }
}
