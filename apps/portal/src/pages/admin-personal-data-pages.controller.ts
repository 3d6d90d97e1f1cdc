import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { EraseUserDto, PersonalDataService, Role, Roles, UserService } from '@app/accounts';
import type { Principal, User } from '@app/accounts';
import { formatVietnamDate } from '@app/platform/time/vietnam-time';
import { idOf } from './organizer-view';
import { attempt, keptValues, readForm, type FormErrors } from './page-form';
import { AccountLookupForm } from './page-forms.dto';
import { PageRenderer, type PageRequest } from './page-renderer.service';
import { asMessages, erasureFailureOf, sendExport } from './personal-data-view';

interface PageState {
  email?: string;
  account?: User | null;
  values?: Record<string, string>;
  errors?: FormErrors;
  erased?: boolean;
}

/** An administrator carries out a person's written request: export or erasure, both audited. */
@ApiExcludeController()
@Roles(Role.admin)
@Controller('admin/personal-data')
export class AdminPersonalDataPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly users: UserService,
    private readonly personalData: PersonalDataService,
  ) {}

  @Get()
  async lookup(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Query('email') email: unknown,
  ) {
    if (email === undefined || email === '') return this.renderPage(request, reply, {});
    const form = readForm(AccountLookupForm, { email });
    if (!form.ok)
      return this.renderPage(request, reply, { errors: { email: 'validation.email' } }, 400);
    const found = await this.users.findByEmail(form.value.email);
    return this.renderPage(request, reply, {
      email: form.value.email,
      account: found && !found.erasedAt ? found : null,
    });
  }

  @Get(':id/download')
  async download(@Req() request: PageRequest, @Res() reply: FastifyReply, @Param('id') id: string) {
    const admin = request.principal as Principal;
    await sendExport(
      reply,
      await this.personalData.export(idOf(id), { kind: 'admin', userId: admin.userId }),
    );
  }

  @Post(':id/erase')
  async erase(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
  ) {
    const account = await this.users.findById(idOf(id));
    if (!account || account.erasedAt)
      return this.renderPage(request, reply, { account: null }, 404);
    const values = keptValues(body);
    const form = readForm(EraseUserDto, body, { confirm: 'personalData.confirmRequired' });
    if (!form.ok)
      return this.renderPage(request, reply, { account, values, errors: form.errors }, 400);
    const admin = request.principal as Principal;
    const failure = await attempt(
      () => this.personalData.eraseByAdmin(admin.userId, account.id, form.value.reason),
      erasureFailureOf,
    );
    if (failure)
      return this.renderPage(
        request,
        reply,
        { account, values, errors: failure.errors },
        failure.status,
      );
    return this.renderPage(request, reply, { erased: true });
  }

  private renderPage(request: PageRequest, reply: FastifyReply, state: PageState, status = 200) {
    const account = state.account;
    return this.pages.render(
      request,
      reply,
      'admin/personal-data',
      {
        email: state.email ?? account?.email ?? '',
        searched: state.account !== undefined,
        account: account && {
          id: account.id,
          email: account.email,
          fullName: account.fullName,
          role: account.role,
          createdAt: formatVietnamDate(new Date(account.createdAt)),
        },
        values: state.values ?? {},
        errors: asMessages(state.errors ?? {}),
        erased: state.erased ?? false,
      },
      status,
    );
  }
}
