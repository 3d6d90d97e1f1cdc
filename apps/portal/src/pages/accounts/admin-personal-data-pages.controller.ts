import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  CurrentUser,
  AdminProfileCorrectionDto,
  EraseUserDto,
  PersonalDataService,
  ProfileService,
  Role,
  Roles,
  UserService,
} from '@app/accounts';
import type { Principal, User } from '@app/accounts';
import { formatDay } from '@app/platform';
import {
  attempt,
  formFailureOf,
  keptValues,
  readForm,
  type FormErrors,
} from '../platform/page-form';
import { AccountLookupForm } from './page-forms.dto';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';
import {
  asMessages,
  erasureFailureOf,
  PROFILE_CHOICES,
  profileInput,
  profileValues,
  sendExport,
} from './personal-data-view';
import { PageIdPipe } from '../platform/page-id.pipe';

type FormBody = Record<string, unknown>;

interface PageState {
  email?: string;
  /** undefined: nothing looked up yet; null: not found. */
  account?: User | null;
  profile?: { values: Record<string, string>; errors: FormErrors };
  erase?: { values: Record<string, string>; errors: FormErrors };
  saved?: boolean;
  erased?: boolean;
}

/**
 * An administrator carries out a person's written request: their data as a download, a
 * correction of their profile, or the erasure of their account. Each is audited with the
 * request's reference.
 */
@ApiExcludeController()
@Roles(Role.admin)
@Controller('admin/personal-data')
export class AdminPersonalDataPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly users: UserService,
    private readonly profile: ProfileService,
    private readonly personalData: PersonalDataService,
  ) {}

  @Get()
  async lookup(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Query('email') email: unknown,
    @Query('saved') saved: unknown,
  ) {
    if (email === undefined || email === '') return this.renderPage(request, reply, {});
    const form = readForm(AccountLookupForm, { email });
    if (!form.ok) return this.renderPage(request, reply, { account: null }, 400);
    const found = await this.users.findByEmail(form.value.email);
    return this.renderPage(request, reply, {
      email: form.value.email,
      account: found && !found.erasedAt ? found : null,
      saved: saved === '1',
    });
  }

  @Get(':id/download')
  async download(
    @CurrentUser() admin: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
  ) {
    const document = await this.personalData.export(id, {
      kind: 'admin',
      userId: admin.userId,
    });
    await sendExport(reply, document);
  }

  @Post(':id/profile')
  async correct(
    @Req() request: PageRequest,
    @CurrentUser() admin: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Body() body: FormBody,
  ) {
    const account = await this.liveAccount(id);
    if (!account) return this.renderPage(request, reply, { account: null }, 404);
    const values = keptValues(body);
    const { input, errors } = profileInput(body);
    const form = readForm(AdminProfileCorrectionDto, input);
    if (!form.ok || Object.keys(errors).length > 0) {
      const all = { ...(form.ok ? {} : form.errors), ...errors };
      return this.renderPage(request, reply, { account, profile: { values, errors: all } }, 400);
    }
    const { reason, ...changes } = form.value;
    const failure = await attempt(
      () => this.profile.updateByAdmin(admin.userId, account.id, changes, reason),
      (error) => formFailureOf(error, { dateOfBirth: 'fieldErrors.notDate' }),
    );
    if (failure) {
      const profile = { values, errors: failure.errors };
      return this.renderPage(request, reply, { account, profile }, failure.status);
    }
    const email = encodeURIComponent(account.email);
    return reply.redirect(`/admin/personal-data?email=${email}&saved=1`, 303);
  }

  @Post(':id/erase')
  async erase(
    @Req() request: PageRequest,
    @CurrentUser() admin: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Body() body: FormBody,
  ) {
    const account = await this.liveAccount(id);
    if (!account) return this.renderPage(request, reply, { account: null }, 404);
    const values = keptValues(body);
    const form = readForm(EraseUserDto, body, { confirm: 'personalData.confirmRequired' });
    if (!form.ok)
      return this.renderPage(
        request,
        reply,
        { account, erase: { values, errors: form.errors } },
        400,
      );
    const failure = await attempt(
      () => this.personalData.eraseByAdmin(admin.userId, account.id, form.value.reason),
      erasureFailureOf,
    );
    if (failure) {
      const erase = { values, errors: failure.errors };
      return this.renderPage(request, reply, { account, erase }, failure.status);
    }
    return this.renderPage(request, reply, { erased: true });
  }

  /** `id` is a path id already checked by PageIdPipe. */
  private async liveAccount(id: string): Promise<User | null> {
    const account = await this.users.findById(id);
    return account && !account.erasedAt ? account : null;
  }

  private renderPage(request: PageRequest, reply: FastifyReply, state: PageState, status = 200) {
    const account = state.account;
    return this.pages.render(
      request,
      reply,
      'admin/personal-data',
      {
        ...PROFILE_CHOICES,
        email: state.email ?? account?.email ?? '',
        searched: account !== undefined,
        account: account && {
          id: account.id,
          email: account.email,
          fullName: account.fullName,
          role: account.role,
          createdAt: formatDay(account.createdAt),
        },
        profileValues: state.profile?.values ?? (account ? profileValues(account) : {}),
        profileErrors: asMessages(state.profile?.errors ?? {}),
        eraseValues: state.erase?.values ?? {},
        eraseErrors: asMessages(state.erase?.errors ?? {}),
        saved: state.saved ?? false,
        erased: state.erased ?? false,
      },
      status,
    );
  }
}
