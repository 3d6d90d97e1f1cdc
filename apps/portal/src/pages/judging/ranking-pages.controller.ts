import { Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Role, Roles } from '@app/accounts';
import { ContestService, RoundService } from '@app/contests';
import { RankingService } from '@app/judging';
import { inLocale } from '../contests/contest-view';
import { contestHeader } from '../contests/organizer-view';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';
import { OVERALL, rankingPageView } from './ranking-page-view';
import { PageIdPipe } from '../platform/page-id.pipe';

/** A round's ranking for organizers: every method side by side, per category and overall. */
@ApiExcludeController()
@Roles(Role.organizer)
@Controller('organizer/rounds/:id/ranking')
export class RankingPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly contests: ContestService,
    private readonly rounds: RoundService,
    private readonly rankings: RankingService,
  ) {}

  @Get()
  async show(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Query() query: Record<string, unknown>,
  ) {
    const round = await this.rounds.get(id);
    const [contest, ranking] = await Promise.all([
      this.contests.getForOrganizers(round.contestId),
      this.rankings.forOrganizers(round.id),
    ]);
    const locale = this.pages.localeOf(request);
    const categories = contest.categories.map((c) => ({
      key: c.key,
      name: inLocale(c, 'name', locale),
    }));
    const selected = typeof query.category === 'string' ? query.category : OVERALL;
    return this.pages.render(request, reply, 'organizer/ranking', {
      header: contestHeader(contest, locale, 'rounds'),
      round: { id: round.id, position: round.position, name: inLocale(round, 'name', locale) },
      view: rankingPageView(ranking, categories, selected),
      notice: 'requested' in query ? 'rankingPage.notice_requested' : undefined,
    });
  }

  @Post('recompute')
  async recompute(@Res() reply: FastifyReply, @Param('id', PageIdPipe) id: string) {
    const { roundId } = await this.rankings.requestForOrganizers(id);
    return reply.redirect(`/organizer/rounds/${roundId}/ranking?requested=1`, 303);
  }
}
