import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Category, Round } from '@app/contests';
import { ENTRY_COLUMN_LABELS } from '@app/entries';
import { reviewTotal, roundScale } from '@app/judging';
import { formatDecimal, formatMoment } from '@app/platform';
import { fill, REPORT_TEXTS } from '../report-texts';
import { ReportSheets } from '../report-sheets';
import type { ReportContext, ReportRows, ReportSheet } from '../report-sheets';
import { REPORT_BATCH } from './entries-sheet';
import { ReportRowsRepository } from './report-rows.repository';

/**
 * A judge's name on the sheets: their own, as the ranking page shows organizers, or
 * "Giám khảo N" for a copy that leaves the Ban tổ chức. N is the judge's place in the
 * contest's invitation order, the same on every round's sheet.
 */
export class JudgeLabels {
  private readonly numbers = new Map<string, number>();

  constructor(
    private readonly context: ReportContext,
    invited: { userId: string }[],
    private readonly names: Map<string, string>,
  ) {
    for (const judge of invited) this.number(judge.userId);
  }

  label(userId: string): string {
    if (this.context.judges === 'named') return this.names.get(userId) ?? '';
    return fill(REPORT_TEXTS[this.context.locale].scores.judgeNumbered, {
      n: this.number(userId),
    });
  }

  /** Judges who scored without an invitation row (added by hand) follow the invited ones. */
  private number(userId: string): number {
    let n = this.numbers.get(userId);
    if (n === undefined) this.numbers.set(userId, (n = this.numbers.size + 1));
    return n;
  }
}

/**
 * One collator for every row: `localeCompare` with a locale builds a new one per call,
 * which on 15,000 score rows cost more than writing them. Numeric: Giám khảo 2 before 10.
 */
const BY_JUDGE = new Intl.Collator('vi', { numeric: true });

/**
 * Scores per round and criterion: one sheet per round (rubrics differ between rounds), a
 * row per submitted score sheet with each criterion's points and the weighted total on
 * the round's scale, rounded once to two decimals as on the ranking page.
 */
@Injectable()
export class ScoresReportSheet implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sheets: ReportSheets,
    private readonly rows: ReportRowsRepository,
  ) {}

  onModuleInit(): void {
    this.sheets.register({ order: 30, sheets: (context) => this.build(context) });
  }

  private async build(context: ReportContext): Promise<ReportSheet[]> {
    const { locale } = context;
    const contestId = context.contest.id;
    const [rounds, categories, invited] = await Promise.all([
      this.dataSource.manager.find(Round, { where: { contestId }, order: { position: 'ASC' } }),
      this.dataSource.manager.find(Category, { where: { contestId } }),
      this.rows.judgesOf(contestId),
    ]);
    const names = new Map(invited.map((j) => [j.userId, j.fullName]));
    const judges = new JudgeLabels(context, invited, names);
    const categoryName = new Map(
      categories.map((c) => [c.id, locale === 'en' ? c.nameEn : c.nameVi]),
    );
    const texts = REPORT_TEXTS[locale];
    const labels = ENTRY_COLUMN_LABELS[locale];
    return rounds.map((round) => ({
      name: fill(texts.sheets.scores, { position: round.position }),
      header: [
        labels.code,
        labels.title,
        labels.category,
        texts.scores.judge,
        ...round.criteria.map((c) =>
          fill(texts.scores.criterion, {
            label: locale === 'en' ? c.labelEn : c.labelVi,
            max: formatDecimal(c.maxScore, locale),
          }),
        ),
        fill(texts.scores.total, { scale: formatDecimal(roundScale(round.criteria), locale) }),
        texts.scores.submittedAt,
      ],
      rows: this.batches(context, round, categoryName, judges, names),
      widths: { 1: 40 },
    }));
  }

  private async *batches(
    context: ReportContext,
    round: Round,
    categoryName: Map<string, string>,
    judges: JudgeLabels,
    names: Map<string, string>,
  ): ReportRows {
    let afterCode: string | null = null;
    for (;;) {
      const entries = await this.rows.roundEntriesAfter(round.id, afterCode, REPORT_BATCH);
      if (entries.length === 0) return;
      const scores = await this.rows.submittedScores(
        round.id,
        entries.map((e) => e.entryId),
      );
      const unnamed = scores.map((s) => s.judgeUserId).filter((id) => !names.has(id));
      for (const [id, name] of await this.rows.namesOf(unnamed)) names.set(id, name);
      const rows = entries.flatMap((entry) =>
        scores
          .filter((s) => s.entryId === entry.entryId)
          .map((s) => ({ judge: judges.label(s.judgeUserId), score: s }))
          .sort((a, b) => BY_JUDGE.compare(a.judge, b.judge))
          .map(({ judge, score }) => [
            entry.code,
            entry.title,
            categoryName.get(entry.categoryId) ?? '',
            judge,
            ...round.criteria.map((c) => score.values[c.key] ?? null),
            Math.round(reviewTotal(score.values, round.criteria) * 100) / 100,
            formatMoment(score.submittedAt, context.locale),
          ]),
      );
      if (rows.length > 0) yield rows;
      if (entries.length < REPORT_BATCH) return;
      afterCode = entries[entries.length - 1].code;
    }
  }
}
