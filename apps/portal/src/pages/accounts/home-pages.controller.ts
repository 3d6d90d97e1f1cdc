import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Public, Role, SignedIn } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { ContestService } from '@app/contests';
import { JudgeQueueService, JudgeService, JudgeStatus } from '@app/judging';
import { EntryResultsSummaryService } from '@app/results';
import { inLocale, toContestCard } from '../contests/contest-view';
import { vietnamDeadline } from '../contests/contest-view';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';
import { anyCertificates, memberResultRows } from '../results/member-results-view';

/** What each role finds on its signed-in landing page. */
const SECTIONS: Record<Role, string[]> = {
  [Role.applicant]: ['entries', 'results'],
  [Role.judge]: ['queue'],
  [Role.organizer]: ['contests', 'judges'],
  [Role.admin]: ['contests', 'judges', 'personalData'],
};

@ApiExcludeController()
@Controller()
export class HomePagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly contests: ContestService,
    private readonly queue: JudgeQueueService,
    private readonly judges: JudgeService,
    private readonly results: EntryResultsSummaryService,
  ) {}

  @Get()
  @Public()
  async home(@Req() request: PageRequest, @Res() reply: FastifyReply) {
    const locale = this.pages.localeOf(request);
    const now = new Date();
    const contests = (await this.contests.listPublished(now))
      .filter((contest) => contest.acceptingSubmissions)
      .map((contest) => toContestCard(contest, locale, now));
    return this.pages.render(request, reply, 'home', { contests });
  }

  @Get('home')
  @SignedIn()
  async landing(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
  ) {
    const role = principal.role;
    const judging = role === Role.judge ? await this.judgeWork(principal, request) : null;
    const memberResults = SECTIONS[role].includes('results')
      ? await this.memberResults(principal, request)
      : null;
    return this.pages.render(request, reply, 'dashboard', {
      sections: SECTIONS[role],
      judging,
      memberResults,
    });
  }

  /** The announced results of the entries the person leads or is a member of. */
  private async memberResults(principal: Principal, request: PageRequest) {
    const rows = memberResultRows(
      await this.results.forPerson(principal),
      this.pages.localeOf(request),
    );
    return { rows, hasCertificates: anyCertificates(rows) };
  }

  /** A judge's work at a glance: what is left to score per round, and invitations to answer. */
  private async judgeWork(judge: Principal, request: PageRequest) {
    const locale = this.pages.localeOf(request);
    const [queue, invitations] = await Promise.all([
      this.queue.queue(judge),
      this.judges.invitationsOf(judge.userId),
    ]);
    return {
      rounds: queue.rounds.map((round) => ({
        contestName: inLocale(round, 'contestName', locale),
        name: inLocale(round, 'name', locale),
        left: round.progress.total - round.progress.scored,
        total: round.progress.total,
        closesAt: vietnamDeadline(round.judgingClosesAt, locale),
      })),
      invitations: invitations
        .filter((invitation) => invitation.status === JudgeStatus.invited)
        .map((invitation) => ({
          id: invitation.id,
          contestName: inLocale(invitation, 'contestName', locale),
        })),
    };
  }
}
