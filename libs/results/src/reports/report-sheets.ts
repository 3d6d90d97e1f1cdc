import { Injectable } from '@nestjs/common';
import type { Contest } from '@app/contests';
import type { Locale } from '@app/platform';

/** A cell of the report: numbers stay numbers (the province sums them), text is text. */
export type ReportCell = string | number | null;

/** Rows produced a database batch at a time, so a sheet of 5,000 entries never sits in memory. */
export type ReportRows = AsyncIterable<ReportCell[][]>;

/** How judges are named in the report: as the ranking page shows organizers, or numbered. */
export type JudgeNaming = 'named' | 'anonymous';

export interface ReportContext {
  contest: Contest;
  locale: Locale;
  judges: JudgeNaming;
}

export interface ReportSheet {
  /** The tab's name; the writer shortens it to Excel's 31 characters and keeps it unique. */
  name: string;
  header: string[];
  rows: ReportRows;
  /** Column widths in characters, by column; 18 where not given. */
  widths?: Record<number, number>;
}

/**
 * One subject of the report. Its sheets are asked for when the file is written, and their
 * rows are read while it is being sent.
 */
export interface ReportSheetSource {
  /** Where its sheets go among the others: statistics 10, entries 20, scores 30, decisions 40. */
  order: number;
  sheets(context: ReportContext): Promise<ReportSheet[]>;
}

/**
 * The subjects of the contest's XLSX report. The report knows none of them: each feature
 * of results registers its own at start-up (as entries answers contests' CategoryUsage),
 * so awards add their sheet without the report importing them.
 */
@Injectable()
export class ReportSheets {
  private readonly sources: ReportSheetSource[] = [];

  register(source: ReportSheetSource): void {
    this.sources.push(source);
  }

  /** Registered sources in their order (stable for equal orders: registration order). */
  all(): ReportSheetSource[] {
    return [...this.sources].sort((a, b) => a.order - b.order);
  }
}
