import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { ContestService } from '@app/contests';
import type { PublicContestResponse } from '@app/contests';
import {
  AttachmentService,
  communeOptions,
  downloadHeaders,
  EntryExportService,
  EntryHistoryService,
  EntryListingService,
  EntryScreeningService,
  EntryService,
  SCREENING_DECISIONS,
  SCREENING_REASON_MAX,
} from '@app/entries';
import type { ExportFormat } from '@app/entries';
import { formatMoment } from '@app/platform';
import { inLocale, vietnamDeadline } from '../contests/contest-view';
import { answerRows, fileRows, historyRows, proseSections } from './entry-view';
import { organizerFailureOf } from '../contests/organizer-errors';
import {
  FORM_LEVEL,
  text,
  type FormBody,
  type OrganizerFormErrors,
} from '../contests/organizer-form-input';
import { entryRows, listQueryOf, pagination, statusTabs } from './organizer-entry-list';
import { contestHeader, queryString } from '../contests/organizer-view';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';
import { attempt } from '../platform/page-form';
import { PageIdPipe } from '../platform/page-id.pipe';

/** Statuses an organizer may screen, and the decisions each allows (the service decides too). */
const SCREENABLE: Record<string, string[]> = {
  submitted: ['eligible', 'ineligible'],
  eligible: ['ineligible'],
  ineligible: ['eligible'],
};

interface ScreeningState {
  values?: Record<string, string>;
  errors?: OrganizerFormErrors;
  status?: number;
  notice?: string;
}

/** Organizers' side of entries: the filtered list, each entry as submitted, screening, exports. */
@ApiExcludeController()
@Roles(Role.organizer)
@Controller('organizer')
export class OrganizerEntryPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly contests: ContestService,
    private readonly entries: EntryService,
    private readonly listing: EntryListingService,
    private readonly screening: EntryScreeningService,
    private readonly exports: EntryExportService,
    private readonly history: EntryHistoryService,
    private readonly attachments: AttachmentService,
  ) {}

  @Get('contests/:id/entries')
  async list(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Query() raw: Record<string, unknown>,
  ) {
    const contest = await this.contests.getForOrganizers(id);
    const locale = this.pages.localeOf(request);
    const { query, filters } = listQueryOf(raw);
    const page = await this.listing.list(contest.id, query);
    const base = `/organizer/contests/${contest.id}/entries`;
    return this.pages.render(request, reply, 'organizer/entries', {
      header: contestHeader(contest, locale, 'entries'),
      filters,
      categories: contest.categories.map((c) => ({
        key: c.key,
        name: inLocale(c, 'name', locale),
      })),
      fields: contest.fields.map((f) => ({ key: f.key, label: inLocale(f, 'label', locale) })),
      communes: communeOptions(),
      tabs: statusTabs(base, filters, page.countsByStatus),
      entries: entryRows(page, locale),
      pager: pagination(base, filters, page),
      exports: {
        // The file is in the page's language (its cookie): a `lang` in the address would be
        // taken by the language switch, which redirects without it.
        xlsx: `${base}/export.xlsx${queryString({ ...filters })}`,
        csv: `${base}/export.csv${queryString({ ...filters })}`,
      },
    });
  }

  @Get('contests/:id/entries/export.xlsx')
  exportXlsx(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Query() raw: Record<string, unknown>,
  ) {
    return this.export(request, reply, id, raw, 'xlsx');
  }

  @Get('contests/:id/entries/export.csv')
  exportCsv(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Query() raw: Record<string, unknown>,
  ) {
    return this.export(request, reply, id, raw, 'csv');
  }

  @Get('entries/:id')
  async show(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Query() query: Record<string, unknown>,
  ) {
    return this.renderEntry(request, principal, reply, id, {
      notice: 'screened' in query ? 'organizer.screening.done' : undefined,
    });
  }

  @Post('entries/:id/screening')
  async screen(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) entryId: string,
    @Body() body: FormBody,
  ) {
    const values = { decision: text(body, 'decision'), reason: text(body, 'reason') };
    const errors: OrganizerFormErrors = {};
    if (!(SCREENING_DECISIONS as readonly string[]).includes(values.decision))
      errors.decision = { key: 'organizer.screening.chooseDecision' };
    else if (values.decision === 'ineligible' && !values.reason.trim())
      errors.reason = { key: 'organizer.screening.reasonRequired' };
    if (values.reason.length > SCREENING_REASON_MAX) errors.reason = { key: 'fieldErrors.tooLong' };
    if (Object.keys(errors).length > 0)
      return this.renderEntry(request, principal, reply, entryId, { values, errors, status: 400 });
    const failure = await attempt(
      async () => {
        await this.screening.screen(principal.userId, entryId, {
          decision: values.decision as (typeof SCREENING_DECISIONS)[number],
          reason: values.reason,
        });
      },
      (error) => organizerFailureOf(error, FORM_LEVEL),
    );
    if (failure) {
      return this.renderEntry(request, principal, reply, entryId, { values, ...failure });
    }
    return reply.redirect(`/organizer/entries/${entryId}?screened=1`, 303);
  }

  @Get('entries/:id/files/:fileId')
  async download(
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Param('fileId', PageIdPipe) fileId: string,
  ) {
    const file = await this.attachments.openForDownload(principal, id, fileId);
    await reply.headers(downloadHeaders(file)).send(file.stream);
  }

  /** The same file as the API's export, streamed while it is produced, behind the session cookie. */
  private async export(
    request: PageRequest,
    reply: FastifyReply,
    id: string,
    raw: Record<string, unknown>,
    format: ExportFormat,
  ) {
    const { query } = listQueryOf(raw);
    const lang = this.pages.localeOf(request);
    const file = await this.exports.open(id, { ...query, lang }, format);
    await reply
      .headers({
        'content-type': file.mediaType,
        'content-disposition': `attachment; filename="${file.fileName}"`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      })
      .send(file.stream);
  }

  private async renderEntry(
    request: PageRequest,
    principal: Principal,
    reply: FastifyReply,
    entryId: string,
    state: ScreeningState,
  ) {
    const entry = await this.entries.get(principal, entryId);
    const [contest, history] = await Promise.all([
      this.contests.getForOrganizers(entry.contestId),
      this.history.of(entry.id),
    ]);
    const locale = this.pages.localeOf(request);
    const category = contest.categories.find((c) => c.key === entry.categoryKey);
    const field = contest.fields.find((f) => f.key === entry.fieldKey);
    return this.pages.render(
      request,
      reply,
      'organizer/entry',
      {
        header: contestHeader(contest, locale, 'entries'),
        entry,
        prose: proseSections(entry),
        answers: answerRows(entry, contest as unknown as PublicContestResponse, locale),
        categoryName: category ? inLocale(category, 'name', locale) : '',
        fieldName: field ? inLocale(field, 'label', locale) : '',
        deadline: vietnamDeadline(contest.submissionDeadline, locale),
        submittedAt: formatMoment(entry.submittedAt, locale),
        files: fileRows(entry.id, entry.attachments, locale).map((f) => ({
          ...f,
          href: `/organizer/entries/${entry.id}/files/${f.id}`,
        })),
        history: historyRows(history, locale),
        decisions: SCREENABLE[entry.status] ?? [],
        values: state.values ?? {},
        errors: state.errors ?? {},
        notice: state.notice,
      },
      state.status ?? 200,
    );
  }
}
