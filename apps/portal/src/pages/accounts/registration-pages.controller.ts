import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AuthService, clientAddressOf, CONSENT_VERSION, Public, ThrottleAuth } from '@app/accounts';
import { RegisterForm, TokenForm } from './page-forms.dto';
import { attempt, formFailureOf, keptValues, linkToken, readForm } from '../platform/page-form';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';

type FormBody = Record<string, unknown>;

/** Registration and e-mail verification. */
@ApiExcludeController()
@Controller()
export class RegistrationPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly auth: AuthService,
  ) {}

  @Get('register')
  @Public()
  form(@Req() request: PageRequest, @Res() reply: FastifyReply) {
    if (request.principal) return reply.redirect('/home', 303);
    return this.pages.render(request, reply, 'register', { consentVersion: CONSENT_VERSION });
  }

  @Post('register')
  @Public()
  @ThrottleAuth()
  async register(@Req() request: PageRequest, @Res() reply: FastifyReply, @Body() body: FormBody) {
    const form = readForm(RegisterForm, body, {
      consent: 'fieldErrors.consentRequired',
      phone: 'fieldErrors.notPhone',
    });
    if (!form.ok) return this.again(request, reply, body, form.errors, 400);
    const failure = await attempt(async () => {
      await this.auth.register(
        {
          email: form.value.email,
          password: form.value.password,
          fullName: form.value.fullName,
          phone: form.value.phone ?? null,
          organization: form.value.organization ?? null,
          locale: this.pages.localeOf(request),
          consent: true,
        },
        clientAddressOf(request),
      );
    }, formFailureOf);
    if (failure) {
      return this.again(request, reply, body, failure.errors, failure.status);
    }
    // Post/redirect/get: reloading the next page does not register twice.
    return reply.redirect('/register/check-email', 303);
  }

  @Get('register/check-email')
  @Public()
  checkEmail(@Req() request: PageRequest, @Res() reply: FastifyReply) {
    return this.pages.render(request, reply, 'check-email');
  }

  /**
   * The link in the mail only shows a confirm button: mail scanners and link previews
   * fetch links, and a GET that verified would spend the token on them.
   */
  @Get('verify-email')
  @Public()
  verifyForm(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Query('token') token: unknown,
  ) {
    const linked = linkToken(token);
    if (!linked)
      return this.pages.render(
        request,
        reply,
        'verify-email-result',
        { failed: 'verify.missingToken' },
        400,
      );
    return this.pages.render(request, reply, 'verify-email', { token: linked });
  }

  @Post('verify-email')
  @Public()
  @ThrottleAuth()
  async verify(@Req() request: PageRequest, @Res() reply: FastifyReply, @Body() body: FormBody) {
    const form = readForm(TokenForm, body);
    if (!form.ok) {
      return this.pages.render(
        request,
        reply,
        'verify-email-result',
        { failed: 'verify.missingToken' },
        400,
      );
    }
    try {
      const user = await this.auth.verifyEmail(form.value.token);
      // The principal was read before the change: keep the banner off this very page.
      if (request.principal?.userId === user.id) request.principal.emailVerified = true;
    } catch (error) {
      const failure = formFailureOf(error);
      if (!failure) throw error;
      const failed = Object.values(failure.errors)[0];
      return this.pages.render(request, reply, 'verify-email-result', { failed }, failure.status);
    }
    return this.pages.render(request, reply, 'verify-email-result', { failed: null });
  }

  private again(
    request: PageRequest,
    reply: FastifyReply,
    body: FormBody,
    errors: Record<string, string>,
    status: number,
  ) {
    return this.pages.render(
      request,
      reply,
      'register',
      { values: keptValues(body), errors, consentVersion: CONSENT_VERSION },
      status,
    );
  }
}
