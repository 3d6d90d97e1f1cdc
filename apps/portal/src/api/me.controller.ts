import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, SignedIn, toUserResponse, UserResponse, UserService } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { DomainError, ErrorCode } from '@app/platform';

@ApiTags('me')
@Controller('api/v1/me')
export class MeController {
  constructor(private readonly users: UserService) {}

  @SignedIn()
  @Get()
  @ApiOkResponse({ type: UserResponse })
  async me(@CurrentUser() principal: Principal) {
    const user = await this.users.findById(principal.userId);
    if (!user) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in again');
    return toUserResponse(user);
  }
}
