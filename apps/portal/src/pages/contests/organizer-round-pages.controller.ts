import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Role, Roles } from '@app/accounts';
import {
  ContestService,
  RoundMode,
  RoundService,
  scoringOpensBeforeSubmissionsClose,
} from '@app/contests';
import type { CreateRoundDto, RoundResponse, UpdateRoundDto } from '@app/contests';
import { ContestPartForms, type ContestPart } from './contest-part-forms';
import { itemNotice, sectionNotice } from './contest-section';
import { inLocale, vietnamDeadline } from './contest-view';
import { organizerFailureOf } from './organizer-errors';
import type { FormBody } from './organizer-form-input';
import {
  blankRoundValues,
  postedRoundValues,
  RoundFormValues,
  roundFormValuesOfRound,
  rubricTotal,
  toNewOrEditedRoundDto,
  withCriterionAdded,
} from './organizer-round-form';
import { contestHeader } from './organizer-view';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';
import { PageIdOrNewPipe, PageIdPipe } from '../platform/page-id.pipe';

type RoundDto = CreateRoundDto | UpdateRoundDto;

/**
 * Judging rounds of a contest and their rubric editor, in the flow of the other parts of a
 * contest (ContestPartForms). Rounds are never deleted: scores and assignments hang on them.
 */
@ApiExcludeController()
@Roles(Role.organizer)
@Controller('organizer/contests/:id/rounds')
export class OrganizerRoundPagesController {
  private readonly forms: ContestPartForms;
  private readonly round: ContestPart<RoundResponse, RoundFormValues, RoundDto>;

  constructor(
    private readonly pages: PageRenderer,
    private readonly contests: ContestService,
    rounds: RoundService,
  ) {
    this.forms = new ContestPartForms(pages);
    this.round = {
      section: 'rounds',
      view: 'organizer/round-form',
      idName: 'roundId',
      itemsOf: (contest) => contest.rounds,
      blank: blankRoundValues,
      valuesOf: postedRoundValues,
      valuesOfItem: roundFormValuesOfRound,
      redrawn: withCriterionAdded,
      toDto: toNewOrEditedRoundDto,
      // Only a new round reaches create, and toDto gave it the create DTO.
      create: (contestId, dto) => rounds.create(contestId, dto as CreateRoundDto),
      update: (roundId, dto) => rounds.update(roundId, dto),
      failureOf: (error) => organizerFailureOf(error, 'position'),
      viewData: { modes: Object.values(RoundMode) },
      formData: (round, values) => ({
        round: round && {
          id: round.id,
          locked: round.rubricLocked,
          lockedAt: round.rubricLockedAt,
        },
        total: rubricTotal(values.criteria),
      }),
    };
  }

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
      notice: sectionNotice(query, ['saved'], itemNotice),
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
    return this.forms.show(request, reply, contest, this.round, roundId);
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
    return this.forms.save(request, reply, contest, this.round, roundId, body);
  }
}
