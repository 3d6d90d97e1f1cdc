import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { APPLICANT_TYPES, ContestService } from '@app/contests';
import { CreateEntryDto, EntryService, MyEntriesService } from '@app/entries';
import { DomainError, ErrorCode, validateInput, formatMoment } from '@app/platform';
import type { Locale } from '@app/platform';
import { EntryResultsSummaryService, FeedbackReleaseService } from '@app/results';
import { eligibilityInWords, inLocale, vietnamDeadline } from '../contests/contest-view';
import { EntryEditPage } from './entry-edit-page';
import { entryFailureOf, FORM_LEVEL } from './entry-errors';
import type { EntryFormErrors } from './entry-form-input';
import { formValuesOf, toUpdate } from './entry-form-input';
import { EntryPageData } from './entry-page-data';
import { answerRows, fileRows, historyRows, proseSections } from './entry-view';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';
import { attempt } from '../platform/page-form';
import { fieldMessages } from '../i18n/field-errors';
import { PageIdPipe } from '../platform/page-id.pipe';
import { teamFeedbackRows } from '../results/entry-feedback-view';
import { memberResultRows } from '../results/member-results-view';

type FormBody = Record<string, unknown>;
const NEW_ENTRY_FIELDS = ['categoryKey', 'fieldKey', 'applicantType', 'title'];

