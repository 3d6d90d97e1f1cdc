import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Role, Roles } from '@app/accounts';
import { ContestService } from '@app/contests';
import { ContestReportService, ReportStatisticsService } from '@app/results';
import { contestHeader } from '../contests/organizer-view';
import { PageIdPipe } from '../platform/page-id.pipe';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';
import { statisticsPageView } from './statistics-page-view';

/** The contest in numbers for its organizers: charts drawn on the server, and the XLSX report. */
@ApiExcludeController()
@Roles(Role.organizer)
@Controller('organizer/contests/:id')
export class StatisticsPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly contests: ContestService,
    private readonly statistics: ReportStatisticsService,
    private readonly reports: ContestReportService,
  ) {}

  @Get('statistics')
  async show(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
  ) {
    const contest = await this.contests.getForOrganizers(id);
    const locale = this.pages.localeOf(request);
    const stats = await this.statistics.forContest(contest.id);
    const base = `/organizer/contests/${contest.id}`;
    return this.pages.render(request, reply, 'results/statistics', {
      header: contestHeader(contest, locale, 'statistics'),
      view: statisticsPageView(stats, locale, (key, vars) =>
        this.pages.translate(locale, key, vars),
      ),
      downloads: {
        // The file is in the page's language (its cookie), as the entry exports are.
        named: `${base}/report.xlsx`,
        anonymous: `${base}/report.xlsx?judges=anonymous`,
      },
    });
  }

  @Get('report.xlsx')
  async report(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Query('judges') judges: unknown,
  ) {
    const file = await this.reports.open(id, {
      lang: this.pages.localeOf(request),
      // Anything but the one other choice is the default: a page link, not an API.
      judges: judges === 'anonymous' ? 'anonymous' : 'named',
    });
    await reply
      .headers({
        'content-type': file.mediaType,
        'content-disposition': `attachment; filename="${file.fileName}"`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      })
      .send(file.stream);
  }
}
