import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { ContestService } from '@app/contests';
import type { ContestAdminResponse } from '@app/contests';
import { ConflictDeclarationService, ConflictService, JudgeService } from '@app/judging';
import { backToSection, sectionNotice } from '../contests/contest-section';
import { attempt, keptValues, readForm, submitForm } from '../platform/page-form';
import type { FormErrors, FormResult } from '../platform/page-form';
import {
  InviteJudgeForm,
  judgingFailureOf,
  listOf,
  RecordConflictForm,
} from './judging-page-forms';
import { judgesPageView, type JudgesPageState } from './judges-page-view';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';
import { PageIdPipe } from '../platform/page-id.pipe';

type FormBody = Record<string, unknown>;

const NOTICES = ['invited', 'recorded', 'deleted', 'accepted', 'rejected'];

/**
 * Organizers: a contest's judges (invite, status) and its conflicts of interest.
 *
 * Not a ContestPartForms part: an invitation names a person (inviting the same e-mail again
 * changes their scope) and a conflict is recorded, withdrawn or reviewed in place, so there
 * is no item form to show blank or stored. Both live on one page with its lists, and share
 * the smaller pieces of the flow instead: submitForm (errors or refusal back on the page)
 * and backToSection (the page again with a notice).
 */
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
    const notice = sectionNotice(query, NOTICES, (key) => `jury.notice.${key}`);
    return this.render(request, reply, contest, { notice });
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
    const locale = this.pages.localeOf(request);
    return this.submit(request, reply, contest, body, 'invite', readForm(InviteJudgeForm, body), {
      save: (form) =>
        this.judges.invite(principal.userId, contest.id, {
          ...form,
          categoryKeys: listOf(form.categoryKeys),
          fieldKeys: listOf(form.fieldKeys),
          locale,
        }),
      notice: 'invited',
    });
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
    return this.submit(
      request,
      reply,
      contest,
      body,
      'record',
      readForm(RecordConflictForm, body),
      {
        save: (form) => this.conflicts.record(principal.userId, contest.id, form),
        notice: 'recorded',
      },
    );
  }

  @Post('conflicts/:conflictId/delete')
  remove(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Param('conflictId', PageIdPipe) conflictId: string,
  ) {
    return this.act(request, reply, { id, conflictId }, 'deleted', () =>
      this.declarations.withdraw(principal, conflictId),
    );
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
    return this.act(request, reply, { id, conflictId }, 'accepted', () =>
      this.declarations.accept(principal.userId, conflictId),
    );
  }

  @Post('conflicts/:conflictId/reject')
  reject(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @CurrentUser() principal: Principal,
    @Param('id', PageIdPipe) id: string,
    @Param('conflictId', PageIdPipe) conflictId: string,
  ) {
    return this.act(request, reply, { id, conflictId }, 'rejected', () =>
      this.declarations.reject(principal.userId, conflictId),
    );
  }

  /** One of the page's two forms: what was typed comes back with the errors on that form. */
  private submit<Value>(
    request: PageRequest,
    reply: FastifyReply,
    contest: ContestAdminResponse,
    body: FormBody,
    form: 'invite' | 'record',
    input: FormResult<Value>,
    then: { save: (value: Value) => Promise<unknown>; notice: string },
  ) {
    const state: JudgesPageState = { values: keptValues(body), form };
    return submitForm({
      input,
      save: then.save,
      explain: judgingFailureOf,
      invalid: (errors: FormErrors) =>
        this.render(request, reply, contest, { ...state, errors }, 400),
      refused: ({ failed, errors, status }) =>
        this.render(request, reply, contest, { ...state, failed, errors }, status),
      done: () => backToSection(reply, contest.id, 'judges', then.notice),
    });
  }

  /** A button on a listed conflict, which must be this contest's (else "not found"). */
  private async act(
    request: PageRequest,
    reply: FastifyReply,
    { id, conflictId }: { id: string; conflictId: string },
    notice: string,
    work: () => Promise<unknown>,
  ) {
    const contest = await this.contests.getForOrganizers(id);
    const failure = await attempt(async () => {
      await this.conflicts.ofContest(contest.id, conflictId);
      await work();
    }, judgingFailureOf);
    if (failure)
      return this.render(request, reply, contest, { failed: failure.failed }, failure.status);
    return backToSection(reply, contest.id, 'judges', notice);
  }

  private async render(
    request: PageRequest,
    reply: FastifyReply,
    contest: ContestAdminResponse,
    state: JudgesPageState,
    status = 200,
  ) {
    const [judges, conflicts] = await Promise.all([
      this.judges.list(contest.id),
      this.conflicts.forContest(contest.id),
    ]);
    const view = judgesPageView(contest, this.pages.localeOf(request), judges, conflicts, state);
    return this.pages.render(request, reply, 'organizer/judges', view, status);
  }
}
