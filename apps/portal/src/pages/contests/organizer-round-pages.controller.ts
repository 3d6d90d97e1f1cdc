import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Role, Roles } from '@app/accounts';
import {
  ContestService,
  CreateRoundDto,
  RoundMode,
  RoundService,
  scoringOpensBeforeSubmissionsClose,
  UpdateRoundDto,
} from '@app/contests';
import type { ContestAdminResponse, RoundResponse } from '@app/contests';
import { DomainError, ErrorCode } from '@app/platform';
import { inLocale, vietnamDeadline } from './contest-view';
import { organizerFailureOf } from './organizer-errors';
import type { FormBody, OrganizerFormErrors } from './organizer-form-input';
import {
  RoundFormValues,
  roundFormValuesOf,
  roundFormValuesOfRound,
  rubricTotal,
  toRoundDto,
} from './organizer-round-form';
import { contestHeader } from './organizer-view';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';
import { attempt } from '../platform/page-form';
import { PageIdOrNewPipe, PageIdPipe } from '../platform/page-id.pipe';

/** Blank criterion rows a new round starts with. */
const NEW_ROUND_ROWS = 3;

interface FormState {
  values: RoundFormValues;
  errors?: OrganizerFormErrors;
  status?: number;
}

/** Judging rounds of a contest and their rubric editor. */
@ApiExcludeController()
@Roles(Role.organizer)
@Controller('organizer/contests/:id/rounds')
export class OrganizerRoundPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly contests: ContestService,
    private readonly rounds: RoundService,
  ) {}

  @Get()
  async list(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Query() query: Record<string, unknown>,
  ) {
    const contest = await this.contests.getForOrganizers(id);
    const locale = this.pages.localeOf(request);
    return this.pages.render(request, reply, 'organizer/rounds', {
      header: contestHeader(contest, locale, 'rounds'),
      rounds: contest.rounds.map((r) => ({
        id: r.id,
        position: r.position,
        name: inLocale(r, 'name', locale),
        mode: r.mode,
        reviewsPerEntry: r.reviewsPerEntry,
        opens: vietnamDeadline(r.judgingOpensAt, locale),
        closes: vietnamDeadline(r.judgingClosesAt, locale),
        criteriaCount: r.criteria.length,
        total: rubricTotal(roundFormValuesOfRound(r).criteria),
        locked: r.rubricLocked,
        opensEarly: scoringOpensBeforeSubmissionsClose(r, contest),
      })),
      notice: 'saved' in query ? 'organizer.notice_saved' : undefined,
    });
  }

  @Get(':roundId')
  async form(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Param('roundId', PageIdOrNewPipe) roundId: string,
  ) {
    const contest = await this.contests.getForOrganizers(id);
    if (roundId === 'new') {
      const values = roundFormValuesOf({
        position: String(contest.rounds.length + 1),
        mode: RoundMode.online,
        reviewsPerEntry: '3',
      });
      for (let i = 0; i < NEW_ROUND_ROWS; i++) values.criteria.push({});
      return this.render(request, reply, contest, null, { values });
    }
    const round = roundOf(contest, roundId);
    return this.render(request, reply, contest, round, { values: roundFormValuesOfRound(round) });
  }

  @Post(':roundId')
  async save(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Param('roundId', PageIdOrNewPipe) roundId: string,
    @Body() body: FormBody,
  ) {
    const contest = await this.contests.getForOrganizers(id);
    const round = roundId === 'new' ? null : roundOf(contest, roundId);
    const values = roundFormValuesOf(body);
    // Disabled inputs are not sent: a locked rubric shows as it is stored.
    if (round?.rubricLocked) values.criteria = roundFormValuesOfRound(round).criteria;
    if (body.action === 'addCriterion') {
      values.criteria.push({});
      return this.render(request, reply, contest, round, { values });
    }
    const dto = round
      ? toRoundDto(values, UpdateRoundDto, { withCriteria: !round.rubricLocked, withVersion: true })
      : toRoundDto(values, CreateRoundDto, { withCriteria: true, withVersion: false });
    if (!dto.ok)
      return this.render(request, reply, contest, round, {
        values,
        errors: dto.errors,
        status: 400,
      });
    const failure = await attempt(
      async () => {
        if (round) await this.rounds.update(round.id, dto.value);
        else await this.rounds.create(contest.id, dto.value as CreateRoundDto);
      },
      (error) => organizerFailureOf(error, 'position'),
    );
    if (failure) {
      return this.render(request, reply, contest, round, { values, ...failure });
    }
    return reply.redirect(`/organizer/contests/${contest.id}/rounds?saved=1`, 303);
  }

  private render(
    request: PageRequest,
    reply: FastifyReply,
    contest: ContestAdminResponse,
    round: RoundResponse | null,
    state: FormState,
  ) {
    const locale = this.pages.localeOf(request);
    return this.pages.render(
      request,
      reply,
      'organizer/round-form',
      {
        header: contestHeader(contest, locale, 'rounds'),
        round: round
          ? {
              id: round.id,
              locked: round.rubricLocked,
              lockedAt: round.rubricLockedAt,
            }
          : null,
        values: state.values,
        total: rubricTotal(state.values.criteria),
        errors: state.errors ?? {},
        modes: Object.values(RoundMode),
      },
      state.status ?? 200,
    );
  }
}

function roundOf(contest: ContestAdminResponse, id: string): RoundResponse {
  const round = contest.rounds.find((r) => r.id === id);
  if (!round) throw new DomainError(ErrorCode.NOT_FOUND, 'No such round');
  return round;
}
