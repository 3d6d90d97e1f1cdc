import { PassThrough } from 'node:stream';
import type { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { contestOrFail } from '@app/contests';
import { toVietnamIso } from '@app/platform';
import type { ContestReportQueryDto } from './contest-report.dto';
import { ReportSheets } from './report-sheets';
import type { ReportContext } from './report-sheets';
import { reportFileName, writeReport } from './report-workbook';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ContestReportFile {
  stream: Readable;
  fileName: string;
  mediaType: string;
}

/**
 * The contest's XLSX report for the year-end report to the province: one sheet per
 * subject, each registered in `ReportSheets`. The contest and the sheets' set-up are
 * checked before anything is sent, so a wrong id is still a clean 404; the rows are then
 * read and written while the file is being downloaded.
 */
@Injectable()
export class ContestReportService {
  private readonly logger = new Logger(ContestReportService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sheets: ReportSheets,
  ) {}

  async open(contestId: string, query: ContestReportQueryDto): Promise<ContestReportFile> {
    const contest = await contestOrFail(this.dataSource.manager, contestId);
    const context: ReportContext = {
      contest,
      locale: query.lang ?? 'vi',
      judges: query.judges ?? 'named',
    };
    const sheets = (
      await Promise.all(this.sheets.all().map((source) => source.sheets(context)))
    ).flat();
    const stream = new PassThrough();
    writeReport(stream, sheets).catch((error: Error) => {
      if (!stream.destroyed)
        this.logger.error(`report of contest ${contestId} failed: ${error.message}`);
      stream.destroy(error);
    });
    return {
      stream,
      fileName: reportFileName(contest.slug, toVietnamIso(new Date()).slice(0, 10)),
      mediaType: XLSX_MEDIA_TYPE,
    };
  }
}
