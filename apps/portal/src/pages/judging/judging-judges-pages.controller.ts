import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { ContestService } from '@app/contests';
import type { ContestAdminResponse } from '@app/contests';
import {
  ConflictDeclarationService,
  ConflictService,
  ConflictSubject,
  JudgeService,
} from '@app/judging';
import { inLocale } from '../contests/contest-view';
import { contestHeader } from '../contests/organizer-view';
import { attempt, keptValues, readForm } from '../platform/page-form';
import {
  InviteJudgeForm,
  judgingFailureOf,
  listOf,
  RecordConflictForm,
} from './judging-page-forms';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';
import { PageIdPipe } from '../platform/page-id.pipe';

type FormBody = Record<string, unknown>;

interface PageState {
  values?: Record<string, unknown>;
  errors?: Record<string, string>;
  failed?: string;
  form?: 'invite' | 'record';
  notice?: string;
}

/** Organizers: a contest's judges (invite, status) and its conflicts of interest. */
@ApiExcludeController()
@Roles(Role.organizer)
@Controller('organizer/contests/:id/judges')
export class JudgingJudgesPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly contests: ContestService,
    private readonly judges: JudgeService,
    private readonly conflicts: ConflictService,
    private readonly declarations: ConflictDeclarationService,
  ) {}

  @Get()
  async show(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Query() query: Record<string, unknown>,
  ) {
    const contest = await this.contests.getForOrganizers(id);
    const notice = ['invited', 'recorded', 'deleted', 'accepted', 'rejected'].find(
      (key) => key in query,
    );
    return this.render(request, reply, contest, { notice: notice && `jury.notice.${notice}` });
  }

  @Post()
  async invite(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Body() body: FormBody,
  ) {
    const contest = await this.contests.getForOrganizers(id);
    const form = readForm(InviteJudgeForm, body);
    const state: PageState = { values: keptValues(body), form: 'invite' };
    if (!form.ok)
      return this.render(request, reply, contest, { ...state, errors: form.errors }, 400);
    const failure = await attempt(async () => {
      await this.judges.invite(principal.userId, contest.id, {
        email: form.value.email,
        fullName: form.value.fullName,
        categoryKeys: listOf(form.value.categoryKeys),
        fieldKeys: listOf(form.value.fieldKeys),
        locale: this.pages.localeOf(request),
      });
    }, judgingFailureOf);
    if (failure) {
      return this.render(
        request,
        reply,
        contest,
        { ...state, failed: failure.failed, errors: failure.errors },
        failure.status,
      );
    }
    return reply.redirect(`/organizer/contests/${contest.id}/judges?invited=1`, 303);
  }

  @Post('conflicts')
  async record(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Body() body: FormBody,
  ) {
    const contest = await this.contests.getForOrganizers(id);
    const form = readForm(RecordConflictForm, body);
    const state: PageState = { values: keptValues(body), form: 'record' };
    if (!form.ok)
      return this.render(request, reply, contest, { ...state, errors: form.errors }, 400);
    const failure = await attempt(async () => {
      await this.conflicts.record(principal.userId, contest.id, form.value);
    }, judgingFailureOf);
    if (failure) {
      return this.render(
        request,
        reply,
        contest,
        { ...state, failed: failure.failed, errors: failure.errors },
        failure.status,
      );
    }
    return reply.redirect(`/organizer/contests/${contest.id}/judges?recorded=1`, 303);
  }

  @Post('conflicts/:conflictId/delete')
  async remove(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Param('conflictId', PageIdPipe) conflictId: string,
  ) {
    const contest = await this.contests.getForOrganizers(id);
    const failure = await attempt(async () => {
      await this.declarations.withdraw(principal, conflictId);
    }, judgingFailureOf);
    if (failure) {
      return this.render(request, reply, contest, { failed: failure.failed }, failure.status);
    }
    return reply.redirect(`/organizer/contests/${contest.id}/judges?deleted=1`, 303);
  }

  /** An organizer's review of a judge's pending declaration (see `declaration-policy.ts`). */
  @Post('conflicts/:conflictId/accept')
  accept(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @CurrentUser() principal: Principal,
    @Param('id', PageIdPipe) id: string,
    @Param('conflictId', PageIdPipe) conflictId: string,
  ) {
    return this.review(request, reply, principal.userId, { id, conflictId }, 'accept');
  }

  @Post('conflicts/:conflictId/reject')
  reject(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @CurrentUser() principal: Principal,
    @Param('id', PageIdPipe) id: string,
    @Param('conflictId', PageIdPipe) conflictId: string,
  ) {
    return this.review(request, reply, principal.userId, { id, conflictId }, 'reject');
  }

  private async review(
    request: PageRequest,
    reply: FastifyReply,
    actorId: string,
    { id, conflictId }: { id: string; conflictId: string },
    decision: 'accept' | 'reject',
  ) {
    const contest = await this.contests.getForOrganizers(id);
    const failure = await attempt(async () => {
      if (decision === 'accept') await this.declarations.accept(actorId, conflictId);
      else await this.declarations.reject(actorId, conflictId);
    }, judgingFailureOf);
    if (failure) {
      return this.render(request, reply, contest, { failed: failure.failed }, failure.status);
    }
    const notice = decision === 'accept' ? 'accepted' : 'rejected';
    return reply.redirect(`/organizer/contests/${contest.id}/judges?${notice}=1`, 303);
  }

  private async render(
    request: PageRequest,
    reply: FastifyReply,
    contest: ContestAdminResponse,
    state: PageState,
    status = 200,
  ) {
    const locale = this.pages.localeOf(request);
    const [judges, conflicts] = await Promise.all([
      this.judges.list(contest.id),
      this.conflicts.forContest(contest.id),
    ]);
    return this.pages.render(
      request,
      reply,
      'organizer/judges',
      {
        // The contest tabs do not list judges yet: no tab is marked as current.
        header: contestHeader(contest, locale, 'judges'),
        judges,
        conflicts: conflicts.conflicts,
        reviews: conflicts.reviews,
        pairs: conflicts.pairs,
        categories: contest.categories.map((c) => ({
          key: c.key,
          name: inLocale(c, 'name', locale),
        })),
        fields: contest.fields.map((f) => ({
          key: f.key,
          name: locale === 'en' ? f.labelEn : f.labelVi,
        })),
        subjects: Object.values(ConflictSubject),
        errors: state.errors ?? {},
        values: state.values ?? {},
        failed: state.failed,
        form: state.form,
        notice: state.notice,
      },
      status,
    );
  }
}
