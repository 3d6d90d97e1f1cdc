import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Category, ContestQuestion } from '@app/contests';
import type { ContestLabels } from '@app/entries';
import { exportHeaders, exportRows } from '@app/entries';
import { REPORT_TEXTS } from '../report-texts';
import { ReportSheets } from '../report-sheets';
import type { ReportContext, ReportRows, ReportSheet } from '../report-sheets';
import { ReportRowsRepository } from './report-rows.repository';

/** Entries read per query: bounds memory, and each query stays short. */
export const REPORT_BATCH = 500;

/**
 * Entries and teams: the entry export's columns and names (`ENTRY_COLUMN_LABELS`), one row
 * per team member (declined ones are not on the team), for the received entries (drafts
 * and withdrawn ones are not part of the contest's record).
 */
@Injectable()
export class EntriesReportSheet implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sheets: ReportSheets,
    private readonly rows: ReportRowsRepository,
  ) {}

  onModuleInit(): void {
    this.sheets.register({ order: 20, sheets: (context) => this.build(context) });
  }

  private async build(context: ReportContext): Promise<ReportSheet[]> {
    const contestId = context.contest.id;
    const [categories, questions] = await Promise.all([
      this.dataSource.manager.find(Category, { where: { contestId } }),
      this.dataSource.manager.find(ContestQuestion, {
        where: { contestId },
        order: { position: 'ASC', createdAt: 'ASC' },
      }),
    ]);
    const labels: ContestLabels = {
      categories: new Map(categories.map((c) => [c.id, c])),
      fields: new Map((context.contest.fields ?? []).map((f) => [f.key, f])),
    };
    return [
      {
        name: REPORT_TEXTS[context.locale].sheets.entries,
        header: exportHeaders(context.locale, questions),
        rows: this.batches(context, labels, questions),
        widths: { 4: 40 },
      },
    ];
  }

  private async *batches(
    context: ReportContext,
    labels: ContestLabels,
    questions: ContestQuestion[],
  ): ReportRows {
    let afterCode: string | null = null;
    for (;;) {
      const entries = await this.rows.receivedEntriesAfter(
        context.contest.id,
        afterCode,
        REPORT_BATCH,
      );
      if (entries.length === 0) return;
      const members = await this.rows.membersOf(entries.map((e) => e.id));
      const userIds = [...members.values()].flat().flatMap((m) => (m.userId ? [m.userId] : []));
      const phones = await this.rows.phonesOf(userIds);
      yield entries.flatMap((entry) =>
        exportRows(
          entry,
          members.get(entry.id) ?? [],
          { labels, questions, phones },
          context.locale,
        ),
      );
      if (entries.length < REPORT_BATCH) return;
      afterCode = entries[entries.length - 1].code;
    }
  }
}
