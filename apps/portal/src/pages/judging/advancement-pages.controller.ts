import {
  Body,
  Controller,
  Get,
  Header,
  Param,
  Post,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { ContestService, RoundService } from '@app/contests';
import type { AdvancementRule, TieBreakStep } from '@app/contests';
import {
  AdvancementOverrideService,
  AdvancementService,
  OverrideDecision,
  PaperworkService,
} from '@app/judging';
import { DomainError, ERROR_STATUS, ErrorCode } from '@app/platform';
import { pdfDownload } from '../../pdf-download';
import { advancementPageView } from './advancement-page-view';
import { inLocale } from '../contests/contest-view';
import { list, type FormBody } from '../contests/organizer-form-input';
import { contestHeader, idOf } from '../contests/organizer-view';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';
import { PageIdPipe } from '../platform/page-id.pipe';

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const wholeOrNull = (value: unknown) => (text(value) === '' ? null : Number(text(value)));

/**
 * The rule as chosen in the form. The tie-break chain comes from one select per step (in
 * page order, "none" left out), stored as the same codes the API takes; ranges and
 * repeated steps are checked by the round service.
 */
function ruleOf(body: FormBody): AdvancementRule {
  return {
    method: (text(body.method) || 'weighted_mean') as AdvancementRule['method'],
    topNPerCategory: wholeOrNull(body.topNPerCategory),
    minTotal: wholeOrNull(body.minTotal),
    zeroVeto: body.zeroVeto === 'on',
    minReviews: wholeOrNull(body.minReviews),
    tieBreak: list(body, 'tieBreak')
      .map((s) => s.trim())
      .filter(Boolean) as TieBreakStep[],
  };
}

/** The round service refused the chain (a step chosen twice): said in words next to it. */
const tieBreakRefused = (error: DomainError) =>
  error.code === ErrorCode.VALIDATION_FAILED &&
  (error.details ?? []).some((d) => d.field.startsWith('advancementRule.tieBreak'));

function ruleProblem(rule: AdvancementRule): boolean {
  const bad = (n: number | null | undefined, min: number) =>
    n != null && (!Number.isFinite(n) || n < min || (min === 1 && !Number.isInteger(n)));
  return bad(rule.topNPerCategory, 1) || bad(rule.minTotal, 0) || bad(rule.minReviews, 1);
}

/** The organizers' advancement page: rule, proposal with reasons, overrides, decision, paperwork. */
@ApiExcludeController()
@Roles(Role.organizer)
@Controller('organizer/rounds/:id/advancement')
export class AdvancementPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly contests: ContestService,
    private readonly rounds: RoundService,
    private readonly advancement: AdvancementService,
    private readonly overrides: AdvancementOverrideService,
    private readonly paperwork: PaperworkService,
  ) {}

  @Get()
  show(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
  ) {
    return this.render(request, principal.userId, reply, id);
  }

  /** The judging minutes, for the signed-in organizer's session (the API serves bearer callers). */
  @Get('minutes.pdf')
  @Header('Cache-Control', 'no-store')
  async minutes(@Param('id', PageIdPipe) id: string): Promise<StreamableFile> {
    return pdfDownload(await this.paperwork.minutes(id));
  }

  @Get('score-sheets/:judgeUserId.pdf')
  @Header('Cache-Control', 'no-store')
  async scoreSheet(
    @Param('id', PageIdPipe) id: string,
    @Param('judgeUserId', PageIdPipe) judgeUserId: string,
  ): Promise<StreamableFile> {
    return pdfDownload(await this.paperwork.scoreSheet(id, judgeUserId));
  }

  @Post('rule')
  async saveRule(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Body() body: FormBody,
  ) {
    const rule = ruleOf(body);
    if (ruleProblem(rule))
      return this.render(request, principal.userId, reply, id, ErrorCode.VALIDATION_FAILED);
    return this.attempt(
      request,
      principal.userId,
      reply,
      id,
      () => this.rounds.update(id, { advancementRule: rule }),
      (error) => (tieBreakRefused(error) ? 'TIE_BREAK_REPEATED' : undefined),
    );
  }

  @Post('overrides')
  proposeOverride(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Body() body: FormBody,
  ) {
    const decision =
      body.decision === OverrideDecision.eliminate
        ? OverrideDecision.eliminate
        : OverrideDecision.advance;
    return this.attempt(request, principal.userId, reply, id, async () => {
      const proposed = await this.overrides.propose(principal.userId, id, {
        entryId: idOf(text(body.entryId)),
        decision,
        reason: text(body.reason),
      });
      const outcome: Outcome = proposed.supersededPending
        ? 'supersededPending'
        : proposed.replacesOnConfirmation
          ? 'replacesConfirmed'
          : 'proposed';
      return { outcome, entryId: proposed.entryId };
    });
  }

  @Post('overrides/:overrideId/confirm')
  confirmOverride(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Param('overrideId', PageIdPipe) overrideId: string,
  ) {
    return this.attempt(request, principal.userId, reply, id, async () => {
      const confirmed = await this.overrides.confirm(principal.userId, overrideId);
      const outcome: Outcome = confirmed.superseded ? 'confirmedReplacing' : 'confirmed';
      return { outcome, entryId: confirmed.entryId };
    });
  }

  /** The decision needs the confirmation box ticked: it is final and mails every team. */
  @Post('advance')
  advance(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Body() body: FormBody,
  ) {
    if (body.confirm !== 'yes')
      return this.render(request, principal.userId, reply, id, 'CONFIRM_REQUIRED');
    return this.attempt(request, principal.userId, reply, id, () =>
      this.advancement.advance(principal.userId, id),
    );
  }

  private async attempt(
    request: PageRequest,
    userId: string,
    reply: FastifyReply,
    roundId: string,
    work: () => Promise<unknown>,
    /** A finer problem than the error's code, chosen by its code and fields. */
    refine?: (error: DomainError) => PageProblem | undefined,
  ) {
    let done: unknown;
    try {
      done = await work();
    } catch (error) {
      if (!(error instanceof DomainError) || error.code === ErrorCode.NOT_FOUND) throw error;
      return this.render(request, userId, reply, roundId, refine?.(error) ?? error.code);
    }
    // What an override did to the entry's others is said in words on the page.
    const said = done as { outcome?: Outcome; entryId?: string } | undefined;
    const query = said?.outcome ? `outcome=${said.outcome}&entry=${said.entryId}` : 'saved=1';
    return reply.redirect(`/organizer/rounds/${roundId}/advancement?${query}`, 303);
  }

  private async render(
    request: PageRequest,
    userId: string,
    reply: FastifyReply,
    roundId: string,
    problem?: PageProblem,
  ) {
    const round = await this.rounds.get(roundId);
    const [contest, view, judges] = await Promise.all([
      this.contests.getForOrganizers(round.contestId),
      this.advancement.view(round.id),
      this.paperwork.judgesOf(round.id),
    ]);
    const locale = this.pages.localeOf(request);
    const names = {
      categories: Object.fromEntries(
        contest.categories.map((c) => [c.key, inLocale(c, 'name', locale)]),
      ),
      criteria: Object.fromEntries(
        round.criteria.map((c) => [c.key, inLocale(c, 'label', locale)]),
      ),
    };
    const query = (request.query as Record<string, unknown> | undefined) ?? {};
    const saved = !problem && query.saved;
    const outcome =
      !problem && OUTCOMES.includes(query.outcome as Outcome) ? (query.outcome as Outcome) : null;
    const outcomeEntry = view.entries.find((e) => e.entryId === query.entry);
    return this.pages.render(
      request,
      reply,
      'organizer/advancement',
      {
        header: contestHeader(contest, locale, 'rounds'),
        round: { id: round.id, position: round.position, name: inLocale(round, 'name', locale) },
        view: advancementPageView(view, round, names, locale, userId),
        judges,
        problem: problem ? `advancementPage.errors.${problem}` : undefined,
        notice: saved ? 'advancementPage.saved' : undefined,
        outcome: outcome
          ? { key: `advancementPage.outcomes.${outcome}`, code: outcomeEntry?.code ?? '' }
          : undefined,
      },
      problem === 'CONFIRM_REQUIRED' || problem === 'TIE_BREAK_REPEATED'
        ? 400
        : problem
          ? ERROR_STATUS[problem]
          : 200,
    );
  }
}

/** What went wrong, as a key of `advancementPage.errors`. */
type PageProblem = ErrorCode | 'CONFIRM_REQUIRED' | 'TIE_BREAK_REPEATED';

const OUTCOMES = [
  'proposed',
  'supersededPending',
  'replacesConfirmed',
  'confirmed',
  'confirmedReplacing',
] as const;
type Outcome = (typeof OUTCOMES)[number];
