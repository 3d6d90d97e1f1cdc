import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Res,
} from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  AdminProfileCorrectionDto,
  ChangeRoleDto,
  CurrentUser,
  EraseUserDto,
  exportFileName,
  PersonalDataExportResponse,
  PersonalDataService,
  ProfileService,
  Role,
  RoleChangeService,
  Roles,
  toUserResponse,
  UserResponse,
} from '@app/accounts';
import type { Principal } from '@app/accounts';
import { ErrorCode } from '@app/platform';
import { ApiErrors } from './api-errors';
import { ApiTag } from './api-tags';

@ApiTags(ApiTag.users)
@Controller('api/v1/users')
export class UsersController {
  constructor(
    private readonly roles: RoleChangeService,
    private readonly personalData: PersonalDataService,
    private readonly profile: ProfileService,
  ) {}

  /**
   * Changing a role ends the person's sessions and is written to the audit log; 409
   * OWN_ADMIN_ROLE or LAST_ADMIN when it would take away an administrator it must not.
   */
  @Roles(Role.admin)
  @Patch(':id/role')
  @ApiErrors(ErrorCode.OWN_ADMIN_ROLE, ErrorCode.LAST_ADMIN)
  @ApiOperation({
    summary: "Change a person's role",
    description:
      "Administrators. `{role}` changes the role, ends that person's sessions and is written to the audit log. 409 OWN_ADMIN_ROLE for one's own admin role, 409 LAST_ADMIN for the last administrator, 404 NOT_FOUND.",
  })
  @ApiOkResponse({ type: UserResponse })
  async changeRole(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: ChangeRoleDto,
    @CurrentUser() principal: Principal,
  ) {
    return toUserResponse(
      await this.roles.change({ actorId: principal.userId, userId: id, role: dto.role, by: 'api' }),
    );
  }

  /** A person's data on their written access request; the reading is audited. */
  @Roles(Role.admin)
  @Get(':id/data')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: PersonalDataExportResponse })
  @ApiOperation({
    summary: "Export a person's personal data",
    description:
      "Administrators, on the person's written access request. Everything held about them as a JSON download (`no-store`); the reading is audited. 404 NOT_FOUND.",
  })
  async data(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() principal: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const document = await this.personalData.export(id, {
      kind: 'admin',
      userId: principal.userId,
    });
    reply.header('content-disposition', `attachment; filename="${exportFileName(document)}"`);
    return document;
  }

  /** Correction on a written request; `reason` records its reference in the audit log. */
  @Roles(Role.admin)
  @Patch(':id/profile')
  @ApiOkResponse({ type: UserResponse })
  @ApiOperation({
    summary: "Correct a person's profile",
    description:
      "Administrators, on a written request. The profile fields as in `PATCH /me` plus `reason` (the request's reference, kept in the audit log). 404 NOT_FOUND, 400 VALIDATION_FAILED.",
  })
  async correct(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: AdminProfileCorrectionDto,
    @CurrentUser() principal: Principal,
  ) {
    const { reason, ...changes } = dto;
    return toUserResponse(await this.profile.updateByAdmin(principal.userId, id, changes, reason));
  }

  /** Erasure on a written request; `reason` records its reference in the audit log. */
  @Roles(Role.admin)
  @Post(':id/erase')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiErrors(ErrorCode.LAST_ADMIN, ErrorCode.OPEN_ASSIGNMENTS)
  @ApiOperation({
    summary: "Erase a person's personal data",
    description:
      "Administrators, on a written request. `{reason, confirm: true}` anonymises the person's data and ends their sessions; audited. 204. 409 LAST_ADMIN, 409 OPEN_ASSIGNMENTS, 404 NOT_FOUND.",
  })
  async erase(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: EraseUserDto,
    @CurrentUser() principal: Principal,
  ) {
    await this.personalData.eraseByAdmin(principal.userId, id, dto.reason);
  }
}
