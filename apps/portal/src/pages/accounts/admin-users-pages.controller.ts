import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  CurrentUser,
  ALL_ROLES,
  ChangeRoleDto,
  Role,
  RoleChangeService,
  Roles,
  UserDirectory,
  UserSearchDto,
  UserService,
} from '@app/accounts';
import type { Principal, User } from '@app/accounts';
import { DomainError, ErrorCode } from '@app/platform';
import { attempt, FORM_LEVEL, readForm, type FormErrors } from '../platform/page-form';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';
import { asMessages } from './personal-data-view';
import { PageIdPipe } from '../platform/page-id.pipe';

/** Enough to find anyone by a few letters of their name; the page asks to narrow beyond. */
const PAGE_SIZE = 50;

/** The refusals of the role rule the page explains; anything else is the error page's. */
const ROLE_REFUSALS = new Set<ErrorCode>([ErrorCode.OWN_ADMIN_ROLE, ErrorCode.LAST_ADMIN]);

/**
 * "Tài khoản và vai trò": an administrator finds an account and changes its role in two
 * steps, choose then confirm, because a role change ends the person's sessions and gives
 * or takes rights (a second organizer is needed to confirm advancement overrides). The
 * rules and the audit are RoleChangeService's, the same as the API's and the CLI's.
 */
@ApiExcludeController()
@Roles(Role.admin)
@Controller('admin/users')
export class AdminUsersPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly users: UserService,
    private readonly directory: UserDirectory,
    private readonly roles: RoleChangeService,
  ) {}

  @Get()
  async list(
    @Req() request: PageRequest,
    @CurrentUser() admin: Principal,
    @Res() reply: FastifyReply,
    @Query('q') q: unknown,
    @Query('role') role: unknown,
  ) {
    const form = readForm(UserSearchDto, { q, role });
    const filters = form.ok ? form.value : {};
    const { users, total } = await this.directory.search({
      ...filters,
      limit: PAGE_SIZE,
      offset: 0,
    });
    return this.pages.render(
      request,
      reply,
      'admin/users',
      {
        roles: ALL_ROLES,
        filters: { q: typeof q === 'string' ? q : '', role: filters.role ?? '' },
        searchErrors: asMessages(form.ok ? {} : form.errors),
        users: users.map((user) => ({ ...summary(user), self: user.id === admin.userId })),
        total,
        shown: users.length,
      },
      form.ok ? 200 : 400,
    );
  }

  /** The account, and the role to give it; with `?role=` the confirmation of that change. */
  @Get(':id')
  async show(
    @Req() request: PageRequest,
    @CurrentUser() admin: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Query('role') role: unknown,
    @Query('changed') changed: unknown,
  ) {
    const account = await this.liveAccount(id);
    const chosen = role === undefined || role === '' ? null : readForm(ChangeRoleDto, { role });
    if (chosen && !chosen.ok)
      return this.renderAccount(request, admin, reply, account, { errors: chosen.errors }, 400);
    return this.renderAccount(request, admin, reply, account, {
      proposed: chosen?.ok && chosen.value.role !== account.role ? chosen.value.role : null,
      changed: changed === '1',
    });
  }

  @Post(':id/role')
  async changeRole(
    @Req() request: PageRequest,
    @CurrentUser() admin: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Body() body: Record<string, unknown>,
  ) {
    const account = await this.liveAccount(id);
    const form = readForm(ChangeRoleDto, body);
    if (!form.ok)
      return this.renderAccount(request, admin, reply, account, { errors: form.errors }, 400);
    const failure = await attempt(
      () =>
        this.roles.change({
          actorId: admin.userId,
          userId: account.id,
          role: form.value.role,
          by: 'admin-page',
        }),
      (error) =>
        error instanceof DomainError && ROLE_REFUSALS.has(error.code)
          ? { [FORM_LEVEL]: `adminUsers.refused.${error.code}` }
          : undefined,
    );
    if (failure)
      return this.renderAccount(request, admin, reply, account, { errors: failure }, 409);
    // Post/redirect/get: a reload does not post the change again.
    return reply.redirect(`/admin/users/${account.id}?changed=1`, 303);
  }

  /** `id` is a path id already checked by PageIdPipe. */
  private async liveAccount(id: string): Promise<User> {
    const account = await this.users.findById(id);
    if (!account || account.erasedAt) throw new DomainError(ErrorCode.NOT_FOUND, 'No such account');
    return account;
  }

  private async renderAccount(
    request: PageRequest,
    admin: Principal,
    reply: FastifyReply,
    account: User,
    state: { proposed?: Role | null; changed?: boolean; errors?: FormErrors },
    status = 200,
  ) {
    const history = await this.directory.roleHistory(account.id);
    const actors = await Promise.all(
      [...new Set(history.map((h) => h.actorId).filter((a): a is string => !!a))].map((a) =>
        this.users.findById(a),
      ),
    );
    const nameOf = (actorId: string | null) =>
      actors.find((actor) => actor?.id === actorId)?.fullName ?? null;
    return this.pages.render(
      request,
      reply,
      'admin/user',
      {
        account: { ...summary(account), self: account.id === admin.userId },
        roles: ALL_ROLES,
        proposed: state.proposed ?? null,
        changed: state.changed ?? false,
        errors: asMessages(state.errors ?? {}),
        history: history.map((h) => ({ ...h, actor: nameOf(h.actorId) })),
      },
      status,
    );
  }
}

function summary(user: User) {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    title: user.title,
    organization: user.organization,
    phone: user.phone,
    role: user.role,
    createdAt: user.createdAt,
  };
}
