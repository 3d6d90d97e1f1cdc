import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Contest } from '@app/contests';
import type { ContestKind, ContestStatus } from '@app/contests';
import { toVietnamIsoOrNull } from '@app/platform';
import { Entry } from '../entries/entry.entity';

/** A line of the organizers' contest list: every contest, drafts included. */
export interface ContestOverview {
  id: string;
  slug: string;
  nameVi: string;
  nameEn: string;
  kind: ContestKind;
  status: ContestStatus;
  codePrefix: string;
  submissionDeadline: string | null;
  entryCountsByStatus: Record<string, number>;
}

/** The organizers' overview of contests with their entry counts, in two queries. */
@Injectable()
export class ContestOverviewService {
  constructor(
    @InjectRepository(Contest) private readonly contests: Repository<Contest>,
    @InjectRepository(Entry) private readonly entries: Repository<Entry>,
  ) {}

  async list(): Promise<ContestOverview[]> {
    const [contests, rows] = await Promise.all([
      this.contests.find({ order: { createdAt: 'DESC', slug: 'ASC' } }),
      this.entries
        .createQueryBuilder('e')
        .select('e.contestId', 'contestId')
        .addSelect('e.status', 'status')
        .addSelect('COUNT(*)', 'count')
        .groupBy('e.contestId')
        .addGroupBy('e.status')
        .getRawMany<{ contestId: string; status: string; count: number | string }>(),
    ]);
    const counts = new Map<string, Record<string, number>>();
    for (const row of rows)
      counts.set(row.contestId, {
        ...(counts.get(row.contestId) ?? {}),
        [row.status]: Number(row.count),
      });
    return contests.map((contest) => ({
      id: contest.id,
      slug: contest.slug,
      nameVi: contest.nameVi,
      nameEn: contest.nameEn,
      kind: contest.kind,
      status: contest.status,
      codePrefix: contest.codePrefix,
      submissionDeadline: toVietnamIsoOrNull(contest.submissionDeadline),
      entryCountsByStatus: counts.get(contest.id) ?? {},
    }));
  }
}
