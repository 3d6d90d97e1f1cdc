import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import {
  APPLICANT_TYPES,
  ContestKind,
  ContestService,
  ContestStatus,
  ContestStatusService,
  CreateContestDto,
  PRIZE_KINDS,
  UpdateContestDto,
} from '@app/contests';
import type { ContestAdminResponse } from '@app/contests';
import { ContestOverviewService } from '@app/entries';
import { inLocale, vietnamDeadline } from './contest-view';
import { transitionChoice } from './contest-status-view';
import {
  ContestFormValues,
  contestFormValuesOf,
  contestFormValuesOfContest,
  ELIGIBILITY_CHOICES,
  ELIGIBILITY_FLAGS,
  ELIGIBILITY_NUMBERS,
  toContestDto,
} from './organizer-contest-form';
import { organizerFailureOf } from './organizer-errors';
import { FORM_LEVEL, type FormBody, type OrganizerFormErrors } from './organizer-form-input';
import { contestHeader } from './organizer-view';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';
import { attempt } from '../platform/page-form';
import { PageIdPipe } from '../platform/page-id.pipe';

const ENTRY_STATUSES = [
  'draft',
  'submitted',
  'eligible',
  'ineligible',
  'withdrawn',
  'advanced',
  'eliminated',
];

interface FormState {
  values: ContestFormValues;
  errors?: OrganizerFormErrors;
  status?: number;
  notice?: string;
}

/** Organizers' list of contests and the settings form of each (new or existing). */
@ApiExcludeController()
@Roles(Role.organizer)
@Controller('organizer/contests')
export class OrganizerContestPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly contests: ContestService,
    private readonly overview: ContestOverviewService,
    private readonly statuses: ContestStatusService,
  ) {}

  @Get()
  async list(@Req() request: PageRequest, @Res() reply: FastifyReply) {
    const locale = this.pages.localeOf(request);
    const contests = (await this.overview.list()).map((contest) => ({
      ...contest,
      name: inLocale(contest, 'name', locale),
      deadline: vietnamDeadline(contest.submissionDeadline, locale),
      counts: ENTRY_STATUSES.filter((s) => contest.entryCountsByStatus[s]).map((s) => ({
        status: s,
        count: contest.entryCountsByStatus[s],
      })),
    }));
    return this.pages.render(request, reply, 'organizer/contests', { contests });
  }

  @Get('new')
  newForm(@Req() request: PageRequest, @Res() reply: FastifyReply) {
    const values = contestFormValuesOf({
      kind: ContestKind.startup,
      deadlineTime: '23:59',
      graceMinutes: '0',
    });
    values.fieldRows.push({});
    values.prizeRows.push({});
    return this.renderForm(request, reply, null, { values });
  }

  @Post('new')
  async create(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Body() body: FormBody,
    @CurrentUser() principal: Principal,
  ) {
    const values = contestFormValuesOf(body);
    if (addRow(body, values)) return this.renderForm(request, reply, null, { values });
    const dto = toContestDto(values, CreateContestDto);
    if (!dto.ok)
      return this.renderForm(request, reply, null, { values, errors: dto.errors, status: 400 });
    try {
      const created = await this.contests.create(principal.userId, dto.value);
      return reply.redirect(`/organizer/contests/${created.id}?created=1`, 303);
    } catch (error) {
      const failure = organizerFailureOf(error);
      if (!failure) throw error;
      return this.renderForm(request, reply, null, { values, ...failure });
    }
  }

  @Get(':id')
  async settings(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Query() query: Record<string, unknown>,
  ) {
    const contest = await this.contests.getForOrganizers(id);
    const notice = ['created', 'saved', 'moved'].find((key) => key in query);
    return this.renderForm(request, reply, contest, {
      values: contestFormValuesOfContest(contest),
      notice: notice ? `organizer.contest.notice_${notice}` : undefined,
    });
  }

  @Post(':id')
  async update(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Body() body: FormBody,
    @CurrentUser() principal: Principal,
  ) {
    const contest = await this.contests.getForOrganizers(id);
    const values = contestFormValuesOf(body);
    if (addRow(body, values)) return this.renderForm(request, reply, contest, { values });
    const dto = toContestDto(values, UpdateContestDto);
    if (!dto.ok)
      return this.renderForm(request, reply, contest, { values, errors: dto.errors, status: 400 });
    const failure = await attempt(async () => {
      await this.contests.update(principal.userId, contest.id, dto.value);
    }, organizerFailureOf);
    if (failure) {
      return this.renderForm(request, reply, contest, { values, ...failure });
    }
    return reply.redirect(`/organizer/contests/${contest.id}?saved=1`, 303);
  }

  private async renderForm(
    request: PageRequest,
    reply: FastifyReply,
    contest: ContestAdminResponse | null,
    state: FormState,
  ) {
    const locale = this.pages.localeOf(request);
    const t = (key: string, vars?: Record<string, unknown>) =>
      this.pages.translate(locale, key, vars);
    // Each change possible now with what it would do, so none is a blind click.
    const choices = contest
      ? (await this.statuses.preview(contest.id)).transitions.map((transition) =>
          transitionChoice(transition, locale, t),
        )
      : [];
    return this.pages.render(
      request,
      reply,
      'organizer/contest-form',
      {
        header: contest ? contestHeader(contest, locale, 'settings') : null,
        contest: contest
          ? {
              id: contest.id,
              status: contest.status,
              choices,
              lastEntryNumber: contest.lastEntryNumber,
              publicLink:
                contest.status === ContestStatus.draft ? null : `/contests/${contest.slug}`,
            }
          : null,
        values: state.values,
        errors: state.errors ?? {},
        notice: state.notice,
        formLevel: FORM_LEVEL,
        kinds: Object.values(ContestKind),
        prizeKinds: PRIZE_KINDS,
        applicantTypes: APPLICANT_TYPES,
        eligibilityNumbers: ELIGIBILITY_NUMBERS,
        eligibilityFlags: ELIGIBILITY_FLAGS,
        eligibilityChoices: ELIGIBILITY_CHOICES,
      },
      state.status ?? 200,
    );
  }
}

/** The "add a row" buttons: the form comes back with one more empty row, nothing saved. */
function addRow(body: FormBody, values: ContestFormValues): boolean {
  if (body.action === 'addField') values.fieldRows.push({});
  else if (body.action === 'addPrize') values.prizeRows.push({});
  else return false;
  return true;
}
