import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  CurrentUser,
  DeleteAccountDto,
  PersonalDataService,
  ProfileService,
  SignedIn,
  ThrottleAuth,
  UpdateProfileDto,
  UserService,
} from '@app/accounts';
import type { Principal } from '@app/accounts';
import { AppConfig, DomainError, ErrorCode } from '@app/platform';
import {
  attempt,
  formFailureOf,
  keptValues,
  readForm,
  type FormErrors,
} from '../platform/page-form';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';
import {
  asMessages,
  erasureFailureOf,
  PROFILE_CHOICES,
  profileInput,
  profileValues,
  sendExport,
} from './personal-data-view';
import { clearSessionCookie } from '../platform/session-cookie';

type FormBody = Record<string, unknown>;

interface PageState {
  values?: Record<string, string>;
  profileErrors?: FormErrors;
  deleteErrors?: FormErrors;
  saved?: boolean;
}

/** "Dữ liệu cá nhân": the person downloads, corrects and deletes their own data. */
@ApiExcludeController()
@SignedIn()
@Controller('me/data')
export class PersonalDataPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly users: UserService,
    private readonly profile: ProfileService,
    private readonly personalData: PersonalDataService,
    private readonly config: AppConfig,
  ) {}

  @Get()
  show(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Query('saved') saved: unknown,
  ) {
    return this.renderPage(request, principal, reply, { saved: saved === '1' });
  }

  @Get('download')
  async download(@CurrentUser() { userId }: Principal, @Res() reply: FastifyReply) {
    await sendExport(reply, await this.personalData.export(userId, { kind: 'self', userId }));
  }

  @Post('profile')
  async updateProfile(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Body() body: FormBody,
  ) {
    const values = keptValues(body);
    const { input, errors } = profileInput(body);
    const form = readForm(UpdateProfileDto, input);
    if (!form.ok || Object.keys(errors).length > 0) {
      const profileErrors = { ...(form.ok ? {} : form.errors), ...errors };
      return this.renderPage(request, principal, reply, { values, profileErrors }, 400);
    }
    const failure = await attempt(
      () => this.profile.update(principal.userId, form.value),
      (error) => formFailureOf(error, { dateOfBirth: 'fieldErrors.notDate' }),
    );
    if (failure)
      return this.renderPage(
        request,
        principal,
        reply,
        { values, profileErrors: failure.errors },
        failure.status,
      );
    // Post/redirect/get: a reload does not post the form again.
    return reply.redirect('/me/data?saved=1', 303);
  }

  @Post('delete')
  @ThrottleAuth()
  async deleteAccount(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Body() body: FormBody,
  ) {
    const form = readForm(DeleteAccountDto, body, { confirm: 'personalData.confirmRequired' });
    if (!form.ok)
      return this.renderPage(request, principal, reply, { deleteErrors: form.errors }, 400);
    const failure = await attempt(
      () => this.personalData.eraseOwn(principal.userId, form.value.password),
      erasureFailureOf,
    );
    if (failure)
      return this.renderPage(
        request,
        principal,
        reply,
        { deleteErrors: failure.errors },
        failure.status,
      );
    clearSessionCookie(reply, this.config.publicUrl);
    // The session has ended: the confirmation is shown to a signed-out visitor.
    request.principal = undefined;
    return this.pages.render(request, reply, 'me/deleted');
  }

  private async renderPage(
    request: PageRequest,
    principal: Principal,
    reply: FastifyReply,
    state: PageState,
    status = 200,
  ) {
    const user = await this.users.findById(principal.userId);
    if (!user || user.erasedAt) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in again');
    return this.pages.render(
      request,
      reply,
      'me/data',
      {
        ...PROFILE_CHOICES,
        email: user.email,
        values: state.values ?? profileValues(user),
        profileErrors: asMessages(state.profileErrors ?? {}),
        deleteErrors: asMessages(state.deleteErrors ?? {}),
        saved: state.saved ?? false,
      },
      status,
    );
  }
}