/** An applicant's entries: starting a draft, editing it, reading it back, listing them. */
@ApiExcludeController()
@Controller()
export class EntryPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly contests: ContestService,
    private readonly entries: EntryService,
    private readonly myEntries: MyEntriesService,
    private readonly data: EntryPageData,
    private readonly editPage: EntryEditPage,
    private readonly feedback: FeedbackReleaseService,
    private readonly results: EntryResultsSummaryService,
  ) {}

  @Get('entries/new')
  @Roles(Role.applicant)
  async newForm(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Query('contest') slug: unknown,
  ) {
    return this.renderNew(request, reply, slug, {}, {}, 200);
  }

  @Post('entries/new')
  @Roles(Role.applicant)
  async create(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Body() body: FormBody,
  ) {
    const values: Record<string, string> = {};
    for (const name of NEW_ENTRY_FIELDS)
      if (typeof body[name] === 'string' && body[name] !== '') values[name] = body[name] as string;
    const checked = validateInput(CreateEntryDto, values);
    if (!checked.ok) {
      const errors: EntryFormErrors = fieldMessages(checked.errors);
      return this.renderNew(request, reply, body.contest, values, errors, 400);
    }
    const dto = checked.value;
    try {
      const created = await this.entries.create(principal, { slug: String(body.contest) }, dto);
      return reply.redirect(`/entries/${created.id}/edit?created=1`, 303);
    } catch (error) {
      const failure = entryFailureOf(error);
      if (!failure) throw error;
      return this.renderNew(request, reply, body.contest, values, failure.errors, failure.status);
    }
  }

  @Get('entries/:id/edit')
  @Roles(Role.applicant)
  async edit(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Query() query: Record<string, unknown>,
  ) {
    const loaded = await this.data.load(principal, id);
    const notice = ['created', 'savedAndUploaded', 'saved', 'uploaded', 'removed', 'resent'].find(
      (key) => key in query,
    );
    return this.editPage.render(request, reply, loaded, {
      notice: notice ? `entryForm.notice_${notice}` : undefined,
    });
  }

  /** Saves the draft, or (the "add a member" button) shows the form again with one more row. */
  @Post('entries/:id/edit')
  @Roles(Role.applicant)
  async save(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Body() body: FormBody,
  ) {
    const loaded = await this.data.load(principal, id);
    const values = formValuesOf(body);
    if (body.action === 'addMember')
      return this.editPage.render(request, reply, loaded, { values, extraRows: 1 });
    const update = toUpdate(values, principal.email);
    if (!update.ok)
      return this.editPage.render(request, reply, loaded, {
        values,
        errors: update.errors,
        status: 400,
      });
    const failure = await attempt(async () => {
      await this.entries.update(principal, loaded.entry.id, update.dto);
    }, entryFailureOf);
    if (failure) {
      return this.editPage.render(request, reply, loaded, { values, ...failure });
    }
    return reply.redirect(`/entries/${loaded.entry.id}/edit?saved=1`, 303);
  }

  @Get('entries/:id')
  @Roles(Role.applicant)
  async show(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Query() query: Record<string, unknown>,
  ) {
    const { entry, contest, history } = await this.data.load(principal, id);
    const locale = this.pages.localeOf(request);
    const category = contest.categories.find((c) => c.key === entry.categoryKey);
    const field = contest.fields.find((f) => f.key === entry.fieldKey);
    return this.pages.render(request, reply, 'entries/show', {
      entry,
      prose: proseSections(entry),
      answers: answerRows(entry, contest, locale),
      contest: {
        slug: contest.slug,
        name: inLocale(contest, 'name', locale),
        deadline: vietnamDeadline(contest.submissionDeadline, locale),
        accepting: contest.acceptingSubmissions,
      },
      categoryName: category ? inLocale(category, 'name', locale) : '',
      fieldName: field ? inLocale(field, 'label', locale) : '',
      submittedAt: formatMoment(entry.submittedAt, locale),
      files: fileRows(entry.id, entry.attachments, locale),
      history: historyRows(history, locale),
      // The judges' scores and comments of rounds the organizers released (none by default).
      feedback: teamFeedbackRows(
        await this.feedback.releasedForEntry(principal.userId, entry.id),
        locale,
      ),
      // The announced outcome and its links; null (nothing shown) before the announcement.
      results: await this.resultsOf(principal, entry.id, locale),
      notice:
        'submitted' in query
          ? 'submit.done'
          : 'withdrawn' in query
            ? 'withdraw.done'
            : 'reopened' in query
              ? 'withdraw.reopened'
              : null,
    });
  }

  @Get('me/entries')
  @Roles(Role.applicant)
  async mine(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
  ) {
    const locale = this.pages.localeOf(request);
    const entries = (await this.myEntries.list(principal.userId)).map((e) => ({
      ...e,
      contestName: inLocale(e.contest, 'name', locale),
      deadline: vietnamDeadline(e.contest.submissionDeadline, locale),
      submittedAt: formatMoment(e.submittedAt, locale),
      editable: e.lockedBy === null,
    }));
    return this.pages.render(request, reply, 'entries/mine', { entries });
  }

  private async resultsOf(principal: Principal, entryId: string, locale: Locale) {
    const summary = await this.results.forEntry(principal, entryId);
    return summary ? memberResultRows([summary], locale)[0] : null;
  }

  private async renderNew(
    request: PageRequest,
    reply: FastifyReply,
    slug: unknown,
    values: Record<string, string>,
    errors: EntryFormErrors,
    status: number,
  ) {
    if (typeof slug !== 'string' || slug.length === 0 || slug.length > 64)
      throw new DomainError(ErrorCode.NOT_FOUND, 'No such contest');
    const contest = await this.contests.getPublished({ slug }, false);
    const locale = this.pages.localeOf(request);
    const t = (key: string, vars?: Record<string, unknown>) =>
      this.pages.translate(locale, key, vars);
    return this.pages.render(
      request,
      reply,
      'entries/new',
      {
        contest: {
          slug: contest.slug,
          name: inLocale(contest, 'name', locale),
          deadline: vietnamDeadline(contest.submissionDeadline, locale),
          accepting: contest.acceptingSubmissions,
          categories: contest.categories.map((c) => ({
            key: c.key,
            name: inLocale(c, 'name', locale),
            rules: eligibilityInWords(c.effectiveEligibility, t),
          })),
          fields: contest.fields.map((f) => ({ key: f.key, label: inLocale(f, 'label', locale) })),
        },
        applicantTypes: APPLICANT_TYPES,
        values: { categoryKey: contest.categories[0]?.key, ...values },
        errors,
        formLevel: FORM_LEVEL,
      },
      status,
    );
  }
}
