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
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
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

@ApiTags('users')
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
  async erase(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: EraseUserDto,
    @CurrentUser() principal: Principal,
  ) {
    await this.personalData.eraseByAdmin(principal.userId, id, dto.reason);
  }
}
