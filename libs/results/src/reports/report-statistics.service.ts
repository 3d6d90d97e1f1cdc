import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APPLICANT_TYPES, Category, contestOrFail, Round } from '@app/contests';
import type { Contest } from '@app/contests';
import { RoundEntryStatus } from '@app/judging';
import { BY_NAME, largestFirst, mergedSpellings, ordered, unlisted } from './report-groups';
import { ReportStatisticsRepository } from './report-statistics.repository';
import type { GroupCount, JudgeProgressRow } from './report-statistics.repository';

/** A group with its name in both languages (categories and fields have configured names). */
export interface NamedCount extends GroupCount {
  nameVi: string | null;
  nameEn: string | null;
}

export interface RoundOutcomes {
  advanced: number;
  notAdvanced: number;
  /** Taking part, not decided yet. */
  pending: number;
}

export interface RoundStatistics {
  id: string;
  position: number;
  nameVi: string;
  nameEn: string;
  decidedAt: Date | null;
  outcomes: RoundOutcomes;
  judges: Omit<JudgeProgressRow, 'roundId'>[];
}

export interface DailySubmissions {
  /** `2026-11-26`, in Vietnam time. */
  day: string;
  count: number;
  /** Received entries submitted by the end of that day. */
  cumulative: number;
}

export interface ContestStatistics {
  contest: Pick<
    Contest,
    | 'id'
    | 'slug'
    | 'codePrefix'
    | 'nameVi'
    | 'nameEn'
    | 'status'
    | 'registrationOpensAt'
    | 'submissionDeadline'
  >;
  /** Entries submitted and not withdrawn: what every count below but `byStatus` is about. */
  received: number;
  /** Team members of the received entries (declined ones are not on the team). */
  members: number;
  byStatus: GroupCount[];
  byCategory: NamedCount[];
  byField: NamedCount[];
  byApplicantType: GroupCount[];
  byGender: GroupCount[];
  byDistrict: GroupCount[];
  byCommune: GroupCount[];
  bySchool: GroupCount[];
  rounds: RoundStatistics[];
  submissionsByDay: DailySubmissions[];
}

const STATUS_ORDER = [
  'draft',
  'submitted',
  'eligible',
  'ineligible',
  'advanced',
  'eliminated',
  'withdrawn',
];
const GENDER_ORDER = ['female', 'male', 'other'];

/**
 * The numbers of a contest for its organizers and the province: every count is a GROUP BY
 * in the database (see the repository), put in a stable order here. Groups a contest
 * configures (categories, fields, applicant types) are listed even when empty, so a
 * category nobody entered shows as 0 rather than missing.
 */
@Injectable()
export class ReportStatisticsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ReportStatisticsRepository,
  ) {}

  async forContest(contestId: string): Promise<ContestStatistics> {
    const manager = this.dataSource.manager;
    const contest = await contestOrFail(manager, contestId);
    const q = this.repository;
    const [categories, rounds, status, category, field, type, gender, district, commune] =
      await Promise.all([
        manager.find(Category, { where: { contestId }, order: { position: 'ASC' } }),
        manager.find(Round, { where: { contestId }, order: { position: 'ASC' } }),
        q.byEntryColumn(contestId, 'status'),
        q.byEntryColumn(contestId, 'categoryId'),
        q.byEntryColumn(contestId, 'fieldKey'),
        q.byEntryColumn(contestId, 'applicantType'),
        q.byMemberGender(contestId),
        q.byEntryColumn(contestId, 'district'),
        q.byEntryColumn(contestId, 'commune'),
      ]);
    const [school, outcomes, progress, days] = await Promise.all([
      q.bySchool(contestId),
      q.roundOutcomes(contestId),
      q.judgeProgress(contestId),
      q.submissionsByDay(contestId),
    ]);
    const countOf = (groups: GroupCount[], key: string | null) =>
      groups.find((g) => g.key === key)?.count ?? 0;
    const named = (groups: GroupCount[], known: { key: string; vi: string; en: string }[]) => [
      ...known.map((k) => ({
        key: k.key,
        nameVi: k.vi,
        nameEn: k.en,
        count: countOf(groups, k.key),
      })),
      ...unlisted(
        groups,
        known.map((k) => k.key),
      ).map((g) => ({ ...g, nameVi: null, nameEn: null })),
    ];
    const categoryKeys = new Map(categories.map((c) => [c.id, c.key]));
    let cumulative = 0;
    return {
      contest: {
        id: contest.id,
        slug: contest.slug,
        codePrefix: contest.codePrefix,
        nameVi: contest.nameVi,
        nameEn: contest.nameEn,
        status: contest.status,
        registrationOpensAt: contest.registrationOpensAt,
        submissionDeadline: contest.submissionDeadline,
      },
      received: category.reduce((sum, g) => sum + g.count, 0),
      members: gender.reduce((sum, g) => sum + g.count, 0),
      byStatus: ordered(status, STATUS_ORDER),
      byCategory: named(
        category.map((g) => ({ ...g, key: g.key ? (categoryKeys.get(g.key) ?? g.key) : null })),
        categories.map((c) => ({ key: c.key, vi: c.nameVi, en: c.nameEn })),
      ),
      byField: named(
        field,
        (contest.fields ?? []).map((f) => ({ key: f.key, vi: f.labelVi, en: f.labelEn })),
      ),
      byApplicantType: ordered(type, APPLICANT_TYPES, true),
      byGender: ordered(gender, GENDER_ORDER),
      byDistrict: largestFirst(district),
      byCommune: largestFirst(commune),
      bySchool: largestFirst(mergedSpellings(school)),
      rounds: rounds.map((round) => roundStatistics(round, outcomes, progress)),
      submissionsByDay: days.map((d) => ({
        day: d.key ?? '',
        count: d.count,
        cumulative: (cumulative += d.count),
      })),
    };
  }
}

function roundStatistics(
  round: Round,
  outcomes: { roundId: string; status: string; count: number }[],
  progress: JudgeProgressRow[],
): RoundStatistics {
  const count = (status: RoundEntryStatus) =>
    outcomes.find((o) => o.roundId === round.id && o.status === status)?.count ?? 0;
  return {
    id: round.id,
    position: round.position,
    nameVi: round.nameVi,
    nameEn: round.nameEn,
    decidedAt: round.decidedAt,
    outcomes: {
      advanced: count(RoundEntryStatus.advanced),
      notAdvanced: count(RoundEntryStatus.eliminated),
      pending: count(RoundEntryStatus.inRound),
    },
    judges: progress
      .filter((p) => p.roundId === round.id)
      .map(({ roundId: _roundId, ...judge }) => judge)
      .sort(
        (a, b) =>
          BY_NAME.compare(a.fullName ?? '', b.fullName ?? '') ||
          a.judgeUserId.localeCompare(b.judgeUserId),
      ),
  };
}
