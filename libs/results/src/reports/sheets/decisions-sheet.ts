import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Category, Round } from '@app/contests';
import { ENTRY_COLUMN_LABELS } from '@app/entries';
import { RoundEntryStatus } from '@app/judging';
import { formatMoment } from '@app/platform';
import { REPORT_TEXTS } from '../report-texts';
import { ReportSheets } from '../report-sheets';
import type { ReportContext, ReportRows } from '../report-sheets';
import { REPORT_BATCH } from './entries-sheet';
import { ReportRowsRepository } from './report-rows.repository';

/** What each stored outcome is called: the statistics page's words. */
export const OUTCOME_OF: Record<string, 'advanced' | 'notAdvanced' | 'pending'> = {
  [RoundEntryStatus.advanced]: 'advanced',
  [RoundEntryStatus.eliminated]: 'notAdvanced',
  [RoundEntryStatus.inRound]: 'pending',
};

/** The decisions of every round: each entry that took part, its outcome and the reason given. */
@Injectable()
export class DecisionsReportSheet implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sheets: ReportSheets,
    private readonly rows: ReportRowsRepository,
  ) {}

  onModuleInit(): void {
    this.sheets.register({
      order: 40,
      sheets: async (context) => {
        const texts = REPORT_TEXTS[context.locale];
        const labels = ENTRY_COLUMN_LABELS[context.locale];
        return [
          {
            name: texts.sheets.decisions,
            header: [
              texts.decisions.round,
              labels.code,
              labels.title,
              labels.category,
              texts.decisions.outcome,
              texts.decisions.note,
              texts.decisions.decidedAt,
            ],
            rows: this.batches(context),
            widths: { 2: 40, 5: 40, 6: 24 },
          },
        ];
      },
    });
  }

  private async *batches(context: ReportContext): ReportRows {
    const { locale } = context;
    const texts = REPORT_TEXTS[locale];
    const contestId = context.contest.id;
    const [rounds, categories] = await Promise.all([
      this.dataSource.manager.find(Round, { where: { contestId }, order: { position: 'ASC' } }),
      this.dataSource.manager.find(Category, { where: { contestId } }),
    ]);
    const categoryName = new Map(
      categories.map((c) => [c.id, locale === 'en' ? c.nameEn : c.nameVi]),
    );
    for (const round of rounds) {
      const roundName = locale === 'en' ? round.nameEn : round.nameVi;
      let afterCode: string | null = null;
      for (;;) {
        const batch = await this.rows.roundEntriesAfter(round.id, afterCode, REPORT_BATCH);
        if (batch.length === 0) break;
        yield batch.map((row) => {
          const outcome = OUTCOME_OF[row.status] ?? 'pending';
          return [
            roundName,
            row.code,
            row.title,
            categoryName.get(row.categoryId) ?? '',
            texts.outcomes[outcome],
            row.decisionNote ?? '',
            outcome === 'pending' ? '' : formatMoment(round.decidedAt, locale),
          ];
        });
        if (batch.length < REPORT_BATCH) break;
        afterCode = batch[batch.length - 1].code;
      }
    }
  }
}
