import {
  Controller,
  Get,
  Header,
  Param,
  ParseUUIDPipe,
  Query,
  StreamableFile,
} from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role, Roles } from '@app/accounts';
import {
  ContestReportQueryDto,
  ContestReportService,
  ContestStatisticsResponse,
  ReportStatisticsService,
  toContestStatisticsResponse,
} from '@app/results';
import { ApiTag } from './api-tags';
import { ApiFileResponse, XLSX } from './responses/file-response';

/** The contest in numbers, and its XLSX report for the province. */
@ApiTags(ApiTag.reports)
@Roles(Role.organizer)
@Controller('api/v1/contests/:id')
export class ReportsController {
  constructor(
    private readonly statistics: ReportStatisticsService,
    private readonly reports: ContestReportService,
  ) {}

  @Get('statistics')
  @ApiOkResponse({ type: ContestStatisticsResponse })
  @ApiOperation({
    summary: 'The contest in numbers',
    description:
      "Organizers. Received entries by status, category, field, applicant type, commune, district and school, team members by gender, each round's outcomes and judges' progress, submissions per day. 404 NOT_FOUND.",
  })
  async show(@Param('id', new ParseUUIDPipe()) id: string): Promise<ContestStatisticsResponse> {
    return toContestStatisticsResponse(await this.statistics.forContest(id));
  }

  @Get('report.xlsx')
  @Header('Cache-Control', 'no-store')
  @ApiFileResponse('The workbook', XLSX)
  @ApiOperation({
    summary: 'The contest report (XLSX)',
    description:
      'Organizers. The whole contest as one workbook, streamed, named `<slug>-report-<day>.xlsx`; `lang` (`vi`, `en`) and `judges` (`named`, the default, or `anonymous`). 400 VALIDATION_FAILED for another value.',
  })
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
