import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AuthService, CurrentUser, Public, Role, Roles, ThrottleAuth } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { JudgeService } from '@app/judging';
import type { JudgeInvitationResponse } from '@app/judging';
import type { Locale } from '@app/platform';
import {
  FORM_LEVEL,
  FormErrors,
  attempt,
  formFailureOf,
  keptValues,
  linkToken,
  readForm,
} from '../platform/page-form';
import { judgingFailureOf, SetPasswordForm } from './judging-page-forms';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';
import { PageIdPipe } from '../platform/page-id.pipe';

type FormBody = Record<string, unknown>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An invited judge's first password, and the judge's answer to invitations. */
@ApiExcludeController()
@Controller()
export class JudgingInvitationPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly auth: AuthService,
    private readonly judges: JudgeService,
  ) {}

  @Get('set-password')
  @Public()
  setPasswordForm(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Query('token') token: unknown,
    @Query('invitation') invitation: unknown,
  ) {
    const linked = linkToken(token);
    if (!linked)
      return this.renderSetPassword(request, reply, { failed: 'errors.INVALID_TOKEN' }, 400);
    const values = {
      token: linked,
      invitation: typeof invitation === 'string' && UUID.test(invitation) ? invitation : '',
    };
    return this.renderSetPassword(request, reply, { values });
  }

  @Post('set-password')
  @Public()
  @ThrottleAuth()
  async setPassword(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Body() body: FormBody,
  ) {
    const form = readForm(SetPasswordForm, body);
    const values = keptValues(body);
    if (!form.ok)
      return this.renderSetPassword(request, reply, { values, errors: form.errors }, 400);
    if (form.value.newPassword !== form.value.confirmPassword) {
      const errors: FormErrors = { confirmPassword: 'fieldErrors.mismatch' };
      return this.renderSetPassword(request, reply, { values, errors }, 400);
    }
    const failure = await attempt(async () => {
      await this.auth.setPassword(form.value.token, form.value.newPassword);
    }, formFailureOf);
    if (failure) {
      const failed = failure.errors[FORM_LEVEL];
      return this.renderSetPassword(
        request,
        reply,
        { values, errors: failure.errors, failed },
        failure.status,
      );
    }
    const next = form.value.invitation
      ? `/judging/invitations/${form.value.invitation}`
      : '/judging/invitations';
    return this.renderSetPassword(request, reply, {
      done: true,
      signInLink: `/login?next=${encodeURIComponent(next)}`,
    });
  }

  @Get('judging/invitations')
  @Roles(Role.judge)
  async list(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
  ) {
    const locale = this.pages.localeOf(request);
    const invitations = await this.judges.invitationsOf(principal.userId);
    return this.pages.render(request, reply, 'judging/invitations', {
      invitations: invitations.map((i) => view(i, locale)),
    });
  }

  @Get('judging/invitations/:id')
  @Roles(Role.judge)
  async show(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
  ) {
    const invitation = await this.judges.invitation(principal.userId, id);
    return this.pages.render(request, reply, 'judging/invitations-show', {
      invitation: view(invitation, this.pages.localeOf(request)),
    });
  }

  @Post('judging/invitations/:id')
  @Roles(Role.judge)
  async answer(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Body() body: FormBody,
  ) {
    const userId = principal.userId;
    const answer =
      body.answer === 'accept' ? 'accept' : body.answer === 'decline' ? 'decline' : null;
    try {
      if (!answer) throw new Error('no answer');
      await this.judges.answer(userId, id, answer);
    } catch (error) {
      const failure = answer
        ? judgingFailureOf(error)
        : { failed: 'fieldErrors.notChoice', errors: {}, status: 400 };
      if (!failure) throw error;
      const invitation = await this.judges.invitation(userId, id);
      return this.pages.render(
        request,
        reply,
        'judging/invitations-show',
        { invitation: view(invitation, this.pages.localeOf(request)), failed: failure.failed },
        failure.status,
      );
    }
    return reply.redirect(`/judging/invitations/${id}?answered=1`, 303);
  }

  private renderSetPassword(
    request: PageRequest,
    reply: FastifyReply,
    data: Record<string, unknown>,
    status = 200,
  ) {
    return this.pages.render(request, reply, 'judging/invitations-set-password', data, status);
  }
}

function view(invitation: JudgeInvitationResponse, locale: Locale) {
  return {
    id: invitation.id,
    contestName: locale === 'en' ? invitation.contestNameEn : invitation.contestNameVi,
    contestSlug: invitation.contestSlug,
    status: invitation.status,
    categoryKeys: invitation.categoryKeys,
    fieldKeys: invitation.fieldKeys,
  };
}
