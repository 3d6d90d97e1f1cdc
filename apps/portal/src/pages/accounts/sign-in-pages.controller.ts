import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AuthService, clientAddressOf, Public, SessionService, ThrottleAuth } from '@app/accounts';
import { AppConfig } from '@app/platform';
import { LoginForm } from './page-forms.dto';
import { FormErrors, formFailureOf, keptValues, readForm } from '../platform/page-form';
import { safeLocalPath } from '../platform/page-paths';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';
import { clearSessionCookie, setSessionCookie } from '../platform/session-cookie';

type FormBody = Record<string, unknown>;

/** Signing in and out of the pages (a session cookie; the API uses bearer tokens). */
@ApiExcludeController()
@Controller()
export class SignInPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly config: AppConfig,
  ) {}

  @Get('login')
  @Public()
  form(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Query('next') next: unknown,
    @Query('signed-out') signedOut: unknown,
  ) {
    if (request.principal) return reply.redirect(safeLocalPath(next) ?? '/home', 303);
    return this.pages.render(request, reply, 'login', {
      values: { next: safeLocalPath(next) ?? '' },
      signedOut: signedOut !== undefined,
    });
  }

  @Post('login')
  @Public()
  @ThrottleAuth()
  async login(@Req() request: PageRequest, @Res() reply: FastifyReply, @Body() body: FormBody) {
    const form = readForm(LoginForm, body);
    if (!form.ok) return this.again(request, reply, body, form.errors, 400);
    let user;
    try {
      user = await this.auth.validateCredentials(
        form.value.email,
        form.value.password,
        clientAddressOf(request),
      );
    } catch (error) {
      const failure = formFailureOf(error);
      if (!failure) throw error;
      return this.again(request, reply, body, failure.errors, failure.status);
    }
    setSessionCookie(reply, this.config.publicUrl, await this.sessions.startWebSession(user));
    return reply.redirect(safeLocalPath(form.value.next) ?? '/home', 303);
  }

  /** Public so that signing out with an already expired session still clears the cookie. */
  @Post('logout')
  @Public()
  async logout(@Req() request: PageRequest, @Res() reply: FastifyReply) {
    if (request.principal) await this.sessions.revoke(request.principal.sessionId, 'logout');
    clearSessionCookie(reply, this.config.publicUrl);
    return reply.redirect('/login?signed-out=1', 303);
  }

  private again(
    request: PageRequest,
    reply: FastifyReply,
    body: FormBody,
    errors: FormErrors,
    status: number,
  ) {
    const values = keptValues(body);
    values.next = safeLocalPath(values.next) ?? '';
    return this.pages.render(request, reply, 'login', { values, errors }, status);
  }
}
