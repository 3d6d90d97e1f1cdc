import {
  Controller,
  Get,
  Header,
  Param,
  ParseUUIDPipe,
  Query,
  StreamableFile,
} from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Role, Roles } from '@app/accounts';
import {
  ContestReportQueryDto,
  ContestReportService,
  ContestStatisticsResponse,
  ReportStatisticsService,
  toContestStatisticsResponse,
} from '@app/results';

/** The contest in numbers, and its XLSX report for the province. */
@ApiTags('reports (organizers)')
@Roles(Role.organizer)
@Controller('api/v1/contests/:id')
export class ReportsController {
  constructor(
    private readonly statistics: ReportStatisticsService,
    private readonly reports: ContestReportService,
  ) {}

  @Get('statistics')
  @ApiOkResponse({ type: ContestStatisticsResponse })
  async show(@Param('id', new ParseUUIDPipe()) id: string): Promise<ContestStatisticsResponse> {
    return toContestStatisticsResponse(await this.statistics.forContest(id));
  }

  @Get('report.xlsx')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async report(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: ContestReportQueryDto,
  ): Promise<StreamableFile> {
    const file = await this.reports.open(id, query);
    return new StreamableFile(file.stream, {
      type: file.mediaType,
      disposition: `attachment; filename="${file.fileName}"`,
    });
  }
}
