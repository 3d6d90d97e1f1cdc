import { EXPORT_CATALOGUE } from '@app/entries';
import { formatDay, formatDecimal, formatMoment } from '@app/platform';
import type { Locale } from '@app/platform';
import { dayNumber, isoDayOf, renderBarChart, renderStepChart, REPORT_TEXTS } from '@app/results';
import type {
  Bar,
  ContestStatistics,
  GroupCount,
  NamedCount,
  StatisticsSubject,
} from '@app/results';

/** The most bars a chart of free-text groups (schools, communes) draws; its table has them all. */
export const MOST_BARS = 12;

type Translate = (key: string, vars?: Record<string, unknown>) => string;

/** One chart and the table that says the same in words, for screen readers. */
export interface ChartView {
  id: string;
  title: string;
  svg: string;
  groupHeader: string;
  valueHeader: string;
  rows: { label: string; value: string }[];
  /** Groups in the table beyond the drawn bars. */
  more: number;
}

export interface RoundView {
  heading: string;
  decided: string | null;
  outcomes: ChartView;
  judges: ChartView | null;
}

/**
 * The statistics page: each count of the service as an SVG chart drawn on the server and
 * a visually hidden table of the same numbers. Names of groups come from the report's
 * texts, so the page and the XLSX report call a group the same; numbers and days are
 * written by display-formats.
 */
export function statisticsPageView(stats: ContestStatistics, locale: Locale, t: Translate) {
  const texts = REPORT_TEXTS[locale];
  const count = (n: number) => formatDecimal(n, locale, 0);
  const notGiven = texts.statistics.notGiven;
  const title = (subject: StatisticsSubject) => texts.statistics.subjects[subject];

  const chart = (
    id: string,
    heading: string,
    bars: Bar[],
    valueText: (bar: Bar) => string = (bar) => count(bar.value),
  ): ChartView => {
    const drawn = bars.slice(0, MOST_BARS);
    const total = bars.reduce((sum, bar) => sum + bar.value, 0);
    return {
      id,
      title: heading,
      svg: renderBarChart({
        id,
        title: heading,
        desc: t('statisticsPage.chartDesc', { groups: bars.length, total: count(total) }),
        bars: drawn,
        valueText,
      }),
      groupHeader: t('statisticsPage.group'),
      valueHeader: t('statisticsPage.count'),
      rows: bars.map((bar) => ({ label: bar.label, value: valueText(bar) })),
      more: bars.length - drawn.length,
    };
  };
  const groups = (list: GroupCount[], name: (key: string) => string = (k) => k): Bar[] =>
    list.map((g) => ({ label: g.key === null ? notGiven : name(g.key), value: g.count }));
  const named = (list: NamedCount[]): Bar[] =>
    list.map((g) => ({
      label: g.key === null ? notGiven : ((locale === 'en' ? g.nameEn : g.nameVi) ?? g.key),
      value: g.count,
    }));
  const anyGiven = (list: GroupCount[]) => list.some((g) => g.key !== null);

  const entries = [
    chart(
      'chart-status',
      title('status'),
      groups(stats.byStatus, (k) => EXPORT_CATALOGUE[locale].statuses[k] ?? k),
    ),
    chart('chart-category', title('category'), named(stats.byCategory)),
    chart('chart-field', title('field'), named(stats.byField)),
    chart(
      'chart-type',
      title('applicantType'),
      groups(stats.byApplicantType, (k) => texts.applicantTypes[k] ?? k),
    ),
    chart(
      'chart-gender',
      title('gender'),
      groups(stats.byGender, (k) => texts.genders[k] ?? k),
    ),
    chart('chart-commune', title('commune'), groups(stats.byCommune)),
    ...(anyGiven(stats.byDistrict)
      ? [chart('chart-district', title('district'), groups(stats.byDistrict))]
      : []),
    chart('chart-school', title('school'), groups(stats.bySchool)),
  ];

  const rounds: RoundView[] = stats.rounds.map((round) => {
    const name = locale === 'en' ? round.nameEn : round.nameVi;
    const heading = t('statisticsPage.roundHeading', { position: round.position, name });
    return {
      heading,
      decided: round.decidedAt
        ? t('statisticsPage.decidedAt', { at: formatMoment(round.decidedAt, locale) })
        : null,
      outcomes: chart(
        `chart-round-${round.position}-outcomes`,
        `${title('outcomes')} · ${heading}`,
        (['advanced', 'notAdvanced', 'pending'] as const).map((o) => ({
          label: texts.outcomes[o],
          value: round.outcomes[o],
        })),
      ),
      judges:
        round.judges.length === 0
          ? null
          : {
              ...chart(
                `chart-round-${round.position}-judges`,
                `${title('judges')} · ${heading}`,
                round.judges.map((j) => ({
                  label: j.fullName ?? '',
                  value: j.scored,
                  of: j.total,
                })),
                (bar) =>
                  t('statisticsPage.scoredOf', {
                    scored: count(bar.value),
                    total: count(bar.of ?? 0),
                  }),
              ),
              groupHeader: t('statisticsPage.judge'),
              valueHeader: t('statisticsPage.scored'),
            },
    };
  });

  return {
    received: count(stats.received),
    members: count(stats.members),
    entries,
    rounds,
    submissions: submissionsView(stats, locale, t, count),
  };
}

/** Submissions per day up to the deadline: the running total as a step chart, and its table. */
function submissionsView(
  stats: ContestStatistics,
  locale: Locale,
  t: Translate,
  count: (n: number) => string,
) {
  const deadline = stats.contest.submissionDeadline;
  const deadlineText = deadline ? formatDay(deadline) : null;
  const days = stats.submissionsByDay;
  if (days.length === 0) return { svg: null, rows: [], deadline: deadlineText };
  const dayText = (day: number) => formatDay(`${isoDayOf(day)}T12:00:00+07:00`);
  const opens = stats.contest.registrationOpensAt;
  const vietnamDay = (date: Date) => (date.getTime() + 7 * 3_600_000) / 86_400_000;
  const points = days.map((d) => ({ day: dayNumber(d.day), total: d.cumulative }));
  const first = opens
    ? Math.min(Math.floor(vietnamDay(new Date(opens))), points[0].day)
    : points[0].day;
  const last = deadline
    ? Math.max(Math.floor(vietnamDay(new Date(deadline))), points[points.length - 1].day)
    : points[points.length - 1].day;
  const heading = REPORT_TEXTS[locale].statistics.subjects.submissions;
  return {
    svg: renderStepChart({
      id: 'chart-submissions',
      title: heading,
      desc: t('statisticsPage.submissionsDesc', {
        total: count(points[points.length - 1].total),
        deadline: deadlineText ?? '—',
      }),
      points,
      firstDay: first,
      lastDay: last,
      deadline: deadline ? vietnamDay(new Date(deadline)) : null,
      deadlineLabel: t('statisticsPage.deadlineMark', { day: deadlineText ?? '' }),
      // dd/mm: the year is in the table and the deadline's label.
      dayText: (day) => dayText(day).slice(0, 5),
      valueText: count,
    }),
    rows: days.map((d) => ({
      day: dayText(dayNumber(d.day)),
      count: count(d.count),
      cumulative: count(d.cumulative),
    })),
    deadline: deadlineText,
  };
}
