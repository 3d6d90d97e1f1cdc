import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { clientAddressOf, Public } from '@app/accounts';
import {
  CastVoteDto,
  FestivalService,
  PeoplesBallotService,
  PeoplesChoiceService,
} from '@app/festival';
import type { BallotView, FestivalOfContest, VoteReceipt } from '@app/festival';
import { DomainError, ERROR_STATUS, ErrorCode } from '@app/platform';
import { festivalAudienceOf } from '../../../festival-audience';
import { texts, validateAs } from '../../contests/organizer-form-input';
import type { FormBody } from '../../contests/organizer-form-input';
import { PageRenderer, type PageRequest } from '../../platform/page-renderer.service';

/** Refusals a voter sees on the ballot; anything else is the error page's. */
export const BALLOT_CODES = new Set<ErrorCode>([
  ErrorCode.VALIDATION_FAILED,
  ErrorCode.VOTING_CLOSED,
  ErrorCode.INVALID_VOTE_CODE,
  ErrorCode.TOO_MANY_REQUESTS,
  ErrorCode.VOTE_NOT_FINALIST,
  ErrorCode.VOTE_NEEDS_CHECK_IN,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.CONFLICT,
]);

/** The one reading of a ballot form: the finalist chosen and, on the public page, a badge code. */
export function ballotForm(body: FormBody) {
  const values = texts(body, ['entryId', 'code']);
  return validateAs(CastVoteDto, {
    entryId: values.entryId,
    ...(values.code.trim() ? { code: values.code.trim() } : {}),
  });
}

/**
 * The people's choice on a voter's phone: the public ballot page, where a badge's code
 * (or the signed-in account of someone checked in) votes, and the vote from a pass page
 * (the pass page itself, in the guests' pages, shows the same ballot).
 */
@ApiExcludeController()
@Controller()
export class VotePagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly festivals: FestivalService,
    private readonly ballots: PeoplesBallotService,
    private readonly votes: PeoplesChoiceService,
  ) {}

  @Public()
  @Get('contests/:slug/festival/vote')
  async show(@Req() request: PageRequest, @Res() reply: FastifyReply, @Param('slug') slug: string) {
    return this.render(request, reply, await this.festivalOf(request, slug), {});
  }

  @Public()
  @Post('contests/:slug/festival/vote')
  async vote(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('slug') slug: string,
    @Body() body: FormBody,
  ) {
    const found = await this.festivalOf(request, slug);
    const form = ballotForm(body);
    try {
      if (!form.ok) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'Choose a finalist');
      const receipt = await this.votes.cast(
        found.contest.id,
        form.value,
        request.principal,
        clientAddressOf(request),
      );
      return this.render(request, reply, found, { receipt });
    } catch (error) {
      if (!(error instanceof DomainError) || !BALLOT_CODES.has(error.code)) throw error;
      return this.render(request, reply, found, { refusal: error.code }, ERROR_STATUS[error.code]);
    }
  }

  /**
   * A vote from the pass page, answered with a redirect back to it (so a reload does not
   * post again); the page shows the saved choice or the refusal.
   */
  @Public()
  @Post('festival/passes/:token/vote')
  async voteWithPass(
    @Res() reply: FastifyReply,
    @Param('token') token: string,
    @Body() body: FormBody,
  ) {
    const form = ballotForm(body);
    const page = `/festival/passes/${encodeURIComponent(token)}`;
    try {
      if (!form.ok) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'Choose a finalist');
      await this.votes.castWithPass(token, form.value.entryId);
      return reply.redirect(`${page}?voted=1#vote`, 303);
    } catch (error) {
      if (!(error instanceof DomainError) || !BALLOT_CODES.has(error.code)) throw error;
      return reply.redirect(`${page}?refusal=${error.code}#vote`, 303);
    }
  }

  private festivalOf(request: PageRequest, slug: string): Promise<FestivalOfContest> {
    return this.festivals.viewBySlug(slug, festivalAudienceOf(request.principal));
  }

  private async render(
    request: PageRequest,
    reply: FastifyReply,
    { contest, festival }: FestivalOfContest,
    state: { receipt?: VoteReceipt; refusal?: ErrorCode },
    status = 200,
  ) {
    const ballot: BallotView = await this.ballots.forContest(contest.id, request.principal?.email);
    const locale = this.pages.localeOf(request);
    return this.pages.render(
      request,
      reply,
      'festival/vote',
      {
        contest: { slug: contest.slug, name: locale === 'en' ? contest.nameEn : contest.nameVi },
        name: locale === 'en' ? festival.nameEn : festival.nameVi,
        ballot,
        signedIn: !!request.principal,
        action: `/contests/${encodeURIComponent(contest.slug)}/festival/vote`,
        chosen: state.receipt?.entryId ?? ballot.choice,
        choiceCode: ballot.finalists.find((f) => f.entryId === ballot.choice)?.code,
        ...state,
      },
      status,
    );
  }
}
