import { Body, Controller, Param, ParseUUIDPipe, Patch } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ChangeRoleDto,
  CurrentUser,
  Role,
  Roles,
  toUserResponse,
  UserService,
} from '@app/accounts';
import type { Principal } from '@app/accounts';

@ApiTags('users')
@Controller('api/v1/users')
export class UsersController {
  constructor(private readonly users: UserService) {}

  /** Changing a role ends the person's sessions and is written to the audit log. */
  @Roles(Role.admin)
  @Patch(':id/role')
  async changeRole(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: ChangeRoleDto,
    @CurrentUser() principal: Principal,
  ) {
    return toUserResponse(await this.users.changeRole(principal.userId, id, dto.role as Role));
  }
}
