import {
  Body,
  Controller,
  createParamDecorator,
  ExecutionContext,
  HttpCode,
  Post,
  UseGuards,
} from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import {
  AuthService,
  ClientAddress,
  CurrentUser,
  ForgotPasswordDto,
  LocalAuthGuard,
  LoginDto,
  Public,
  RefreshDto,
  RegisterDto,
  ResetPasswordDto,
  SessionService,
  SignedIn,
  ThrottleAuth,
  TokenDto,
  toUserResponse,
  User,
  ChangePasswordDto,
} from '@app/accounts';
import type { Principal } from '@app/accounts';
import { toLocale } from '@app/platform';

/** The user passport-local put on the request after checking the password. */
const CurrentUserEntity = createParamDecorator(
  (_: unknown, ctx: ExecutionContext) => ctx.switchToHttp().getRequest<{ user: User }>().user,
);

@ApiTags('auth')
@Controller('api/v1/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
  ) {}

  @Public()
  @ThrottleAuth()
  @Post('register')
  async register(@Body() dto: RegisterDto, @ClientAddress() client: string) {
    return toUserResponse(
      await this.auth.register({ ...dto, locale: toLocale(dto.locale) }, client),
    );
  }

  @Public()
  @ThrottleAuth()
  @Post('verify-email')
  @HttpCode(200)
  async verifyEmail(@Body() dto: TokenDto) {
    return toUserResponse(await this.auth.verifyEmail(dto.token));
  }

  @Public()
  @ThrottleAuth()
  @UseGuards(LocalAuthGuard)
  @ApiBody({ type: LoginDto })
  @Post('login')
  @HttpCode(200)
  async login(@Body() _dto: LoginDto, @CurrentUserEntity() user: User) {
    return { ...(await this.sessions.startApiSession(user)), user: toUserResponse(user) };
  }

  @Public()
  @ThrottleAuth()
  @Post('refresh')
  @HttpCode(200)
  refresh(@Body() dto: RefreshDto) {
    return this.sessions.refresh(dto.refreshToken);
  }

  @SignedIn()
  @Post('logout')
  @HttpCode(204)
  async logout(@CurrentUser() principal: Principal) {
    await this.sessions.revoke(principal.sessionId, 'logout');
  }

  @Public()
  @ThrottleAuth()
  @Post('password/forgot')
  @HttpCode(202)
  async forgot(@Body() dto: ForgotPasswordDto, @ClientAddress() client: string) {
    await this.auth.forgotPassword(dto.email, toLocale(dto.locale), client);
    return { message: 'If an account exists for this address, a reset link has been sent.' };
  }

  @Public()
  @ThrottleAuth()
  @Post('password/reset')
  @HttpCode(204)
  async reset(@Body() dto: ResetPasswordDto) {
    await this.auth.resetPassword(dto.token, dto.newPassword);
  }

  @SignedIn()
  @ThrottleAuth()
  @Post('password/change')
  @HttpCode(204)
  async change(@Body() dto: ChangePasswordDto, @CurrentUser() principal: Principal) {
    await this.auth.changePassword(
      principal.userId,
      dto.currentPassword,
      dto.newPassword,
      principal.sessionId,
    );
  }

  @SignedIn()
  @Post('verify-email/resend')
  @HttpCode(202)
  async resend(@CurrentUser() principal: Principal) {
    await this.auth.resendVerification(principal.userId);
    return { message: 'A new verification link has been sent.' };
  }
}
