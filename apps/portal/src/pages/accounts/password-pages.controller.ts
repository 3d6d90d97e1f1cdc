import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  CurrentUser,
  AuthService,
  clientAddressOf,
  Public,
  SignedIn,
  ThrottleAuth,
} from '@app/accounts';
import type { Principal } from '@app/accounts';
import { ChangePasswordForm, ForgotPasswordForm, ResetPasswordForm } from './page-forms.dto';
import {
  FORM_LEVEL,
  FormErrors,
  attempt,
  formFailureOf,
  keptValues,
  linkToken,
  readForm,
} from '../platform/page-form';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';

type FormBody = Record<string, unknown>;

const MISMATCH: FormErrors = { confirmPassword: 'fieldErrors.mismatch' };

/** Forgotten, reset and changed passwords. */
@ApiExcludeController()
@Controller()
export class PasswordPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly auth: AuthService,
  ) {}

  @Get('forgot-password')
  @Public()
  forgotForm(@Req() request: PageRequest, @Res() reply: FastifyReply) {
    return this.pages.render(request, reply, 'forgot-password');
  }

  /** The same answer whether or not the address has an account. */
  @Post('forgot-password')
  @Public()
  @ThrottleAuth()
  async forgot(@Req() request: PageRequest, @Res() reply: FastifyReply, @Body() body: FormBody) {
    const form = readForm(ForgotPasswordForm, body);
    if (!form.ok) {
      return this.pages.render(
        request,
        reply,
        'forgot-password',
        { values: keptValues(body), errors: form.errors },
        400,
      );
    }
    await this.auth.forgotPassword(
      form.value.email,
      this.pages.localeOf(request),
      clientAddressOf(request),
    );
    return this.pages.render(request, reply, 'forgot-password', { sent: true });
  }

  @Get('reset-password')
  @Public()
  resetForm(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Query('token') token: unknown,
  ) {
    const linked = linkToken(token);
    if (!linked)
      return this.pages.render(
        request,
        reply,
        'reset-password',
        { failed: 'errors.INVALID_TOKEN' },
        400,
      );
    return this.pages.render(request, reply, 'reset-password', { values: { token: linked } });
  }

  @Post('reset-password')
  @Public()
  @ThrottleAuth()
  async reset(@Req() request: PageRequest, @Res() reply: FastifyReply, @Body() body: FormBody) {
    const form = readForm(ResetPasswordForm, body);
    const values = keptValues(body);
    if (!form.ok)
      return this.pages.render(
        request,
        reply,
        'reset-password',
        { values, errors: form.errors },
        400,
      );
    if (form.value.newPassword !== form.value.confirmPassword) {
      return this.pages.render(request, reply, 'reset-password', { values, errors: MISMATCH }, 400);
    }
    const failure = await attempt(async () => {
      await this.auth.resetPassword(form.value.token, form.value.newPassword);
    }, formFailureOf);
    if (failure) {
      // A bad or used link cannot be fixed by retyping: show it instead of the form.
      const failed = failure.errors[FORM_LEVEL];
      return this.pages.render(
        request,
        reply,
        'reset-password',
        { values, errors: failure.errors, failed },
        failure.status,
      );
    }
    return this.pages.render(request, reply, 'reset-password', { done: true });
  }

  @Get('account/password')
  @SignedIn()
  changeForm(@Req() request: PageRequest, @Res() reply: FastifyReply) {
    return this.pages.render(request, reply, 'change-password');
  }

  @Post('account/password')
  @SignedIn()
  @ThrottleAuth()
  async change(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Body() body: FormBody,
  ) {
    const form = readForm(ChangePasswordForm, body);
    if (!form.ok)
      return this.pages.render(request, reply, 'change-password', { errors: form.errors }, 400);
    if (form.value.newPassword !== form.value.confirmPassword) {
      return this.pages.render(request, reply, 'change-password', { errors: MISMATCH }, 400);
    }
    const failure = await attempt(
      async () => {
        await this.auth.changePassword(
          principal.userId,
          form.value.currentPassword,
          form.value.newPassword,
          principal.sessionId,
        );
      },
      (error) => formFailureOf(error, { currentPassword: 'errors.WRONG_CURRENT_PASSWORD' }),
    );
    if (failure) {
      return this.pages.render(
        request,
        reply,
        'change-password',
        { errors: failure.errors },
        failure.status,
      );
    }
    return this.pages.render(request, reply, 'change-password', { done: true });
  }
}
