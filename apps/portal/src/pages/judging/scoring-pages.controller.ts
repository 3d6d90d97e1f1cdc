import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { downloadHeaders } from '@app/entries';
import {
  DeclareConflictDto,
  JudgeQueueService,
  reviewTotal,
  roundScale,
  ScoringService,
} from '@app/judging';
import type { AssignmentView } from '@app/judging';
import { DomainError, ErrorCode, type FieldError, renderMarkdown } from '@app/platform';
import { vietnamDeadline } from '../contests/contest-view';
import { proseSections } from '../entries/entry-view';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';
import { fieldErrorKey } from '../i18n/field-errors';
import { readScoreForm, scoreFieldName } from './scoring-form';
import { PageIdPipe } from '../platform/page-id.pipe';
import { readForm } from '../platform/page-form';

type FormBody = Record<string, unknown>;
const NOTICES = ['saved', 'submitted'];

interface FormState {
  values?: FormBody;
  errors?: Record<string, string>;
  failure?: string;
  status?: number;
}

/** The judge's pages: the scoring queue and the scoring page of one assignment. */
@ApiExcludeController()
@Controller('judging')
export class ScoringPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly queue: JudgeQueueService,
    private readonly scoring: ScoringService,
  ) {}

  @Get('queue')
  @Roles(Role.judge)
  async list(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Query() query: FormBody,
  ) {
    const locale = this.pages.localeOf(request);
    const queue = await this.queue.queue(principal);
    const rounds = queue.rounds.map((round) => ({
      ...round,
      contestName: locale === 'en' ? round.contestNameEn : round.contestNameVi,
      name: locale === 'en' ? round.nameEn : round.nameVi,
      closesAt: vietnamDeadline(round.judgingClosesAt, locale),
      percent: round.progress.total
        ? Math.round((100 * round.progress.scored) / round.progress.total)
        : 0,
      items: queue.items
        .filter((item) => item.roundId === round.id)
        .map((item) => ({ ...item, due: vietnamDeadline(item.dueAt, locale) })),
    }));
    return this.pages.render(request, reply, 'judging/queue', {
      queue,
      rounds,
      notice: 'released' in query ? 'scoring.notice_released' : null,
    });
  }

  @Get('assignments/:id')
  @Roles(Role.judge)
  async show(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Query() query: FormBody,
  ) {
    const view = await this.queue.assignment(principal, id);
    const notice = NOTICES.find((key) => key in query);
    return this.renderAssignment(
      request,
      reply,
      view,
      {},
      notice ? `scoring.notice_${notice}` : undefined,
    );
  }

  @Post('assignments/:id')
  @Roles(Role.judge)
  async save(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Body() body: FormBody,
  ) {
    const view = await this.queue.assignment(principal, id);
    const form = readScoreForm(
      body,
      view.rubric.map((c) => c.key),
    );
    if (!form.ok)
      return this.renderAssignment(request, reply, view, { ...invalid(form.errors), values: body });
    const dto = form.value;
    try {
      await this.scoring.save(principal, view.id, dto);
    } catch (error) {
      const state = failureOf(error);
      if (!state) throw error;
      return this.renderAssignment(request, reply, view, { ...state, values: body });
    }
    return reply.redirect(
      `/judging/assignments/${view.id}?${dto.submit ? 'submitted' : 'saved'}=1`,
      303,
    );
  }

  @Post('assignments/:id/conflict')
  @Roles(Role.judge)
  async conflict(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Body() body: FormBody,
  ) {
    const form = readForm(DeclareConflictDto, body);
    if (!form.ok) {
      const view = await this.queue.assignment(principal, id);
      return this.renderAssignment(request, reply, view, {
        errors: form.errors,
        values: body,
        status: 400,
      });
    }
    await this.scoring.declareConflict(principal.userId, id, form.value);
    return reply.redirect('/judging/queue?released=1', 303);
  }

  @Get('assignments/:id/files/:fileId')
  @Roles(Role.judge)
  async download(
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Param('fileId', PageIdPipe) fileId: string,
  ) {
    const file = await this.queue.openFile(principal, id, fileId);
    await reply.headers(downloadHeaders(file)).send(file.stream);
  }

  private renderAssignment(
    request: PageRequest,
    reply: FastifyReply,
    view: AssignmentView,
    state: FormState,
    notice?: string,
  ) {
    const locale = this.pages.localeOf(request);
    const en = locale === 'en';
    const own = view.score;
    const values: FormBody = state.values ?? {
      commentForTeam: own?.commentForTeam ?? '',
      noteForOrganizers: own?.noteForOrganizers ?? '',
      ...Object.fromEntries(
        view.rubric.map((c) => [scoreFieldName(c.key), own?.scores[c.key] ?? '']),
      ),
    };
    return this.pages.render(
      request,
      reply,
      'judging/assignment',
      {
        view,
        roundName: en ? view.round.nameEn : view.round.nameVi,
        contestName: en ? view.round.contestNameEn : view.round.contestNameVi,
        // The saved total on the ranking's scale (weights applied): the authority, which the
        // running total typed into the form (score-total.js) only previews.
        scale: roundScale(view.rubric),
        savedTotal: own ? reviewTotal(own.scores, view.rubric) : null,
        prose: proseSections(view.entry),
        files: view.entry.attachments.map((file) => ({
          ...file,
          href: `/judging/assignments/${view.id}/files/${file.id}`,
        })),
        criteria: view.rubric.map((c) => ({
          ...c,
          field: scoreFieldName(c.key),
          label: en ? c.labelEn : c.labelVi,
          guidanceHtml: renderMarkdown((en ? c.guidanceEn : c.guidanceVi) ?? ''),
          error: state.errors?.[`scores.${c.key}`],
        })),
        values,
        version: own?.version ?? '',
        formErrors: state.errors ?? {},
        commentError: state.errors?.commentForTeam,
        noteError: state.errors?.noteForOrganizers,
        failure: state.failure,
        notice,
      },
      state.status ?? 200,
    );
  }
}

/** A refused save as the page shows it: per-criterion messages, or one line for the whole form. */
function failureOf(error: unknown): FormState | null {
  if (!(error instanceof DomainError)) return null;
  if (error.code === ErrorCode.VALIDATION_FAILED) return invalid(error.details ?? []);
  const known: Partial<Record<ErrorCode, string>> = {
    [ErrorCode.STALE_VERSION]: 'scoring.error_stale',
    [ErrorCode.JUDGING_CLOSED]: 'scoring.error_closed',
    [ErrorCode.JUDGING_NOT_OPEN]: 'scoring.error_notOpen',
  };
  const failure = known[error.code];
  return failure ? { failure, status: 409 } : null;
}

/** A sheet the form or the rubric refused: each field's message by its code, and a line on top. */
function invalid(details: readonly FieldError[]): FormState {
  const errors: Record<string, string> = {};
  for (const detail of details) errors[detail.field] = fieldErrorKey(detail.code);
  return { errors, failure: 'scoring.error_invalid', status: 400 };
}
