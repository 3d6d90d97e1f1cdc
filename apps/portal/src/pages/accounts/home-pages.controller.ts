import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public, Role, SignedIn } from '@app/accounts';
import { ContestService } from '@app/contests';
import { toContestCard } from '../contests/contest-view';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';

/** What each role finds on its signed-in landing page. */
const SECTIONS: Record<Role, string[]> = {
  [Role.applicant]: ['entries'],
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
  landing(@Req() request: PageRequest, @Res() reply: FastifyReply) {
    const role = request.principal?.role ?? Role.applicant;
    return this.pages.render(request, reply, 'dashboard', { sections: SECTIONS[role] });
  }
}
