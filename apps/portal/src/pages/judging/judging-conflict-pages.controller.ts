import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import {
  ADVANCE_SUBJECTS,
  ConflictDeclarationService,
  ConflictService,
  JudgeService,
} from '@app/judging';
import type { AdvanceDeclaration } from '@app/judging';
import { attempt, keptValues, readForm } from '../platform/page-form';
import { DeclareConflictForm, judgingFailureOf } from './judging-page-forms';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';
import { PageIdPipe } from '../platform/page-id.pipe';

type FormBody = Record<string, unknown>;

/** A judge's conflicts of interest: declared in advance, listed, withdrawn. */
@ApiExcludeController()
@Roles(Role.judge)
@Controller('judging/conflicts')
export class JudgingConflictPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly conflicts: ConflictService,
    private readonly declarations: ConflictDeclarationService,
    private readonly judges: JudgeService,
  ) {}

  @Get()
  show(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Query() query: Record<string, unknown>,
  ) {
    const notice = ['saved', 'pending', 'deleted'].find((key) => key in query);
    return this.render(request, principal.userId, reply, {
      notice: notice && `jury.notice.${notice}`,
    });
  }

  @Post()
  async declare(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Body() body: FormBody,
  ) {
    const form = readForm(DeclareConflictForm, body);
    const values = keptValues(body);
    if (!form.ok)
      return this.render(request, principal.userId, reply, { values, errors: form.errors }, 400);
    const declaration = form.value as AdvanceDeclaration;
    let status = '';
    const failure = await attempt(async () => {
      ({ status } = await this.declarations.declare(principal.userId, declaration));
    }, judgingFailureOf);
    if (failure) {
      return this.render(
        request,
        principal.userId,
        reply,
        { values, failed: failure.failed, errors: failure.errors },
        failure.status,
      );
    }
    // The notice says only what the judge already knows: waiting for review or in effect.
    return reply.redirect(
      `/judging/conflicts?${status === 'pending' ? 'pending' : 'saved'}=1`,
      303,
    );
  }

  @Post(':id/delete')
  async remove(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
  ) {
    const failure = await attempt(async () => {
      await this.declarations.withdraw(principal, id);
    }, judgingFailureOf);
    if (failure) {
      return this.render(
        request,
        principal.userId,
        reply,
        { failed: failure.failed },
        failure.status,
      );
    }
    return reply.redirect('/judging/conflicts?deleted=1', 303);
  }

  private async render(
    request: PageRequest,
    userId: string,
    reply: FastifyReply,
    data: Record<string, unknown>,
    status = 200,
  ) {
    const locale = this.pages.localeOf(request);
    const [invitations, conflicts] = await Promise.all([
      this.judges.invitationsOf(userId),
      this.conflicts.mine(userId),
    ]);
    const contests = invitations.map((i) => ({
      id: i.contestId,
      name: locale === 'en' ? i.contestNameEn : i.contestNameVi,
    }));
    const nameOf = new Map(contests.map((c) => [c.id, c.name]));
    return this.pages.render(
      request,
      reply,
      'judging/conflicts',
      {
        contests,
        subjects: ADVANCE_SUBJECTS,
        conflicts: conflicts.map((c) => ({ ...c, contestName: nameOf.get(c.contestId) ?? '' })),
        ...data,
      },
      status,
    );
  }
}
