import {
  Body,
  Controller,
  createParamDecorator,
  ExecutionContext,
  HttpCode,
  Post,
  UseGuards,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
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
  UserResponse,
  User,
  ChangePasswordDto,
} from '@app/accounts';
import type { Principal } from '@app/accounts';
import { ErrorCode, toLocale } from '@app/platform';
import { ApiErrors } from './api-errors';
import { ApiTag } from './api-tags';
import { LoginResponse, MessageResponse, TokenPairResponse } from './responses/auth-response.dto';

/** The user passport-local put on the request after checking the password. */
const CurrentUserEntity = createParamDecorator(
  (_: unknown, ctx: ExecutionContext) => ctx.switchToHttp().getRequest<{ user: User }>().user,
);

@ApiTags(ApiTag.auth)
@Controller('api/v1/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
  ) {}

  @Public()
  @ThrottleAuth()
  @Post('register')
  @ApiErrors(ErrorCode.EMAIL_TAKEN, ErrorCode.WEAK_PASSWORD, ErrorCode.CONSENT_REQUIRED)
  @ApiOperation({
    summary: 'Register an account',
    description:
      'Anyone; throttled per client address. Creates an applicant account from `{email, password, fullName, phone?, organization?, locale?, consent: true}` and mails a verification link (`PUBLIC_URL/verify-email?token=...`, valid 72 h, once). 201 with the user. 409 EMAIL_TAKEN for an address in use (case-insensitive), 400 WEAK_PASSWORD, 400 CONSENT_REQUIRED without consent, 400 VALIDATION_FAILED.',
  })
  @ApiCreatedResponse({ type: UserResponse })
  async register(@Body() dto: RegisterDto, @ClientAddress() client: string) {
    return toUserResponse(
      await this.auth.register({ ...dto, locale: toLocale(dto.locale) }, client),
    );
  }

  @Public()
  @ThrottleAuth()
  @Post('verify-email')
  @HttpCode(200)
  @ApiErrors(ErrorCode.INVALID_TOKEN, ErrorCode.TOKEN_EXPIRED)
  @ApiOperation({
    summary: 'Verify an e-mail address',
    description:
      'Anyone with the mailed link; throttled. `{token}` from the verification mail (valid 72 h, usable once) marks the address verified and returns the user. 400 INVALID_TOKEN for an unknown or used token, 400 TOKEN_EXPIRED after 72 h.',
  })
  @ApiOkResponse({ type: UserResponse })
  async verifyEmail(@Body() dto: TokenDto) {
    return toUserResponse(await this.auth.verifyEmail(dto.token));
  }

  @Public()
  @ThrottleAuth()
  @UseGuards(LocalAuthGuard)
  @ApiBody({ type: LoginDto })
  @Post('login')
  @HttpCode(200)
  @ApiErrors(ErrorCode.INVALID_CREDENTIALS, ErrorCode.TOO_MANY_REQUESTS)
  @ApiOperation({
    summary: 'Sign in',
    description:
      'Anyone; throttled per client address and account. `{email, password}` -> `{accessToken, refreshToken, expiresIn, user}`; send the access token as `Authorization: Bearer`. 401 INVALID_CREDENTIALS for a wrong e-mail or password (the same answer for both), 429 TOO_MANY_REQUESTS when throttled.',
  })
  @ApiOkResponse({ type: LoginResponse })
  async login(@Body() _dto: LoginDto, @CurrentUserEntity() user: User) {
    return { ...(await this.sessions.startApiSession(user)), user: toUserResponse(user) };
  }

  @Public()
  @ThrottleAuth()
  @Post('refresh')
  @HttpCode(200)
  @ApiErrors(ErrorCode.UNAUTHENTICATED)
  @ApiOperation({
    summary: 'Rotate the token pair',
    description:
      'Anyone holding a refresh token; throttled. `{refreshToken}` -> a new `{accessToken, refreshToken, expiresIn}`; the old refresh token stops working, and reusing it ends the whole session. 401 UNAUTHENTICATED for an unknown, expired or revoked token.',
  })
  @ApiOkResponse({ type: TokenPairResponse })
  refresh(@Body() dto: RefreshDto) {
    return this.sessions.refresh(dto.refreshToken);
  }

  @SignedIn()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Sign out',
    description:
      "Signed in. Ends the caller's session: its access and refresh tokens stop working. 204.",
  })
  @ApiNoContentResponse()
  async logout(@CurrentUser() principal: Principal) {
    await this.sessions.revoke(principal.sessionId, 'logout');
  }

  @Public()
  @ThrottleAuth()
  @Post('password/forgot')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Ask for a password reset link',
    description:
      'Anyone; throttled. `{email, locale?}` -> always 202 with the same message, whether or not the account exists (no account discovery); when it exists a reset link is mailed (valid 1 h, once).',
  })
  @ApiAcceptedResponse({ type: MessageResponse })
  async forgot(@Body() dto: ForgotPasswordDto, @ClientAddress() client: string) {
    await this.auth.forgotPassword(dto.email, toLocale(dto.locale), client);
    return { message: 'If an account exists for this address, a reset link has been sent.' };
  }

  @Public()
  @ThrottleAuth()
  @Post('password/reset')
  @HttpCode(204)
  @ApiErrors(ErrorCode.INVALID_TOKEN, ErrorCode.TOKEN_EXPIRED, ErrorCode.WEAK_PASSWORD)
  @ApiOperation({
    summary: 'Reset the password with the mailed token',
    description:
      'Anyone with the reset link; throttled. `{token, newPassword}` sets the password and ends every session of the account. 204. 400 INVALID_TOKEN, 400 TOKEN_EXPIRED, 400 WEAK_PASSWORD.',
  })
  @ApiNoContentResponse()
  async reset(@Body() dto: ResetPasswordDto) {
    await this.auth.resetPassword(dto.token, dto.newPassword);
  }

  @SignedIn()
  @ThrottleAuth()
  @Post('password/change')
  @HttpCode(204)
  @ApiErrors(ErrorCode.INVALID_CREDENTIALS, ErrorCode.WEAK_PASSWORD)
  @ApiOperation({
    summary: "Change one's password",
    description:
      "Signed in; throttled. `{currentPassword, newPassword}` changes the password and ends the caller's other sessions (this one stays). 204. 401 INVALID_CREDENTIALS for a wrong current password, 400 WEAK_PASSWORD.",
  })
  @ApiNoContentResponse()
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
  @ApiOperation({
    summary: 'Send a new verification link',
    description:
      'Signed in. Mails a new e-mail verification link (earlier links stop working). 202 with a message.',
  })
  @ApiAcceptedResponse({ type: MessageResponse })
  async resend(@CurrentUser() principal: Principal) {
    await this.auth.resendVerification(principal.userId);
    return { message: 'A new verification link has been sent.' };
  }
}
