import { Injectable, OnModuleInit } from '@nestjs/common';
import { EXPORT_CATALOGUE } from '@app/entries';
import { formatDay } from '@app/platform';
import { REPORT_TEXTS } from '../report-texts';
import { ReportSheets } from '../report-sheets';
import type { ReportCell, ReportContext, ReportRows } from '../report-sheets';
import { ReportStatisticsService } from '../report-statistics.service';
import type { ContestStatistics, NamedCount } from '../report-statistics.service';
import type { GroupCount } from '../report-statistics.repository';
import { ReportRowsRepository } from './report-rows.repository';
import { JudgeLabels } from './scores-sheet';

/** The statistics page's numbers as a sheet: subject, group, count (from the same aggregates). */
@Injectable()
export class StatisticsReportSheet implements OnModuleInit {
  constructor(
    private readonly sheets: ReportSheets,
    private readonly statistics: ReportStatisticsService,
    private readonly rows: ReportRowsRepository,
  ) {}

  onModuleInit(): void {
    this.sheets.register({
      order: 10,
      sheets: async (context) => {
        const texts = REPORT_TEXTS[context.locale].statistics;
        return [
          {
            name: REPORT_TEXTS[context.locale].sheets.statistics,
            header: [texts.subject, texts.group, texts.count, texts.assigned],
            rows: this.batches(context),
            widths: { 0: 44, 1: 40 },
          },
        ];
      },
    });
  }

  private async *batches(context: ReportContext): ReportRows {
    const stats = await this.statistics.forContest(context.contest.id);
    const invited = await this.rows.judgesOf(context.contest.id);
    const names = new Map(
      stats.rounds.flatMap((r) => r.judges.map((j) => [j.judgeUserId, j.fullName ?? ''])),
    );
    yield statisticsRows(stats, context, new JudgeLabels(context, invited, names));
  }
}

export function statisticsRows(
  stats: ContestStatistics,
  context: ReportContext,
  judges: JudgeLabels,
): ReportCell[][] {
  const { locale } = context;
  const texts = REPORT_TEXTS[locale];
  const subject = texts.statistics.subjects;
  const given = (name: string | null | undefined) => name ?? texts.statistics.notGiven;
  const groups = (title: string, list: GroupCount[], name: (key: string) => string) =>
    list.map((g) => [title, g.key === null ? texts.statistics.notGiven : name(g.key), g.count]);
  const named = (title: string, list: NamedCount[]) =>
    list.map((g) => [
      title,
      g.key === null
        ? texts.statistics.notGiven
        : given((locale === 'en' ? g.nameEn : g.nameVi) ?? g.key),
      g.count,
    ]);
  const roundName = (r: ContestStatistics['rounds'][number]) =>
    locale === 'en' ? r.nameEn : r.nameVi;
  return [
    [subject.received, '', stats.received],
    [subject.members, '', stats.members],
    ...groups(subject.status, stats.byStatus, (k) => EXPORT_CATALOGUE[locale].statuses[k] ?? k),
    ...named(subject.category, stats.byCategory),
    ...named(subject.field, stats.byField),
    ...groups(subject.applicantType, stats.byApplicantType, (k) => texts.applicantTypes[k] ?? k),
    ...groups(subject.gender, stats.byGender, (k) => texts.genders[k] ?? k),
    ...groups(subject.commune, stats.byCommune, (k) => k),
    ...groups(subject.district, stats.byDistrict, (k) => k),
    ...groups(subject.school, stats.bySchool, (k) => k),
    ...stats.rounds.flatMap((r) =>
      (['advanced', 'notAdvanced', 'pending'] as const).map((o) => [
        subject.outcomes,
        `${roundName(r)}: ${texts.outcomes[o]}`,
        r.outcomes[o],
      ]),
    ),
    ...stats.rounds.flatMap((r) =>
      r.judges.map((j) => [
        subject.judges,
        `${roundName(r)}: ${judges.label(j.judgeUserId)}`,
        j.scored,
        j.total,
      ]),
    ),
    ...stats.submissionsByDay.map((d) => [
      subject.submissions,
      formatDay(`${d.day}T12:00:00+07:00`),
      d.count,
    ]),
  ];
}
